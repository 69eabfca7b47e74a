package org.tilmash.steps.pipeline;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import net.sf.okapi.common.ExecutionContext;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.pipeline.BasePipelineStep;
import net.sf.okapi.common.pipeline.annotations.StepParameterMapping;
import net.sf.okapi.common.pipeline.annotations.StepParameterType;
import net.sf.okapi.common.resource.StartDocument;
import org.tilmash.steps.read.DisplayPath;
import org.tilmash.steps.slots.TranslationTargets;

/**
 * What Okapi's pipeline driver tells tilmash's steps about the run, through {@link StepParameterMapping}: the
 * pipeline's target locales, its root directory, the document's input and output URIs, and the execution context
 * (a {@link PipelineRun} within the {@code tilmash} command). Okapi finds the mapped setters on subclasses too.
 */
public abstract class TilmashStep extends BasePipelineStep {

    private List<LocaleId> pipelineTargets = List.of();
    private String rootDirectory;
    private URI inputUri;
    private URI outputUri;
    private ExecutionContext context;

    @StepParameterMapping(parameterType = StepParameterType.TARGET_LOCALES)
    public void setTargetLocales(List<LocaleId> locales) {
        this.pipelineTargets = locales == null ? List.of() : List.copyOf(locales);
    }

    @StepParameterMapping(parameterType = StepParameterType.ROOT_DIRECTORY)
    public void setRootDirectory(String rootDirectory) {
        this.rootDirectory = rootDirectory;
    }

    @StepParameterMapping(parameterType = StepParameterType.INPUT_URI)
    public void setInputURI(URI inputUri) {
        this.inputUri = inputUri;
    }

    @StepParameterMapping(parameterType = StepParameterType.OUTPUT_URI)
    public void setOutputURI(URI outputUri) {
        this.outputUri = outputUri;
    }

    @StepParameterMapping(parameterType = StepParameterType.EXECUTION_CONTEXT)
    public void setExecutionContext(ExecutionContext context) {
        this.context = context;
    }

    /** The document's target languages: as the slot step made them, else the pipeline's. */
    protected List<LocaleId> targets(StartDocument document) {
        return TranslationTargets.of(document, pipelineTargets);
    }

    /** The pipeline's root directory ({@code ${rootDir}} in paths), or null. */
    protected String rootDirectory() {
        return rootDirectory;
    }

    protected URI inputUri() {
        return inputUri;
    }

    protected URI outputUri() {
        return outputUri;
    }

    /** How outputs, reports and messages name an input file: as the run says ({@link PipelineRun#shown}). */
    protected String shown(Path file) {
        PipelineRun run = run();
        return run != null ? run.shown(file) : DisplayPath.of(file);
    }

    /** The run this pipeline belongs to, or null when it runs alone (in Rainbow). */
    protected PipelineRun run() {
        return PipelineRun.of(context);
    }
}
