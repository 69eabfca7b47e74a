package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.sf.okapi.common.LocaleId;
import org.junit.jupiter.api.Test;
import org.tilmash.steps.align.TranslationSources;
import org.tilmash.steps.pipeline.TilmashPipelineBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.steps.slots.Languages;

class RunCommandTest {

    static final List<String> OUTPUTS = List.of("eurasian-integration.kk-ru.xlf", "eurasian-integration.kk-en.xlf",
            "eurasian-integration.kk-ru.tmx", "eurasian-integration.kk-en.tmx", "eurasian-integration.tmx",
            "eurasian-integration.kk-repaired.txt", "report.json");

    @Test
    void runOnTheSampleWritesEveryOutputValidAgainstTheOfficialSchemas(@TempDir Path out) throws Exception {
        Sample.Result result = Sample.tilmash("run", Sample.SOURCE.toString(), "--out", out.toString());

        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(OUTPUTS.stream().sorted().toList(),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String name : OUTPUTS) {
            Path file = out.resolve(name);
            if (name.endsWith(".xlf")) {
                Schemas.assertValidXliff12(file);
            } else if (name.endsWith(".tmx")) {
                Schemas.assertValidTmx14(file);
            }
        }
        String xliff = Files.readString(out.resolve("eurasian-integration.kk-ru.xlf"));
        assertTrue(xliff.contains("original=\"" + Path.of("").toAbsolutePath().relativize(Sample.SOURCE)
                .toString().replace('\\', '/') + "\""), "original is relative to the working directory");
        assertTrue(xliff.contains("source-language=\"kk-KZ\" target-language=\"ru-RU\""));
        assertTrue(result.out().contains("eurasian-integration.kk.txt"), result.out());
    }

    @Test
    void xliffReadBackWithOkapiGivesTheSegmentsOfSegmentAndLosesNoCharacter(@TempDir Path out,
            @TempDir Path alone) throws Exception {
        // A copy without its translations beside it: alignment may join segments (a 2-1 link), segment cannot.
        Path source = Files.copy(Sample.SOURCE, alone.resolve(Sample.SOURCE.getFileName()));
        assertEquals(ExitCode.OK, Sample.tilmash("run", source.toString(), "--out", out.toString(),
                "--no-repair").exitCode());
        List<String> fromXliff = xliffSources(out.resolve("eurasian-integration.kk-en.xlf"), Languages.ENGLISH);

        Sample.Result segments = Sample.tilmash("segment", source.toString(), "--no-repair");
        assertEquals(ExitCode.OK, segments.exitCode(), segments.err());
        assertEquals(segments.out().lines().toList(), fromXliff.stream().map(String::strip).toList());

        String text = Files.readString(Sample.SOURCE, StandardCharsets.UTF_8);
        assertEquals(withoutWhitespace(text), withoutWhitespace(String.join("", fromXliff)));
    }

    @Test
    void theRepairedTextSegmentsIntoExactlyTheSegmentsOfTheOriginal(@TempDir Path out) throws Exception {
        assertEquals(ExitCode.OK, Sample.tilmash("run", Sample.SOURCE.toString(), "--out", out.toString()).exitCode());
        Path repaired = out.resolve("eurasian-integration.kk-repaired.txt");
        // A 2-1 alignment link may join two segments of a paragraph: compare with segment, which never joins.
        Sample.Result original = Sample.tilmash("segment", Sample.SOURCE.toString());
        Sample.Result again = Sample.tilmash("segment", repaired.toString());
        assertEquals(ExitCode.OK, again.exitCode(), again.err());
        assertEquals(original.out(), again.out());
        assertFalse(Files.readString(repaired).contains("бiлiм"), "mixed-script words are repaired");
    }

