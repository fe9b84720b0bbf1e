package org.dossier.server.search;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * The entry point of Jazzer's command line for long fuzz runs of the search query parser ({@code bench/fuzz.sh
 * OUT RUNS query}): {@link QueryFuzzTest#search} on each input. {@link #fuzzerInitialize} builds the index and
 * warms the target up on {@value #WARM_UP} random queries first; at exit one line gives the executions after the
 * warm-up per second of the process's CPU time (the figure that holds on a shared machine).
 */
public final class QueryFuzzMain {
    static final int WARM_UP = 2_000;
    private static long executions;

    private QueryFuzzMain() {}

    public static void fuzzerInitialize() {
        Random r = new Random(15);
        for (int i = 0; i < WARM_UP; i++) {
            QueryFuzzTest.search(QueryFuzzTest.randomQuery(r));
        }
        long cpu = cpu();
        long wall = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            double c = (cpu() - cpu) / 1e9;
            double w = (System.nanoTime() - wall) / 1e9;
            System.err.println(String.format(Locale.ROOT, "dossier-fuzz: query: %d executions after the warm-up in"
                    + " %.1f s CPU, %.1f s wall: %.0f per CPU second, %.0f per second", executions, c, w,
                    executions / Math.max(c, 1e-9), executions / Math.max(w, 1e-9)));
        }));
    }

    public static void fuzzerTestOneInput(byte[] data) {
        executions++;
        QueryFuzzTest.search(new String(data, StandardCharsets.UTF_8));
    }

    private static long cpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
