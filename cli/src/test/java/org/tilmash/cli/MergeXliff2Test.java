package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.steps.merge.ReturnedXliff;
import org.tilmash.core.testing.TestData;

/**
 * {@code tilmash merge} of an XLIFF 2.0 file as a CAT tool returns it: the units of our own 1.2 output (same ids,
 * same sources) in 2.0, written with Okapi's XLIFF 2 library, some targets filled by the translator.
 */
class MergeXliff2Test {

    @TempDir
    Path dir;

    private Path out;
    private Path tm;

    /** partial-200 run with its memory imported: English 100 of 200 translated. Returns our kk-en XLIFF 1.2. */
    private Path run() throws Exception {
        Path source = Files.copy(TestData.file("debian-l10n/partial-200-source.txt"),
                dir.resolve("partial-200.kk.txt"));
        tm = dir.resolve("tm");
        Sample.Result imported = Sample.tilmash("tm", "import",
                TestData.file("debian-l10n/partial-200.tmx").toString(), "--tm", tm.toString());
        assertEquals(ExitCode.OK, imported.exitCode(), imported.err());
        out = dir.resolve("out");
        Sample.Result run = run(source, out);
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals(100, MemoryCommandsTest.coverage(out, "en-US").get("translatedSegments").asInt());
        return out.resolve("partial-200.kk-en.xlf");
    }

    private Sample.Result run(Path source, Path output) {
        return Sample.tilmash("run", source.toString(), "--tm", tm.toString(), "--srx",
                MemoryCommandsTest.LINES_SRX.toString(), "--no-repair", "--out", output.toString());
    }

    private Sample.Result merge(Path xliff) {
        return Sample.tilmash("merge", xliff.toString(), "--tm", tm.toString(), "--srx",
                MemoryCommandsTest.LINES_SRX.toString(), "--no-repair");
    }

    /**
     * Our 1.2 file's units as XLIFF 2.0 beside it. Units translated by the run keep their target as "translated";
     * of the empty ones, the translator fills three ("translated"), two ("final") and one left "initial" (a draft,
     * not done); the rest have no target. {@code source} may alter a unit's source text.
     */
    private Path asXliff2(Path xliff12, UnaryOperator<String> source) {
        ReturnedXliff ours = ReturnedXliff.read(xliff12);
        Path file = xliff12.resolveSibling("partial-200.kk-en.returned.xlf");
        try (XLIFFWriter writer = new XLIFFWriter()) {
            writer.create(file.toFile(), "kk-KZ", "en-US");
            StartFileData start = new StartFileData("f1");
            start.setOriginal(ours.original());
            writer.writeStartFile(start);
            int filled = 0;
            for (ReturnedXliff.Returned returned : ours.units()) {
                Unit unit = new Unit(returned.id());
                Segment segment = unit.appendSegment();
                segment.setSource(source.apply(returned.source()));
                if (!returned.target().isEmpty()) {
                    segment.setTarget(returned.target());
                    segment.setState(TargetState.TRANSLATED);
                } else if (filled < 6) {
                    filled++;
                    segment.setTarget(filled == 6 ? "Draft" : "Translation " + filled);
                    segment.setState(filled <= 3 ? TargetState.TRANSLATED
                            : filled <= 5 ? TargetState.FINAL : TargetState.INITIAL);
                }
                writer.writeUnit(unit);
            }
        }
        return file;
    }

    @Test
    void aReturnedXliff2MergesAndRaisesCoverageByExactlyTheUnitsDone() throws Exception {
        Path xliff = asXliff2(run(), UnaryOperator.identity());
        assertTrue(Files.readString(xliff).contains("urn:oasis:names:tc:xliff:document:2.0"));
        String tmxBefore = Files.readString(out.resolve("partial-200.kk-en.tmx"));

        Sample.Result merge = merge(xliff);
        assertEquals(ExitCode.OK, merge.exitCode(), merge.err());
        assertTrue(merge.out().contains("en-US 5 new, 0 changed, 100 unchanged translations merged; 95 units not done"),
                merge.out());
        String tmx = Files.readString(out.resolve("partial-200.kk-en.tmx"));
        assertEquals(MemoryCommandsTest.count(tmxBefore, "<tu ") + 5, MemoryCommandsTest.count(tmx, "<tu "));
        assertTrue(tmx.contains("<seg>Translation 5</seg>") && !tmx.contains("Draft"), tmx);
        assertTrue(Files.readString(out.resolve("partial-200.tmx")).contains("<seg>Translation 1</seg>"));
        Schemas.assertValidTmx14(out.resolve("partial-200.kk-en.tmx"));

        Path again = dir.resolve("again");
        assertEquals(ExitCode.OK, run(dir.resolve("partial-200.kk.txt"), again).exitCode());
        assertEquals(105, MemoryCommandsTest.coverage(again, "en-US").get("translatedSegments").asInt());
        assertEquals(200, MemoryCommandsTest.coverage(again, "ru-RU").get("translatedSegments").asInt());
    }

