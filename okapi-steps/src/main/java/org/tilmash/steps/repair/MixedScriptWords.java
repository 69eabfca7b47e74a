package org.tilmash.steps.repair;

/**
 * Puts a word written in two scripts into one: a Latin letter that looks like a Cyrillic one inside a Cyrillic word
 * ("бiлiм", "Бiздiң" with a Latin i: a Kazakh keyboard habit) becomes that Cyrillic letter, and a Cyrillic look-alike
 * inside a Latin word becomes Latin. A word's script is the one of its letters that have no look-alike (б, ң, d, f);
 * when all its letters are look-alikes, the script most of them are in. A word whose letters are all of one script is
 * never touched, nor a word with distinctive letters of both scripts (nothing tells which is wrong).
 */
final class MixedScriptWords {

    // Pairs of letters that look the same: Latin, then Cyrillic (Kazakh і, һ, ү included).
    private static final String LATIN = "aceiopxyhABCEHIKMOPTXY";
    private static final String CYRILLIC = "асеіорхуһАВСЕНІКМОРТХҮ";

    private MixedScriptWords() {
    }

    private static boolean isLatin(char c) {
        return c < 0x250 && Character.isLetter(c);
    }

    private static boolean isCyrillic(char c) {
        return c >= 0x400 && c <= 0x52F;
    }

    static String fix(String text, RepairCounts counts) {
        if (!hasBothScripts(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (fixWord(out, i, end)) {
                counts.add(RepairKind.MIXED_SCRIPT_WORDS, 1);
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean hasBothScripts(String text) {
        boolean latin = false;
        boolean cyrillic = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            latin |= isLatin(c);
            cyrillic |= isCyrillic(c);
            if (latin && cyrillic) {
                return true;
            }
        }
        return false;
    }

    /** Fixes the word at [start, end) in place; true if it changed. */
    private static boolean fixWord(StringBuilder word, int start, int end) {
        int latin = 0;
        int cyrillic = 0;
        int distinctLatin = 0;
        int distinctCyrillic = 0;
        for (int i = start; i < end; i++) {
            char c = word.charAt(i);
            if (isLatin(c)) {
                latin++;
                distinctLatin += LATIN.indexOf(c) < 0 ? 1 : 0;
            } else if (isCyrillic(c)) {
                cyrillic++;
                distinctCyrillic += CYRILLIC.indexOf(c) < 0 ? 1 : 0;
            }
        }
        if (latin == 0 || cyrillic == 0 || distinctLatin > 0 && distinctCyrillic > 0) {
            return false;
        }
        boolean toCyrillic = distinctCyrillic > 0 || distinctLatin == 0 && cyrillic > latin;
        boolean toLatin = distinctLatin > 0 || distinctCyrillic == 0 && latin > cyrillic;
        if (!toCyrillic && !toLatin) {
            return false;
        }
        String from = toCyrillic ? LATIN : CYRILLIC;
        String to = toCyrillic ? CYRILLIC : LATIN;
        boolean changed = false;
        for (int i = start; i < end; i++) {
            int k = from.indexOf(word.charAt(i));
            if (k >= 0) {
                word.setCharAt(i, to.charAt(k));
                changed = true;
            }
        }
        return changed;
    }
}
