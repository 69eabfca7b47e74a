package org.tilmash.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.cli.ExitCode;
import org.tilmash.cli.Main;
import org.tilmash.core.testing.TestData;

/**
 * One pipeline for many groups: a group that fails inside the pipeline (its writers' files already open) leaves no
 * file behind, and the next group through the same pipeline still gets exactly what {@code run} writes for it alone.
 */
class GroupPipelineTest {

    private static final String SAMPLE = "eurasian-integration";

    @TempDir
    Path temp;

    @Test
    void aGroupFailingMidPipelineLeavesNothingAndTheNextGetsTheOutputsOfRun() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        for (String language : List.of("kk", "ru", "en")) {
            String name = SAMPLE + "." + language + ".txt";
            Files.copy(TestData.REPOSITORY.resolve("seeds").resolve(name), in.resolve(name));
        }
        // Readable HTML without text: refused at the end of the document, by a step before the writers.
        Path markup = Files.writeString(in.resolve("markup.kk.html"),
                "<html><body><p><img src=\"a.png\"></p></body></html>\n");
        Path kk = in.resolve(SAMPLE + ".kk.txt");
        Path ru = in.resolve(SAMPLE + ".ru.txt");
        Path en = in.resolve(SAMPLE + ".en.txt");

        try (GroupPipeline pipeline = new GroupPipeline(new PipelineOptions("", true, 0, "2023-11-14T22:13:20Z"))) {
            Path failedOut = Files.createDirectories(temp.resolve("failed"));
            GroupPipeline.Outcome failed = pipeline.run(new DocumentGroup("markup.kk.html", "markup",
                    markup.toString(), ru.toString(), null, null), failedOut, Map.of());
            assertEquals(ExitCode.BAD_INPUT, failed.exitCode());
            assertTrue(failed.error().contains("no text to translate"), failed.error());
            try (Stream<Path> left = Files.list(failedOut)) {
                assertEquals(List.of(), left.toList());
            }

            Path out = temp.resolve("corpus");
            GroupPipeline.Outcome done = pipeline.run(new DocumentGroup(SAMPLE + ".kk.txt", SAMPLE, kk.toString(),
                    ru.toString(), en.toString(), null), out, Map.of());
            assertEquals(new GroupPipeline.Outcome(ExitCode.OK, null), done);

            Path alone = temp.resolve("run");
            assertEquals(0, Main.execute(new String[] {"run", kk.toString(), "--ru", ru.toString(), "--en",
                    en.toString(), "--out", alone.toString()}, new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter())));
            for (String suffix : List.of(".kk-ru.xlf", ".kk-en.xlf", ".kk-ru.tmx", ".kk-en.tmx", ".tmx",
                    ".kk-repaired.txt")) {
                assertArrayEquals(Files.readAllBytes(alone.resolve(SAMPLE + suffix)),
                        Files.readAllBytes(out.resolve(SAMPLE + suffix)), suffix);
            }
            assertTrue(Files.isRegularFile(out.resolve("report.json")));
        }
    }
}
