package org.tilmash.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentlyTest {

    @Test
    void aPoolOfOneThreadRunsEveryPartOnThatThread() {
        ForkJoinPool pool = Concurrently.pool(1, "test");
        try {
            String[] threads = Concurrently.submit(pool, () -> {
                Concurrently.Part<String> first = Concurrently.start(() -> Thread.currentThread().getName());
                Concurrently.Part<String> second = Concurrently.start(() -> Thread.currentThread().getName());
                return new String[] {Thread.currentThread().getName(), first.result(), second.result()};
            }).result();
            assertEquals(threads[0], threads[1]);
            assertEquals(threads[0], threads[2]);
            assertEquals("test 1", threads[0]);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFreeThreadOfThePoolTakesAPart() {
        ForkJoinPool pool = Concurrently.pool(2, "test");
        try {
            String[] threads = Concurrently.submit(pool, () -> {
                CountDownLatch taken = new CountDownLatch(1);
                Concurrently.Part<String> part = Concurrently.start(() -> {
                    taken.countDown();
                    return Thread.currentThread().getName();
                });
                // The caller does not join before another thread has taken the part.
                await(taken);
                return new String[] {Thread.currentThread().getName(), part.result()};
            }).result();
            assertNotEquals(threads[0], threads[1]);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPartsFailureIsThrownAsItWasThrown() {
        ForkJoinPool pool = Concurrently.pool(2, "test");
        try {
            IllegalArgumentException thrown = new IllegalArgumentException("bad input");
            Concurrently.Part<Object> part = Concurrently.submit(pool, () -> {
                throw thrown;
            });
            assertSame(thrown, assertThrows(IllegalArgumentException.class, part::result));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("no thread of the pool took the part");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
