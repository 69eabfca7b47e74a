package org.tilmash.steps.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.Ending;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.steps.segment.SegmentationRules;
import org.tilmash.steps.slots.Languages;
import org.tilmash.steps.slots.SlotFill;

/**
 * The step on a small trilingual text whose translations are derived per test (paragraphs merged, omitted,
 * doubled; sentences merged; emptied; swapped for another language), so that every slot's expected content is
 * known: the i-th source sentence's translation is the i-th sentence of the unmodified translation.
 */
class ParallelAlignmentStepTest {
    private static final LocaleId RU = Languages.RUSSIAN;
    private static final LocaleId EN = Languages.ENGLISH;

    @TempDir
    Path dir;

    @Test
    void paragraphCountsDifferFillsEverySlotCorrectly() throws IOException {
        List<String> ru = lines("facts.ru.txt");
        // The translator wrote paragraphs 1 and 2 as one, and 4 and 5 as one: 3 paragraphs for 5.
        List<String> merged = List.of(ru.get(0) + " " + ru.get(1), ru.get(2), ru.get(3) + " " + ru.get(4));
        Run run = run(Map.of("ru", merged));
        assertEquals(sentences(ru), run.slots(RU));
        assertNull(run.report(RU).warning());
    }

    @Test
    void omittedParagraphLeavesItsSlotsEmptyAndTheOthersRight() throws IOException {
        List<String> en = new ArrayList<>(lines("facts.en.txt"));
        List<String> expected = sentences(en);
        en.remove(2); // the two sentences of the third paragraph
        expected.set(5, "");
        expected.set(6, "");
        Run run = run(Map.of("en", en));
        assertEquals(expected, run.slots(EN));
        assertEquals(2, run.report(EN).linksByType().get("1-0"));
    }

    @Test
    void doubledParagraphIsUsedOnceAndItsCopyListed() throws IOException {
        List<String> ru = new ArrayList<>(lines("facts.ru.txt"));
        List<String> expected = sentences(ru);
        ru.add(4, ru.get(3)); // paragraph 4 pasted twice; the copy is line 5
        Run run = run(Map.of("ru", ru));
        assertEquals(expected, run.slots(RU));
        List<Integer> unlinked = run.report(RU).unlinkedTargetLines();
        assertEquals(2, unlinked.size(), "one copy of the paragraph's two sentences is unlinked");
        assertTrue(unlinked.stream().allMatch(line -> line == 4 || line == 5), unlinked.toString());
    }

    @Test
    void manyToOneJoinsSourceSegmentsAndKeepsAllText() throws IOException {
        List<String> ru = new ArrayList<>(lines("facts.ru.txt"));
        String joinedTranslation = "В городе живёт около 1,3 миллиона человек, и река Ишим делит его на две части.";
        ru.set(1, "Астана стала новой столицей страны в 1997 году. " + joinedTranslation);
        Run run = run(Map.of("ru", ru));

        ITextUnit second = run.units.get(1);
        assertEquals(2, second.getSource().getSegments().count(), "sentences 2 and 3 joined into one segment");
        Segment joined = second.getSource().getSegments().get(1);
        assertEquals(noSpace("Қалада шамамен 1,3 миллион адам тұрады. Есіл өзені қаланы екі бөлікке бөледі."),
                noSpace(joined.text.getText()));
        Segment slot = second.getTarget(RU).getSegments().get(joined.getId());
        assertEquals(joinedTranslation, slot.text.getText());
        SlotFill fill = slot.getAnnotation(SlotFill.class);
        assertEquals(SlotFill.Origin.ALIGNED, fill.origin());
        assertEquals("2-1", fill.detail());
        assertEquals(2, second.getTarget(EN).getSegments().count(), "the other slot mirrors the joined source");

        String sourceIn = noSpace(String.join("", lines("facts.kk.txt")));
        StringBuilder sourceOut = new StringBuilder();
        StringBuilder targetOut = new StringBuilder();
        for (ITextUnit unit : run.units) {
            sourceOut.append(unit.getSource().toString());
            for (Segment s : unit.getTarget(RU).getSegments()) {
                targetOut.append(s.text.getText());
            }
        }
        assertEquals(sourceIn, noSpace(sourceOut.toString()), "source text neither lost nor duplicated");
        assertEquals(noSpace(String.join("", ru)), noSpace(targetOut.toString()),
                "translation text neither lost nor duplicated");
    }

