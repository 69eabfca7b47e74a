package org.tilmash.steps.report;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

/**
 * Runs tasks one after another, in the order they are given, on a thread of its own, so that a step's work on one
 * event overlaps with the pipeline's work on the next. At most {@link #CAPACITY} tasks wait: beyond, the giver waits
 * (memory stays bounded). A failure of a task is thrown to the giver at its next {@link #submit} or {@link #drain}.
 */
final class SerialWorker implements AutoCloseable {

    private static final int CAPACITY = 1024;
    private static final Runnable STOP = () -> { };

    private final BlockingQueue<Runnable> tasks = new ArrayBlockingQueue<>(CAPACITY);
    private volatile Throwable failure;

    SerialWorker(String name) {
        Thread thread = new Thread(this::work, name);
        thread.setDaemon(true); // never keeps the JVM alive, also when a pipeline is not destroyed
        thread.start();
    }

    private void work() {
        while (true) {
            Runnable task;
            try {
                task = tasks.take();
            } catch (InterruptedException e) {
                return;
            }
            if (task == STOP) {
                return;
            }
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
    }

    void submit(Runnable task) {
        rethrow();
        put(task);
    }

    /** Waits until every task given so far has run; throws the first failure of one. */
    void drain() {
        CountDownLatch done = new CountDownLatch(1);
        put(done::countDown);
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the counts", e);
        }
        rethrow();
    }

    private void put(Runnable task) {
        try {
            tasks.put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing over a count", e);
        }
    }

    private void rethrow() {
        Throwable e = failure;
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
    }

    /** Lets the tasks given so far run, then ends the thread. */
    @Override
    public void close() {
        put(STOP);
    }
}
