package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.resource.ISegments;
import net.sf.okapi.common.resource.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.coverage.CoverageScanner;
import org.tilmash.coverage.TranslatedPolicy;
import net.sf.okapi.common.pipeline.IPipelineStep;
import org.tilmash.steps.align.ParallelAlignmentStep;
import org.tilmash.steps.pipeline.EachTextUnit;
import org.tilmash.steps.pipeline.TilmashPipelineBuilder;
import org.tilmash.steps.report.RunReport;
import org.tilmash.steps.slots.TranslationSlotsStep;
import org.tilmash.steps.slots.Languages;
import org.tilmash.steps.slots.SlotFill;

/** Slots filled by a step show up with the right XLIFF states, and only they go into the bilingual TMX. */
class FilledSlotsTest {

    @Test
    void filledSlotsAreTranslatedInXliffAndAloneInTheBilingualTmx(@TempDir Path out) throws Exception {
        // Fills the Russian slot of every third segment of the document with a marked copy of the source.
        List<String> filled = new ArrayList<>();
        int[] seen = {0};
        IPipelineStep filler = new EachTextUnit("Fills every third Russian slot.", unit -> {
            ISegments slots = unit.getTargetSegments(Languages.RUSSIAN);
            for (Segment source : unit.getSourceSegments()) {
                if (seen[0]++ % 3 == 0) {
                    Segment slot = slots.get(source.getId());
                    slot.text.setCodedText("RU " + source.text.getCodedText());
                    slot.setAnnotation(new SlotFill(SlotFill.Origin.ALIGNED, 0.9, "1-1"));
                    filled.add(source.text.getText().strip());
                }
            }
        });
        List<IPipelineStep> steps = new TilmashPipelineBuilder().runSteps();
        // The filler stands in for alignment and leverage: right after the slot step.
        steps.removeIf(step -> step instanceof ParallelAlignmentStep);
        steps.add(steps.indexOf(steps.stream().filter(TranslationSlotsStep.class::isInstance).findFirst()
                .orElseThrow()) + 1, filler);
        RunReport report = RunPipeline.run(steps, SourceDocuments.resolve(List.of(Sample.SOURCE)),
                (source, target) -> Optional.empty(), Languages.TARGETS, out, Instant.EPOCH.toString(),
                Progress.none()).report();

        Map<String, String> states = targetStates(Files.readString(out.resolve("eurasian-integration.kk-ru.xlf")));
        long translated = states.values().stream().filter("translated"::equals).count();
        assertEquals(filled.size(), translated);
        assertEquals(states.size() - translated, states.values().stream().filter("needs-translation"::equals).count());
        assertTrue(Files.readString(out.resolve("eurasian-integration.kk-ru.xlf")).contains("aligned (1-1), confidence 0.90"));

        String ruTmx = Files.readString(out.resolve("eurasian-integration.kk-ru.tmx"));
        assertEquals(filled.size(), count(ruTmx, "<tu "));
        for (String source : filled) {
            assertTrue(ruTmx.contains("<seg>RU " + xml(source)), source);
        }
        String enTmx = Files.readString(out.resolve("eurasian-integration.kk-en.tmx"));
        assertEquals(0, count(enTmx, "<tu "), "no English translation, so no English unit");
        String corpus = Files.readString(out.resolve("eurasian-integration.tmx"));
        assertEquals(filled.size(), count(corpus, "<tu "));
        assertEquals(0, count(corpus, "xml:lang=\"en-US\""));
        assertEquals(0, count(corpus, "<seg></seg>"));
        for (String name : List.of("eurasian-integration.kk-ru.tmx", "eurasian-integration.tmx")) {
            Schemas.assertValidTmx14(out.resolve(name));
        }
        Schemas.assertValidXliff12(out.resolve("eurasian-integration.kk-ru.xlf"));

        var ru = report.getTotals().get("ru-RU");
        assertEquals(filled.size(), ru.getTranslatedSegments());
        assertEquals(Map.of("aligned", (long) filled.size()), ru.getByOrigin());
        assertEquals(0, report.getTotals().get("en-US").getTranslatedSegments());

        // tilmash coverage, reading the XLIFF back, agrees with what the pipeline reported.
        var scanned = new CoverageScanner(TranslatedPolicy.DEFAULT)
                .scan(List.of(out.resolve("eurasian-integration.kk-ru.xlf"))).totals().get("ru-RU");
        assertEquals(ru.getSegments(), scanned.units());
        assertEquals(ru.getTranslatedSegments(), scanned.translatedUnits());
        assertEquals(ru.getWords(), scanned.sourceWords());
        assertEquals(ru.getTranslatedWords(), scanned.translatedWords());
    }

    private static Map<String, String> targetStates(String xliff) {
        Map<String, String> states = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<trans-unit id=\"([^\"]+)\"[\\s\\S]*?<target[^>]*state=\"([^\"]+)\"")
                .matcher(xliff);
        while (m.find()) {
            states.put(m.group(1), m.group(2));
        }
        return states;
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
