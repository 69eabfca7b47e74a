package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.TextFragment.TagType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.steps.slots.Languages;

/**
 * Footnote references and line breaks inside a paragraph, end to end: {@code run} makes them placeholders in the
 * XLIFF ({@code <x/>}) in the source and in the aligned target, and {@code merge --documents} puts them back where
 * they were. The fixtures are the UDHR with a line break after the first sentence of a paragraph and, in DOCX, a
 * footnote (the article's heading) after every paragraph of an article (resources/formats/udhr/make_fixtures.py).
 * Article 4 is one sentence in Russian and two in Kazakh: its line break is in the source only.
 */
class FootnotesAndLineBreaksTest {

    @TempDir
    Path dir;

    private Path runAndMerge(String ext) throws Exception {
        Path kk = FormattedTranslationsTest.copy(dir, "udhr-notes.kk." + ext, "udhr-notes.ru." + ext);
        Sample.Result run = Sample.tilmash("run", kk.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Path xliff = dir.resolve("out/udhr-notes.kk-ru.xlf");
        int placeholders = 0;
        for (ITextUnit unit : OurXliff.units(xliff, Languages.RUSSIAN)) {
            List<Code> source = unit.getSource().getUnSegmentedContentCopy().getCodes();
            List<Code> target = unit.getTarget(Languages.RUSSIAN).getUnSegmentedContentCopy().getCodes();
            long inSource = source.stream().filter(c -> c.getTagType() == TagType.PLACEHOLDER).count();
            long inTarget = target.stream().filter(c -> c.getTagType() == TagType.PLACEHOLDER).count();
            placeholders += (int) inSource;
            assertTrue(inTarget == inSource || Files.readString(xliff).contains("only in the source: "),
                    unit.getName() + ": a placeholder of the source is missing from the target without a note");
        }
        assertEquals(marks(kk), placeholders, "every line break and footnote reference is an inline code");
        Sample.Result merge = Sample.tilmash("merge", xliff.toString(), "--tm", dir.resolve("tm").toString(),
                "--documents", dir.resolve("docs").toString());
        assertEquals(ExitCode.OK, merge.exitCode(), merge.err());
        assertTrue(merge.out().contains("written; 0 units"), merge.out());
        return dir.resolve("docs/udhr-notes.ru." + ext);
    }

    @Test
    void docxFootnotesAndLineBreaksComeBackInPlace() throws Exception {
        Path merged = runAndMerge("docx");
        MergeDocumentsTest.assertDocx(merged, dir.resolve("udhr-notes.kk.docx"), dir.resolve("udhr-notes.ru.docx"));
        String footnotes = new String(zipEntry(merged, "word/footnotes.xml"), StandardCharsets.UTF_8);
        assertTrue(footnotes.contains("Статья 1") && !footnotes.contains("бап"), footnotes);
    }

    @Test
    void htmlLineBreaksComeBackInPlace() throws Exception {
        Path merged = runAndMerge("html");
        List<String> kazakh = MergeDocumentsTest.structure(dir.resolve("udhr-notes.kk.html"));
        List<String> got = MergeDocumentsTest.structure(merged);
        assertEquals(kazakh.stream().sorted().toList(), got.stream().sorted().toList(), "every tag, once");
        assertEquals(kazakh.stream().filter(t -> !t.equals("br")).toList(),
                got.stream().filter(t -> !t.equals("br")).toList(), "every tag but the line breaks in place");
        String body = body(merged);
        String russian = body(dir.resolve("udhr-notes.ru.html"));
        assertEquals(russian.replace("<br/>", ""), body.replace("<br/>", ""));
        // Where both sides break the line, the break is in place; article 4's, in the source only, ends its paragraph.
        assertTrue(body.contains("в своем достоинстве и правах.<br/>Они наделены"), body);
        assertTrue(body.contains("защиту закона.<br/>Все люди"), body);
        assertTrue(body.contains("во всех их <i>видах</i>.<br/></p>"), body);
    }

    /** The line breaks and footnote references of a fixture. */
    private static int marks(Path document) throws Exception {
        String text = document.toString().endsWith(".docx")
                ? new String(zipEntry(document, "word/document.xml"), StandardCharsets.UTF_8)
                : Files.readString(document, StandardCharsets.UTF_8);
        return text.split("<br/>|<w:br/>|<w:footnoteReference ", -1).length - 1;
    }

    private static String body(Path html) throws Exception {
        String text = Files.readString(html, StandardCharsets.UTF_8);
        return text.substring(text.indexOf("<body>"));
    }

    private static byte[] zipEntry(Path zip, String name) throws Exception {
        try (var file = new java.util.zip.ZipFile(zip.toFile())) {
            return file.getInputStream(file.getEntry(name)).readAllBytes();
        }
    }
}
