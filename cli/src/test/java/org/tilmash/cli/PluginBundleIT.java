package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Okapi plugin bundle that {@code mvn package} leaves in {@code okapi-steps/target/okapi-plugin/}, used as
 * Rainbow uses a dropins folder ({@link RainbowHost}, in a JVM without tilmash on its class path): every step is
 * found and made by class name, and the shipped pipeline file run on the sample writes what {@code tilmash run}
 * writes, byte for byte.
 */
class PluginBundleIT {

    private static final String STAMP = "2026-11-24T00:00:00Z";
    private static final String EPOCH = "1795478400";
    private static final Set<String> STEPS = Set.of("org.tilmash.steps.align.ParallelAlignmentStep",
            "org.tilmash.steps.leverage.MemoryLeverageStep", "org.tilmash.steps.repair.KazakhTextRepairStep",
            "org.tilmash.steps.read.RequireTextStep", "org.tilmash.steps.report.ReportStep",
            "org.tilmash.steps.segment.TilmashSegmentationStep",
            "org.tilmash.steps.slots.TranslationSlotsStep", "org.tilmash.steps.write.BilingualTmxWriterStep",
            "org.tilmash.steps.write.MultilingualTmxWriterStep", "org.tilmash.steps.write.RepairedTextWriterStep",
            "org.tilmash.steps.write.SegmentUnitsStep", "org.tilmash.steps.write.XliffWriterStep");

    @TempDir
    Path work;

    @Test
    void rainbowFindsEveryStepAndTheShippedPipelineWritesWhatRunWrites() throws Exception {
        Path bundle = Sample.REPO.resolve("okapi-steps/target/okapi-plugin");
        Path dropins = Files.createDirectories(work.resolve("dropins"));
        try (Stream<Path> jars = Files.list(bundle)) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, dropins.resolve(jar.getFileName()));
            }
        }
        Path seeds = Files.createDirectories(work.resolve("seeds"));
        for (String name : List.of("eurasian-integration.kk.txt", "eurasian-integration.ru.txt",
                "eurasian-integration.en.txt")) {
            Files.copy(Sample.REPO.resolve("seeds").resolve(name), seeds.resolve(name));
        }

        Process run = java(List.of("-jar", Sample.REPO.resolve("cli/target/tilmash.jar").toString(), "run", "seeds",
                "--out", "cli-out"), System.getProperty("java.class.path"));
        assertEquals(0, run.waitFor(), output(run));

        Process rainbow = java(List.of(RainbowHost.class.getName(), dropins.toString(),
                "seeds/eurasian-integration.kk.txt", "seeds/eurasian-integration.ru.txt",
                "seeds/eurasian-integration.en.txt", "plugin-out/eurasian-integration.kk.txt", STAMP), hostClassPath());
        String listed = output(rainbow);
        assertEquals(0, rainbow.waitFor(), listed);
        Set<String> steps = new TreeSet<>();
        for (String line : listed.lines().toList()) {
            if (line.startsWith("step org.tilmash.")) {
                steps.add(line.substring(5, line.indexOf(' ', 5)));
                assertTrue(line.contains("Expects:") && line.contains("Sends back:"), line);
            }
        }
        assertEquals(new TreeSet<>(STEPS), steps, listed);
        assertTrue(listed.contains("connector org.tilmash.tmx.connector.TilmashMemoryConnector"), listed);

        List<String> names;
        try (Stream<Path> files = Files.list(work.resolve("cli-out"))) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(7, names.size(), names.toString());
        try (Stream<Path> files = Files.list(work.resolve("plugin-out"))) {
            assertEquals(names, files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(work.resolve("cli-out").resolve(name)),
                    Files.readAllBytes(work.resolve("plugin-out").resolve(name)), name);
        }
    }

    /** Rainbow's host: Okapi and its libraries, without tilmash, Jackson or OpenNLP (the bundle brings those). */
    private static String hostClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        try (Stream<Path> jars = Files.list(Sample.REPO.resolve("cli/target/lib"))) {
            for (Path jar : jars.sorted().toList()) {
                String name = jar.getFileName().toString();
                if (!name.startsWith("tilmash-") && !name.startsWith("jackson-") && !name.startsWith("opennlp-")
                        && !name.startsWith("picocli-")) {
                    entries.add(jar.toString());
                }
            }
        }
        entries.add(Sample.REPO.resolve("cli/target/test-classes").toString());
        return String.join(File.pathSeparator, entries);
    }

    private Process java(List<String> arguments, String classPath) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classPath);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().put("SOURCE_DATE_EPOCH", EPOCH);
        return builder.start();
    }

    private static String output(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
