package org.dossier.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;

/**
 * The timing log of an ingest: CPU seconds of the store thread's steps (placing a batch in stories, writing it)
 * and of every live thread by name (extraction workers, store, search index, the reading thread), printed to
 * standard error at the end of an ingest when the system property {@code dossier.timing} is {@code true}
 * ({@code DOSSIER_JAVA_OPTS=-Ddossier.timing=true}); otherwise it measures nothing. For benchmarks only: results
 * never depend on it.
 */
final class StageTimes {
    static final boolean ON = Boolean.getBoolean("dossier.timing");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<String, Long> nanos = new TreeMap<>();

    /** The calling thread's CPU time now (0 when the log is off). */
    long now() {
        return ON ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** Adds the calling thread's CPU time since {@code start} to {@code step}. */
    synchronized void add(String step, long start) {
        if (ON) {
            nanos.merge(step, THREADS.getCurrentThreadCpuTime() - start, Long::sum);
        }
    }

    /** Prints the steps and the CPU time of every live thread, grouped by name without its number. */
    synchronized void print(PrintStream out, int pages) {
        if (!ON) {
            return;
        }
        Map<String, Long> threads = new TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long cpu = THREADS.getThreadCpuTime(t.getId());
            if (cpu > 0) {
                threads.merge(t.getName().replaceAll("[-\\d]+$", ""), cpu, Long::sum);
            }
        }
        out.printf("# timing: %d pages read%n", pages);
        nanos.forEach((k, v) -> out.printf("# timing: step   %-24s %8.2f s CPU%n", k, v / 1e9));
        threads.forEach((k, v) -> out.printf("# timing: thread %-24s %8.2f s CPU%n", k, v / 1e9));
    }
}
