package org.dossier.fuzz;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * A fuzz run's rate measured from a starting point (the end of {@link FuzzMain#fuzzerInitialize}'s warm-up): the
 * executions per second of this process's CPU time (all its threads: the fuzzed code, the JIT, the collector) and
 * per second of wall-clock time. On a shared machine only the CPU rate compares between runs.
 */
record FuzzRate(String target, long cpuNanos, long wallNanos) {
    static FuzzRate start(String target) {
        return new FuzzRate(target, cpu(), System.nanoTime());
    }

    String line(long executions) {
        double cpu = (cpu() - cpuNanos) / 1e9;
        double wall = (System.nanoTime() - wallNanos) / 1e9;
        return String.format(Locale.ROOT, "dossier-fuzz: %s: %d executions after the warm-up in %.1f s CPU, %.1f s wall:"
                + " %.0f per CPU second, %.0f per second", target, executions, cpu, wall, executions / Math.max(cpu, 1e-9),
                executions / Math.max(wall, 1e-9));
    }

    private static long cpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
