package org.tilmash.steps.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import org.junit.jupiter.api.Test;

class InlineCodeMatchTest {

    /** Okapi's OpenXML filter: a line break and a footnote reference are both placeholders of type "x". */
    private static void placeholder(TextFragment fragment, String data) {
        fragment.append(TagType.PLACEHOLDER, "x", data);
    }

    @Test
    void aFootnoteReferencePairsWithTheSourcesFootnoteReferenceNotWithALineBreakOfTheSameType() {
        TextFragment source = new TextFragment("Бірінші.");
        placeholder(source, "<tags2/>");
        source.append("Екінші.");
        placeholder(source, "<run4/>");
        TextFragment target = new TextFragment("Первое; второе.");
        placeholder(target, "<run7/>");

        String note = InlineCodeMatch.matchToSource(source, target);

        assertEquals(source.getCodes().get(1).getId(), target.getCodes().get(0).getId());
        assertEquals("inline codes only in the source: x", note);
    }

    @Test
    void codesOfOneTypeAndShapePairInOrder() {
        TextFragment source = new TextFragment("a");
        placeholder(source, "<br/>");
        source.append("b");
        placeholder(source, "<br/>");
        TextFragment target = new TextFragment("a");
        placeholder(target, "<br/>");
        target.append("b");
        placeholder(target, "<br/>");

        assertEquals("", InlineCodeMatch.matchToSource(source, target));
        assertEquals(source.getCodes().get(0).getId(), target.getCodes().get(0).getId());
        assertEquals(source.getCodes().get(1).getId(), target.getCodes().get(1).getId());
    }
}
