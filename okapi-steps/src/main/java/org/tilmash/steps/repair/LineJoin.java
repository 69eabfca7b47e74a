package org.tilmash.steps.repair;

import java.util.regex.Pattern;

/**
 * Decides whether the break between two consecutive lines of plain text is a paragraph end or damage (a line
 * broken inside a sentence), and joins the lines when it is damage. The break is damage when:
 * <ul>
 * <li>the line ends with initials and the next line starts with a capitalized word: "Н." / "Назарбаев ...",
 * "... М.В." / "Ломоносов ...";</li>
 * <li>the line ends with a word and a hyphen and the next starts with a lower-case letter: "жариялан-" / "ды";</li>
 * <li>the next line starts with a lower-case letter (no paragraph does) that is not a list marker ("а) ", "б. "),
 * unless the line ends with a colon or semicolon (a list may follow): "... және т." / "б.";</li>
 * <li>the line ends with a comma or a dash: the sentence goes on.</li>
 * </ul>
 */
final class LineJoin {

    // Looked for in the last eight characters only: the lines are long, the initials short.
    // Looked for in the last ten characters only: lines are long, initials short.
    private static final Pattern ENDS_WITH_INITIALS =
            Pattern.compile("(?:^|[^\\p{L}\\p{N}])\\p{Lu}\\.(?: ?\\p{Lu}\\.){0,2}$");
    private static final Pattern STARTS_WITH_NAME = Pattern.compile("^\\p{Lu}\\p{Ll}");
    private static final Pattern ENDS_WITH_BROKEN_WORD = Pattern.compile("[\\p{L}\\p{N}]-$");
    private static final Pattern STARTS_WITH_LIST_MARKER = Pattern.compile("^\\p{Ll}{1,2}[).]\\s");
    private static final Pattern ENDS_MID_SENTENCE = Pattern.compile("(?:,| [-–—])$");

    private LineJoin() {
    }

    /** The two lines as one, or null when the break between them is a paragraph end. Both lines are trimmed. */
    static String join(String line, String next) {
        if (line.isEmpty() || next.isEmpty()) {
            return null;
        }
        char first = next.charAt(0);
        char last = line.charAt(line.length() - 1);
        if (last == '-' && Character.isLowerCase(first) && ENDS_WITH_BROKEN_WORD.matcher(line).find()) {
            char beforeHyphen = line.charAt(line.length() - 2);
            // "жариялан-" + "ды": the hyphen only wrapped the word; "ТМД-" + "ға": it is the suffix hyphen.
            String head = Character.isLowerCase(beforeHyphen) ? line.substring(0, line.length() - 1) : line;
            return head + next;
        }
        boolean joins = last == '.' && ENDS_WITH_INITIALS.matcher(line).region(Math.max(0, line.length() - 10), line.length())
                        .useTransparentBounds(true).useAnchoringBounds(false).find() && STARTS_WITH_NAME.matcher(next).find()
                || Character.isLowerCase(first) && last != ':' && last != ';'
                        && !STARTS_WITH_LIST_MARKER.matcher(next).find()
                || Character.isLetter(first) && (last == ',' || last == '-' || last == '–' || last == '—')
                        && ENDS_MID_SENTENCE.matcher(line).find();
        return joins ? line + ' ' + next : null;
    }
}
