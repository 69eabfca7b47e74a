package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.steps.slots.Languages;

/** HTML and Markdown go through the same pipeline as plain text: a filter configuration, nothing else. */
class OtherFormatsTest {

    private static Path resource(String name) throws Exception {
        return Path.of(OtherFormatsTest.class.getResource("/formats/" + name).toURI());
    }

    @Test
    void htmlKeepsInlineMarkupAsCodesAndValidates(@TempDir Path out) throws Exception {
        Sample.Result result = Sample.tilmash("run", resource("page.kk.html").toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        Path xliff = out.resolve("page.kk-ru.xlf");
        Schemas.assertValidXliff12(xliff);
        List<String> sources = RunCommandTest.xliffSources(xliff, Languages.RUSSIAN);
        assertEquals(List.of("Жаңалықтар", "Астанада жаңа мектеп ашылды",
                "Бүгін Астанада 1200 орындық жаңа мектеп ашылды.", "Оған 5 млрд теңге жұмсалды.",
                "Мектепте робототехника сыныбы бар & кітапхана жұмыс істейді."), sources);
        String xml = Files.readString(xliff);
        assertTrue(xml.contains("datatype=\"html\""), "datatype follows the format");
        assertTrue(xml.contains("<g id=\"1\">1200 орындық</g>"), "bold kept as an inline code");
    }

    @Test
    void markdownSegmentsItsParagraphsAndListItems(@TempDir Path out) throws Exception {
        Sample.Result result = Sample.tilmash("run", resource("notes.kk.md").toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        Schemas.assertValidXliff12(out.resolve("notes.kk-en.xlf"));
        List<String> sources = RunCommandTest.xliffSources(out.resolve("notes.kk-en.xlf"), Languages.ENGLISH);
        assertEquals(5, sources.size(), sources.toString());
        assertTrue(sources.contains("Ол 2024 жылы басталды."), sources.toString());
    }
}
