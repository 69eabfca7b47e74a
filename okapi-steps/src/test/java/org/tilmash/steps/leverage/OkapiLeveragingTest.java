package org.tilmash.steps.leverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.pipeline.IPipelineStep;
import net.sf.okapi.common.pipelinedriver.PipelineDriver;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.steps.leveraging.LeveragingStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.core.testing.TestData;
import org.tilmash.steps.pipeline.EachTextUnit;
import org.tilmash.steps.pipeline.PipelineDocument;
import org.tilmash.steps.pipeline.TilmashPipelineBuilder;
import org.tilmash.steps.slots.Languages;
import org.tilmash.tmx.connector.MemoryConnectorParameters;
import org.tilmash.tmx.connector.TilmashMemoryConnector;
import org.tilmash.tmx.memory.TranslationMemory;

/**
 * Okapi's own LeveragingStep, given our connector, fills exactly the slots our leverage step fills segment by segment,
 * on partial-200 (200 Kazakh UI strings; a memory with Russian for all and English for half of them). Our step's
 * whole-paragraph lookup, which no segment-level ITMQuery client does, only adds to that.
 */
class OkapiLeveragingTest {

    @TempDir
    Path dir;

    private Map<String, String> run(Path source, LocaleId target, IPipelineStep leverage) {
        List<IPipelineStep> steps = new TilmashPipelineBuilder().targets(List.of(target)).repair(false)
                .unitSteps();
        steps.remove(steps.size() - 1); // the paragraph units, as leverage sees them
        steps.add(leverage);
        Map<String, String> texts = new TreeMap<>();
        steps.add(new EachTextUnit("Records the target segments.", unit -> {
            if (unit.hasTarget(target)) {
                for (Segment segment : unit.getTargetSegments(target)) {
                    texts.put(unit.getId() + "/" + segment.getId(), segment.text.getText());
                }
            }
        }));
        PipelineDriver driver = TilmashPipelineBuilder.driver(steps, null);
        try {
            TilmashPipelineBuilder.process(driver,
                    new PipelineDocument(source, "okf_plaintext", Languages.KAZAKH, List.of(target), List.of(), null));
        } finally {
            driver.destroy();
        }
        return texts;
    }

    @Test
    void okapisLeveragingStepWithOurConnectorFillsTheSameSlots() throws Exception {
        Path source = copy("partial-200-source.txt");
        Path memoryDirectory = dir.resolve("tm");
        try (TranslationMemory memory = TranslationMemory.open(memoryDirectory)) {
            memory.importTmx(copy("partial-200.tmx"));
        }
        for (LocaleId target : Languages.TARGETS) {
            MemoryLeverageStep ours = new MemoryLeverageStep();
            ours.getParameters().setMemoryDirectory(memoryDirectory.toString());
            ours.getParameters().setWholeParagraphs(false);
            Map<String, String> expected = run(source, target, ours);
            MemoryLeverageStep withParagraphs = new MemoryLeverageStep();
            withParagraphs.getParameters().setMemoryDirectory(memoryDirectory.toString());
            long filledWithParagraphs = run(source, target, withParagraphs).values().stream()
                    .filter(text -> !text.isEmpty()).count();

            MemoryConnectorParameters connector = new MemoryConnectorParameters();
            connector.setMemoryDirectory(memoryDirectory.toString());
            LeveragingStep okapi = new LeveragingStep();
            okapi.getParameters().setResourceClassName(TilmashMemoryConnector.class.getName());
            okapi.getParameters().setResourceParameters(connector.toString());
            okapi.getParameters().setThreshold(TilmashMemoryConnector.DEFAULT_THRESHOLD);
            okapi.getParameters().setFillTarget(true);
            okapi.getParameters().setFillTargetThreshold(100);
            okapi.getParameters().setFillIfTargetIsEmpty(true);
            okapi.getParameters().setMakeTMX(false);
            Map<String, String> actual = run(source, target, okapi);

            long filled = expected.values().stream().filter(text -> !text.isEmpty()).count();
            assertTrue(filled >= (target.equals(Languages.RUSSIAN) ? 150 : 75), target + ": " + filled);
            assertEquals(expected, actual, target.toString());
            assertTrue(filledWithParagraphs >= filled, target + ": " + filledWithParagraphs + " < " + filled);
        }
    }

    @Test
    void aMemoryOfKazakhSourcesRefusesAnotherSourceLanguage() throws Exception {
        Path memoryDirectory = dir.resolve("tm");
        try (TranslationMemory memory = TranslationMemory.open(memoryDirectory)) {
            memory.importTmx(copy("partial-200.tmx"));
        }
        MemoryConnectorParameters parameters = new MemoryConnectorParameters();
        parameters.setMemoryDirectory(memoryDirectory.toString());
        TilmashMemoryConnector connector = new TilmashMemoryConnector();
        connector.setParameters(parameters);
        connector.open();
        try {
            connector.setLanguages(Languages.KAZAKH, Languages.RUSSIAN);
            OkapiException e = assertThrows(OkapiException.class,
                    () -> connector.setLanguages(LocaleId.fromBCP47("tt-RU"), Languages.RUSSIAN));
            assertTrue(e.getMessage().contains("holds kk sources, not tt"), e.getMessage());
        } finally {
            connector.close();
        }
    }

    /** A copy of a debian-l10n sample from the repository's test data (source and licence in its README). */
    private Path copy(String name) throws IOException {
        return Files.copy(TestData.file("debian-l10n/" + name), dir.resolve(name));
    }
}
