package org.tilmash.steps.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.MultiEvent;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.plaintext.PlainTextFilter;
import org.junit.jupiter.api.Test;

/** The step's event plumbing, fed by Okapi's real filters. */
class KazakhTextRepairStepTest {

    private static final LocaleId KAZAKH = LocaleId.fromString("kk-KZ");

    /** What comes out of the step: the events, multi-events expanded, no-ops dropped. */
    private static List<Event> run(IFilter filter, String text) {
        KazakhTextRepairStep step = new KazakhTextRepairStep();
        List<Event> out = new ArrayList<>();
        filter.open(new RawDocument(text, KAZAKH));
        while (filter.hasNext()) {
            Event result = step.handleEvent(filter.next());
            if (result.isMultiEvent()) {
                ((MultiEvent) result.getResource()).forEach(out::add);
            } else if (!result.isNoop()) {
                out.add(result);
            }
        }
        filter.close();
        return out;
    }

    private static List<String> units(List<Event> events) {
        return events.stream().filter(Event::isTextUnit).map(e -> e.getTextUnit().getSource().toString()).toList();
    }

    private static RepairCounts counts(List<Event> events) {
        Event end = events.get(events.size() - 1);
        assertTrue(end.isEndDocument());
        RepairCounts counts = end.getEnding().getAnnotation(RepairCounts.class);
        assertNotNull(counts);
        return counts;
    }

    @Test
    void joinsAndSplitsPlainTextLines() {
        List<Event> events = run(new PlainTextFilter(),
                "Ол келді..Н.\nНазарбаев сөйледі және т.\nб..2011 жылы бiлiм\u00A0 берілді.\n");
        assertEquals(List.of("Ол келді.", "Н. Назарбаев сөйледі және т. б.", "2011 жылы білім берілді."),
                units(events));
        RepairCounts counts = counts(events);
        assertEquals(2, counts.count(RepairKind.JOINED_LINES));
        assertEquals(List.of(new RepairCounts.LineJoinRecord(1, "initial"),
                new RepairCounts.LineJoinRecord(2, "abbreviation")), counts.joins());
        assertEquals(2, counts.count(RepairKind.PARAGRAPH_JOINTS));
        assertEquals(1, counts.count(RepairKind.MIXED_SCRIPT_WORDS));
        assertEquals(1, counts.count(RepairKind.NORMALIZED_SPACES));
    }

    @Test
    void theUnitsOfASplitLineHaveTheirOwnIds() {
        List<Event> events = run(new PlainTextFilter(), "Бір.\nЕкі..Үш..Төрт.\n");
        List<String> ids = events.stream().filter(Event::isTextUnit).map(e -> e.getTextUnit().getId()).toList();
        assertEquals(List.of("1", "2", "2_2", "2_3"), ids);
    }

    @Test
    void neverJoinsAcrossABlankLine() {
        List<Event> events = run(new PlainTextFilter(), "Бірінші абзац, Н.\n\nНазарбаев ұсынды\n");
        assertEquals(List.of("Бірінші абзац, Н.", "Назарбаев ұсынды"), units(events));
    }

    @Test
    void reportsTheLineOfEachJoinCountingBlankLines() {
        List<Event> events = run(new PlainTextFilter(), "\n\nБір.\n\nЕкі Н.\nНазарбаев және жариялан-\nды.\n");
        assertEquals(List.of("Бір.", "Екі Н. Назарбаев және жарияланды."), units(events));
        assertEquals(List.of(new RepairCounts.LineJoinRecord(5, "initial"),
                new RepairCounts.LineJoinRecord(6, "hyphenated word")), counts(events).joins());
    }

    @Test
    void joinsTheFullLinesOfAWrappedDocumentOnly() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            text.append("Қазақстан Республикасының Үкіметі\nосы қаулыға сәйкес шешім қабылдады\nжәне оны жариялады.\n");
        }
        List<Event> events = run(new PlainTextFilter(), text.toString());
        List<String> units = units(events);
        assertEquals(6, units.size());
        assertTrue(units.stream().allMatch(u -> u.equals(
                "Қазақстан Республикасының Үкіметі осы қаулыға сәйкес шешім қабылдады және оны жариялады.")), units.get(0));
        assertTrue(counts(events).joins().stream().allMatch(j -> j.why().equals("wrapped line")));
    }

    @Test
    void keepsTheOrderOfEventsAndHoldsBackOnlyTheLayoutSample() {
        KazakhTextRepairStep step = new KazakhTextRepairStep();
        PlainTextFilter filter = new PlainTextFilter();
        StringBuilder text = new StringBuilder();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < KazakhTextRepairStep.LAYOUT_SAMPLE + 50; i++) {
            lines.add("Жол " + i + ".");
            text.append("Жол ").append(i).append(".\n");
        }
        filter.open(new RawDocument(text.toString(), KAZAKH));
        List<String> seen = new ArrayList<>();
        int unitsIn = 0;
        while (filter.hasNext()) {
            Event in = filter.next();
            unitsIn += in.isTextUnit() ? 1 : 0;
            Event result = step.handleEvent(in);
            List<Event> out = new ArrayList<>();
            if (result.isMultiEvent()) {
                ((MultiEvent) result.getResource()).forEach(out::add);
            } else if (!result.isNoop()) {
                out.add(result);
            }
            out.stream().filter(Event::isTextUnit).forEach(e -> seen.add(e.getTextUnit().getSource().toString()));
            if (unitsIn > KazakhTextRepairStep.LAYOUT_SAMPLE) {
                assertTrue(unitsIn - seen.size() <= 1, "held back: " + (unitsIn - seen.size()));
            }
        }
        assertEquals(lines, seen);
    }

    @Test
    void repairsInsideHtmlUnitsButNeverJoinsNorSplitsThem() {
        List<Event> events = run(new HtmlFilter(),
                "<html><body><p>Бұл <b>бiлiм</b>  туралы..Келесі</p><p>Н.</p><p>Назарбаев</p></body></html>");
        List<String> units = events.stream().filter(Event::isTextUnit)
                .map(e -> e.getTextUnit().getSource().getFirstContent())
                .map(TextFragment::getText).toList();
        assertEquals(List.of("Бұл білім туралы..Келесі", "Н.", "Назарбаев"), units);
        List<String> codes = events.stream().filter(Event::isTextUnit)
                .map(e -> e.getTextUnit().getSource().getFirstContent().toText()).toList();
        assertEquals("Бұл <b>білім</b> туралы..Келесі", codes.get(0));
        assertEquals(0, counts(events).count(RepairKind.JOINED_LINES));
    }

    @Test
    void reportsAllKindsUnderRepairs() {
        RepairCounts counts = counts(run(new PlainTextFilter(), "Бір.\n"));
        assertEquals("repairs", counts.sectionName());
        for (RepairKind kind : RepairKind.values()) {
            assertEquals(0L, counts.sectionValue().get(kind.reportName()));
        }
        assertEquals(List.of(), counts.sectionValue().get("lineJoins"));
    }
}
