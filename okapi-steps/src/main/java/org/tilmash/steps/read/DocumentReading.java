package org.tilmash.steps.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.pipeline.IPipelineStep;
import net.sf.okapi.common.pipelinedriver.BatchItemContext;
import net.sf.okapi.common.pipelinedriver.IBatchItemContext;
import net.sf.okapi.common.pipelinedriver.PipelineDriver;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.steps.common.RawDocumentToFilterEventsStep;
import org.tilmash.steps.repair.KazakhTextRepairStep;
import org.tilmash.steps.segment.SegmentationRules;
import org.tilmash.steps.slots.Languages;
import org.tilmash.core.OutputFailure;

/**
 * How every document is read, the Kazakh source and its translations alike: its format's Okapi filter, the text
 * repair step, then the SRX segmentation of its language.
 */
public final class DocumentReading {

    private DocumentReading() {
    }

    /** The steps that turn a document in {@code language} into segmented paragraph text units. */
    public static List<IPipelineStep> steps(SegmentationRules rules, boolean repair, LocaleId language) {
        List<IPipelineStep> steps = new ArrayList<>();
        steps.add(new RawDocumentToFilterEventsStep());
        if (repair) {
            steps.add(new KazakhTextRepairStep());
        }
        steps.add(rules.step(language));
        return steps;
    }

    /** A driver that knows the filter configuration of every {@link DocumentFormat}. */
    public static PipelineDriver driver() {
        PipelineDriver driver = new PipelineDriver();
        driver.setFilterConfigurationMapper(DocumentFormat.filterMapper());
        return driver;
    }

    /**
     * Reads one document through a driver whose steps are set. A failure of the filter becomes an
     * {@link InputProblem} naming the file; a failure to write an output stays an {@link OutputFailure}.
     */
    public static void process(PipelineDriver driver, Path file, DocumentFormat format, LocaleId language) {
        process(driver, file, format, language,
                language.equals(Languages.RUSSIAN) ? Languages.ENGLISH : Languages.RUSSIAN, null);
    }

    /**
     * The same, for steps that write the document in {@code target} (Okapi's {@code FilterEventsWriterStep}): they
     * take {@code output} as the pipeline's output URI.
     */
    public static void process(PipelineDriver driver, Path file, DocumentFormat format, LocaleId language,
                               LocaleId target, Path output) {
        RawDocument raw = new RawDocument(file.toUri(), "UTF-8", language, target);
        raw.setFilterConfigId(format.filterConfigId());
        try {
            process(driver, new BatchItemContext(raw, output == null ? null : output.toUri(), "UTF-8"), file,
                    format.toString());
        } finally {
            raw.close();
        }
    }

    /**
     * Runs one batch item (a document and its other inputs) through a driver whose steps are set, with the same
     * failures: the filter's are an {@link InputProblem} naming {@code file}, read as {@code format}.
     */
    public static void process(PipelineDriver driver, IBatchItemContext item, Path file, String format) {
        driver.clearItems();
        driver.addBatchItem(item);
        try {
            driver.processBatch();
        } catch (OkapiException e) {
            OutputFailure failure = findCause(e, OutputFailure.class);
            if (failure != null) {
                throw failure;
            }
            InputProblem input = findCause(e, InputProblem.class); // a step's verdict on the document
            if (input != null) {
                throw input;
            }
            throw new InputProblem(file, "cannot be read as " + format + ": " + rootMessage(e));
        }
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
