package org.tilmash.steps.leverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.annotation.AltTranslation;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.resource.Ending;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.MultiEvent;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextPart;
import net.sf.okapi.common.resource.TextUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.steps.slots.Languages;
import org.tilmash.steps.slots.SlotFill;
import org.tilmash.steps.write.SegmentUnitsStep;
import org.tilmash.steps.write.XliffTargetWriter;
import org.tilmash.tmx.memory.TranslationMemory;

class MemoryLeverageStepTest {

    @TempDir
    Path dir;

    /** A paragraph of two source segments with empty ru/en slots, as the slot step leaves it. */
    private static ITextUnit paragraph(String first, String second) {
        TextContainer source = new TextContainer();
        source.getSegments().append(new Segment("0", new TextFragment(first)));
        source.append(new TextPart(" "));
        source.getSegments().append(new Segment("1", new TextFragment(second)));
        ITextUnit unit = new TextUnit("tu1");
        unit.setSource(source);
        for (var target : Languages.TARGETS) {
            unit.createTarget(target, false, IResource.COPY_SEGMENTATION);
        }
        return unit;
    }

    private static List<Event> document(ITextUnit unit) {
        StartDocument start = new StartDocument("doc");
        start.setLocale(Languages.KAZAKH);
        start.setLineBreak("\n");
        start.setEncoding("UTF-8", false);
        start.setMultilingual(false);
        return List.of(new Event(EventType.START_DOCUMENT, start), new Event(EventType.TEXT_UNIT, unit),
                new Event(EventType.END_DOCUMENT, new Ending("end")));
    }

    @Test
    void fillsExactMatchesSuggestsFuzzyOnesAndReports() throws Exception {
        TranslationMemory memory = TranslationMemory.open(dir.resolve("tm"));
        memory.add("Файлды сақтау", null, "ru", "Сохранить файл", "ui.tmx");
        memory.add("Файлды сақтау", null, "en", "Save the file", "ui.tmx");
        memory.add("Барлық құжаттарды жабу керек", null, "ru", "Нужно закрыть все документы", "ui.tmx");
        memory.commit();
        ITextUnit unit = paragraph("Файлды  сақтау", "Барлық құжаттарды жабу");
        // an aligned translation already in the en slot of segment 0 must stay
        Segment aligned = unit.getTargetSegments(Languages.ENGLISH).get("0");
        aligned.text = new TextFragment("Save it");

        MemoryLeverageStep step = step(memory);
        List<Event> events = document(unit);
        events.forEach(step::handleEvent);

        Segment ru0 = unit.getTargetSegments(Languages.RUSSIAN).get("0");
        assertEquals("Сохранить файл", ru0.text.getText());
        assertEquals(new SlotFill(SlotFill.Origin.MEMORY_EXACT, 1.0, "ui.tmx"), ru0.getAnnotation(SlotFill.class));
        assertEquals("Save it", aligned.text.getText());
        assertNull(aligned.getAnnotation(SlotFill.class));

        Segment ru1 = unit.getTargetSegments(Languages.RUSSIAN).get("1");
        assertTrue(ru1.text.isEmpty(), "a fuzzy match never fills the slot");
        AltTranslation alt = ru1.getAnnotation(AltTranslationsAnnotation.class).getFirst();
        assertEquals("Нужно закрыть все документы", alt.getTarget().getFirstContent().getText());
        assertTrue(alt.getCombinedScore() >= 75 && alt.getCombinedScore() < 100, "" + alt.getCombinedScore());
        assertNull(unit.getTargetSegments(Languages.ENGLISH).get("1").getAnnotation(AltTranslationsAnnotation.class));

        step.destroy();
        MemoryReport report = events.get(2).getEnding().getAnnotation(MemoryReport.class);
        assertEquals(Map.of("ru-RU", 1L, "en-US", 0L), report.exactFills());
        assertEquals(Map.of("ru-RU", 1L, "en-US", 0L), report.fuzzySuggestions());
        assertEquals("memory", report.sectionName());

        // Through the real writers: one unit per segment, the suggestion as <alt-trans match-quality>.
        String xliff = writeXliff(events);
        Matcher quality = Pattern.compile("<alt-trans match-quality=\"(\\d+)\" origin=\"ui.tmx\"").matcher(xliff);
        assertTrue(quality.find(), xliff);
        assertEquals(alt.getCombinedScore(), Integer.parseInt(quality.group(1)));
        assertTrue(xliff.contains("Нужно закрыть все документы"));
        assertTrue(xliff.contains("state=\"translated\">Сохранить файл</target>"), xliff);
        memory.close();
    }

    /** Our own lookups of a coded segment: the codes' content is no part of the key, so it matches at 100%. */
    @Test
    void aSegmentWithInlineCodesMatchesTheSameTextWithoutThem() throws Exception {
        TranslationMemory memory = TranslationMemory.open(dir.resolve("tm"));
        memory.add("Файлды сақтау керек", null, "ru", "Нужно сохранить файл", "ui.tmx");
        memory.commit();
        ITextUnit unit = paragraph("", "Басқа сөйлем");
        TextFragment coded = new TextFragment("Файлды ");
        coded.append(TextFragment.TagType.OPENING, "bold", "<b>");
        coded.append("сақтау");
        coded.append(TextFragment.TagType.CLOSING, "bold", "</b>");
        coded.append(" керек");
        unit.getSource().getSegments().get("0").text = coded;

        MemoryLeverageStep step = step(memory);
        document(unit).forEach(step::handleEvent);

        Segment ru0 = unit.getTargetSegments(Languages.RUSSIAN).get("0");
        assertEquals("Нужно сохранить файл", ru0.text.getText());
        assertEquals(1.0, ru0.getAnnotation(SlotFill.class).confidence());
        memory.close();
    }

