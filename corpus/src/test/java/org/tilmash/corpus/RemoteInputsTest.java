package org.tilmash.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.cli.Main;
import org.tilmash.steps.read.DisplayPath;

/**
 * Inputs read through Hadoop's FileSystem API: the same corpus given as local paths and as URIs of a Hadoop file
 * system that is not {@code file:} ({@link ServedFileSystem}, known to the job only through a
 * {@code spark.hadoop.*} setting, its instances not cached, so that the tasks must be given the configuration) gives
 * the same outputs, on the real engine with two workers; unreadable remote files are failures, an unreadable remote
 * INPUT a user error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteInputsTest {

    private static final Map<String, String> HADOOP_SETTINGS = Map.of(
            "spark.hadoop.fs.served.impl", ServedFileSystem.class.getName(),
            "spark.hadoop.fs.served.impl.disable.cache", "true");

    @TempDir
    static Path temp;
    private TestCorpus corpus;
    private Path local;
    private Path remote;

    @BeforeAll
    void runTheCorpusFromLocalPathsAndFromUris() throws Exception {
        HADOOP_SETTINGS.forEach(System::setProperty); // read by SparkConf, as spark-submit --conf would set them
        corpus = new TestCorpus(temp.resolve("in"), 400);
        local = temp.resolve("local");
        remote = temp.resolve("remote");
        List<Path> inputs = List.of(corpus.tree, corpus.listed.resolve("manifest.tsv"),
                corpus.listed.resolve("manifest.jsonl"));
        assertEquals(0, corpus(local, inputs.stream().map(Path::toString).toList()).code());
        assertEquals(0, corpus(remote, inputs.stream().map(ServedFileSystem::uri).toList()).code());
    }

    @AfterAll
    void forgetTheSettings() {
        HADOOP_SETTINGS.keySet().forEach(System::clearProperty);
    }

    private record Outcome(int code, String err) {
    }

    private static Outcome corpus(Path out, List<String> inputs) {
        List<String> args = new ArrayList<>(List.of("corpus"));
        args.addAll(inputs);
        args.addAll(List.of("--out", out.toString(), "--master", "local[2]"));
        StringWriter err = new StringWriter();
        int code = Main.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        return new Outcome(code, err.toString());
    }

    @Test
    void urisGiveTheOutputsOfLocalPaths() throws Exception {
        Map<String, Path> fromLocal = files(local);
        Map<String, Path> fromUris = files(remote);
        assertEquals(fromLocal.keySet(), fromUris.keySet());
        assertTrue(fromLocal.keySet().containsAll(List.of("corpus.tmx", "corpus.kk-ru.tmx", "corpus.kk-en.tmx",
                "report.json", "documents/seeds/part-000.kk-ru.xlf", "documents/seeds/part-000.report.json")),
                fromLocal.keySet().toString());
        // Where they are read from: a document's XLIFF and report name it (and its translations) by its URI.
        String uris = ServedFileSystem.uri(corpus.tree.getParent());
        String paths = DisplayPath.of(corpus.tree.getParent());
        int named = 0;
        for (String name : fromLocal.keySet()) {
            if (name.equals("failed.jsonl")) {
                continue; // the failures name their files as given: below
            }
            byte[] expected = Files.readAllBytes(fromLocal.get(name));
            byte[] actual = Files.readAllBytes(fromUris.get(name));
            if (name.endsWith(".xlf") || name.endsWith(".report.json")) {
                String text = new String(actual, UTF_8);
                named += text.contains(uris) ? 1 : 0;
                actual = text.replace(uris, paths).getBytes(UTF_8);
            }
            if (name.endsWith(".json")) { // the reports' time of the run: when each job started
                expected = withoutTime(expected);
                actual = withoutTime(actual);
            }
            assertArrayEquals(expected, actual, name);
        }
        assertTrue(named > 100, named + " files name their URIs");
    }

    @Test
    void unreadableRemoteFilesAndUnknownSchemesAreFailuresAndTheOthersAreDone() throws Exception {
        Map<String, JsonNode> failedLocally = failures(local);
        Map<String, JsonNode> failed = failures(remote);
        assertEquals(failedLocally.keySet(), failed.keySet());
        assertTrue(failed.keySet().containsAll(corpus.broken), failed.keySet().toString());

        JsonNode missing = failed.get("missing/gone.kk.html");
        assertEquals(3, missing.get("exitCode").asInt());
        assertEquals(ServedFileSystem.uri(corpus.listed.resolve("missing/gone.kk.html"))
                + ": no such file or directory", missing.get("message").asText());
        assertEquals(ServedFileSystem.uri(corpus.listed.resolve("docs/x/no-such.ru.txt"))
                + ": no such file or directory", failed.get("docs/x/orphan.kk.txt").get("message").asText());
        JsonNode unknown = failed.get("remote/corpus.kk.txt");
        assertEquals("bad input", unknown.get("exitClass").asText());
        assertEquals(TestCorpus.UNKNOWN_SCHEME + ": no Hadoop file system for scheme 's3a': add its connector "
                + "(hadoop-aws) to the classpath", unknown.get("message").asText());
        // A document that fails in the pipeline is named by its URI, not by the task's copy.
        assertEquals(ServedFileSystem.uri(corpus.tree.resolve("broken/empty.kk.txt")),
                failed.get("broken/empty.kk.txt").get("source").asText());
        assertTrue(failed.get("broken/empty.kk.txt").get("message").asText()
                .startsWith(ServedFileSystem.uri(corpus.tree.resolve("broken/empty.kk.txt")) + ": "),
                failed.get("broken/empty.kk.txt").toString());

        JsonNode report = new ObjectMapper().readTree(remote.resolve("report.json").toFile());
        assertEquals(corpus.groups() - failed.size(), report.at("/documents/done").asInt());
    }

    @Test
    void aRemoteInputThatCannotBeListedIsOneLineAndExit3AndDirMustBeLocal() {
        Path nowhere = temp.resolve("nowhere");
        Outcome missing = corpus(temp.resolve("out-missing"), List.of(ServedFileSystem.uri(nowhere)));
        assertEquals(3, missing.code(), missing.err());
        assertEquals("tilmash: " + ServedFileSystem.uri(nowhere) + ": no such file or directory\n",
                missing.err().replace(System.lineSeparator(), "\n"));
        assertFalse(Files.exists(temp.resolve("out-missing").resolve("corpus.tmx")));

        StringWriter err = new StringWriter();
        assertEquals(2, Main.execute(new String[] {"corpus", corpus.tree.toString(), "--out", "hdfs://nn/out"},
                new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
        assertTrue(err.toString().startsWith("tilmash: --out hdfs:/nn/out: DIR must be a local path"), err.toString());

        Outcome unknown = corpus(temp.resolve("out-unknown"), List.of("s3a://tilmash-test/corpus/"));
        assertEquals(3, unknown.code(), unknown.err());
        assertEquals("tilmash: s3a://tilmash-test/corpus/: no Hadoop file system for scheme 's3a': add its "
                + "connector (hadoop-aws) to the classpath\n", unknown.err().replace(System.lineSeparator(), "\n"));
    }

    /** The README's claim: hdfs:// works with what the corpus module ships (Spark's Hadoop client). */
    @Test
    void hdfsHasAFileSystemOnTheClasspath() throws Exception {
        assertEquals("org.apache.hadoop.hdfs.DistributedFileSystem",
                FileSystem.getFileSystemClass("hdfs", new Configuration()).getName());
    }

    private static byte[] withoutTime(byte[] report) {
        return new String(report, UTF_8).replaceFirst("\"generated\" : \"[^\"]+\"", "\"generated\" : \"\"")
                .getBytes(UTF_8);
    }

    private static Map<String, Path> files(Path out) throws Exception {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            all.filter(Files::isRegularFile).forEach(f -> files.put(out.relativize(f).toString(), f));
        }
        return files;
    }

    private static Map<String, JsonNode> failures(Path out) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> failed = new TreeMap<>();
        for (String line : Files.readAllLines(out.resolve("failed.jsonl"))) {
            JsonNode entry = json.readTree(line);
            failed.put(entry.get("document").asText(), entry);
        }
        return failed;
    }
}
