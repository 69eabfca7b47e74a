package org.tilmash.steps.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IParameters;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.UsingParameters;
import net.sf.okapi.common.Util;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.annotation.IAnnotation;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.TextContainer;
import org.tilmash.steps.ToolVersion;
import org.tilmash.steps.pipeline.OutputStep;
import org.tilmash.steps.pipeline.PipelineRun;
import org.tilmash.steps.pipeline.TilmashStep;
import org.tilmash.steps.slots.SlotFill;
import org.tilmash.steps.write.DocumentOutputs;
import org.tilmash.core.OrderedBatches;
import org.tilmash.core.OutputFailure;
import org.tilmash.core.OutputTransaction;
import org.tilmash.steps.write.SegmentUnitsStep;

/**
 * Counts, for each document, the segments and their GMX-V source words (as Okapi's word counter counts them) and, per target
 * language, the segments and words that have a translation; collects the {@link ReportSection}s that earlier steps
 * attached to the end of the document. Within a {@link PipelineRun} the documents go into the run's report, which
 * the caller writes; alone (in Rainbow) the step writes {@code report.json} at the end of the batch.
 */
@UsingParameters(ReportParameters.class)
public final class ReportStep extends TilmashStep implements OutputStep {

    private ReportParameters params = new ReportParameters();
    /** This batch's report when the step writes it itself; null within a run. */
    private RunReport ownReport;
    private Path reportDirectory;
    private LocaleId source;
    private List<LocaleId> targets = List.of();
    private DocumentReport current;
    /** Counts words in unit order, on another thread when the run has one free; made at the first unit. */
    private OrderedBatches counting;
    /** Used by the counting batches only, one after another. */
    private GmxWordCounter counter;

    @Override
    public String getName() {
        return "tilmash report";
    }

    @Override
    public String getDescription() {
        return "Counts segments, words and translation coverage per document and writes report.json. "
                + "Expects: filter events, one text unit per segment. Sends back: filter events.";
    }

    @Override
    public ReportParameters getParameters() {
        return params;
    }

    @Override
    public void setParameters(IParameters params) {
        this.params = (ReportParameters) params;
    }

    @Override
    protected Event handleStartBatch(Event event) {
        ownReport = null;
        reportDirectory = null;
        return event;
    }

    private RunReport report() {
        PipelineRun run = run();
        if (run != null) {
            return run.report();
        }
        if (ownReport == null) {
            String generated = params.getGenerated().isEmpty()
                    ? Instant.now().truncatedTo(ChronoUnit.SECONDS).toString() : params.getGenerated();
            ownReport = new RunReport(ToolVersion.get(), generated);
        }
        return ownReport;
    }

    @Override
    protected Event handleStartDocument(Event event) {
        DocumentOutputs outputs = DocumentOutputs.of(event.getStartDocument(), outputUri(), inputUri(), this::shown);
        reportDirectory = outputs.directory();
        source = outputs.source();
        targets = targets(event.getStartDocument());
        current = report().startDocument(outputs.input());
        return event;
    }

    @Override
    protected Event handleStartGroup(Event event) {
        if (SegmentUnitsStep.PARAGRAPH_GROUP.equals(event.getStartGroup().getType())) {
            DocumentReport document = current;
            counting().submit(document::countParagraph);
        }
        return event;
    }

    /**
     * Takes what the report needs of the unit here; counts its words (a quarter of a run's time on Okapi's
     * tokenizer) in ordered batches, overlapped with the next units' reading and writing when the run has a thread free.
     */
    @Override
    protected Event handleTextUnit(Event event) {
        ITextUnit unit = event.getTextUnit();
        if (!unit.isTranslatable()) {
            return event;
        }
        List<String> texts = GmxWordCounter.segmentTexts(unit.getSource());
        List<Slot> slots = new ArrayList<>(targets.size());
        for (LocaleId target : targets) {
            TextContainer slot = unit.getTarget(target);
            SlotFill fill = slot == null ? null : slot.getAnnotation(SlotFill.class);
            slots.add(new Slot(target, slot != null && slot.hasText(false),
                    fill == null ? "unknown" : fill.origin().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    slot != null && slot.getAnnotation(AltTranslationsAnnotation.class) != null));
        }
        DocumentReport document = current;
        LocaleId language = source;
        counting().submit(() -> {
            long words = counter.count(texts, language);
            document.countSegment(words);
            for (Slot slot : slots) {
                document.target(slot.target()).countSegment(words, slot.translated(), slot.origin(),
                        slot.suggested());
            }
        });
        return event;
    }

    /** What a unit's target slot adds to the report. */
    private record Slot(LocaleId target, boolean translated, String origin, boolean suggested) {
    }

    /** Waits for the document's counts, then adds the sections the steps attached to its end. */
    @Override
    protected Event handleEndDocument(Event event) {
        counting().drain();
        for (IAnnotation annotation : event.getEnding().getAnnotations()) {
            if (annotation instanceof ReportSection section) {
                current.addSection(section.sectionName(), section.sectionValue());
            }
        }
        return event;
    }

    private OrderedBatches counting() {
        if (counting == null) {
            counter = new GmxWordCounter();
            counting = new OrderedBatches();
        }
        return counting;
    }

    /** Alone, writes this batch's report, atomically. */
    @Override
    protected Event handleEndBatch(Event event) {
        if (ownReport != null && reportDirectory != null) {
            String path = Util.fillRootDirectoryVariable(params.getReportPath(),
                    rootDirectory() == null ? "" : rootDirectory());
            Path target = path.isEmpty() ? reportDirectory.resolve(ReportParameters.REPORT_FILE) : Path.of(path);
            try (OutputTransaction outputs = new OutputTransaction()) {
                write(ownReport, target, outputs);
                outputs.commit();
            }
        }
        return event;
    }

    /** Stages {@code report} as {@code target} in a transaction. */
    public static void write(RunReport report, Path target, OutputTransaction outputs) {
        Path staged = outputs.stage(target);
        try (OutputStream out = Files.newOutputStream(staged)) {
            report.writeJson(out);
        } catch (IOException e) {
            throw new OutputFailure(target, e);
        }
    }
}
