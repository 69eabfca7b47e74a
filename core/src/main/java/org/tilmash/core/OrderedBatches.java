package org.tilmash.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks one after another, in the order they are given, in batches, on a {@link Concurrently} part, so that the
 * work on a batch of events (a step's word counts, the output steps behind a pipeline) overlaps with the pipeline's
 * work on the next ones when the run has a thread free, and runs on the giver's own thread otherwise. At most
 * {@link #WAITING} batches wait: beyond, the giver waits until they have run (memory stays bounded). A failure of a
 * task is thrown to the giver at the latest by {@link #drain}; the tasks after it do not run. One giver.
 *
 * <p>One part at a time runs the waiting batches until none is left, and no part ever waits for another: a fork-join
 * thread waiting for a part runs other parts meanwhile, and a part waiting there for a sibling that is further down the
 * same thread's stack never ends (batches that each waited for the one before did deadlock, with two queues at once).
 */
public final class OrderedBatches {

    /** Tasks per batch: a hand-over per task cost more than the word counting it moved. */
    private static final int BATCH = 256;
    private static final int WAITING = 4;

    private List<Runnable> batch = new ArrayList<>(BATCH);
    private final Queue<List<Runnable>> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waitingCount = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Throwable failure;
    private Concurrently.Part<Void> runner;

    public void submit(Runnable task) {
        batch.add(task);
        if (batch.size() == BATCH) {
            startBatch();
            if (waitingCount.get() > WAITING) {
                awaitRunner();
            }
        }
    }

    /** Waits until every task given so far has run; throws the first failure of one. */
    public void drain() {
        startBatch();
        awaitRunner();
    }

    private void startBatch() {
        if (batch.isEmpty()) {
            return;
        }
        waiting.add(batch);
        waitingCount.incrementAndGet();
        batch = new ArrayList<>(BATCH);
        if (running.compareAndSet(false, true)) {
            runner = Concurrently.start(this::runWaiting);
        }
    }

    /** Joins the runner: it ends once no batch waits (the last runner started takes whatever is left). */
    private void awaitRunner() {
        if (runner != null) {
            runner.result();
        }
        Throwable failed = failure;
        if (failed != null) {
            failure = null;
            if (failed instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) failed;
        }
    }

    private Void runWaiting() {
        while (true) {
            List<Runnable> tasks = waiting.poll();
            if (tasks == null) {
                running.set(false);
                // A batch given between the poll and the flag: this runner takes it, unless a new one was started.
                if (waiting.isEmpty() || !running.compareAndSet(false, true)) {
                    return null;
                }
                continue;
            }
            waitingCount.decrementAndGet();
            if (failure == null) {
                try {
                    tasks.forEach(Runnable::run);
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
            }
        }
    }
}
