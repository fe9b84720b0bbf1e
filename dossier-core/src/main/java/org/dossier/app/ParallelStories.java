package org.dossier.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one piece of work per story on a pool of its own, {@code threads} workers, and gives the results in the
 * stories' order, whatever the thread count. Each story is a task of its own, taken in order (the biggest story
 * first when the list is sorted so), and the work's own parallel streams (a big story's articles annotated
 * together) run on the same workers, so one thread means all of it on one thread and N threads never more than N.
 * Use it where many stories are analysed at once ({@link Workspace#dossiers}).
 */
final class ParallelStories {
    private ParallelStories() {}

    /** {@code work} applied to every input on {@code threads} workers, results in input order. */
    static <I, R> List<R> map(List<I> inputs, int threads, Function<I, R> work) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        // A failure is carried back as it was thrown (the pool would hand on a copy made on the waiting thread).
        record Outcome<R>(R value, RuntimeException failure) {}
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<Callable<Outcome<R>>> tasks = new ArrayList<>(inputs.size());
            for (I in : inputs) {
                tasks.add(() -> {
                    try {
                        return new Outcome<>(work.apply(in), null);
                    } catch (RuntimeException e) {
                        return new Outcome<>(null, e);
                    }
                });
            }
            List<R> out = new ArrayList<>(inputs.size());
            for (Future<Outcome<R>> f : pool.invokeAll(tasks)) {
                Outcome<R> o = f.get();
                if (o.failure() != null) {
                    throw o.failure();
                }
                out.add(o.value());
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
