package org.tilmash.steps.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.pipeline.IPipelineStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.core.OutputTransaction;
import org.tilmash.steps.read.InputProblem;
import org.tilmash.steps.slots.Languages;

/** How many documents run at once, in what order their results come back, which failure wins. */
class ParallelDocumentsTest {

    /** Tells the run its document's name, counts the documents in flight, and fails on documents named bad*. */
    static final class Probe extends TilmashStep {
        final AtomicInteger inFlight;
        final AtomicInteger most;

        Probe(AtomicInteger inFlight, AtomicInteger most) {
            this.inFlight = inFlight;
            this.most = most;
        }

        @Override
        public String getName() {
            return "probe";
        }

        @Override
        public String getDescription() {
            return "Counts documents in flight.";
        }

        @Override
        protected Event handleStartDocument(Event event) {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            Path file = Path.of(inputUri());
            try {
                Thread.sleep(file.getFileName().toString().startsWith("bad-late") ? 400 : 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            run().warn(file.getFileName().toString());
            inFlight.decrementAndGet();
            if (file.getFileName().toString().startsWith("bad")) {
                throw new InputProblem(file, "bad on purpose");
            }
            return event;
        }
    }

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();

    private List<PipelineDocument> documents(Path dir, String... names) throws IOException {
        List<PipelineDocument> documents = new ArrayList<>();
        for (String name : names) {
            Path file = Files.writeString(dir.resolve(name), "Қазақстан Республикасы.\n");
            documents.add(new PipelineDocument(file, "okf_plaintext", Languages.KAZAKH, Languages.TARGETS, List.of(),
                    null));
        }
        return documents;
    }

    private List<PipelineRun> process(int threads, long budget, List<PipelineDocument> documents) {
        ParallelDocuments parallel = new ParallelDocuments(() -> {
            List<IPipelineStep> steps = new TilmashPipelineBuilder().readingSteps();
            steps.add(new Probe(inFlight, most));
            return steps;
        }, threads, budget);
        try (OutputTransaction outputs = new OutputTransaction()) {
            return parallel.process(documents, outputs, "2026-12-01T00:00:00Z", PipelineRun::quiet);
        }
    }

    @Test
    void upToThreadsDocumentsAtOnceAndTheirRunsInInputOrder(@TempDir Path dir) throws IOException {
        List<PipelineDocument> documents = documents(dir, "a.kk.txt", "b.kk.txt", "c.kk.txt", "d.kk.txt",
                "e.kk.txt", "f.kk.txt", "g.kk.txt");
        List<PipelineRun> runs = process(3, Long.MAX_VALUE, documents);
        assertEquals(List.of("a.kk.txt", "b.kk.txt", "c.kk.txt", "d.kk.txt", "e.kk.txt", "f.kk.txt", "g.kk.txt"),
                runs.stream().map(run -> String.join(",", run.warnings())).toList());
        assertTrue(most.get() > 1 && most.get() <= 3, "documents at once: " + most.get());
    }

    @Test
    void documentsLargerThanTheBudgetRunOneAtATime(@TempDir Path dir) throws IOException {
        List<PipelineDocument> documents = documents(dir, "a.kk.txt", "b.kk.txt", "c.kk.txt", "d.kk.txt");
        assertEquals(4, process(4, 10, documents).size()); // each document is over 10 bytes
        assertEquals(1, most.get());
    }

    @Test
    void theFirstFailureInInputOrderIsThrownThoughALaterOneCameFirst(@TempDir Path dir) throws IOException {
        // bad-late.kk.txt comes first in input order but fails last in time.
        List<PipelineDocument> documents = documents(dir, "a.kk.txt", "bad-late.kk.txt", "bad-soon.kk.txt",
                "c.kk.txt", "d.kk.txt", "e.kk.txt");
        InputProblem failure = assertThrows(InputProblem.class, () -> process(4, Long.MAX_VALUE, documents));
        assertTrue(failure.getMessage().contains("bad-late.kk.txt"), failure.getMessage());
    }
}
