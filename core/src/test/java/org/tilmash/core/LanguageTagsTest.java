package org.tilmash.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageTagsTest {

    @Test
    void normalizesCaseAndUnderscores() {
        assertEquals("ru-RU", LanguageTags.normalize("ru-ru"));
        assertEquals("kk-KZ", LanguageTags.normalize(" KK_kz "));
        assertEquals("en", LanguageTags.normalize("EN"));
        assertEquals("zh-Hant-TW", LanguageTags.normalize("zh-hant-tw"));
    }

    @Test
    void keepsWhatIsNotATag() {
        assertEquals("*all*", LanguageTags.normalize("*all*"));
    }

    @Test
    void matchesOnThePrimarySubtag() {
        assertEquals("kk", LanguageTags.primary("KK_kz"));
        assertTrue(LanguageTags.sameLanguage("kk", "kk-KZ"));
        assertFalse(LanguageTags.sameLanguage("kk", "ky"));
    }
}
