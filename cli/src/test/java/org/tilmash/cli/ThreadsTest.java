package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.steps.align.TranslationSources;
import org.tilmash.steps.pipeline.TilmashPipelineBuilder;
import org.tilmash.steps.slots.Languages;

/**
 * {@code run --threads N}: the documents of a folder go through in parallel, and every output, the summary and the
 * warnings are the same as with one thread; the first failing document in input order decides the error.
 */
class ThreadsTest {

    private static final Pattern GENERATED = Pattern.compile("\"generated\" : \"[^\"]*\"");

    /**
     * Five documents of different sizes (the first the largest, so that with four threads it ends last), with
     * translations, one without its English, one in a sub-folder, one whose Russian is in the wrong language.
     */
    private static Path corpus(Path dir) throws IOException {
        Path seeds = Sample.REPO.resolve("seeds");
        for (String lang : List.of("kk", "ru", "en")) {
            String text = Files.readString(seeds.resolve("eurasian-integration." + lang + ".txt"));
            Files.writeString(dir.resolve("a-long." + lang + ".txt"), text + "\n" + text + "\n" + text);
            Files.writeString(dir.resolve("b." + lang + ".txt"), text);
            Files.createDirectories(dir.resolve("sub"));
            Files.writeString(dir.resolve("sub/c." + lang + ".txt"), text);
            if (!lang.equals("en")) {
                Files.writeString(dir.resolve("d." + lang + ".txt"), text);
            }
        }
        Files.copy(seeds.resolve("eurasian-integration.kk.txt"), dir.resolve("e.kk.txt"));
        Files.copy(seeds.resolve("eurasian-integration.en.txt"), dir.resolve("e.ru.txt")); // a warning
        Files.copy(seeds.resolve("eurasian-integration.en.txt"), dir.resolve("e.en.txt"));
        return dir;
    }

    @Test
    void everyOutputSummaryAndWarningIsTheSameWithOneThreadAndWithFour(@TempDir Path input, @TempDir Path work)
            throws IOException {
        corpus(input);
        Path out = work.resolve("out");
        Sample.Result one = Sample.tilmash("run", input.toString(), "--out", out.toString(), "--threads", "1");
        assertEquals(ExitCode.OK, one.exitCode(), one.err());
        Path first = Files.move(out, work.resolve("first"));
        Sample.Result four = Sample.tilmash("run", input.toString(), "--out", out.toString(), "--threads", "4");
        assertEquals(ExitCode.OK, four.exitCode(), four.err());

        assertEquals(one.out(), four.out(), "the summary, in input order");
        assertEquals(one.err(), four.err(), "the warnings, in input order");
        assertTrue(one.err().contains("e.ru.txt"), one.err());
        List<String> names = files(first);
        assertEquals(names, files(out));
        assertEquals(1 + 5 * 6, names.size(), names.toString()); // report.json, and 6 files per document
        for (String name : names) {
            byte[] expected = Files.readAllBytes(first.resolve(name));
            byte[] actual = Files.readAllBytes(out.resolve(name));
            if (name.equals("report.json")) {
                // The run's time stamp is its only difference: the two runs may straddle a second.
                expected = sameStamp(expected, actual);
            }
            assertArrayEquals(expected, actual, name);
        }
        List<String> order = sources(Files.readString(out.resolve("report.json")));
        assertEquals(List.of("a-long.kk.txt", "b.kk.txt", "d.kk.txt", "e.kk.txt", "c.kk.txt"),
                order.stream().map(s -> Path.of(s).getFileName().toString()).toList());
    }

    @Test
    void theProgressBarCountsEveryDocumentDone(@TempDir Path input, @TempDir Path out) throws IOException {
        corpus(input);
        List<SourceDocument> documents = SourceDocuments.resolve(List.of(input));
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Progress bar = Progress.drawnOn(new PrintStream(screen, true, StandardCharsets.UTF_8), "run",
                "documents", documents.stream().map(SourceDocument::path).toList())) {
            RunPipeline.run(new TilmashPipelineBuilder()::runSteps, 4, documents, TranslationSources.besideSource(),
                    Languages.TARGETS, out, "2026-12-01T00:00:00Z", bar);
        }
        String drawn = screen.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.substring(drawn.lastIndexOf('\r') + 1).contains("100% "), drawn);
        assertTrue(drawn.contains("5/5 documents"), drawn);
    }

    @Test
    void theFirstFailingDocumentInInputOrderDecidesAndNothingIsWritten(@TempDir Path input, @TempDir Path work)
            throws IOException {
        corpus(input);
        // Two documents without text: b2 comes first in input order; d2 is smaller and may fail first in time.
        Files.writeString(input.resolve("b2.kk.html"), "<html><body><div><img src=\"a.png\"/></div></body></html>");
        Files.writeString(input.resolve("d2.kk.md"), "---\n\n<!-- nothing -->\n");
        List<Sample.Result> results = new ArrayList<>();
        for (String threads : List.of("1", "4", "2")) {
            Path out = work.resolve("out" + threads);
            Sample.Result result = Sample.tilmash("run", input.toString(), "--out", out.toString(),
                    "--threads", threads);
            assertEquals(ExitCode.BAD_INPUT, result.exitCode(), result.err());
            assertTrue(result.err().contains("b2.kk.html") && !result.err().contains("d2"), result.err());
            assertTrue(!Files.exists(out) || files(out).isEmpty(), "nothing written");
            results.add(result);
        }
        assertEquals(results.get(0), results.get(1));
        assertEquals(results.get(0), results.get(2));
    }

    @Test
    void threadsBelowOneIsAUsageError(@TempDir Path out) {
        Sample.Result result = Sample.tilmash("run", Sample.SOURCE.toString(), "--out", out.toString(),
                "--threads", "0");
        assertEquals(ExitCode.USAGE, result.exitCode(), result.err());
        assertTrue(result.err().contains("--threads"), result.err());
    }

    private static byte[] sameStamp(byte[] expected, byte[] actual) {
        Matcher stamp = GENERATED.matcher(new String(actual, StandardCharsets.UTF_8));
        assertTrue(stamp.find());
        return GENERATED.matcher(new String(expected, StandardCharsets.UTF_8))
                .replaceFirst(Matcher.quoteReplacement(stamp.group())).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> sources(String report) {
        List<String> sources = new ArrayList<>();
        Matcher source = Pattern.compile("\"source\" : \"([^\"]*)\"").matcher(report);
        while (source.find()) {
            sources.add(source.group(1));
        }
        return sources;
    }

    /** Every file under {@code dir}, relative, sorted (hidden staging parts included: there must be none). */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
