package org.tilmash.steps.pipeline;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.ExecutionContext;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.pipeline.IPipelineStep;
import net.sf.okapi.common.pipelinedriver.PipelineDriver;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.steps.common.RawDocumentToFilterEventsStep;
import org.tilmash.steps.align.ParallelAlignmentStep;
import org.tilmash.steps.leverage.MemoryLeverageStep;
import org.tilmash.steps.read.DocumentFormat;
import org.tilmash.steps.read.DocumentReading;
import org.tilmash.steps.read.InputProblem;
import org.tilmash.steps.read.RequireTextStep;
import org.tilmash.steps.repair.KazakhTextRepairStep;
import org.tilmash.steps.report.ReportStep;
import org.tilmash.steps.segment.SegmentationRules;
import org.tilmash.steps.segment.TilmashSegmentationStep;
import org.tilmash.steps.slots.Languages;
import org.tilmash.steps.slots.TranslationSlotsStep;
import org.tilmash.steps.write.BilingualTmxWriterStep;
import org.tilmash.steps.write.MultilingualTmxWriterStep;
import org.tilmash.core.OutputFailure;
import org.tilmash.steps.write.RepairedTextWriterStep;
import org.tilmash.steps.write.SegmentUnitsStep;
import org.tilmash.steps.write.XliffWriterParameters;
import org.tilmash.steps.write.XliffWriterStep;

/**
 * The one place tilmash's pipelines are assembled: the steps, in order, each configured through its parameters (so
 * that the same pipeline can be saved as an Okapi pipeline file, {@code tilmash.pln}). The commands only set the
 * options. Each call makes new steps: pipelines built from one builder are independent of each other.
 *
 * <pre>
 * read -> [Kazakh repair] -> SRX segmentation -> require text -> translation slots -> alignment -> memory leverage
 *   -> one unit per segment -> XLIFF, bilingual TMX, multilingual TMX, repaired text -> report
 * </pre>
 */
public final class TilmashPipelineBuilder {

    /** The shipped pipeline file: the default run pipeline, as Rainbow saves it. */
    public static final String PIPELINE_FILE = "tilmash.pln";

    private String srxPath = "";
    private boolean repair = true;
    private List<LocaleId> targets = Languages.TARGETS;
    private double minConfidence;
    private String memoryDirectory = "";
    private String memoryName = "";
    private int fuzzyThreshold = MemoryLeverageStep.DEFAULT_FUZZY_THRESHOLD;
    private String xliffVersion = XliffWriterParameters.XLIFF_1_2;

    /** SRX rules replacing tilmash's own (checked here, so a bad file fails before any document is read). */
    public TilmashPipelineBuilder srx(String path) {
        SegmentationRules.named(path, null);
        this.srxPath = path;
        return this;
    }

    public TilmashPipelineBuilder repair(boolean repair) {
        this.repair = repair;
        return this;
    }

    public TilmashPipelineBuilder targets(List<LocaleId> targets) {
        this.targets = List.copyOf(targets);
        return this;
    }

    /** The XLIFF version of the XLIFF files: 1.2 (the default) or 2.1. */
    public TilmashPipelineBuilder xliffVersion(String version) {
        this.xliffVersion = version;
        return this;
    }

    public TilmashPipelineBuilder minConfidence(double minConfidence) {
        this.minConfidence = minConfidence;
        return this;
    }

    /** A memory directory to leverage from, and how reports name it. */
    public TilmashPipelineBuilder memory(String directory, String name, int fuzzyThreshold) {
        this.memoryDirectory = directory;
        this.memoryName = name;
        this.fuzzyThreshold = fuzzyThreshold;
        return this;
    }

    public List<LocaleId> targets() {
        return targets;
    }

    /** Read, repair (if on), segment: what {@code segment} prints. */
    public List<IPipelineStep> readingSteps() {
        List<IPipelineStep> steps = new ArrayList<>();
        steps.add(new RawDocumentToFilterEventsStep());
        if (repair) {
            steps.add(new KazakhTextRepairStep());
        }
        TilmashSegmentationStep segmentation = new TilmashSegmentationStep();
        segmentation.getParameters().setSrxPath(srxPath);
        steps.add(segmentation);
        // A source without text is bad input (a translation without text only gives the aligner's warning).
        steps.add(new RequireTextStep());
        return steps;
    }

    /** The reading steps, then empty slots and one unit per segment: the units {@code run} writes, unfilled. */
    public List<IPipelineStep> unitSteps() {
        List<IPipelineStep> steps = readingSteps();
        steps.add(slots());
        steps.add(new SegmentUnitsStep());
        return steps;
    }

    /** The whole pipeline of {@code run}. */
    public List<IPipelineStep> runSteps() {
        List<IPipelineStep> steps = readingSteps();
        steps.add(slots());
        ParallelAlignmentStep alignment = new ParallelAlignmentStep();
        alignment.getParameters().setMinConfidence(minConfidence);
        alignment.getParameters().setSrxPath(srxPath);
        alignment.getParameters().setRepair(repair);
        steps.add(alignment);
        MemoryLeverageStep leverage = new MemoryLeverageStep();
        leverage.getParameters().setMemoryDirectory(memoryDirectory);
        leverage.getParameters().setMemoryName(memoryName);
        leverage.getParameters().setFuzzyThreshold(fuzzyThreshold);
        steps.add(leverage);
        steps.add(new SegmentUnitsStep());
        XliffWriterStep xliff = new XliffWriterStep();
        xliff.getParameters().setVersion(xliffVersion);
        steps.add(xliff);
        steps.add(new BilingualTmxWriterStep());
        steps.add(new MultilingualTmxWriterStep());
        steps.add(new RepairedTextWriterStep());
        steps.add(new ReportStep());
        return steps;
    }

    private TranslationSlotsStep slots() {
        TranslationSlotsStep slots = new TranslationSlotsStep();
        slots.getParameters().setTargets(targets);
        return slots;
    }

    /** A driver over the steps, with tilmash's filter configurations and the run (or null) as execution context. */
    public static PipelineDriver driver(List<IPipelineStep> steps, PipelineRun run) {
        PipelineDriver driver = DocumentReading.driver();
        if (run != null) {
            driver.setExecutionContext(run.context());
        } else {
            // No prompt: Okapi's FilterEventsWriterStep would otherwise ask on the terminal before writing over the
            // staged (already created) output file, and wait for an answer that never comes.
            ExecutionContext context = new ExecutionContext();
            context.setApplicationName("tilmash");
            context.setIsNoPrompt(true);
            driver.setExecutionContext(context);
        }
        steps.forEach(driver::addStep);
        return driver;
    }

    /**
     * Runs one document through the driver, as a batch of its own. A writer's failure is an {@link OutputFailure};
     * any other failure of Okapi's is the document's: an {@link InputProblem} naming it ({@link DocumentReading}).
     */
    public static void process(PipelineDriver driver, PipelineDocument document) {
        List<RawDocument> opened = PipelineDocument.openedList();
        try {
            DocumentReading.process(driver, document.batchItem(opened), document.source(),
                    DocumentFormat.of(document.source()).map(Object::toString).orElse(document.filterConfigId()));
        } finally {
            PipelineDocument.close(opened);
        }
    }
}