    @Test
    void emptyTranslationWarnsAndLeavesSlotsEmpty() throws IOException {
        Run run = run(Map.of("ru", List.of("", "   ", "")));
        assertTrue(run.slots(RU).stream().allMatch(String::isEmpty));
        assertEquals("the file is empty (no text to translate)", run.report(RU).warning());
        assertEquals(1, run.step.warnings().size());
        assertTrue(run.step.warnings().get(0).contains("ru-RU"), run.step.warnings().get(0));
    }

    @Test
    void kazakhGivenAsRussianWarnsAndLeavesSlotsEmpty() throws IOException {
        Run run = run(Map.of("ru", lines("facts.kk.txt"), "en", lines("facts.en.txt")));
        assertTrue(run.slots(RU).stream().allMatch(String::isEmpty));
        assertTrue(run.report(RU).warning().contains("Kazakh"), run.report(RU).warning());
        assertEquals(sentences(lines("facts.en.txt")), run.slots(EN), "the right language is still aligned");
    }

    @Test
    void aSecondTranslationThatAgreesRaisesConfidence() throws IOException {
        Run alone = run(Map.of("en", lines("facts.en.txt")));
        Run both = run(Map.of("ru", lines("facts.ru.txt"), "en", lines("facts.en.txt")));
        assertEquals(alone.slots(EN), both.slots(EN));
        assertTrue(both.report(EN).meanConfidence() > alone.report(EN).meanConfidence(),
                both.report(EN).meanConfidence() + " after " + alone.report(EN).meanConfidence());
    }

    @Test
    void russianGivenAsEnglishWarnsAndLeavesSlotsEmpty() throws IOException {
        Run run = run(Map.of("en", lines("facts.ru.txt")));
        assertTrue(run.slots(EN).stream().allMatch(String::isEmpty));
        assertTrue(run.report(EN).warning().contains("Latin"), run.report(EN).warning());
    }

    @Test
    void missingFileWarns() throws IOException {
        ParallelAlignmentStep step = new ParallelAlignmentStep(
                TranslationSources.explicit(Map.of("ru", dir.resolve("nowhere.ru.txt"))), new TranslationReader(SegmentationRules.tilmash(), false), this::sourceSentences, 0);
        Run run = run(step);
        assertEquals("no such file", run.report(RU).warning());
        assertNull(run.report(EN).warning(), "no English translation given: nothing to warn about");
        assertNull(run.report(EN).translation());
    }

    @Test
    void minimumConfidenceHoldsBackDoubtfulLinks() throws IOException {
        Path ru = write("ru", lines("facts.ru.txt"));
        TranslationSources russian = TranslationSources.explicit(Map.of("ru", ru));
        Run all = run(new ParallelAlignmentStep(russian, new TranslationReader(SegmentationRules.tilmash(), false), this::sourceSentences, 0));
        Run none = run(new ParallelAlignmentStep(russian, new TranslationReader(SegmentationRules.tilmash(), false), this::sourceSentences, 1));
        assertEquals(sentences(lines("facts.ru.txt")), all.slots(RU));
        assertTrue(none.slots(RU).stream().allMatch(String::isEmpty));
        assertEquals(all.report(RU).slotsFilled(), none.report(RU).slotsBelowThreshold());
    }

    @Test
    void findsTranslationsBesideTheSource() throws IOException {
        Path kk = dir.resolve("doc.kk.txt");
        Files.writeString(kk, "x");
        Files.writeString(dir.resolve("doc.en.txt"), "y");
        TranslationSources beside = TranslationSources.besideSource();
        assertEquals(dir.resolve("doc.en.txt"), beside.find(kk.toUri(), EN).orElseThrow());
        assertFalse(beside.find(kk.toUri(), RU).isPresent());
    }

