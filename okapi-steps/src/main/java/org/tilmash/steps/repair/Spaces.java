package org.tilmash.steps.repair;

/**
 * Makes every run of horizontal spaces (plain, tab, no-break, narrow no-break, the typographic spaces) one plain
 * space; line breaks inside a unit are left alone. Hand-written rather than a regular expression: it runs on every
 * line of the corpus and must cost next to nothing when there is nothing to do.
 */
final class Spaces {

    private Spaces() {
    }

    static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00A0' || c > '\u00A0' && c < '\u1680') {
            return false; // most characters, Latin and Cyrillic letters among them: two comparisons
        }
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c >= '\u2000' && c <= '\u200A'
                || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /**
     * @param trimEnds also drop the spaces at both ends (a line of plain text; not a unit of a format whose
     *                 markup may sit next to the space)
     */
    static String normalize(String text, boolean trimEnds, RepairCounts counts) {
        int n = text.length();
        StringBuilder out = null;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isSpace(text.charAt(end))) {
                end++;
            }
            boolean atEnd = i == 0 || end == n;
            boolean drop = trimEnds && atEnd;
            boolean changed = drop || end - i > 1 || c != ' ';
            if (changed) {
                if (out == null) {
                    out = new StringBuilder(n).append(text, 0, i);
                }
                counts.add(RepairKind.NORMALIZED_SPACES, 1);
            }
            if (out != null && !drop) {
                out.append(' ');
            }
            i = end;
        }
        return out == null ? text : out.toString();
    }
}
