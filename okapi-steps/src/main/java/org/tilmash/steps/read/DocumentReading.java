package org.tilmash.steps.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.pipeline.IPipelineStep;
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
        RawDocument raw = new RawDocument(file.toUri(), "UTF-8", language,
                language.equals(Languages.RUSSIAN) ? Languages.ENGLISH : Languages.RUSSIAN);
        raw.setFilterConfigId(format.filterConfigId());
        driver.clearItems();
        driver.addBatchItem(raw);
        try {
            driver.processBatch();
        } catch (OkapiException e) {
            OutputFailure output = findCause(e, OutputFailure.class);
            if (output != null) {
                throw output;
            }
            InputProblem input = findCause(e, InputProblem.class); // a step's verdict on the document
            if (input != null) {
                throw input;
            }
            throw new InputProblem(file, "cannot be read as " + format + ": " + rootMessage(e));
        } finally {
            raw.close();
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
