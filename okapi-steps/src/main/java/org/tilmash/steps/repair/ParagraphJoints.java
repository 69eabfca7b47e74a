package org.tilmash.steps.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the ".." joints left where two paragraphs were run together ("бірікті..Бұрынғы", "[1]..Егемен",
 * "т.б..Еуразиялық", "қалыптасты..2001-2002"): two dots (four when an empty paragraph was between) after a word, a
 * closing bracket or quote, and straight after them, with no space, the start of the next paragraph, or the end of
 * the line. An ellipsis ("...") or ".." followed by a space (a careless
 * ellipsis inside a paragraph) is not a joint.
 */
final class ParagraphJoints {

    private static final Pattern JOINT =
            Pattern.compile("(?<=[\\p{L})\\]»\"”])(?:\\.\\.|\\.{4})(?=[\\p{Lu}\\p{N}«\"“„(])");
    /** A joint at the very end of the line: the paragraph that followed it is not there. */
    private static final Pattern TRAILING_JOINT = Pattern.compile("(?<=[\\p{L})\\]»\"”])\\.\\.$");

    private ParagraphJoints() {
    }

    /**
     * The paragraphs of the text: each keeps one dot of its joint. A text with no joint: itself. The number of
     * joints repaired is the number of paragraphs minus one, plus one if the last paragraph lost a trailing joint.
     */
    static List<String> split(String text, RepairCounts counts) {
        if (text.indexOf("..") < 0) {
            return List.of(text);
        }
        if (TRAILING_JOINT.matcher(text).find()) {
            text = text.substring(0, text.length() - 1);
            counts.add(RepairKind.PARAGRAPH_JOINTS, 1);
        }
        Matcher m = JOINT.matcher(text);
        List<String> paragraphs = new ArrayList<>(2);
        int start = 0;
        while (m.find()) {
            paragraphs.add(text.substring(start, m.start() + 1));
            start = m.end();
        }
        paragraphs.add(text.substring(start));
        counts.add(RepairKind.PARAGRAPH_JOINTS, paragraphs.size() - 1L);
        return paragraphs;
    }
}
