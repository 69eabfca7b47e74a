package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
