package org.tilmash.steps.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TriangleAlignerTest {
    private static final int SENTENCES = 30;
    /** The English translator condensed sentences 12 and 13 into one, of the length of 13's rendering alone. */
    private static final int CONDENSED = 12;

    @Test
    void theThirdSideFindsTheMergeThatLengthsAloneMayTakeForAnOmission() {
        Random random = new Random(11);
        List<Sentence> kk = new ArrayList<>();
        List<Sentence> ru = new ArrayList<>();
        List<Sentence> en = new ArrayList<>();
        for (int i = 0; i < SENTENCES; i++) {
            int words = i == CONDENSED ? 8 : 8 + random.nextInt(14);
            String[] three = sentence(random, words);
            kk.add(new Sentence(three[0], i / 3));
            if (i == CONDENSED + 1) {
                // Russian merges the two as they are; English keeps only the second one's content.
                Sentence previous = ru.remove(ru.size() - 1);
                ru.add(new Sentence(previous.text() + " " + three[1], previous.paragraph()));
                en.add(new Sentence(three[2], i / 3));
            } else if (i != CONDENSED) {
                ru.add(new Sentence(three[1], i / 3));
                en.add(new Sentence(three[2], i / 3));
            } else {
                ru.add(new Sentence(three[1], i / 3));
            }
        }
        Link truth = new Link(CONDENSED, 2, CONDENSED, 1, 1);

        // Lengths alone took the merge for an omission (12 unlinked) until the paragraph hint was estimated from the
        // document pair (issue 9): the paragraphs, kept by both translations, now tell it as well; the third side
        // must agree.
        TriangleAligner.Result result = new TriangleAligner().align(kk, ru, en);
        assertTrue(contains(result.toSecond(), truth), result.toSecond().toString());
        assertEquals(SENTENCES - 1, result.toSecond().size(), "every other link 1-1");
        assertTrue(contains(result.toFirst(), truth), "kk-ru keeps its 2-1");
    }

    private static boolean contains(List<Link> links, Link link) {
        return links.stream().anyMatch(l -> Bead.of(l).equals(Bead.of(link)));
    }

    /** A source sentence and two renderings: random words, lengths kept within a character or so per word. */
    static String[] sentence(Random random, int words) {
        StringBuilder[] out = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
        String[] alphabets = {"абвгдежзиклмнопрстуфхшыәғқңөұүі", "абвгдежзиклмнопрстуфхцчшщыэюя",
            "abcdefghijklmnopqrstuvwxyz"};
        for (int w = 0; w < words; w++) {
            int length = 2 + random.nextInt(9);
            for (int side = 0; side < 3; side++) {
                int l = Math.max(1, length + random.nextInt(3) - 1);
                for (int c = 0; c < l; c++) {
                    out[side].append(alphabets[side].charAt(random.nextInt(alphabets[side].length())));
                }
                out[side].append(' ');
            }
        }
        return new String[] {out[0].toString().trim() + ".", out[1].toString().trim() + ".",
            out[2].toString().trim() + "."};
    }
}
