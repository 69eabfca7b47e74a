package org.tilmash.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.observer.IObservable;
import net.sf.okapi.common.pipeline.IPipelineStep;
import net.sf.okapi.common.pipelinedriver.PipelineDriver;
import net.sf.okapi.common.resource.StartDocument;
import org.tilmash.steps.ToolVersion;
import org.tilmash.steps.read.DocumentFormat;
import org.tilmash.steps.read.DocumentReading;
import org.tilmash.steps.read.RequireTextStep;
import org.tilmash.steps.read.SourceFileCheck;
import org.tilmash.steps.segment.SegmentationRules;
import org.tilmash.steps.report.ReportStep;
import org.tilmash.steps.report.RunReport;
import org.tilmash.steps.slots.Languages;
import org.tilmash.steps.slots.TranslationSlotsStep;
import org.tilmash.core.OutputFailure;
import org.tilmash.core.OutputTransaction;
import org.tilmash.steps.write.RepairedTextWriter;
import org.tilmash.steps.write.SegmentUnitsStep;
import org.tilmash.steps.write.StagedWriterStep;
import org.tilmash.steps.write.XliffTargetWriter;
import org.tilmash.steps.write.BilingualTmxWriter;
import org.tilmash.steps.write.MultilingualTmxWriter;

/**
 * Composes tilmash's Okapi pipeline: read → repair → segment → translation slots → one unit per segment → writers
 * → report. Documents go through one at a time; every output is staged and renamed into place only when all
 * documents have succeeded.
 */
final class TilmashPipeline {

    static final String REPORT_FILE = "report.json";
    /** {@code NAME.kk-repaired.txt}: not {@code NAME.kk.*}, so a later run never takes it for a source. */
    static final String REPAIRED_SUFFIX = ".kk-repaired.txt";

    private final PipelineSettings settings;
    private final SegmentationRules rules;
    private final List<IPipelineStep> slotFillers = new ArrayList<>();
    /** The document going through the pipeline now: the writers and the report name their files after it. */
    private SourceDocument current;
    /** How far into the current document the pipeline is, for the progress bar. */
    private Progress.Reading currentReading;

    /** Loads the segmentation rules first, so that a bad {@code --srx} fails before any document is read. */
    TilmashPipeline(PipelineSettings settings) {
        this.settings = settings;
        try {
            this.rules = SegmentationRules.fromFileOrTilmash(settings.srx());
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCode.BAD_INPUT, e.getMessage());
        }
    }

    /** The SRX rules of this run: for steps that segment translations the way the source is segmented. */
    SegmentationRules rules() {
        return rules;
    }

    /**
     * Adds a step that fills translation slots (alignment, memory leverage); fillers run in the order added, after
     * the slots are made and before the segments become units.
     */
    void addSlotFiller(IPipelineStep step) {
        slotFillers.add(step);
    }

    /** The document being processed: for fillers that need to know it (its parallel translations). */
    SourceDocument currentDocument() {
        return current;
    }

    /** The steps that turn a document into segmented text units: what {@code run} and {@code segment} share. */
    List<IPipelineStep> readingSteps(LocaleId language) {
        List<IPipelineStep> steps = new ArrayList<>(DocumentReading.steps(rules, settings.repair(), language));
        // A source without text is bad input (a translation without text only gives the aligner's warning).
        steps.add(new RequireTextStep());
        return steps;
    }

    /** Runs every document through the pipeline; returns the report, once every file is in place. */
    RunReport run(List<SourceDocument> documents, Progress progress) {
        for (SourceDocument document : documents) {
            SourceFileCheck.check(document.path(), document.format());
        }
        RunReport report = new RunReport(ToolVersion.get(), settings.generated().toString());
        try (OutputTransaction outputs = new OutputTransaction()) {
            PipelineDriver driver = driver(report, outputs);
            if (progress.shown()) {
                ((IObservable) driver.getPipeline()).addObserver(this::unitDone);
            }
            try {
                for (SourceDocument document : documents) {
                    try (Progress.Reading reading = progress.file(document.path())) {
                        current = document;
                        currentReading = reading;
                        process(driver, document.path(), document.format(), Languages.KAZAKH);
                    }
                }
            } finally {
                // Closes the writers' files, also after a failure, before the transaction deletes them.
                driver.destroy();
            }
            stageReport(report, outputs);
            outputs.commit();
        }
        return report;
    }

    /**
     * Okapi's pipeline gives its observers every event out of its last step: a unit's text in UTF-8, plus its line
     * break, is about how far into the document the reader is (exactly, for plain text).
     */
    private void unitDone(IObservable pipeline, Object event) {
        if (event instanceof Event e && e.isTextUnit()) {
            currentReading.read(e.getTextUnit().getSource().toString().getBytes(StandardCharsets.UTF_8).length + 1L);
        }
    }

    private PipelineDriver driver(RunReport report, OutputTransaction outputs) {
        PipelineDriver driver = DocumentReading.driver();
        readingSteps(Languages.KAZAKH).forEach(driver::addStep);
        driver.addStep(new TranslationSlotsStep(Languages.TARGETS));
        slotFillers.forEach(driver::addStep);
        driver.addStep(new SegmentUnitsStep());
        String version = ToolVersion.get();
        Function<StartDocument, String> original = doc -> current.displayPath();
        for (LocaleId target : Languages.TARGETS) {
            driver.addStep(new StagedWriterStep(new XliffTargetWriter(version, original), target,
                    doc -> settings.outputDirectory().resolve(xliffName(current, target)), outputs));
            driver.addStep(new StagedWriterStep(new BilingualTmxWriter(version), target,
                    doc -> output(".kk-" + target.getLanguage() + ".tmx"), outputs));
        }
        driver.addStep(new StagedWriterStep(new MultilingualTmxWriter(version), Languages.RUSSIAN,
                doc -> output(".tmx"), outputs));
        driver.addStep(new StagedWriterStep(new RepairedTextWriter(), Languages.KAZAKH,
                doc -> output(REPAIRED_SUFFIX), outputs));
        driver.addStep(new ReportStep(report, Languages.KAZAKH, Languages.TARGETS, original));
        return driver;
    }

    /** {@code NAME.kk-ru.xlf}: the XLIFF file of a document for one target language. */
    static String xliffName(SourceDocument document, LocaleId target) {
        return document.name() + ".kk-" + target.getLanguage() + ".xlf";
    }

    private Path output(String suffix) {
        return settings.outputDirectory().resolve(current.name() + suffix);
    }

    private void stageReport(RunReport report, OutputTransaction outputs) {
        Path target = settings.outputDirectory().resolve(REPORT_FILE);
        Path staged = outputs.stage(target);
        try (OutputStream out = Files.newOutputStream(staged)) {
            report.writeJson(out);
        } catch (IOException e) {
            throw new OutputFailure(target, e);
        }
    }

    /** Reads one document through a driver whose steps are set; filter failures become input problems. */
    static void process(PipelineDriver driver, Path file, DocumentFormat format, LocaleId language) {
        DocumentReading.process(driver, file, format, language);
    }
}
