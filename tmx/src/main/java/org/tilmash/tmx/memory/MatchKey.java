package org.tilmash.tmx.memory;

import java.text.Normalizer;

/**
 * The form in which source texts are compared for an exact match: two strings that a reader cannot tell apart
 * must meet. Applied both when a memory is filled and when it is searched.
 *
 * <ul>
 *   <li>Unicode NFC, and every run of whitespace (no-break spaces, tabs, line breaks) as one space, trimmed: the
 *       segmenter trims segments, catalogues keep trailing {@code \n}.</li>
 *   <li>Latin letters that look like Cyrillic ones, inside a word that also has Cyrillic letters, become the
 *       Cyrillic letter ({@code Cмонтировано}, {@code Қaзақ}): a frequent defect of Kazakh and Russian text typed on
 *       a Latin layout. Includes the Kazakh {@code і} and {@code һ}. Latin {@code y} is left alone: in a Kazakh word
 *       it could stand for {@code у} or {@code ү}.</li>
 *   <li>Quotes: «guillemets», „German“, “English” and straight double quotes compare equal, as do the single ones
 *       and apostrophes.</li>
 * </ul>
 *
 * <p>Accelerators ({@code _Файл}, {@code &Файл}) are deliberately kept. On the debian-l10n corpus, 191 groups of
 * Kazakh strings become equal once a single accelerator is removed, and in 61 of them (32 %) the Russian
 * translations differ: {@code Түрі} is "Тип" (Type) but {@code _Түрі} is "_Вид" (View). An exact fill from such a
 * match would be wrong a third of the time; fuzzy matching still offers them as suggestions.
 */
public final class MatchKey {

    private MatchKey() {
    }

    public static String of(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        int wordStart = -1;
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                wordStart = endWord(out, wordStart);
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (Character.isLetter(c)) {
                if (wordStart < 0) {
                    wordStart = out.length();
                }
                out.append(c);
            } else {
                wordStart = endWord(out, wordStart);
                out.append(quote(c));
            }
        }
        endWord(out, wordStart);
        return out.toString();
    }

    /** Folds look-alikes in the word {@code out[start..]} if it mixes scripts; returns -1 (no word open). */
    private static int endWord(StringBuilder out, int start) {
        if (start < 0) {
            return -1;
        }
        boolean cyrillic = false;
        boolean latin = false;
        for (int i = start; i < out.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(out.charAt(i));
            cyrillic |= script == Character.UnicodeScript.CYRILLIC;
            latin |= script == Character.UnicodeScript.LATIN;
        }
        if (cyrillic && latin) {
            for (int i = start; i < out.length(); i++) {
                out.setCharAt(i, cyrillicLookAlike(out.charAt(i)));
            }
        }
        return -1;
    }

    private static char cyrillicLookAlike(char c) {
        return switch (c) {
            case 'a' -> 'а';
            case 'c' -> 'с';
            case 'e' -> 'е';
            case 'h' -> 'һ';
            case 'i' -> 'і';
            case 'o' -> 'о';
            case 'p' -> 'р';
            case 'x' -> 'х';
            case 'A' -> 'А';
            case 'B' -> 'В';
            case 'C' -> 'С';
            case 'E' -> 'Е';
            case 'H' -> 'Н';
            case 'I' -> 'І';
            case 'K' -> 'К';
            case 'M' -> 'М';
            case 'O' -> 'О';
            case 'P' -> 'Р';
            case 'T' -> 'Т';
            case 'X' -> 'Х';
            default -> c;
        };
    }

    private static char quote(char c) {
        return switch (c) {
            case '«', '»', '„', '“', '”', '‟', '″', '＂' -> '"';
            case '‘', '’', '‚', '‛', '′', 'ʼ', '`', '＇' -> '\'';
            default -> c;
        };
    }
}
