package org.tilmash.steps.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import net.sf.okapi.common.ExecutionContext;
import net.sf.okapi.common.annotation.IAnnotation;
import net.sf.okapi.common.pipeline.IPipelineStep;
import net.sf.okapi.common.resource.ITextUnit;
import org.tilmash.steps.ToolVersion;
import org.tilmash.steps.read.DisplayPath;
import org.tilmash.steps.report.ReportStep;
import org.tilmash.steps.report.RunReport;
import org.tilmash.core.OutputTransaction;

/**
 * A run of several batches that must succeed or fail as one (the {@code tilmash} command: one batch per document):
 * given to the steps through Okapi's execution context. Writers stage their files in its transaction, which the
 * caller commits once every document has gone through; the report step adds each document to its report, which the
 * caller writes; steps add their warnings to it. Without one (in Rainbow), each writer commits its files at the end
 * of each document and the report step writes {@code report.json} at the end of the batch.
 */
public final class PipelineRun implements IAnnotation {

    private final OutputTransaction outputs;
    private final RunReport report;
    private final List<String> warnings = new ArrayList<>();
    private final Map<Path, String> shownAs;

    public PipelineRun(OutputTransaction outputs, RunReport report) {
        this(outputs, report, Map.of());
    }

    /**
     * @param shownAs how outputs, reports and messages name some of the run's input files (absolute paths), instead
     *                of by their paths: a corpus task's local copies of remote documents are named by their URIs
     */
    public PipelineRun(OutputTransaction outputs, RunReport report, Map<Path, String> shownAs) {
        this.outputs = outputs;
        this.report = report;
        this.shownAs = Map.copyOf(shownAs);
    }

    /** What a caller (a progress bar) is told of one document while it goes through; closed when it is done. */
    public interface DocumentProgress extends AutoCloseable {
        /** A text unit came out of the pipeline's last step. */
        void unitDone(ITextUnit unit);

        @Override
        void close();
    }

    /**
     * Runs every document through pipelines of the steps (one batch each, on up to {@code threads} threads:
     * {@link ParallelDocuments}), stages the report as {@code reportFile}, and commits every file only then: a
     * failure leaves no file behind. Returns the finished run (its report and warnings, in input order).
     *
     * @param steps makes the steps of one pipeline; called once for each thread that runs documents
     */
    public static PipelineRun execute(Supplier<List<IPipelineStep>> steps, int threads,
            List<PipelineDocument> documents, Path reportFile, String generated,
            Function<PipelineDocument, DocumentProgress> progress) {
        try (OutputTransaction outputs = new OutputTransaction()) {
            PipelineRun run = new PipelineRun(outputs, new RunReport(ToolVersion.get(), generated));
            for (PipelineRun document : new ParallelDocuments(steps, threads, ParallelDocuments.defaultBudget())
                    .process(documents, outputs, generated, progress)) {
                run.report.add(document.report);
                document.warnings().forEach(run::warn);
            }
            ReportStep.write(run.report(), reportFile, outputs);
            outputs.commit();
            return run;
        }
    }

    /** No progress to tell. */
    public static DocumentProgress quiet(PipelineDocument document) {
        return new DocumentProgress() {
            @Override
            public void unitDone(ITextUnit unit) {
                // Nobody is told.
            }

            @Override
            public void close() {
                // Nothing to close.
            }
        };
    }

    /** The run of a pipeline's execution context, or null when it has none. */
    public static PipelineRun of(ExecutionContext context) {
        return context == null ? null : context.getAnnotation(PipelineRun.class);
    }

    /** An execution context carrying this run, for {@code PipelineDriver.setExecutionContext}. */
    public ExecutionContext context() {
        ExecutionContext context = new ExecutionContext();
        context.setApplicationName("tilmash");
        context.setIsNoPrompt(true);
        context.setAnnotation(this);
        return context;
    }

    public OutputTransaction outputs() {
        return outputs;
    }

    public RunReport report() {
        return report;
    }

    /** How outputs, reports and messages name an input file of the run ({@link DisplayPath}, unless told otherwise). */
    public String shown(Path file) {
        String name = shownAs.get(file.toAbsolutePath().normalize());
        return name != null ? name : DisplayPath.of(file);
    }

    public synchronized void warn(String warning) {
        warnings.add(warning);
    }

    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }
}
