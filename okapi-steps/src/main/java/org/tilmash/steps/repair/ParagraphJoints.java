package org.tilmash.steps.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the ".." joints left where two paragraphs were run together ("бірікті..Бұрынғы", "[1]..Егемен",
 * "т.б..Еуразиялық", "қалыптасты..2001-2002"): two dots (four when an empty paragraph was between) after a word, a
 * closing bracket or quote, and straight after them, with no space, the start of the next paragraph, or the end of
 * the line. An ellipsis ("...") or ".." followed by a space (a careless ellipsis inside a paragraph) is not a joint.
 * Written as a scan for ".." rather than a regular expression: a look-behind first would be tried at every
 * character of the corpus, and this runs on every line.
 */
final class ParagraphJoints {

    private ParagraphJoints() {
    }

    /**
     * The paragraphs of the text: each keeps one dot of its joint. A text with no joint: itself. Every joint found
     * is counted, the one at the end of the line too (its dot is dropped: the paragraph after it is not there).
     */
    static List<String> split(String text, RepairCounts counts) {
        int at = text.indexOf("..");
        if (at < 0) {
            return List.of(text);
        }
        List<String> paragraphs = new ArrayList<>(2);
        int start = 0;
        int n = text.length();
        while (at >= 0) {
            int end = at;
            while (end < n && text.charAt(end) == '.') {
                end++;
            }
            int dots = end - at;
            if ((dots == 2 || dots == 4) && at > 0 && endsParagraph(text, at - 1)
                    && (end == n || startsParagraph(text, end))) {
                paragraphs.add(text.substring(start, at + 1));
                counts.add(RepairKind.PARAGRAPH_JOINTS, 1);
                start = end;
            }
            at = end < n ? text.indexOf("..", end) : -1;
        }
        if (start < n) {
            paragraphs.add(text.substring(start));
        }
        return paragraphs;
    }

    /**
     * Whether the character at {@code i} can end a paragraph. A straight quote can open as well as close: it closes
     * only after a non-space (so the literal {@code ".."} of a UI string is not a joint).
     */
    private static boolean endsParagraph(String text, int i) {
        char c = text.charAt(i);
        if (c == '"') {
            return i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        }
        return Character.isLetter(c) || c == ')' || c == ']' || c == '»' || c == '”';
    }

    /** Whether the character at {@code i} can start a paragraph; a straight quote opens only before a letter or digit. */
    private static boolean startsParagraph(String text, int i) {
        char c = text.charAt(i);
        if (c == '"') {
            return i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        }
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '«' || c == '“' || c == '„' || c == '(';
    }
}
