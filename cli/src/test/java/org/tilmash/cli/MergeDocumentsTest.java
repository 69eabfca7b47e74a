package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.steps.slots.Languages;

/** {@code merge --documents}: the translated document rebuilt by the source format's own Okapi filter writer. */
class MergeDocumentsTest {

    private static final Pattern TAG = Pattern.compile("<(/?[a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

    /** Every tag in order with its attributes, {@code lang} left out; charset values compared without case. */
    static List<String> structure(Path html) throws Exception {
        List<String> tags = new ArrayList<>();
        Matcher m = TAG.matcher(Files.readString(html));
        while (m.find()) {
            StringBuilder tag = new StringBuilder(m.group(1));
            Matcher a = ATTRIBUTE.matcher(m.group(2));
            while (a.find()) {
                if (!a.group(1).equals("lang")) {
                    String value = a.group(1).equals("charset") ? a.group(2).toLowerCase() : a.group(2);
                    tag.append(' ').append(a.group(1)).append('=').append(value);
                }
            }
            tags.add(tag.toString());
        }
        return tags;
    }

    private static void runIn(Path dir, String source, String... translations) throws Exception {
        String[] names = new String[translations.length + 1];
        names[0] = source;
        System.arraycopy(translations, 0, names, 1, translations.length);
        Path kk = FormattedTranslationsTest.copy(dir, names);
        Sample.Result run = Sample.tilmash("run", kk.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
    }

    private static Sample.Result merge(Path dir, Path xliff) {
        Sample.Result merge = Sample.tilmash("merge", xliff.toString(), "--tm", dir.resolve("tm").toString(),
                "--documents", dir.resolve("docs").toString());
        assertEquals(ExitCode.OK, merge.exitCode(), merge.err());
        return merge;
    }

    @Test
    void htmlKeepsItsStructureAndGetsTheTranslation(@TempDir Path dir) throws Exception {
        runIn(dir, "udhr.kk.html", "udhr.ru.html", "udhr.en.html");
        Sample.Result merge = merge(dir, dir.resolve("out/udhr.kk-ru.xlf"));
        assertTrue(merge.out().contains("udhr.ru.html: written; 0 units"), merge.out());
        Path merged = dir.resolve("docs/udhr.ru.html");
        assertEquals(structure(dir.resolve("udhr.kk.html")), structure(merged));
        // Every unit was aligned right: the rebuilt page is the published Russian page, markup and all.
        String body = Files.readString(merged);
        String russian = Files.readString(dir.resolve("udhr.ru.html"));
        assertEquals(russian.substring(russian.indexOf("<body>")), body.substring(body.indexOf("<body>")));
    }

    @Test
    void unitsNotDoneKeepTheirKazakhTextAndAreCounted(@TempDir Path dir) throws Exception {
        runIn(dir, "udhr.kk.html", "udhr.ru.html");
        Path xliff = dir.resolve("out/udhr.kk-ru.xlf");
        String xml = Files.readString(xliff);
        int unit = xml.indexOf("<trans-unit id=\"p4-s1\"");
        int state = xml.indexOf("state=\"translated\"", unit);
        Files.writeString(xliff, xml.substring(0, state) + "state=\"needs-review-translation\""
                + xml.substring(state + "state=\"translated\"".length()));
        Sample.Result merge = merge(dir, xliff);
        assertTrue(merge.out().contains("written; 1 units without a finished translation kept their Kazakh text"),
                merge.out());
        String merged = Files.readString(dir.resolve("docs/udhr.ru.html"));
        assertTrue(merged.contains("<p><b>Барлық</b> адамдар тумысынан азат және қадір‐қасиеті мен кұқықтары тең "
                + "болып дүниеге келеді. Они наделены"), "the Kazakh sentence in place, with its bold");
        assertEquals(structure(dir.resolve("udhr.kk.html")), structure(dir.resolve("docs/udhr.ru.html")));
    }

    @Test
    void withoutDocumentsNothingIsWritten(@TempDir Path dir) throws Exception {
        runIn(dir, "udhr.kk.html", "udhr.ru.html");
        Sample.Result merge = Sample.tilmash("merge", dir.resolve("out/udhr.kk-ru.xlf").toString(), "--tm",
                dir.resolve("tm").toString());
        assertEquals(ExitCode.OK, merge.exitCode(), merge.err());
        assertFalse(merge.out().contains("written"), merge.out());
        assertFalse(Files.exists(dir.resolve("docs")));
    }

    /** A paragraph as the OpenXML filter reads it: its text, and its codes as kinds in order. */
    record Paragraph(String text, List<String> codes) {
    }

    static List<Paragraph> paragraphs(Path docx) {
        List<Paragraph> paragraphs = new ArrayList<>();
        try (OpenXMLFilter filter = new OpenXMLFilter();
             RawDocument raw = new RawDocument(docx.toUri(), "UTF-8", Languages.KAZAKH, Languages.RUSSIAN)) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit() && event.getTextUnit().getSource().hasText(false)) {
                    ITextUnit unit = event.getTextUnit();
                    TextFragment content = unit.getSource().getUnSegmentedContentCopy();
                    List<String> codes = new ArrayList<>();
                    for (Code code : content.getCodes()) {
                        codes.add(code.getTagType() + " " + code.getType());
                    }
                    paragraphs.add(new Paragraph(content.getText(), codes));
                }
            }
        }
        return paragraphs;
    }

    @Test
    void docxKeepsItsRunsAndGetsTheTranslation(@TempDir Path dir) throws Exception {
        runIn(dir, "udhr.kk.docx", "udhr.ru.docx");
        Sample.Result merge = merge(dir, dir.resolve("out/udhr.kk-ru.xlf"));
        assertTrue(merge.out().contains("udhr.ru.docx: written; 0 units"), merge.out());
        assertDocx(dir.resolve("docs/udhr.ru.docx"), dir.resolve("udhr.kk.docx"), dir.resolve("udhr.ru.docx"));
    }

    /**
     * Paragraph by paragraph (footnotes included): the Russian text of {@code russian}, with the bold/italic/link
     * runs, line breaks and footnote references of {@code source}, in its order; where the Russian paragraph has
     * fewer codes (a line break between two Kazakh sentences that Russian makes one), the same codes in any order.
     */
    static void assertDocx(Path merged, Path source, Path russian) {
        List<Paragraph> got = paragraphs(merged);
        List<Paragraph> kazakh = paragraphs(source);
        List<Paragraph> expected = paragraphs(russian);
        assertEquals(expected.size(), got.size());
        for (int i = 0; i < got.size(); i++) {
            assertEquals(expected.get(i).text(), got.get(i).text(), "paragraph " + (i + 1));
            if (kazakh.get(i).codes().size() == expected.get(i).codes().size()) {
                assertEquals(kazakh.get(i).codes(), got.get(i).codes(), "runs of paragraph " + (i + 1));
            } else {
                assertEquals(kazakh.get(i).codes().stream().sorted().toList(),
                        got.get(i).codes().stream().sorted().toList(), "runs of paragraph " + (i + 1));
            }
        }
        assertTrue(kazakh.stream().filter(p -> !p.codes().isEmpty()).count() >= 10, "the source has runs to keep");
    }
}
