package org.tilmash.steps.repair;

import java.util.regex.Pattern;

/**
 * Decides, on evidence only, whether the break between two consecutive lines of plain text is damage (a hard wrap
 * inside a sentence), and joins the lines when it is. The evidence ({@link Reason}):
 * <ul>
 * <li>the line ends with initials and the next starts with a capitalized word: "Н." / "Назарбаев ...",
 * "... М.В." / "Ломоносов ...";</li>
 * <li>the line ends with an abbreviation that cannot end a sentence: "... және т." / "б.", "проф." / "...";</li>
 * <li>a word is hyphenated across the break: "жариялан-" / "ды";</li>
 * <li>the document is laid out wrapped ({@link WrappedLayout}), the line is full (the next line's first word
 * would not have fitted on it) and does not end a sentence.</li>
 * </ul>
 * Whatever else the lines look like, there is no join after . ! ? … (optionally followed by closing quotes or
 * brackets), except the dot of an initial or of such an abbreviation: a paragraph-per-line document or a list of
 * strings is left as it is.
 */
final class LineJoin {

    /** Why two lines were joined; the name goes into the report. */
    enum Reason {
        INITIAL("initial"),
        ABBREVIATION("abbreviation"),
        HYPHENATED_WORD("hyphenated word"),
        WRAPPED_LINE("wrapped line");

        private final String reportName;

        Reason(String reportName) {
            this.reportName = reportName;
        }

        String reportName() {
            return reportName;
        }
    }

    // Looked for in the last ten characters only: lines are long, initials short.
    private static final Pattern ENDS_WITH_INITIALS =
            Pattern.compile("(?:^|[^\\p{L}\\p{N}])\\p{Lu}\\.(?: ?\\p{Lu}\\.){0,2}$");
    /**
     * Abbreviations that stand before what they abbreviate and so never end a sentence: "т." of a "т.б." / "т.с.с."
     * cut in two, titles (проф., акад., доц.), "им." (атындағы), street (көш.), "мөлш." (мөлшермен), "реж."
     * (режиссер). Lower-case only: "Т." is an initial.
     */
    private static final Pattern ENDS_WITH_OPEN_ABBREVIATION =
            Pattern.compile("(?:^|[^\\p{L}\\p{N}.])(?:т|т\\.с|проф|акад|доц|им|көш|мөлш|реж)\\.$");
    private static final Pattern STARTS_WITH_NAME = Pattern.compile("^\\p{Lu}\\p{Ll}");
    private static final Pattern ENDS_WITH_BROKEN_WORD = Pattern.compile("\\p{L}-$");
    /** A sentence end: . ! ? … then closing quotes or brackets. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?…][»\"”’')\\]]*$");

    private LineJoin() {
    }

    /**
     * Why the line and the next are one sentence broken in two, or null when nothing shows it.
     *
     * @param wrapWidth the width of the document's wrapped layout, 0 when it is not wrapped
     */
    static Reason why(String line, String next, int wrapWidth) {
        if (line.isEmpty() || next.isEmpty()) {
            return null;
        }
        char first = next.charAt(0);
        int tail = Math.max(0, line.length() - 10);
        if (line.endsWith(".")) {
            if (STARTS_WITH_NAME.matcher(next).find() && ENDS_WITH_INITIALS.matcher(line).region(tail, line.length())
                    .useTransparentBounds(true).useAnchoringBounds(false).find()) {
                return Reason.INITIAL;
            }
            if (ENDS_WITH_OPEN_ABBREVIATION.matcher(line).region(tail, line.length())
                    .useTransparentBounds(true).useAnchoringBounds(false).find()) {
                return Reason.ABBREVIATION;
            }
        }
        if (Character.isLowerCase(first) && line.endsWith("-") && ENDS_WITH_BROKEN_WORD.matcher(line).find()) {
            return Reason.HYPHENATED_WORD;
        }
        if (wrapWidth > 0 && !ENDS_SENTENCE.matcher(line).find()
                && line.codePointCount(0, line.length()) + 1 + firstWordLength(next) > wrapWidth) {
            return Reason.WRAPPED_LINE;
        }
        return null;
    }

    /** The two lines as one, joined for the given reason. */
    static String join(String line, String next, Reason reason) {
        if (reason == Reason.HYPHENATED_WORD) {
            // "жариялан-" + "ды": the hyphen only wrapped the word; "ТМД-" + "ға": it is the suffix hyphen.
            char beforeHyphen = line.charAt(line.length() - 2);
            return (Character.isLowerCase(beforeHyphen) ? line.substring(0, line.length() - 1) : line) + next;
        }
        return line + ' ' + next;
    }

    private static int firstWordLength(String text) {
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.codePointCount(0, end);
    }
}
