package org.tilmash.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TranslatedTest {

    @Test
    void doneNeedsTextAndADoneStateOrApproval() {
        assertTrue(Translated.isDone("translated", false, true));
        assertTrue(Translated.isDone("signed-off", false, true));
        assertTrue(Translated.isDone("reviewed", false, true));
        assertTrue(Translated.isDone("needs-review-translation", true, true));
        assertFalse(Translated.isDone("needs-translation", false, true));
        assertFalse(Translated.isDone("initial", false, true));
        assertFalse(Translated.isDone(null, false, true));
        assertFalse(Translated.isDone("final", true, false));
    }

    @Test
    void whitespaceIsNoTranslation() {
        assertFalse(Translated.hasText(" \n\t"));
        assertFalse(Translated.hasText(null));
        assertTrue(Translated.hasText(" Да "));
    }
}
