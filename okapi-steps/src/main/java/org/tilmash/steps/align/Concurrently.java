package org.tilmash.steps.align;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Independent parts of one document's alignment (reading the source beside the translations, the pairs of a
 * triple) started on threads of their own, so that they run on other cores while the caller does its part. Not
 * Java's common pool: its one worker on a 2-core machine would make documents run in parallel ({@code run --threads})
 * wait for each other's parts. Each part is deterministic, so the results do not depend on what runs where; the
 * memory of the parts' dynamic programs is bounded together by {@link BandedDynamicProgram}.
 */
final class Concurrently {

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "tilmash alignment");
        thread.setDaemon(true);
        return thread;
    });

    private Concurrently() {
    }

    /** Starts {@code work} on another thread. */
    static <T> CompletableFuture<T> start(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, THREADS);
    }

    /** The result of started work, waiting for it; its failure is thrown as it was thrown there. */
    static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
