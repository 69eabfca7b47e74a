package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code merge} rewrites the TMX files beside the XLIFF with the inline codes of every unit: those it leaves alone
 * exactly as {@code run} wrote them, and a new or changed translation with the document's codes (the multilingual
 * corpus) or letter-coded (the bilingual memory), as {@code run} writes them.
 */
class MergeInlineCodesTest {

    private static final List<String> TMX = List.of("udhr.kk-ru.tmx", "udhr.kk-en.tmx", "udhr.tmx");

    @TempDir
    Path dir;

    private Path run() throws Exception {
        Path kk = FormattedTranslationsTest.copy(dir, "udhr.kk.docx", "udhr.ru.docx");
        Sample.Result run = Sample.tilmash("run", kk.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        return dir.resolve("out");
    }

    private Sample.Result merge(Path xliff) {
        Sample.Result merge = Sample.tilmash("merge", xliff.toString(), "--tm", dir.resolve("tm").toString());
        assertEquals(ExitCode.OK, merge.exitCode(), merge.err());
        return merge;
    }

    /** The {@code <tu>} with {@code tuid} in {@code tmx}. */
    static String unit(Path tmx, String tuid) throws Exception {
        Matcher m = Pattern.compile("<tu tuid=\"" + tuid + "\">.*?</tu>", Pattern.DOTALL)
                .matcher(Files.readString(tmx, StandardCharsets.UTF_8));
        assertTrue(m.find(), tuid + " in " + tmx);
        return m.group();
    }

    @Test
    void mergingTheUnchangedXliffLeavesEveryTmxByteForByte() throws Exception {
        Path out = run();
        byte[][] before = new byte[TMX.size()][];
        for (int i = 0; i < TMX.size(); i++) {
            before[i] = Files.readAllBytes(out.resolve(TMX.get(i)));
        }
        assertTrue(Files.readString(out.resolve("udhr.tmx")).contains("<bpt "), "the corpus carries codes");
        merge(out.resolve("udhr.kk-ru.xlf"));
        merge(out.resolve("udhr.kk-en.xlf"));
        for (int i = 0; i < TMX.size(); i++) {
            assertArrayEquals(before[i], Files.readAllBytes(out.resolve(TMX.get(i))), TMX.get(i));
        }
    }

    @Test
    void aNewTranslationGetsTheDocumentsCodes() throws Exception {
        Path out = run();
        Path xliff = out.resolve("udhr.kk-en.xlf");
        String xml = Files.readString(xliff, StandardCharsets.UTF_8);
        String empty = "<target xml:lang=\"en-US\" state=\"needs-translation\"></target>";
        int unit = xml.indexOf("<trans-unit id=\"p3-s2\"");
        int target = xml.indexOf(empty, unit);
        Files.writeString(xliff, xml.substring(0, target) + "<target xml:lang=\"en-US\" state=\"translated\">They "
                + "should act towards one another in a spirit of <g id=\"2\">brotherhood</g>.</target>"
                + xml.substring(target + empty.length()), StandardCharsets.UTF_8);
        assertTrue(merge(xliff).out().contains("1 new"));

        // The corpus: the source's italic run, as the document has it (Okapi's OpenXML code data), in the English.
        String corpus = unit(out.resolve("udhr.tmx"), "p3-s2");
        assertTrue(corpus.contains("<tuv xml:lang=\"en-US\"><seg>They should act towards one another in a spirit of "
                + "<bpt x=\"2\" i=\"2\" type=\"x-italic;\">&lt;run2&gt;</bpt>brotherhood<ept i=\"2\">&lt;/run2&gt;"
                + "</ept>.</seg></tuv>"), corpus);
        // The memory to import: letter-coded, numbered from 1 in the unit, as OmegaT shows the XLIFF's tags.
        String memory = unit(out.resolve("udhr.kk-en.tmx"), "p3-s2");
        assertTrue(memory.contains("<seg>They should act towards one another in a spirit of <bpt x=\"1\" i=\"1\" "
                + "type=\"x-italic;\">&lt;g0&gt;</bpt>brotherhood<ept i=\"1\">&lt;/g0&gt;</ept>.</seg>"), memory);
        assertTrue(memory.contains("жасаулары <bpt x=\"1\" i=\"1\" type=\"x-italic;\">&lt;g0&gt;</bpt>тиіс"), memory);
    }

    @Test
    void aCodeMovedByTheTranslatorIsAChange() throws Exception {
        Path out = run();
        Path xliff = out.resolve("udhr.kk-ru.xlf");
        String xml = Files.readString(xliff, StandardCharsets.UTF_8);
        String bold = "<g id=\"1\">Все</g> люди рождаются";
        assertTrue(xml.contains(bold), "p3-s1's target");
        Files.writeString(xliff, xml.replace(bold, "Все <g id=\"1\">люди</g> рождаются"), StandardCharsets.UTF_8);
        assertTrue(merge(xliff).out().contains("0 new, 1 changed, 23 unchanged"));
        assertTrue(unit(out.resolve("udhr.tmx"), "p3-s1").contains("<seg>Все <bpt x=\"1\" i=\"1\" type=\"x-bold;\">"
                + "&lt;run1&gt;</bpt>люди<ept i=\"1\">&lt;/run1&gt;</ept> рождаются"));
    }
}
