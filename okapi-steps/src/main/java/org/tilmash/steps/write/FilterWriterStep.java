package org.tilmash.steps.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiIOException;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.StartDocument;
import org.tilmash.core.OutputFailure;
import org.tilmash.core.OutputTransaction;
import org.tilmash.steps.pipeline.OutputStep;
import org.tilmash.steps.pipeline.PipelineRun;
import org.tilmash.steps.pipeline.TilmashStep;

/**
 * Feeds the event stream to Okapi filter writers, each writing one file of the document into a staged temporary file:
 * several writers sit in one pipeline and none leaves a partial file. The files are named from the events
 * ({@link DocumentOutputs}). Within a {@link PipelineRun} the files join the run's transaction; alone (in Rainbow),
 * they are renamed into place at the end of each document.
 *
 * <p>A writer's failure (Okapi's {@link OkapiIOException}, a full disk) becomes an {@link OutputFailure} naming the
 * file, never a problem with the input.
 */
public abstract class FilterWriterStep extends TilmashStep implements OutputStep {

    /** One file of a document: the writer, the target language given to it, and the file's final path. */
    protected record Output(IFilterWriter writer, LocaleId target, Path file) {
    }

    private final List<Output> open = new ArrayList<>();
    private OutputTransaction ownTransaction;

    /** The files to write for a document, writers configured (not yet given their output). */
    protected abstract List<Output> outputs(DocumentOutputs document, List<LocaleId> targets);

    @Override
    public Event handleEvent(Event event) {
        if (event.getEventType() == EventType.START_DOCUMENT) {
            start(event.getStartDocument());
        }
        for (Output output : open) {
            try {
                output.writer().handleEvent(event);
            } catch (OkapiIOException e) {
                throw failure(output.file(), e);
            }
        }
        if (event.getEventType() == EventType.END_DOCUMENT) {
            closeWriters();
            if (ownTransaction != null) {
                ownTransaction.commit();
                ownTransaction.close();
                ownTransaction = null;
            }
        }
        return event;
    }

    private void start(StartDocument document) {
        closeWriters();
        PipelineRun run = run();
        OutputTransaction transaction = run != null ? run.outputs() : (ownTransaction = new OutputTransaction());
        DocumentOutputs place = DocumentOutputs.of(document, outputUri(), inputUri(), this::shown);
        for (Output output : outputs(place, targets(document))) {
            Path staged = transaction.stage(output.file());
            output.writer().setOptions(output.target(), "UTF-8");
            output.writer().setOutput(staged.toString());
            open.add(output);
        }
    }

    private void closeWriters() {
        try {
            for (Output output : open) {
                try {
                    output.writer().close();
                } catch (OkapiIOException e) {
                    throw failure(output.file(), e);
                }
            }
        } finally {
            open.clear();
        }
    }

    private static OutputFailure failure(Path file, OkapiIOException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return new OutputFailure(file, io);
            }
        }
        return new OutputFailure(file, new IOException(e.getMessage(), e));
    }

    @Override
    public void cancel() {
        open.forEach(output -> output.writer().cancel());
    }

    /** Closes what is open and, alone, deletes the staged files of a document that did not finish. */
    @Override
    public void destroy() {
        try {
            closeWriters();
        } finally {
            if (ownTransaction != null) {
                ownTransaction.close();
                ownTransaction = null;
            }
        }
    }
}
