package org.tilmash.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tasks run once each, in the order given, however many wait and however many threads the run has. */
class OrderedBatchesTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void everyTaskRunsOnceInTheOrderGiven(int threads) {
        ForkJoinPool pool = Concurrently.pool(threads, "test");
        try {
            // More tasks than the batches allowed to wait hold, so that the giver also runs or waits for some.
            int tasks = 3_000;
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            List<Integer> ran = Concurrently.submit(pool, () -> {
                List<Integer> order = Collections.synchronizedList(new ArrayList<>());
                OrderedBatches batches = new OrderedBatches();
                for (int i = 0; i < tasks; i++) {
                    int task = i;
                    batches.submit(() -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        long until = System.nanoTime() + 20_000; // long enough for a free thread to take the next
                        while (System.nanoTime() < until) {
                            Thread.onSpinWait();
                        }
                        order.add(task);
                        running.decrementAndGet();
                    });
                }
                batches.drain();
                return order;
            }).result();
            assertEquals(1, most.get(), "tasks at once");
            assertEquals(tasks, ran.size());
            int misplaced = IntStream.range(0, tasks).filter(i -> ran.get(i) != i).findFirst().orElse(-1);
            assertEquals(-1, misplaced, "the first task out of order");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTasksFailureReachesTheGiverAtTheLatestByDrain() {
        IllegalStateException thrown = new IllegalStateException("count failed");
        OrderedBatches batches = new OrderedBatches();
        batches.submit(() -> {
            throw thrown;
        });
        batches.submit(() -> { });
        assertSame(thrown, assertThrows(IllegalStateException.class, batches::drain));
    }

    /**
     * A queue whose tasks give tasks to a second queue (the output steps behind a pipeline, the report's word counts
     * among them): every task runs, in order, with the run's threads waiting for parts of both. Batches that each
     * waited for the one before deadlocked here: a thread waiting for a part runs other parts meanwhile.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void queuesWhoseTasksGiveToAnotherQueueNeverWaitForEachOther(int threads) {
        ForkJoinPool pool = Concurrently.pool(threads, "test");
        try {
            int tasks = 20_000;
            long[] sums = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Concurrently.submit(pool, () -> {
                long[] sum = new long[2];
                OrderedBatches outer = new OrderedBatches();
                OrderedBatches inner = new OrderedBatches();
                for (int i = 0; i < tasks; i++) {
                    int task = i;
                    outer.submit(() -> {
                        sum[0] = sum[0] * 31 + task; // depends on the order
                        inner.submit(() -> sum[1] = sum[1] * 31 + task);
                        if (task == tasks - 1) {
                            inner.drain();
                        }
                    });
                }
                outer.drain();
                return sum;
            }).result());
            long expected = 0;
            for (int i = 0; i < tasks; i++) {
                expected = expected * 31 + i;
            }
            assertEquals(expected, sums[0], "outer tasks in order");
            assertEquals(expected, sums[1], "inner tasks in order");
        } finally {
            pool.shutdownNow();
        }
    }
}
