package org.tilmash.steps.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParagraphHintTest {

    @Test
    void paragraphsKeptByTheTranslationWeighAsMuchAsTheyAgree() {
        ParagraphHint kept = ParagraphHint.estimate(800, 0);
        ParagraphHint someJoined = ParagraphHint.estimate(100, 10);
        ParagraphHint oneLine = ParagraphHint.estimate(100, 60);
        assertEquals(6.0, kept.startMismatch(), 1e-9, "capped: never above lengths and anchors");
        assertTrue(someJoined.startMismatch() < kept.startMismatch() && someJoined.startMismatch() > 2);
        assertEquals(ParagraphHint.INITIAL.startMismatch(), oneLine.startMismatch(), 1e-9);
        assertEquals(ParagraphHint.INITIAL.crossing(), oneLine.crossing(), 1e-9);
        assertEquals(kept.startMismatch(), kept.crossing(), 1e-9);
    }
}
