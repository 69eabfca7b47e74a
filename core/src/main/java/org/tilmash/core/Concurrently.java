package org.tilmash.core;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Independent parts of one document's work (reading the source beside the translations, the pairs of a triple, the
 * word counts) forked into the fork-join pool the caller runs in: a run's pool of {@code --threads} threads, or Java's
 * common pool for a caller outside one (a step in Rainbow). An idle thread of the pool takes a part; a caller that
 * needs a part nobody has taken runs it itself. So a run never keeps more threads busy than it was given: with one
 * thread, every part runs on it, one after another, and with two, a document's parts go to the second thread while
 * no other document needs it. Each part is deterministic, so the results do not depend on what runs where.
 */
public final class Concurrently {

    private Concurrently() {
    }

    /** Forks {@code work}; {@link Part#result()} gives its result. */
    public static <T> Part<T> start(Supplier<T> work) {
        Part<T> part = new Part<>(work);
        part.fork();
        return part;
    }

    /** Submits {@code work} to {@code pool} from outside it; {@link Part#result()} gives its result. */
    public static <T> Part<T> submit(ForkJoinPool pool, Supplier<T> work) {
        Part<T> part = new Part<>(work);
        pool.execute(part);
        return part;
    }

    /** A pool of {@code threads} threads named {@code name}, for work that forks its parts here. */
    public static ForkJoinPool pool(int threads, String name) {
        AtomicInteger made = new AtomicInteger();
        return new ForkJoinPool(threads, pool -> {
            var thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            thread.setName(name + " " + made.incrementAndGet());
            return thread;
        }, null, false);
    }

    /** Forked work; its failure is kept as thrown, not rebuilt for the joining thread as ForkJoinTask would. */
    public static final class Part<T> extends RecursiveTask<T> {
        private final transient Supplier<T> work;
        private transient Throwable failure;

        private Part(Supplier<T> work) {
            this.work = work;
        }

        @Override
        protected T compute() {
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                failure = e;
                return null;
            }
        }

        /** The result, waiting for it (or computing it here if no thread has taken it); throws its failure. */
        public T result() {
            T value = join();
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return value;
        }
    }
}
