package org.tilmash.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No {@code .NAME.*.part} debris: not after a signal, and not from an earlier process that could not clean up. */
class OutputCleanupTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A process that stages two outputs, says so, and waits to be stopped. */
    public static void main(String[] args) throws Exception {
        OutputTransaction outputs = new OutputTransaction();
        Files.writeString(outputs.stage(Path.of(args[0], "doc.kk-ru.xlf")), "partial");
        Files.writeString(outputs.stage(Path.of(args[0], "doc.tmx")), "partial");
        System.out.println("staged");
        System.out.flush();
        Thread.sleep(60_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aSignalDuringTheRunLeavesNoPart(String signal) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), OutputCleanupTest.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("staged", out.readLine());
            assertEquals(2, names().size(), names().toString());
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).start();
            assertEquals(0, kill.waitFor());
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the process ends on SIG" + signal);
        } finally {
            child.destroyForcibly();
        }
        assertEquals(List.of(), names(), "no .part file left");
    }

    @Test
    void stalePartsOfTheSameOutputAreRemovedWhenItIsStagedAgain() throws IOException {
        Files.writeString(dir.resolve(".doc.kk-ru.xlf.3fa9c01d22e4b5a6.part"), "left by a killed run");
        Files.writeString(dir.resolve(".doc.kk-en.xlf.3fa9c01d22e4b5a6.part"), "another output's");
        Files.writeString(dir.resolve(".notes.part"), "not our naming");
        try (OutputTransaction outputs = new OutputTransaction()) {
            Files.writeString(outputs.stage(dir.resolve("doc.kk-ru.xlf")), "new");
            outputs.commit();
        }
        assertEquals(List.of(".doc.kk-en.xlf.3fa9c01d22e4b5a6.part", ".notes.part", "doc.kk-ru.xlf"), names());
    }

    @Test
    void aDirectoryListedOnceStillGivesEachOutputItsOwnStaleParts() throws IOException {
        Files.writeString(dir.resolve(".a.tmx.00ff.part"), "left by a killed run");
        Files.writeString(dir.resolve(".b.tmx.01.part"), "left by a killed run");
        Files.writeString(dir.resolve(".b.tmx.02.part"), "left by another");
        try (OutputTransaction outputs = new OutputTransaction()) {
            Files.writeString(outputs.stage(dir.resolve("a.tmx")), "a");
            assertEquals(List.of(".b.tmx.01.part", ".b.tmx.02.part"), names().stream()
                    .filter(name -> name.startsWith(".b")).toList(), "b's parts wait until b is staged");
            Files.writeString(outputs.stage(dir.resolve("b.tmx")), "b");
            // Staging a again replaces this transaction's own part, which a leftover listing must not confuse.
            Files.writeString(outputs.stage(dir.resolve("a.tmx")), "a again");
            outputs.commit();
        }
        assertEquals(List.of("a.tmx", "b.tmx"), names());
        assertEquals("a again", Files.readString(dir.resolve("a.tmx")));
    }
}
