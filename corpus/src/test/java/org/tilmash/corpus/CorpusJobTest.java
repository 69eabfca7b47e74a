package org.tilmash.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.cli.Main;
import org.tilmash.cli.SourceDocuments;

/**
 * The corpus job on the real engine (Spark, embedded local[1] and local[2]) over several hundred real document
 * groups: the merged TMX is the same whatever the number of workers, every good document's units are those of
 * {@code run} on it alone, every broken one is in failed.jsonl, and --resume redoes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusJobTest {

    private static final List<String> MERGED = List.of("corpus.kk-ru.tmx", "corpus.kk-en.tmx", "corpus.tmx");
    private static final int SHARD_UNITS = 400;

    @TempDir
    static Path temp;
    private TestCorpus corpus;
    private Path oneWorker;
    private Path twoWorkers;
    private final List<TestCorpus.Good> cleanByRun = new ArrayList<>();
    private final List<TestCorpus.Good> warnedByRun = new ArrayList<>();

    @BeforeAll
    void runCorpusTwice() throws Exception {
        corpus = new TestCorpus(temp.resolve("in"), 8);
        assertTrue(corpus.groups() >= 500, "only " + corpus.groups() + " groups");
        oneWorker = temp.resolve("out1");
        twoWorkers = temp.resolve("out2");
        assertEquals(0, corpus(oneWorker, "--master", "local[1]"));
        assertEquals(0, corpus(twoWorkers, "--master", "local[2]"));
        runEachDocumentAlone();
    }

    /**
     * 'run' on each document meant to be good, alone, two at a time (the machine's cores). A few real translations
     * fail run's language check (e.g. Russian UI strings left mostly in Latin script): run warns, the corpus records
     * them as failures; they are the documents whose report has an alignment warning.
     */
    private void runEachDocumentAlone() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            pool.submit(() -> corpus.good.parallelStream().forEach(g -> {
                List<String> args = new ArrayList<>(List.of("run"));
                args.addAll(g.runArguments());
                args.addAll(List.of("--out", alone(g).toString()));
                assertEquals(0, Main.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter())), g.key());
            })).get();
        } finally {
            pool.shutdown();
        }
        ObjectMapper json = new ObjectMapper();
        for (TestCorpus.Good g : corpus.good) {
            JsonNode alignment = json.readTree(alone(g).resolve("report.json").toFile())
                    .at("/documents/0/sections/alignment");
            boolean warned = false;
            for (JsonNode language : alignment) {
                warned |= language.path("warning").isTextual();
            }
            (warned ? warnedByRun : cleanByRun).add(g);
        }
    }

    private static Path alone(TestCorpus.Good g) {
        return temp.resolve("run").resolve(g.key());
    }

    private int corpus(Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("corpus", corpus.tree.toString(),
                corpus.listed.resolve("manifest.tsv").toString(), corpus.listed.resolve("manifest.jsonl").toString(),
                "--out", out.toString(), "--shard-units", String.valueOf(SHARD_UNITS)));
        args.addAll(List.of(options));
        StringWriter err = new StringWriter();
        int code = Main.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        if (code != 0) {
            System.err.println(err);
        }
        return code;
    }

    @Test
    void oneAndTwoWorkersWriteByteIdenticalCorpora() throws Exception {
        for (String name : MERGED) {
            assertArrayEquals(Files.readAllBytes(oneWorker.resolve(name)), Files.readAllBytes(twoWorkers.resolve(name)),
                    name);
        }
        assertArrayEquals(Files.readAllBytes(oneWorker.resolve("failed.jsonl")),
                Files.readAllBytes(twoWorkers.resolve("failed.jsonl")));
    }

    @Test
    void everyGoodDocumentHasTheUnitsOfRunAlone() throws Exception {
        List<TestCorpus.Good> good = new ArrayList<>(cleanByRun);
        good.sort((a, b) -> a.key().compareTo(b.key()));
        for (int i = 0; i < MERGED.size(); i++) {
            String suffix = DocumentTask.TMX_SUFFIXES.get(i);
            List<String> expected = new ArrayList<>();
            for (TestCorpus.Good g : good) {
                Path out = alone(g);
                String name = SourceDocuments.outputName(Path.of(g.runArguments().get(0)));
                expected.addAll(Tmx.units(out.resolve(name + suffix)));
            }
            List<String> merged = Tmx.units(twoWorkers.resolve(MERGED.get(i)));
            assertFalse(expected.isEmpty());
            assertEquals(expected, merged, MERGED.get(i));
        }
    }

    @Test
    void everyBrokenDocumentIsADeadLetterAndNothingElse() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> failed = new ArrayList<>();
        for (String line : Files.readAllLines(twoWorkers.resolve("failed.jsonl"))) {
            JsonNode entry = json.readTree(line);
            failed.add(entry.get("document").asText());
            assertEquals("bad input", entry.get("exitClass").asText(), line);
            assertFalse(entry.get("message").asText().isBlank(), line);
        }
        List<String> expected = new ArrayList<>(corpus.broken);
        warnedByRun.forEach(g -> expected.add(g.key()));
        expected.sort(null);
        assertEquals(expected, failed);
        assertTrue(warnedByRun.size() < corpus.good.size() / 20, "run warns about " + warnedByRun.size());
        JsonNode report = json.readTree(twoWorkers.resolve("report.json").toFile());
        assertEquals(corpus.groups(), report.at("/documents/total").asInt());
        assertEquals(cleanByRun.size(), report.at("/documents/done").asInt());
        assertEquals(CorpusReport.WORST, report.at("/worstDocuments/lowestWordCoverage").size());
    }

    @Test
    void shardsHoldTheMergedUnitsInOrder() throws Exception {
        JsonNode report = new ObjectMapper().readTree(twoWorkers.resolve("report.json").toFile());
        for (String name : MERGED) {
            List<String> fromShards = new ArrayList<>();
            JsonNode shards = report.get("outputs").get(name).get("shards");
            assertTrue(shards.size() > 1, name + ": " + shards);
            for (int s = 0; s < shards.size(); s++) {
                List<String> units = Tmx.units(twoWorkers.resolve(shards.get(s).asText()));
                if (s < shards.size() - 1) {
                    assertTrue(units.size() >= SHARD_UNITS, shards.get(s) + " has " + units.size() + " units");
                }
                fromShards.addAll(units);
            }
            assertEquals(Tmx.units(twoWorkers.resolve(name)), fromShards, name);
            assertEquals(fromShards.size(), report.get("outputs").get(name).get("units").asInt());
        }
    }

    @Test
    void resumeSkipsCompleteDocumentsAndWritesTheSameCorpus() throws Exception {
        Path again = temp.resolve("again");
        copyTree(twoWorkers, again);
        Files.delete(again.resolve("documents/seeds/part-000.report.json"));
        assertEquals(0, corpus(again, "--master", "local[2]", "--resume"));
        JsonNode report = new ObjectMapper().readTree(again.resolve("report.json").toFile());
        assertEquals(1, report.at("/documents/done").asInt());
        assertEquals(cleanByRun.size() - 1, report.at("/documents/resumed").asInt());
        for (String name : MERGED) {
            assertArrayEquals(Files.readAllBytes(twoWorkers.resolve(name)), Files.readAllBytes(again.resolve(name)),
                    name);
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
