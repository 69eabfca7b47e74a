package org.tilmash.steps.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.annotation.IAnnotation;
import net.sf.okapi.common.pipeline.BasePipelineStep;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.steps.wordcount.WordCounter;
import org.tilmash.steps.slots.SlotFill;
import org.tilmash.steps.write.SegmentUnitsStep;

/**
 * Counts, for each document, the segments and their GMX-V source words (Okapi's word counter) and, per target
 * language, the segments and words that have a translation; collects the {@link ReportSection}s that earlier steps
 * attached to the end of the document. Expects one text unit per segment (after {@code SegmentUnitsStep}).
 */
public final class ReportStep extends BasePipelineStep {

    private final RunReport report;
    private final LocaleId source;
    private final List<LocaleId> targets;
    private final Function<StartDocument, String> sourceName;
    private DocumentReport current;

    public ReportStep(RunReport report, LocaleId source, List<LocaleId> targets,
            Function<StartDocument, String> sourceName) {
        this.report = report;
        this.source = source;
        this.targets = List.copyOf(targets);
        this.sourceName = sourceName;
    }

    @Override
    public String getName() {
        return "Report";
    }

    @Override
    public String getDescription() {
        return "Counts segments, words and translation coverage per document.";
    }

    @Override
    protected Event handleStartDocument(Event event) {
        current = report.startDocument(sourceName.apply(event.getStartDocument()));
        return event;
    }

    @Override
    protected Event handleStartGroup(Event event) {
        if (SegmentUnitsStep.PARAGRAPH_GROUP.equals(event.getStartGroup().getType())) {
            current.countParagraph();
        }
        return event;
    }

    @Override
    protected Event handleTextUnit(Event event) {
        ITextUnit unit = event.getTextUnit();
        if (!unit.isTranslatable()) {
            return event;
        }
        long words = WordCounter.count(unit.getSource(), source);
        current.countSegment(words);
        for (LocaleId target : targets) {
            TextContainer slot = unit.getTarget(target);
            boolean translated = slot != null && slot.hasText(false);
            SlotFill fill = slot == null ? null : slot.getAnnotation(SlotFill.class);
            String origin = fill == null ? "unknown" : fill.origin().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            boolean suggested = slot != null && slot.getAnnotation(AltTranslationsAnnotation.class) != null;
            current.target(target).countSegment(words, translated, origin, suggested);
        }
        return event;
    }

    @Override
    protected Event handleEndDocument(Event event) {
        for (IAnnotation annotation : event.getEnding().getAnnotations()) {
            if (annotation instanceof ReportSection section) {
                current.addSection(section.sectionName(), section.sectionValue());
            }
        }
        return event;
    }
}