    @Test
    void aMemoryUnitHoldingTheWholeParagraphFillsItAsOneUnit() throws Exception {
        TranslationMemory memory = TranslationMemory.open(dir.resolve("tm"));
        // A UI string of two sentences, as gettext catalogues hold it: Russian and English for the whole string.
        memory.add("Файл жоқ. Басқа атын таңдаңыз.", null, "ru", "Файла нет. Выберите другое имя.", "ui.tmx");
        memory.add("Файл жоқ. Басқа атын таңдаңыз.", null, "en", "No file. Choose another name.", "ui.tmx");
        memory.add("Жол жоқ. Басқа жолды таңдаңыз.", null, "ru", "Строки нет. Выберите другую.", "ui.tmx");
        // A sentence of it alone is in the memory too: the whole paragraph wins.
        memory.add("Файл жоқ.", null, "ru", "Нет файла.", "ui.tmx");
        memory.commit();
        ITextUnit unit = paragraph("Файл жоқ.", "Басқа атын таңдаңыз.");
        MemoryLeverageStep step = step(memory);
        List<Event> events = document(unit);
        events.forEach(step::handleEvent);

        assertEquals(1, unit.getSource().getSegments().count(), "the paragraph is one unit");
        assertEquals("Файл жоқ. Басқа атын таңдаңыз.", unit.getSource().getSegments().get(0).text.getText());
        Segment ru = unit.getTargetSegments(Languages.RUSSIAN).get(0);
        assertEquals("Файла нет. Выберите другое имя.", ru.text.getText());
        assertEquals(new SlotFill(SlotFill.Origin.MEMORY_EXACT, 1.0, "ui.tmx"), ru.getAnnotation(SlotFill.class));
        assertEquals("No file. Choose another name.",
                unit.getTargetSegments(Languages.ENGLISH).get(0).text.getText());
        MemoryReport report = events.get(2).getEnding().getAnnotation(MemoryReport.class);
        assertEquals(Map.of("ru-RU", 1L, "en-US", 1L), report.paragraphFills());

        // Russian only: the English slot of the joined unit stays empty (not the space between the sentences).
        ITextUnit russianOnly = paragraph("Жол жоқ.", "Басқа жолды таңдаңыз.");
        document(russianOnly).forEach(step::handleEvent);
        assertEquals("Строки нет. Выберите другую.",
                russianOnly.getTargetSegments(Languages.RUSSIAN).get(0).text.getText());
        assertEquals(1, russianOnly.getTargetSegments(Languages.ENGLISH).count());
        assertTrue(russianOnly.getTarget(Languages.ENGLISH).isEmpty(), "the English slot stays empty");
        assertEquals(Map.of("ru-RU", 0L, "en-US", 0L), report.exactFills(), "paragraph fills are counted apart");
        memory.close();
    }

    @Test
    void withoutAWholeParagraphMatchOrWithASlotFilledSentencesAreLookedUp() throws Exception {
        TranslationMemory memory = TranslationMemory.open(dir.resolve("tm"));
        memory.add("Файл жоқ. Басқа атын таңдаңыз.", null, "ru", "Файла нет. Выберите другое имя.", "ui.tmx");
        memory.add("Файл жоқ.", null, "ru", "Нет файла.", "ui.tmx");
        memory.commit();
        ITextUnit other = paragraph("Файл жоқ.", "Басқа файлды таңдаңыз.");
        ITextUnit aligned = paragraph("Файл жоқ.", "Басқа атын таңдаңыз.");
        aligned.getTargetSegments(Languages.ENGLISH).get("1").text = new TextFragment("Choose another name.");
        MemoryLeverageStep step = step(memory);
        document(other).forEach(step::handleEvent);
        List<Event> events = document(aligned);
        events.forEach(step::handleEvent);

        assertEquals(2, other.getSource().getSegments().count());
        assertEquals("Нет файла.", other.getTargetSegments(Languages.RUSSIAN).get("0").text.getText());
        assertEquals(2, aligned.getSource().getSegments().count(), "an aligned slot keeps the segments apart");
        assertEquals("Нет файла.", aligned.getTargetSegments(Languages.RUSSIAN).get("0").text.getText());
        assertEquals(Map.of("ru-RU", 0L, "en-US", 0L),
                events.get(2).getEnding().getAnnotation(MemoryReport.class).paragraphFills());
        memory.close();
    }

    /** The step over the memory's directory, as the builder sets it up. */
    private static MemoryLeverageStep step(TranslationMemory memory) {
        MemoryLeverageStep step = new MemoryLeverageStep();
        step.getParameters().setMemoryDirectory(memory.directory().toString());
        step.getParameters().setMemoryName("tm");
        step.setTargetLocales(Languages.TARGETS);
        return step;
    }

    private static String writeXliff(List<Event> events) {
        SegmentUnitsStep units = new SegmentUnitsStep();
        XliffTargetWriter writer = new XliffTargetWriter("test", doc -> "doc.kk.txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.setOptions(Languages.RUSSIAN, "UTF-8");
        writer.setOutput(out);
        for (Event event : events) {
            for (Event e : flatten(units.handleEvent(event))) {
                writer.handleEvent(e);
            }
        }
        writer.close();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Event> flatten(Event event) {
        List<Event> all = new ArrayList<>();
        if (event.getEventType() == EventType.MULTI_EVENT) {
            for (Event e : (MultiEvent) event.getResource()) {
                all.add(e);
            }
        } else {
            all.add(event);
        }
        return all;
    }
}
