package org.tilmash.steps.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinedParagraphsTest {

    /** Lines of the development split's gedit catalogue (GPL-2, see the real set's README). */
    private static final List<String> KAZAKH = List.of("Тақырыптаманы баспаға шығару",
            "Жол нөмірлерін баспаға шығару", "Синтаксисті түспен ерекшелеуді баспаға шығару",
            "Жол нө_мірлерін баспаға шығару");
    private static final List<String> ENGLISH = List.of("Print Header", "Print Line Numbers",
            "Print Syntax Highlighting", "Print line nu_mbers");

    @Test
    void aParagraphHoldingTwoOrMoreStartsOfTheOtherSideIsAJoinedRun() {
        // Four one-line paragraphs; the translation puts the first three on one line.
        List<Sentence> source = List.of(new Sentence(KAZAKH.get(0), 0), new Sentence(KAZAKH.get(1), 1),
                new Sentence(KAZAKH.get(2), 2), new Sentence(KAZAKH.get(3), 3));
        List<Sentence> target = List.of(new Sentence(ENGLISH.get(0), 0), new Sentence(ENGLISH.get(1), 0),
                new Sentence(ENGLISH.get(2), 0), new Sentence(ENGLISH.get(3), 1));
        PairFeatures features = new PairFeatures(source, target);
        JoinedParagraphs joined = JoinedParagraphs.found(features, new byte[] {0, 0, 0, 0});
        assertEquals(1, joined.runs());
        assertTrue(joined.inTarget(1) && joined.inTarget(2) && !joined.inTarget(3));
        assertTrue(joined.explains(features, 1, 1) && joined.explains(features, 2, 2));
        assertFalse(joined.explains(features, 3, 3), "paragraph starts agree there");

        // Two lines on one: an ordinary merge of two paragraphs, left to the document's hint.
        List<Sentence> merged = List.of(new Sentence(ENGLISH.get(0), 0), new Sentence(ENGLISH.get(1), 0),
                new Sentence(ENGLISH.get(2), 1), new Sentence(ENGLISH.get(3), 2));
        PairFeatures two = new PairFeatures(source, merged);
        JoinedParagraphs none = JoinedParagraphs.found(two, new byte[] {0, 0, 0, 0});
        assertEquals(0, none.runs());
        assertFalse(none.explains(two, 1, 1));
    }

    /**
     * Development split: runs of short lines that the translation puts on one line, which the aligner shifted by a
     * line (a 1-2 link at one end of the run, a skipped line at the other) before a joined run cost one
     * disagreement instead of one per line.
     */
    @Test
    void aRunOfShortLinesPutOnOneLineHoldsItsPosition() {
        assertRunAligned("ru", "en", 465, 470);
        assertRunAligned("kk", "ru", 388, 390);
    }

    private static void assertRunAligned(String sourceLanguage, String targetLanguage, int first, int last) {
        GoldSet gold = DamagedTranslation.shortLinesJoined(
                GoldSet.load(GoldSet.REAL, "gedit", sourceLanguage, targetLanguage));
        Set<Bead> ours = new HashSet<>(Bead.of(new SentenceAligner().align(gold.source(), gold.target())));
        for (Bead link : gold.links()) {
            if (!link.source().isEmpty() && link.source().get(0) >= first && link.source().get(0) <= last) {
                assertTrue(ours.contains(link), gold.name() + ": " + link + " not found");
            }
        }
    }
}
