package org.tilmash.tmx.read;

import java.util.Locale;

/**
 * Language codes as found in real memories: {@code kk}, {@code kk-KZ}, {@code KK_kz}. Memories from different tools
 * disagree on region and case, so languages are matched on the primary subtag only.
 */
public final class LanguageTags {

    private LanguageTags() {
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
