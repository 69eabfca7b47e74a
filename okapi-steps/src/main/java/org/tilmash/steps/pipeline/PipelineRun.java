package org.tilmash.steps.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.sf.okapi.common.ExecutionContext;
import net.sf.okapi.common.annotation.IAnnotation;
import net.sf.okapi.common.pipeline.IPipelineStep;
import net.sf.okapi.common.pipelinedriver.PipelineDriver;
import org.tilmash.steps.ToolVersion;
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

    public PipelineRun(OutputTransaction outputs, RunReport report) {
        this.outputs = outputs;
        this.report = report;
    }

    /**
     * Runs every document through the steps (one batch each), stages the report as {@code reportFile}, and commits
     * every file only then: a failure leaves no file behind. Returns the finished run (its report and warnings).
     */
    public static PipelineRun execute(List<IPipelineStep> steps, List<PipelineDocument> documents, Path reportFile,
            String generated, Consumer<PipelineDocument> progress) {
        try (OutputTransaction outputs = new OutputTransaction()) {
            PipelineRun run = new PipelineRun(outputs, new RunReport(ToolVersion.get(), generated));
            PipelineDriver driver = TilmashPipelineBuilder.driver(steps, run);
            try {
                for (PipelineDocument document : documents) {
                    progress.accept(document);
                    TilmashPipelineBuilder.process(driver, document);
                }
            } finally {
                // Closes the writers' files, also after a failure, before the transaction deletes them.
                driver.destroy();
            }
            ReportStep.write(run.report(), reportFile, outputs);
            outputs.commit();
            return run;
        }
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

    public synchronized void warn(String warning) {
        warnings.add(warning);
    }

    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }
}