    @Test
    void twoRunsWriteByteIdenticalFilesWithOrWithoutAProgressBar(@TempDir Path first, @TempDir Path second)
            throws Exception {
        Instant stamp = Instant.parse("2026-11-24T00:00:00Z");
        RunPipeline.run(new TilmashPipelineBuilder()::runSteps, 1, SourceDocuments.resolve(List.of(Sample.SOURCE)),
                TranslationSources.besideSource(), Languages.TARGETS, first, stamp.toString(), Progress.none());
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Progress bar = Progress.drawnOn(new PrintStream(screen, true, StandardCharsets.UTF_8), "run",
                "documents", List.of(Sample.SOURCE))) {
            RunPipeline.run(new TilmashPipelineBuilder()::runSteps, 1, SourceDocuments.resolve(List.of(Sample.SOURCE)),
                    TranslationSources.besideSource(), Languages.TARGETS, second, stamp.toString(), bar);
        }
        String drawn = screen.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.substring(drawn.lastIndexOf('\r') + 1).contains("100% "), drawn);
        assertTrue(drawn.contains("1/1 documents"), drawn);
        for (String name : OUTPUTS) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
        assertTrue(Files.readString(first.resolve("report.json")).contains("\"2026-11-24T00:00:00Z\""));
    }

    @Test
    void sourceDateEpochGivesTheTimeStamp() {
        assertEquals(Optional.of(Instant.parse("2026-11-24T00:00:00Z")), SourceDateEpoch.instant("1795478400"));
        assertEquals(Optional.empty(), SourceDateEpoch.instant(null));
        UserError error = org.junit.jupiter.api.Assertions.assertThrows(UserError.class,
                () -> SourceDateEpoch.instant("yesterday"));
        assertEquals(ExitCode.USAGE, error.exitCode());
    }

    static List<String> xliffSources(Path xliff, LocaleId target) {
        return OurXliff.units(xliff, target).stream().map(unit -> unit.getSource().toString()).toList();
    }

    static String withoutWhitespace(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void noSourceAndNoSeedsDirectoryIsAUsageError(@TempDir Path empty) {
        assertFalse(Files.isDirectory(Path.of("seeds")), "the test runs in the module directory");
        Sample.Result result = Sample.tilmash("run", "--out", empty.toString());
        assertEquals(ExitCode.USAGE, result.exitCode());
        assertTrue(result.err().contains("no SOURCE given"), result.err());
    }

    @Test
    void minCoverageFailsWithExitOneAndNamesTheLanguage(@TempDir Path out) {
        Sample.Result result = Sample.tilmash("run", Sample.SOURCE.toString(), "--out", out.toString(),
                "--min-coverage", "ru=99.5");
        assertEquals(ExitCode.COVERAGE_BELOW_THRESHOLD, result.exitCode(), result.err());
        assertTrue(result.err().contains("ru"), result.err());
        assertTrue(Files.exists(out.resolve("report.json")), "the outputs are written even when the gate fails");
    }

    @Test
    void minCoverageMetExitsZero(@TempDir Path out) {
        Sample.Result result = Sample.tilmash("run", Sample.SOURCE.toString(), "--out", out.toString(),
                "--min-coverage", "ru=0,en=0");
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
    }

    @Test
    void malformedMinCoverageIsAUsageErrorBeforeAnyWork(@TempDir Path out) throws Exception {
        Sample.Result result = Sample.tilmash("run", Sample.SOURCE.toString(), "--out", out.toString(),
                "--min-coverage", "ru:90");
        assertEquals(ExitCode.USAGE, result.exitCode(), result.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void theSampleIsAlignedWithTheTranslationsBesideIt(@TempDir Path out) throws Exception {
        Sample.Result result = Sample.tilmash("run", Sample.SOURCE.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        String report = Files.readString(out.resolve("report.json"));
        assertTrue(report.contains("\"translation\" : \"" + DisplayPathOf.seed("eurasian-integration.ru.txt") + "\""),
                report);
        String ruTmx = Files.readString(out.resolve("eurasian-integration.kk-ru.tmx"));
        assertTrue(ruTmx.contains("Назарбаев"), "aligned Russian text in the bilingual TMX");
        assertTrue(Files.readString(out.resolve("eurasian-integration.kk-en.tmx")).contains("Nazarbayev"));
        for (String name : OUTPUTS) {
            if (name.endsWith(".tmx")) {
                Schemas.assertValidTmx14(out.resolve(name));
            } else if (name.endsWith(".xlf")) {
                Schemas.assertValidXliff12(out.resolve(name));
            }
        }
    }

    @Test
    void explicitTranslationWithSeveralSourcesIsAUsageError(@TempDir Path dir) throws Exception {
        Path other = Files.copy(Sample.SOURCE, dir.resolve("other.kk.txt"));
        Sample.Result result = Sample.tilmash("run", Sample.SOURCE.toString(), other.toString(),
                "--ru", Sample.REPO.resolve("seeds/eurasian-integration.ru.txt").toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.USAGE, result.exitCode(), result.err());
    }

    @Test
    void aTranslationInTheWrongLanguageWarnsAndLeavesTheSlotsEmpty(@TempDir Path dir) throws Exception {
        Path source = Files.copy(Sample.SOURCE, dir.resolve("a.kk.txt"));
        Sample.Result result = Sample.tilmash("run", source.toString(),
                "--ru", Sample.REPO.resolve("seeds/eurasian-integration.en.txt").toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        assertTrue(result.err().contains("warning") && result.err().contains("ru-RU"), result.err());
        assertTrue(result.out().contains("ru-RU      0/"), result.out());
    }
}

/** The display form of a seed file's path from the tests' working directory. */
final class DisplayPathOf {
    private DisplayPathOf() {
    }

    static String seed(String name) {
        return org.tilmash.steps.read.DisplayPath.of(Sample.REPO.resolve("seeds").resolve(name));
    }
}
