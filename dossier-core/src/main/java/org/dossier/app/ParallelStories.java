package org.dossier.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Runs one piece of work per story on a pool of its own, {@code threads} workers, and gives the results in the
 * stories' order, whatever the thread count. Each story is a task of its own; the tasks start heaviest first (by the
 * caller's weight: the text a story's analysis has to read), so that no long story is left to run alone on one core
 * at the end while the others idle, and the work's own parallel streams (a big story's articles annotated together)
 * run on the same workers, so one thread means all of it on one thread and N threads never more than N. Use it
 * where many stories are analysed at once ({@link Workspace#dossiers}).
 */
final class ParallelStories {
    private ParallelStories() {}

    /** {@code work} applied to every input on {@code threads} workers, in the inputs' order; results in input order. */
    static <I, R> List<R> map(List<I> inputs, int threads, Function<I, R> work) {
        return map(inputs, threads, in -> 0, work);
    }

    /**
     * {@code work} applied to every input on {@code threads} workers, the heaviest by {@code weight} started first
     * (equal weights in input order); results in input order.
     */
    static <I, R> List<R> map(List<I> inputs, int threads, ToLongFunction<I> weight, Function<I, R> work) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        // A failure is carried back as it was thrown (the pool would hand on a copy made on the waiting thread).
        record Outcome<R>(R value, RuntimeException failure) {}
        long[] weights = inputs.stream().mapToLong(weight).toArray();
        Integer[] order = new Integer[inputs.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> -weights[i]));   // stable: ties keep input order
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<Callable<Outcome<R>>> tasks = new ArrayList<>(inputs.size());
            for (int i : order) {
                I in = inputs.get(i);
                tasks.add(() -> {
                    try {
                        return new Outcome<>(work.apply(in), null);
                    } catch (RuntimeException e) {
                        return new Outcome<>(null, e);
                    }
                });
            }
            List<Future<Outcome<R>>> done = pool.invokeAll(tasks);
            List<R> out = new ArrayList<>(Collections.nCopies(inputs.size(), (R) null));
            RuntimeException first = null;
            int firstAt = Integer.MAX_VALUE;
            for (int k = 0; k < order.length; k++) {
                Outcome<R> o = done.get(k).get();
                if (o.failure() != null && order[k] < firstAt) {
                    first = o.failure();   // the failure of the earliest story in input order, as before
                    firstAt = order[k];
                }
                out.set(order[k], o.value());
            }
            if (first != null) {
                throw first;
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing stories", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
