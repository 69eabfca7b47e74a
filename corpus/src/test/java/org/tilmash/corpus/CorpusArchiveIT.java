package org.tilmash.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.core.testing.ChildProcess;
import org.tilmash.core.testing.TestData;

/**
 * The corpus archive as a user gets it: unpacked into an empty directory and run with a Java runtime and a PATH that
 * has no Maven and no Java ({@code JAVA_HOME} only): {@code tilmash corpus} runs on the embedded Spark engine with two
 * workers, and writes for each document what {@code tilmash run} of the same archive writes for it alone.
 */
class CorpusArchiveIT {

    /** {@code corpus/target/tilmash-corpus-VERSION}: the archive is this plus .tar.gz. */
    private static final Path RELEASE = Path.of(System.getProperty("tilmash.corpus.release"));
    private static final String SAMPLE = "eurasian-integration";

    @TempDir
    static Path temp;
    private static Path home;
    private static Map<String, String> env;

    @BeforeAll
    static void unpack() throws Exception {
        Path install = Files.createDirectories(temp.resolve("install"));
        assertEquals(0, ChildProcess.run(install, List.of("tar", "-xzf", RELEASE + ".tar.gz"),
                Map.of("PATH", System.getenv("PATH")), temp).code());
        home = install.resolve(RELEASE.getFileName());
        Path tools = Files.createDirectories(temp.resolve("tools"));
        env = Map.of("PATH", tools.toString(), "JAVA_HOME", System.getProperty("java.home"),
                "SOURCE_DATE_EPOCH", "1700000000");
    }

    @Test
    void archiveHoldsTheLauncherTilmashSparkAndTheirLicences() throws Exception {
        for (String file : List.of("bin/tilmash", "bin/tilmash.bat", "lib/jvm.options", "README.md", "LICENSE",
                "NOTICE", "THIRD-PARTY")) {
            assertTrue(Files.isRegularFile(home.resolve(file)), file);
        }
        assertTrue(Files.isExecutable(home.resolve("bin/tilmash")));
        // THIRD-PARTY names each library "(groupId:artifactId:version - url)": its jars are artifactId-version.jar and
        // artifactId-version-CLASSIFIER.jar (Netty's native transports).
        Set<String> listed = new HashSet<>();
        Matcher entry = Pattern.compile("\\(([^:()\\s]+):([^:()\\s]+):(\\S+) - ")
                .matcher(Files.readString(home.resolve("THIRD-PARTY")));
        while (entry.find()) {
            listed.add(entry.group(2) + "-" + entry.group(3));
        }
        assertTrue(listed.stream().anyMatch(jar -> jar.startsWith("spark-core_2.13-")), "Spark is not in THIRD-PARTY");
        List<String> unlisted = new ArrayList<>();
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            List<String> names = jars.map(jar -> jar.getFileName().toString()).filter(n -> n.endsWith(".jar")).toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("tilmash-corpus-")), names.toString());
            for (String name : names) {
                String base = name.substring(0, name.length() - ".jar".length());
                if (!name.startsWith("tilmash-") && listed.stream().noneMatch(l -> base.equals(l)
                        || base.startsWith(l + "-"))) {
                    unlisted.add(name);
                }
            }
        }
        assertEquals(List.of(), unlisted, "not in THIRD-PARTY");
    }

    @Test
    void corpusFromTheArchiveWritesWhatRunWritesForEachDocumentAlone() throws Exception {
        Path work = Files.createDirectories(temp.resolve("work"));
        Path in = Files.createDirectories(work.resolve("in"));
        for (String language : List.of("kk", "ru", "en")) {
            String name = SAMPLE + "." + language + ".txt";
            Files.copy(TestData.REPOSITORY.resolve("seeds").resolve(name), in.resolve(name));
        }
        Files.writeString(in.resolve("empty.kk.txt"), ""); // a bad document: a dead letter, not a failed job
        String launcher = home.resolve("bin/tilmash").toString();

        ChildProcess corpus = ChildProcess.run(work, List.of(launcher, "corpus", "in", "--out", "corpus",
                "--master", "local[2]"), env, temp);
        assertEquals(0, corpus.code(), corpus.err());
        assertTrue(corpus.out().contains("1 documents done, 0 resumed, 1 failed"), corpus.out());
        List<String> failed = Files.readAllLines(work.resolve("corpus/failed.jsonl"));
        assertEquals(1, failed.size());
        assertTrue(failed.get(0).contains("\"document\":\"empty.kk.txt\""), failed.get(0));

        ChildProcess run = ChildProcess.run(work, List.of(launcher, "run", "in/" + SAMPLE + ".kk.txt", "--out", "run"),
                env, temp);
        assertEquals(0, run.code(), run.err());
        List<String> units = Tmx.units(work.resolve("run/" + SAMPLE + ".tmx"));
        assertFalse(units.isEmpty());
        assertEquals(units, Tmx.units(work.resolve("corpus/corpus.tmx")));
        for (String suffix : List.of(".kk-ru.xlf", ".kk-en.xlf", ".kk-ru.tmx", ".kk-en.tmx", ".tmx")) {
            assertArrayEquals(Files.readAllBytes(work.resolve("run/" + SAMPLE + suffix)),
                    Files.readAllBytes(work.resolve("corpus/documents/" + SAMPLE + suffix)), suffix);
        }
    }
}
