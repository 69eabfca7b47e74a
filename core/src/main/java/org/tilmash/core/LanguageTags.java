package org.tilmash.core;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Language tags as found in real files ({@code kk}, {@code kk-KZ}, {@code KK_kz}, {@code ru-ru}): one normal form for
 * reporting, and matching on the primary subtag, since tools disagree on region and case.
 */
public final class LanguageTags {

    private LanguageTags() {
    }

    /**
     * The BCP 47 form with the usual case ({@code ru-RU} for {@code ru_ru}); a tag that is not well-formed BCP 47
     * (e.g. TMX's {@code *all*}) comes back trimmed but otherwise as written.
     */
    public static String normalize(String tag) {
        String t = tag.trim();
        try {
            return new Locale.Builder().setLanguageTag(t.replace('_', '-')).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            return t;
        }
    }

    /** The primary subtag, lower case: {@code kk} for {@code kk-KZ}, {@code KK_kz} or {@code kk}. */
    public static String primary(String tag) {
        String t = tag.trim();
        int end = 0;
        while (end < t.length() && t.charAt(end) != '-' && t.charAt(end) != '_') {
            end++;
        }
        return t.substring(0, end).toLowerCase(Locale.ROOT);
    }

    public static boolean sameLanguage(String a, String b) {
        return primary(a).equals(primary(b));
    }
}
