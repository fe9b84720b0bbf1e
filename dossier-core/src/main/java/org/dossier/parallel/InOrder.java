package org.dossier.parallel;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs tasks on a pool of its own and hands their results on in the order the tasks were submitted, with at most
 * {@code window} tasks submitted and not yet handed on (so what is held stays bounded whatever the input's size).
 * The results reach the sink on the submitting thread, inside {@link #submit} (once the window is full, or when the
 * oldest task is done) and {@link #finish}: the sink needs no locking and sees the same order whatever the number
 * of workers. Use one per stream, from one thread; close it (try-with-resources) to stop its threads. A task's
 * exception is rethrown, unwrapped, to the submitting thread when its result would have been handed on.
 */
public final class InOrder<T> implements AutoCloseable {
    private final ExecutorService pool;
    private final int window;
    private final Consumer<? super T> sink;
    private final ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();

    /**
     * {@code workers} threads (named {@code name-1}, ...; daemons that end after two idle seconds, so a forgotten pool holds nothing), at most
     * {@code window} (at least {@code workers}) tasks in flight.
     */
    public InOrder(String name, int workers, int window, Consumer<? super T> sink) {
        if (workers < 1 || window < workers) {
            throw new IllegalArgumentException("need workers >= 1 and window >= workers: " + workers + ", " + window);
        }
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor p = new ThreadPoolExecutor(workers, workers, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, name + "-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        p.allowCoreThreadTimeOut(true); // idle workers end even if close is never called
        this.pool = p;
        this.window = window;
        this.sink = sink;
    }

    /** The number of cores this JVM may use: the default number of workers. */
    public static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Queues a task; first hands on the oldest results while the window is full, then any that are already done.
     */
    public void submit(Callable<T> task) {
        while (inFlight.size() >= window) {
            handOnOldest();
        }
        inFlight.add(pool.submit(task));
        while (!inFlight.isEmpty() && inFlight.peekFirst().isDone()) {
            handOnOldest();
        }
    }

    /** Waits for every queued task and hands their results on, in order. */
    public void finish() {
        while (!inFlight.isEmpty()) {
            handOnOldest();
        }
    }

    /** How many tasks are queued and not yet handed on. */
    public int pending() {
        return inFlight.size();
    }

    private void handOnOldest() {
        Future<T> f = inFlight.pollFirst();
        T result;
        try {
            result = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a task", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        sink.accept(result);
    }

    /** Stops the workers; tasks not handed on are cancelled. */
    @Override
    public void close() {
        for (Future<T> f : inFlight) {
            f.cancel(true);
        }
        inFlight.clear();
        pool.shutdownNow();
    }
}
