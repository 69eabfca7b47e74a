package org.tilmash.steps.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.observer.IObservable;
import net.sf.okapi.common.pipeline.IPipelineStep;
import net.sf.okapi.common.pipelinedriver.PipelineDriver;
import org.tilmash.core.Concurrently;
import org.tilmash.core.OrderedBatches;
import org.tilmash.core.OutputTransaction;
import org.tilmash.steps.ToolVersion;
import org.tilmash.steps.report.RunReport;

/**
 * Documents through pipelines on a pool of {@code threads} threads, which also runs the documents' own parts
 * ({@link Concurrently}): each document is a batch of its own on one pipeline (its steps are not shared: a pipeline
 * per document in flight), with a run of its own (its report and warnings) that
 * shares the caller's output transaction. The results come back in input order, whatever order the documents end
 * in, so that the report, the summary and the warnings are the same with any number of threads.
 *
 * <p>Memory: at most {@code threads} documents are in flight, and together at most {@code budget} bytes of input
 * (a document's source and translations): the heap a document needs grows with its input (the aligner keeps every
 * sentence of the translations, and its dynamic program takes up to 150 MB), so two large documents never run beside
 * each other, while small ones run {@code threads} at a time. A document larger than the budget runs alone.
 *
 * <p>Failures: the first failing document in input order decides, as with one thread. Once a document has failed,
 * no document after it is started; those before it still finish, since one of them may fail too and come first.
 */
final class ParallelDocuments {

    private final Supplier<List<IPipelineStep>> steps;
    private final int threads;
    private final long budget;

    /**
     * @param steps   makes the steps of one pipeline (called once per thread)
     * @param threads at most this many documents at once
     * @param budget  at most this many bytes of input in flight
     */
    ParallelDocuments(Supplier<List<IPipelineStep>> steps, int threads, long budget) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.steps = steps;
        this.threads = threads;
        this.budget = Math.max(1, budget);
    }

    /** The default budget of input bytes in flight: a tenth of the heap (51 MB of input under -Xmx512m). */
    static long defaultBudget() {
        return Runtime.getRuntime().maxMemory() / 10;
    }

    /** Runs every document; returns each one's run, in input order, or throws the first failure in input order. */
    List<PipelineRun> process(List<PipelineDocument> documents, OutputTransaction outputs, String generated,
            Function<PipelineDocument, PipelineRun.DocumentProgress> progress) {
        Semaphore memory = new Semaphore(permits(budget));
        AtomicInteger firstFailure = new AtomicInteger(Integer.MAX_VALUE);
        ConcurrentLinkedQueue<Pipeline> idle = new ConcurrentLinkedQueue<>();
        List<Pipeline> made = new ArrayList<>();
        List<Concurrently.Part<PipelineRun>> results = new ArrayList<>();
        // The documents' own parts (Concurrently) fork into this pool too: the run keeps at most `threads` busy.
        ForkJoinPool pool = Concurrently.pool(threads, "tilmash document");
        try {
            for (int i = 0; i < documents.size() && i < firstFailure.get(); i++) {
                PipelineDocument document = documents.get(i);
                int weight = permits(Math.min(inputBytes(document), budget));
                acquire(memory, weight);
                int index = i;
                results.add(Concurrently.submit(pool, () -> {
                    try {
                        Pipeline pipeline = idle.poll();
                        if (pipeline == null) {
                            pipeline = new Pipeline(steps.get());
                            synchronized (made) {
                                made.add(pipeline);
                            }
                        }
                        PipelineRun run = new PipelineRun(outputs, new RunReport(ToolVersion.get(), generated));
                        pipeline.process(document, run, progress);
                        idle.add(pipeline);
                        return run;
                    } catch (RuntimeException | Error e) {
                        firstFailure.accumulateAndGet(index, Math::min);
                        throw e;
                    } finally {
                        memory.release(weight);
                    }
                }));
            }
            return inOrder(results);
        } finally {
            pool.shutdownNow();
            awaitTermination(pool);
            // Closes the writers' files, also after a failure, before the transaction deletes them.
            made.forEach(Pipeline::destroy);
        }
    }

    /** Each document's run, waiting for all; the first failure in input order is thrown as it was thrown. */
    private static List<PipelineRun> inOrder(List<Concurrently.Part<PipelineRun>> results) {
        List<PipelineRun> runs = new ArrayList<>();
        Throwable failure = null;
        for (Concurrently.Part<PipelineRun> result : results) {
            try {
                PipelineRun run = result.result();
                if (failure == null) {
                    runs.add(run);
                }
            } catch (RuntimeException | Error e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return runs;
    }

    private static void acquire(Semaphore memory, int permits) {
        try {
            memory.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to start a document", e);
        }
    }

    private static void awaitTermination(ForkJoinPool pool) {
        try {
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Semaphore permits for a number of bytes: kilobytes, at least one. */
    private static int permits(long bytes) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / 1024));
    }

    /** The bytes of a document's inputs; a file that cannot be measured counts 0 (its reader reports it). */
    private static long inputBytes(PipelineDocument document) {
        long bytes = document.source().toFile().length();
        for (PipelineDocument.Translation translation : document.translations()) {
            bytes += translation.file().toFile().length();
        }
        return bytes;
    }


    /**
     * One pipeline, used by one thread at a time, its output steps queued behind the others ({@link QueuedStep}); it
     * tells the current document's progress of each unit.
     */
    private static final class Pipeline {
        private final PipelineDriver driver;
        private final OrderedBatches outputs = new OrderedBatches();
        private PipelineRun.DocumentProgress current;

        Pipeline(List<IPipelineStep> steps) {
            driver = TilmashPipelineBuilder.driver(QueuedStep.behind(steps, outputs), null);
            // Okapi's pipeline gives its observers every event out of its last step.
            ((IObservable) driver.getPipeline()).addObserver((pipeline, event) -> {
                if (event instanceof Event e && e.isTextUnit() && current != null) {
                    current.unitDone(e.getTextUnit());
                }
            });
        }

        /** Runs the document through; returns once its output steps are done with it, after a failure as well. */
        void process(PipelineDocument document, PipelineRun run,
                Function<PipelineDocument, PipelineRun.DocumentProgress> progress) {
            driver.setExecutionContext(run.context());
            try (PipelineRun.DocumentProgress reading = progress.apply(document)) {
                current = reading;
                try {
                    TilmashPipelineBuilder.process(driver, document);
                } catch (RuntimeException | Error e) {
                    // A step before the output steps failed: what they have queued still runs, and must be done
                    // before the run closes their files.
                    try {
                        outputs.drain();
                    } catch (RuntimeException | Error later) {
                        e.addSuppressed(later);
                    }
                    throw e;
                }
            } finally {
                current = null;
            }
        }

        void destroy() {
            driver.destroy();
        }
    }
}
