package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.steps.slots.Languages;

class RunCommandTest {

    static final List<String> OUTPUTS = List.of("eurasian-integration.kk-ru.xlf", "eurasian-integration.kk-en.xlf",
            "eurasian-integration.kk-ru.tmx", "eurasian-integration.kk-en.tmx", "eurasian-integration.tmx",
            "report.json");

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
    void xliffReadBackWithOkapiGivesTheSegmentsOfSegmentAndLosesNoCharacter(@TempDir Path out) throws Exception {
        assertEquals(ExitCode.OK, Sample.tilmash("run", Sample.SOURCE.toString(), "--out", out.toString(),
                "--no-repair").exitCode());
        List<String> fromXliff = xliffSources(out.resolve("eurasian-integration.kk-en.xlf"), Languages.ENGLISH);

        Sample.Result segments = Sample.tilmash("segment", Sample.SOURCE.toString(), "--no-repair");
        assertEquals(ExitCode.OK, segments.exitCode(), segments.err());
        assertEquals(segments.out().lines().toList(), fromXliff.stream().map(String::strip).toList());

        String source = Files.readString(Sample.SOURCE, StandardCharsets.UTF_8);
        assertEquals(withoutWhitespace(source), withoutWhitespace(String.join("", fromXliff)));
    }

    @Test
    void twoRunsWriteByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws Exception {
        Instant stamp = Instant.parse("2026-11-24T00:00:00Z");
        for (Path out : List.of(first, second)) {
            new TilmashPipeline(new PipelineSettings(out, Optional.empty(), true, stamp))
                    .run(SourceDocuments.resolve(List.of(Sample.SOURCE)), doc -> { });
        }
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
        List<String> sources = new ArrayList<>();
        try (XLIFFFilter filter = new XLIFFFilter();
             RawDocument raw = new RawDocument(xliff.toUri(), "UTF-8", Languages.KAZAKH, target)) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit unit = event.getTextUnit();
                    sources.add(unit.getSource().toString());
                }
            }
        }
        return sources;
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
}
