package org.tilmash.steps.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiIOException;
import net.sf.okapi.common.pipeline.IPipelineStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.core.OutputFailure;
import org.tilmash.steps.pipeline.PipelineFileTest;
import org.tilmash.steps.pipeline.PipelineRun;
import org.tilmash.steps.pipeline.TilmashPipelineBuilder;
import org.tilmash.steps.read.InputProblem;

/** A disk that fills up while the XLIFF is written is an output failure naming the file, not a bad source. */
class WriterFailureTest {

    /** A writer on a full disk: like Okapi's XMLWriter, it throws OkapiIOException in the middle of the document. */
    static final class FullDiskWriter extends FileFilterWriter {
        private OutputStream out;

        @Override
        public Event handleEvent(Event event) {
            try {
                if (event.getEventType() == EventType.START_DOCUMENT) {
                    out = openOutput();
                    out.write("<?xml version=\"1.0\"?>".getBytes(StandardCharsets.UTF_8));
                } else if (event.getEventType() == EventType.TEXT_UNIT) {
                    throw new OkapiIOException(new IOException("No space left on device"));
                }
            } catch (IOException e) {
                throw new OkapiIOException(e);
            }
            return event;
        }

        @Override
        public void close() {
            try {
                if (out != null) {
                    out.close();
                }
            } catch (IOException e) {
                throw new OkapiIOException(e);
            } finally {
                out = null;
            }
        }

        @Override
        public String getName() {
            return "full disk";
        }
    }

    /** The XLIFF writer step, its writer on a full disk. */
    static final class FullDiskXliffStep extends FilterWriterStep {
        @Override
        public String getName() {
            return "XLIFF on a full disk";
        }

        @Override
        public String getDescription() {
            return "Fails as a full disk does.";
        }

        @Override
        protected List<Output> outputs(DocumentOutputs document, List<LocaleId> targets) {
            return List.of(new Output(new FullDiskWriter(), targets.get(0), document.file(targets.get(0), ".xlf")));
        }
    }

    @Test
    void okapiWriterFailureIsAnOutputFailureAndLeavesNoFile(@TempDir Path out) throws IOException {
        List<IPipelineStep> steps = new TilmashPipelineBuilder().runSteps();
        steps.replaceAll(step -> step instanceof XliffWriterStep ? new FullDiskXliffStep() : step);
        RuntimeException failure = assertThrows(RuntimeException.class, () -> PipelineRun.execute(() -> steps, 1,
                List.of(PipelineFileTest.sample(out)), out.resolve("report.json"), "2026-11-24T00:00:00Z", PipelineRun::quiet));
        assertTrue(failure instanceof OutputFailure, "not an input problem: " + failure);
        assertTrue(!(failure instanceof InputProblem));
        assertEquals(out.resolve("eurasian-integration.kk-ru.xlf").toAbsolutePath().normalize(),
                ((OutputFailure) failure).path().toAbsolutePath().normalize());
        assertTrue(failure.getMessage().contains("No space left on device"), failure.getMessage());
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.toList(), "no partial or staged file is left");
        }
    }
}
