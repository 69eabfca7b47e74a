package org.tilmash.steps.write;

import java.nio.file.Path;
import java.util.function.Function;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.pipeline.BasePipelineStep;
import net.sf.okapi.common.resource.StartDocument;
import org.tilmash.core.OutputTransaction;

/**
 * Feeds the event stream to one Okapi {@link IFilterWriter}, writing into a file staged by an
 * {@link OutputTransaction}, so that several writers can sit in one pipeline and none leaves a partial file.
 */
public final class StagedWriterStep extends BasePipelineStep {

    private final IFilterWriter writer;
    private final LocaleId target;
    private final Function<StartDocument, Path> outputFor;
    private final OutputTransaction transaction;

    /**
     * @param writer      the writer, configured
     * @param target      the target language given to the writer
     * @param outputFor   the final path of the file for a document
     * @param transaction where the file is staged
     */
    public StagedWriterStep(IFilterWriter writer, LocaleId target, Function<StartDocument, Path> outputFor,
            OutputTransaction transaction) {
        this.writer = writer;
        this.target = target;
        this.outputFor = outputFor;
        this.transaction = transaction;
    }

    @Override
    public String getName() {
        return "Write " + writer.getName() + " (" + target + ")";
    }

    @Override
    public String getDescription() {
        return "Writes the events with an Okapi filter writer into a staged output file.";
    }

    @Override
    public Event handleEvent(Event event) {
        if (event.getEventType() == EventType.START_DOCUMENT) {
            Path staged = transaction.stage(outputFor.apply(event.getStartDocument()));
            writer.setOptions(target, "UTF-8");
            writer.setOutput(staged.toString());
        }
        writer.handleEvent(event);
        if (event.getEventType() == EventType.END_DOCUMENT) {
            writer.close();
        }
        return event;
    }

    @Override
    public void cancel() {
        writer.cancel();
    }

    @Override
    public void destroy() {
        writer.close();
    }
}