    // ---- harness: the events the slot step sends, run through the step ----

    private record Run(ParallelAlignmentStep step, List<ITextUnit> units, AlignmentReport report) {
        List<String> slots(LocaleId target) {
            List<String> out = new ArrayList<>();
            for (ITextUnit unit : units) {
                for (Segment source : unit.getSource().getSegments()) {
                    out.add(unit.getTarget(target).getSegments().get(source.getId()).text.getText());
                }
            }
            return out;
        }

        AlignmentReport.LanguageAlignment report(LocaleId target) {
            return report.languages().get(target.toBCP47());
        }
    }

    private Run run(Map<String, List<String>> translations) throws IOException {
        Map<String, Path> files = new HashMap<>();
        for (Map.Entry<String, List<String>> e : translations.entrySet()) {
            files.put(e.getKey(), write(e.getKey(), e.getValue()));
        }
        return run(new ParallelAlignmentStep(TranslationSources.explicit(files), new TranslationReader(SegmentationRules.tilmash(), false), this::sourceSentences, 0));
    }

    /** The first pass: the source sentences, segmented as {@link #run(ParallelAlignmentStep)} does. */
    private List<Sentence> sourceSentences(java.net.URI document) {
        assertEquals(dir.resolve("facts.kk.txt").toUri(), document);
        ISegmenter segmenter = SegmentationRules.tilmash().segmenter(Languages.KAZAKH);
        List<Sentence> sentences = new ArrayList<>();
        List<String> paragraphs;
        try {
            paragraphs = lines("facts.kk.txt");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            TextUnit unit = new TextUnit("p", paragraphs.get(p));
            unit.createSourceSegmentation(segmenter);
            for (Segment s : unit.getSource().getSegments()) {
                sentences.add(new Sentence(s.text.getText(), p));
            }
        }
        return sentences;
    }

    private Run run(ParallelAlignmentStep step) throws IOException {
        ISegmenter segmenter = SegmentationRules.tilmash().segmenter(Languages.KAZAKH);
        List<Event> in = new ArrayList<>();
        StartDocument start = new StartDocument("sd");
        start.setName(dir.resolve("facts.kk.txt").toUri().toString());
        in.add(new Event(EventType.START_DOCUMENT, start));
        int id = 0;
        for (String line : lines("facts.kk.txt")) {
            ITextUnit unit = new TextUnit("tu" + ++id, line);
            unit.createSourceSegmentation(segmenter);
            for (LocaleId target : Languages.TARGETS) {
                TextContainer slots = unit.getSource().clone();
                for (Segment s : slots.getSegments()) {
                    s.text = new TextFragment();
                }
                unit.setTarget(target, slots);
            }
            in.add(new Event(EventType.TEXT_UNIT, unit));
        }
        in.add(new Event(EventType.END_DOCUMENT, new Ending("ed")));
        List<Event> out = new ArrayList<>();
        for (Event e : in) {
            out.add(step.handleEvent(e));
        }
        assertEquals(in, out, "every event comes out at once, in order");
        List<ITextUnit> units = out.stream().filter(Event::isTextUnit).map(Event::getTextUnit).toList();
        Event end = out.get(out.size() - 1);
        assertEquals(EventType.END_DOCUMENT, end.getEventType());
        AlignmentReport report = end.getEnding().getAnnotation(AlignmentReport.class);
        assertNotNull(report);
        assertEquals("alignment", report.sectionName());
        return new Run(step, units, report);
    }

    private Path write(String language, List<String> lines) throws IOException {
        Path file = dir.resolve("facts." + language + ".txt");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = ParallelAlignmentStepTest.class.getResourceAsStream("step/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /** The sentences of an unmodified translation, in order: the expected slot contents. */
    private static List<String> sentences(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            for (String s : p.split("(?<=[.?!])\\s+")) {
                out.add(s);
            }
        }
        return out;
    }

    private static String noSpace(String text) {
        return text.replaceAll("\\s+", "");
    }
}
