package org.dossier.chain;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The run-time budget of one page's extraction ({@link ArticleChain#process}) or one article's annotation
 * ({@link StoryAnalysis}, its own, larger budget: {@link #annotation}): the work runs on a worker thread
 * while the caller watches the worker's CPU time; past {@code seconds} of it (or eight times that of wall-clock time,
 * for work that waits) the page is given up with {@link Exceeded} ("took longer than 10 s") and the batch goes on.
 * CPU time, not wall-clock time, so that a busy machine does not refuse pages a quiet one reads. A given-up worker
 * cannot be stopped (extraction does not poll interruption) and ends on its own (page size caps bound its work); at
 * most {@value #MAX_WORKERS} workers, running or given up, exist at once, and a page waits for one beyond that, so
 * given-up work never piles up without bound. The default, {@value #DEFAULT_SECONDS} s, is set with the system
 * property {@value #PROPERTY} (seconds; 0 runs the work on the caller's thread, without a budget).
 */
final class PageBudget {
    static final String PROPERTY = "dossier.page-budget";
    static final int DEFAULT_SECONDS = 10;
    static final String ANNOTATION_PROPERTY = "dossier.annotation-budget";
    static final int ANNOTATION_DEFAULT_SECONDS = 60;
    static final int MAX_WORKERS = 64;
    private static final long POLL_MILLIS = 50;
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dossier-page");
        t.setDaemon(true);
        return t;
    });
    private static final Semaphore SLOTS = new Semaphore(MAX_WORKERS);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long seconds;

    PageBudget(long seconds) {
        this.seconds = seconds;
    }

    /** The extraction budget the system property {@value #PROPERTY} names, else {@value #DEFAULT_SECONDS} s. */
    static PageBudget configured() {
        return configured(PROPERTY, DEFAULT_SECONDS);
    }

    /**
     * The budget of one article's annotation: {@value #ANNOTATION_PROPERTY} seconds of CPU time, else
     * {@value #ANNOTATION_DEFAULT_SECONDS} s (a long article through the full NLP pipeline takes seconds, not
     * minutes; a runaway one is cut off).
     */
    static PageBudget annotation() {
        return configured(ANNOTATION_PROPERTY, ANNOTATION_DEFAULT_SECONDS);
    }

    private static PageBudget configured(String property, int defaultSeconds) {
        String v = System.getProperty(property);
        try {
            return new PageBudget(v == null || v.isBlank() ? defaultSeconds : Math.max(0, Long.parseLong(v.strip())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be a whole number of seconds, not '" + v + "'", e);
        }
    }

    long seconds() {
        return seconds;
    }

    /** A page that took longer than its budget. */
    static final class Exceeded extends Exception {
        Exceeded(long seconds) {
            super("took longer than " + seconds + " s");
        }
    }

    /** What {@code work} returns, or throws, within the budget. */
    <T> T run(Callable<T> work) throws Exception {
        if (seconds == 0) {
            return work.call();
        }
        SLOTS.acquire();
        AtomicLong worker = new AtomicLong(-1);
        AtomicLong cpuAtStart = new AtomicLong();
        Future<T> f;
        try {
            f = WORKERS.submit(() -> {
                cpuAtStart.set(THREADS.getCurrentThreadCpuTime());   // a pooled worker's CPU time so far is not this page's
                worker.set(Thread.currentThread().getId());
                try {
                    return work.call();
                } finally {
                    SLOTS.release();
                }
            });
        } catch (RuntimeException e) {
            SLOTS.release();
            throw e;
        }
        long budget = TimeUnit.SECONDS.toNanos(seconds);
        long wallEnd = System.nanoTime() + 8 * budget;
        while (true) {
            try {
                return f.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof Exception x) {
                    throw x;
                }
                if (c instanceof Error x) {
                    throw x;
                }
                throw e;
            } catch (TimeoutException e) {
                long id = worker.get();
                long cpu = id < 0 ? 0 : THREADS.getThreadCpuTime(id) - cpuAtStart.get();
                if (cpu > budget || System.nanoTime() > wallEnd) {
                    f.cancel(true);
                    throw new Exceeded(seconds);
                }
            }
        }
    }
}
