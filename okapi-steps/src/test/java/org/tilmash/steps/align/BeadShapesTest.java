package org.tilmash.steps.align;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Link shapes beyond 2-2 (issue 9): a sentence translated as three, and three translated as one. */
class BeadShapesTest {

    private static final int SENTENCES = 40;
    private static final int CUT = 17;

    /** Kazakh and Russian renderings of random sentences; the Russian of sentences CUT..CUT+2 made one sentence. */
    private static List<List<Sentence>> documents(boolean joinTarget) {
        Random random = new Random(5);
        List<Sentence> source = new ArrayList<>();
        List<Sentence> target = new ArrayList<>();
        for (int i = 0; i < SENTENCES; i++) {
            String[] three = TriangleAlignerTest.sentence(random, 6 + random.nextInt(14));
            String s = three[0];
            String t = three[1];
            if (i > CUT && i <= CUT + 2) {
                if (joinTarget) {
                    Sentence previous = target.remove(target.size() - 1);
                    target.add(new Sentence(previous.text().replaceAll("\\.$", ",") + " " + t, 0));
                    source.add(new Sentence(s, 0));
                } else {
                    Sentence previous = source.remove(source.size() - 1);
                    source.add(new Sentence(previous.text().replaceAll("\\.$", ",") + " " + s, 0));
                    target.add(new Sentence(t, 0));
                }
                continue;
            }
            source.add(new Sentence(s, 0));
            target.add(new Sentence(t, 0));
        }
        return List.of(source, target);
    }

    @Test
    void threeSentencesTranslatedAsOneAreOneLink() {
        List<List<Sentence>> docs = documents(true);
        List<Link> links = new SentenceAligner().align(docs.get(0), docs.get(1));
        assertTrue(links.stream().anyMatch(l -> l.sourceStart() == CUT && l.sourceCount() == 3
                && l.targetStart() == CUT && l.targetCount() == 1), links.toString());
        assertTrue(links.stream().filter(l -> l.sourceCount() != 3).allMatch(l -> l.sourceCount() == 1
                && l.targetCount() == 1), links.toString());
    }

    @Test
    void oneSentenceTranslatedAsThreeIsOneLink() {
        List<List<Sentence>> docs = documents(false);
        List<Link> links = new SentenceAligner().align(docs.get(0), docs.get(1));
        assertTrue(links.stream().anyMatch(l -> l.sourceStart() == CUT && l.sourceCount() == 1
                && l.targetStart() == CUT && l.targetCount() == 3), links.toString());
        assertTrue(links.stream().filter(l -> l.targetCount() != 3).allMatch(l -> l.sourceCount() == 1
                && l.targetCount() == 1), links.toString());
    }
}
