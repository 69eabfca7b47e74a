package org.tilmash.steps.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.tilmash.core.Concurrently;

/**
 * Runs tasks one after another, in the order they are given, in batches forked as {@link Concurrently} parts, so that
 * a step's work on a batch of events overlaps with the pipeline's work on the next ones when the run has a thread
 * free, and runs on the step's own thread otherwise. A batch starts by waiting for the one before it, so that no two
 * run at once. At most {@link #WAITING} batches wait: beyond, the giver runs or waits for the oldest (memory stays
 * bounded). A failure of a task is thrown to the giver at the latest by {@link #drain}.
 */
final class OrderedBatches {

    /** Tasks per batch: a hand-over per task cost more than the counting it moved. */
    private static final int BATCH = 256;
    private static final int WAITING = 4;

    private List<Runnable> batch = new ArrayList<>(BATCH);
    private final Deque<Concurrently.Part<Void>> started = new ArrayDeque<>();

    void submit(Runnable task) {
        batch.add(task);
        if (batch.size() == BATCH) {
            startBatch();
            while (started.size() > WAITING) {
                started.removeFirst().result();
            }
        }
    }

    /** Waits until every task given so far has run; throws the first failure of one. */
    void drain() {
        startBatch();
        while (!started.isEmpty()) {
            started.removeFirst().result();
        }
    }

    private void startBatch() {
        if (batch.isEmpty()) {
            return;
        }
        List<Runnable> tasks = batch;
        batch = new ArrayList<>(BATCH);
        Concurrently.Part<Void> previous = started.peekLast();
        started.addLast(Concurrently.start(() -> {
            if (previous != null) {
                previous.result();
            }
            tasks.forEach(Runnable::run);
            return null;
        }));
    }
}