    @Test
    void aReturnedXliff2WhoseSourceChangedIsRefusedNamingTheUnit() throws Exception {
        Path xliff = asXliff2(run(), text -> text.equals("Көшіріп алу") ? "Көшіріп алу керек" : text);
        String tmxBefore = Files.readString(out.resolve("partial-200.kk-en.tmx"));

        Sample.Result merge = merge(xliff);
        assertEquals(ExitCode.BAD_INPUT, merge.exitCode(), merge.out());
        assertTrue(merge.err().contains("unit p2-s1: its source no longer matches"), merge.err());
        assertEquals(1, merge.err().strip().lines().count(), merge.err());
        assertEquals(tmxBefore, Files.readString(out.resolve("partial-200.kk-en.tmx")));
        assertFalse(merge.out().contains("merged"), merge.out());
    }

    /** Our XLIFF 2.1 of the UDHR (DOCX: bold, italic and links as inline codes), with the Russian aligned. */
    private Path runXliff21() throws Exception {
        Path kk = FormattedTranslationsTest.copy(dir, "udhr.kk.docx", "udhr.ru.docx");
        out = dir.resolve("out");
        Sample.Result run = Sample.tilmash("run", kk.toString(), "--xliff", "2.1", "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(Files.readString(out.resolve("udhr.kk-ru.xlf")).contains("<pc id="), "the XLIFF carries codes");
        return out;
    }

    private Sample.Result mergeUdhr(Path xliff) {
        Sample.Result merge = Sample.tilmash("merge", xliff.toString(), "--tm", dir.resolve("tm").toString());
        assertEquals(ExitCode.OK, merge.exitCode(), merge.err());
        return merge;
    }

    @Test
    void mergingAnUnchangedXliff21LeavesEveryTmxAndItsInlineCodesByteForByte() throws Exception {
        Path out = runXliff21();
        List<String> tmx = List.of("udhr.kk-ru.tmx", "udhr.kk-en.tmx", "udhr.tmx");
        List<byte[]> before = new ArrayList<>();
        for (String name : tmx) {
            before.add(Files.readAllBytes(out.resolve(name)));
        }
        Sample.Result merge = mergeUdhr(out.resolve("udhr.kk-ru.xlf"));
        assertTrue(merge.out().contains("0 new, 0 changed, 24 unchanged"), merge.out());
        for (int i = 0; i < tmx.size(); i++) {
            assertArrayEquals(before.get(i), Files.readAllBytes(out.resolve(tmx.get(i))), tmx.get(i));
        }
    }

    @Test
    void aNewXliff2TranslationGetsTheDocumentsCodes() throws Exception {
        Path out = runXliff21();
        Path xliff = out.resolve("udhr.kk-en.xlf");
        String xml = Files.readString(xliff, StandardCharsets.UTF_8);
        int unit = xml.indexOf("<unit id=\"p3-s2\"");
        int segment = xml.indexOf("<segment id=\"0\">", unit);
        int sourceEnd = xml.indexOf("</source>", segment) + "</source>".length();
        Files.writeString(xliff, xml.substring(0, segment) + "<segment id=\"0\" state=\"translated\">"
                + xml.substring(segment + "<segment id=\"0\">".length(), sourceEnd)
                + "<target xml:space=\"preserve\">They should act towards one another in a spirit of <pc id=\"2\" "
                + "canCopy=\"no\" canDelete=\"no\" dataRefEnd=\"d2\" dataRefStart=\"d1\">brotherhood</pc>.</target>"
                + xml.substring(sourceEnd), StandardCharsets.UTF_8);
        assertTrue(mergeUdhr(xliff).out().contains("1 new"));

        // As from XLIFF 1.2 (MergeInlineCodesTest): the document's italic run in the corpus, letter-coded in memory.
        String corpus = MergeInlineCodesTest.unit(out.resolve("udhr.tmx"), "p3-s2");
        assertTrue(corpus.contains("<tuv xml:lang=\"en-US\"><seg>They should act towards one another in a spirit of "
                + "<bpt x=\"2\" i=\"2\" type=\"x-italic;\">&lt;run2&gt;</bpt>brotherhood<ept i=\"2\">&lt;/run2&gt;"
                + "</ept>.</seg></tuv>"), corpus);
        String memory = MergeInlineCodesTest.unit(out.resolve("udhr.kk-en.tmx"), "p3-s2");
        assertTrue(memory.contains("<seg>They should act towards one another in a spirit of <bpt x=\"1\" i=\"1\" "
                + "type=\"x-italic;\">&lt;g0&gt;</bpt>brotherhood<ept i=\"1\">&lt;/g0&gt;</ept>.</seg>"), memory);
    }

    @Test
    void anXliff2ThatOkapiRefusesIsOneLineNamingTheFile() throws Exception {
        Path out = runXliff21();
        Path xliff = out.resolve("udhr.kk-en.xlf");
        String xml = Files.readString(xliff, StandardCharsets.UTF_8);
        int sourceEnd = xml.indexOf("</source>", xml.indexOf("<unit id=\"p3-s2\"")) + "</source>".length();
        // A target without the source's xml:space: XLIFF 2 requires both alike.
        Files.writeString(xliff, xml.substring(0, sourceEnd) + "<target>They should.</target>"
                + xml.substring(sourceEnd), StandardCharsets.UTF_8);
        Sample.Result merge = Sample.tilmash("merge", xliff.toString(), "--tm", dir.resolve("tm").toString());
        assertEquals(ExitCode.BAD_INPUT, merge.exitCode());
        assertEquals(1, merge.err().strip().lines().count(), merge.err());
        assertTrue(merge.err().contains("udhr.kk-en.xlf: is not XLIFF 2 tilmash can read: ")
                && merge.err().contains("p3-s2"), merge.err());
    }
}
