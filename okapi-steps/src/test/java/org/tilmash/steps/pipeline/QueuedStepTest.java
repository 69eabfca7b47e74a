package org.tilmash.steps.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.pipeline.IPipelineStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tilmash.core.OutputFailure;
import org.tilmash.core.OutputTransaction;
import org.tilmash.steps.read.InputProblem;
import org.tilmash.steps.slots.Languages;

/** A run's output steps get every event in the pipeline's order, behind the steps before them, and fail as before. */
class QueuedStepTest {

    private static final int LINES = 3_000;

    /** Records the text units it sees and the threads it sees them on; fails at a unit when told to. */
    static class Recorder extends TilmashStep {
        final List<String> units = Collections.synchronizedList(new ArrayList<>());
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        final int failAt;
        final RuntimeException failure;

        Recorder(int failAt, RuntimeException failure) {
            this.failAt = failAt;
            this.failure = failure;
        }

        @Override
        public String getName() {
            return "recorder";
        }

        @Override
        public String getDescription() {
            return "Records text units.";
        }

        @Override
        protected Event handleTextUnit(Event event) {
            threads.add(Thread.currentThread().getName());
            units.add(event.getTextUnit().getSource().toString());
            if (units.size() == failAt) {
                throw failure;
            }
            return event;
        }
    }

    /** A recorder that is an output step, and takes a little time over each unit. */
    static final class OutputRecorder extends Recorder implements OutputStep {
        OutputRecorder(int failAt, RuntimeException failure) {
            super(failAt, failure);
        }

        @Override
        protected Event handleTextUnit(Event event) {
            long until = System.nanoTime() + 50_000;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return super.handleTextUnit(event);
        }
    }

    private static PipelineDocument document(Path dir) throws IOException {
        String text = IntStream.rangeClosed(1, LINES).mapToObj(i -> "Жол " + i + ".\n\n").collect(Collectors.joining());
        Path file = Files.writeString(dir.resolve("lines.kk.txt"), text);
        return new PipelineDocument(file, "okf_plaintext", Languages.KAZAKH, Languages.TARGETS, List.of(), null);
    }

    private static void process(int threads, PipelineDocument document, IPipelineStep... after) {
        ParallelDocuments parallel = new ParallelDocuments(() -> {
            List<IPipelineStep> steps = new TilmashPipelineBuilder().readingSteps();
            steps.addAll(List.of(after));
            return steps;
        }, threads, Long.MAX_VALUE);
        try (OutputTransaction outputs = new OutputTransaction()) {
            parallel.process(List.of(document), outputs, "2026-12-01T00:00:00Z", PipelineRun::quiet);
        }
    }

    @Test
    void outputStepsGetEveryUnitInOrderOnAnotherThreadWhenOneIsFree(@TempDir Path dir) throws IOException {
        Recorder before = new Recorder(0, null);
        OutputRecorder first = new OutputRecorder(0, null);
        OutputRecorder second = new OutputRecorder(0, null);
        process(2, document(dir), before, first, second);
        assertEquals(LINES, before.units.size());
        assertEquals(before.units, first.units);
        assertEquals(before.units, second.units);
        assertEquals(1, before.threads.size());
        assertTrue(!before.threads.containsAll(first.threads),
                "the output steps ran on " + first.threads + ", the steps before on " + before.threads);
    }

    @Test
    void withOneThreadEverythingRunsOnIt(@TempDir Path dir) throws IOException {
        Recorder before = new Recorder(0, null);
        OutputRecorder output = new OutputRecorder(0, null);
        process(1, document(dir), before, output);
        assertEquals(before.units, output.units);
        assertEquals(before.threads, output.threads);
    }

    @Test
    void anOutputStepsFailureIsTheDocumentsAsThrown(@TempDir Path dir) throws IOException {
        OutputFailure full = new OutputFailure(dir.resolve("out.xlf"), new IOException("No space left on device"));
        OutputRecorder output = new OutputRecorder(1_000, full);
        assertSame(full, assertThrows(OutputFailure.class, () -> process(2, document(dir), output)));
    }

    @Test
    void afterAFailureBeforeThemTheOutputStepsHaveEndedWhenTheRunFails(@TempDir Path dir) throws Exception {
        InputProblem bad = new InputProblem(dir.resolve("lines.kk.txt"), "bad on purpose");
        Recorder before = new Recorder(2_000, bad);
        OutputRecorder output = new OutputRecorder(0, null);
        assertSame(bad, assertThrows(InputProblem.class, () -> process(2, document(dir), before, output)));
        int seen = output.units.size();
        Thread.sleep(200);
        assertEquals(seen, output.units.size(), "an output step still ran after the run had failed");
        assertEquals(before.units.subList(0, 1_999), output.units, "the units sent on before the failure");
    }
}
