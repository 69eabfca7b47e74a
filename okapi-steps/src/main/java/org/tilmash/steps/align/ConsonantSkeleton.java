package org.tilmash.steps.align;

/**
 * Reduces a word in Cyrillic (Russian and Kazakh letters) or Latin script to the first consonants of its sound, so
 * that a name or a loanword written in either script gives the same key: Назарбаев and Nazarbayev give "nzrb",
 * Қазақстан and Kazakhstan "kzks", интеграция, интеграциялық and integration "ntgr".
 *
 * <p>Why consonants only: transliteration conventions differ mostly in vowels and in the letters that soften or
 * lengthen them (я/ya/ia, й/y/i, ы/y, х/kh/h), while the consonant frame survives. Voicing pairs that
 * translations swap (з/s) fall into one class. ICU's transliterator would give a Latin spelling, but one
 * convention of it, which is exactly what must be ignored here; this mapping is small and its purpose is
 * comparison, not display.
 */
final class ConsonantSkeleton {
    /** Consonant frames shorter than this are too common to identify anything. */
    static final int MIN_CONSONANTS = 3;
    /** Only the beginning of the word counts: inflection and derivation change the end in every language. */
    static final int KEY_CONSONANTS = 4;

    private ConsonantSkeleton() {
    }

    /** The skeleton of a lower-case word, or null if the word has too few consonants to be a useful key. */
    static String of(String word) {
        StringBuilder out = new StringBuilder(KEY_CONSONANTS);
        int n = word.length();
        for (int i = 0; i < n && out.length() < KEY_CONSONANTS; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : ' ';
            char mapped;
            if (c >= 'a' && c <= 'z') {
                if (next == 'h' && (c == 's' || c == 'c' || c == 'z' || c == 'k' || c == 'p' || c == 't')) {
                    mapped = switch (c) {
                        case 's' -> 'S';
                        case 'c' -> 'C';
                        case 'z' -> 'J';
                        case 'p' -> 'f';
                        default -> c; // kh -> k, th -> t
                    };
                    i++;
                } else {
                    mapped = latin(c, next);
                }
            } else if (i == 1 && c == 'в' && word.charAt(0) == 'е') {
                mapped = 0; // Greek eu-: Европа / Europe, Евразия / Eurasia
            } else {
                mapped = cyrillic(c);
            }
            if (mapped == 'T') { // ц and x give two classes
                append(out, 't');
                append(out, 's');
            } else if (mapped == 'X') {
                append(out, 'k');
                append(out, 's');
            } else if (mapped != 0) {
                append(out, mapped);
            }
        }
        return out.length() >= MIN_CONSONANTS ? out.toString() : null;
    }

    private static void append(StringBuilder out, char c) {
        // Doubled letters (Russia / Россия, Ассамблея) are spelling, not sound.
        if (out.length() < KEY_CONSONANTS && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
            out.append(c);
        }
    }

    private static char latin(char c, char next) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'j' -> 0;
            case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
            case 'q' -> 'k';
            case 'w' -> 'v';
            case 'z' -> 's';
            case 'x' -> 'X';
            default -> c;
        };
    }

    private static char cyrillic(char c) {
        return switch (c) {
            case 'б' -> 'b';
            case 'в' -> 'v';
            case 'г', 'ғ' -> 'g';
            case 'д' -> 'd';
            case 'ж' -> 'J';
            case 'з', 'с' -> 's';
            case 'к', 'қ', 'х' -> 'k';
            case 'л' -> 'l';
            case 'м' -> 'm';
            case 'н', 'ң' -> 'n';
            case 'п' -> 'p';
            case 'р' -> 'r';
            case 'т' -> 't';
            case 'ф' -> 'f';
            case 'ц' -> 'T';
            case 'ч' -> 'C';
            case 'ш', 'щ' -> 'S';
            default -> 0; // vowels, й, ъ, ь, һ and anything else
        };
    }
}
