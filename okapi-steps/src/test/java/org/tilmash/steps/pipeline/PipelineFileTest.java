package org.tilmash.steps.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.okapi.common.pipeline.IPipelineStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.core.testing.TestData;
import org.tilmash.steps.slots.Languages;

/** The shipped pipeline file is the builder's default pipeline: same steps, same parameters, same outputs. */
public class PipelineFileTest {

    /** The sample of the repository, with its translations. */
    static final Path SEEDS = TestData.REPOSITORY.resolve("seeds");

    static List<IPipelineStep> shipped(ClassLoader loader) throws IOException {
        try (InputStream in = TilmashPipelineBuilder.class.getResourceAsStream(TilmashPipelineBuilder.PIPELINE_FILE)) {
            return PipelineFile.read(in, loader);
        }
    }

    public static PipelineDocument sample(Path out) {
        List<PipelineDocument.Translation> translations = List.of(
                new PipelineDocument.Translation(SEEDS.resolve("eurasian-integration.ru.txt"), "okf_plaintext",
                        Languages.RUSSIAN),
                new PipelineDocument.Translation(SEEDS.resolve("eurasian-integration.en.txt"), "okf_plaintext",
                        Languages.ENGLISH));
        return new PipelineDocument(SEEDS.resolve("eurasian-integration.kk.txt"), "okf_plaintext", Languages.KAZAKH,
                Languages.TARGETS, translations, out.resolve("eurasian-integration.kk.txt").toUri());
    }

    static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<Path> names;
        try (Stream<Path> files = Files.list(expected)) {
            names = files.map(Path::getFileName).sorted().toList();
        }
        try (Stream<Path> files = Files.list(actual)) {
            assertEquals(names, files.map(Path::getFileName).sorted().toList());
        }
        assertEquals(7, names.size(), names.toString());
        for (Path name : names) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
                    name.toString());
        }
    }

    @Test
    void shippedFileIsTheBuildersPipelineAsRainbowSavesIt() throws IOException {
        String shipped;
        try (InputStream in = TilmashPipelineBuilder.class.getResourceAsStream(TilmashPipelineBuilder.PIPELINE_FILE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(PipelineFile.format(new TilmashPipelineBuilder().runSteps()), shipped);
        assertEquals(shipped, PipelineFile.format(shipped(getClass().getClassLoader())), "round trip");
    }

    @Test
    void builderAndFileWriteByteIdenticalOutputs(@TempDir Path built, @TempDir Path loaded) throws IOException {
        String generated = "2026-11-24T00:00:00Z";
        PipelineRun first = PipelineRun.execute(new TilmashPipelineBuilder()::runSteps, 1, List.of(sample(built)),
                built.resolve("report.json"), generated, PipelineRun::quiet);
        List<IPipelineStep> shipped = shipped(getClass().getClassLoader());
        PipelineRun.execute(() -> shipped, 1, List.of(sample(loaded)),
                loaded.resolve("report.json"), generated, PipelineRun::quiet);
        assertTrue(first.report().getDocuments().get(0).getTargets().get("ru-RU").getTranslatedSegments() > 100,
                "the translations were aligned");
        assertSameFiles(built, loaded);
    }
}
