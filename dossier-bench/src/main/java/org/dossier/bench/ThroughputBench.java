package org.dossier.bench;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.chain.Composition;
import org.dossier.chain.ProcessedArticle;
import org.dossier.chain.StoryAssigner;
import org.dossier.cli.JsonLinesDocs;
import org.dossier.cluster.StoryClusterer.Doc;
import org.dossier.model.Article;
import org.dossier.model.RawPage;
import org.dossier.port.StoreException;

/**
 * Throughput and memory of the story assigner ingest runs (dedup, copy routing, incremental clustering) on one
 * thread over a synthetic stream: {@code ThroughputBench BASE.jsonl COUNT DAYS [MAX_SECONDS]}. Prints articles/s
 * and peak heap; stops early (and says so) when MAX_SECONDS of wall time have passed. Every {@link #LIVE_EVERY}
 * articles and at the end it also collects garbage and prints the live heap (the state kept), its time left out
 * of the rates. The stories of the last {@link #PLACED} articles are kept for copy routing, as the store keeps
 * them for ingest (a copy's original is always among the articles dedup remembers, at most 200,000).
 */
public final class ThroughputBench {
    static final int LIVE_EVERY = 200_000;
    static final int PLACED = 200_000;

    private ThroughputBench() {}

    public static void main(String[] args) throws IOException, StoreException {
        List<Doc> bases;
        try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            bases = JsonLinesDocs.read(in, args[0], f -> System.err.println(f));
        }
        long count = Long.parseLong(args[1]);
        int days = Integer.parseInt(args[2]);
        long maxNanos = args.length > 3 ? (long) (Double.parseDouble(args[3]) * 1e9) : Long.MAX_VALUE;
        StoryAssigner assigner = Composition.standard().storyAssigner();
        Map<String, String> placed = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > PLACED;
            }
        };
        Map<String, String> mergedInto = new HashMap<>();
        StoryAssigner.StoryLookup lookup = id -> Optional.ofNullable(placed.get(id)).map(s -> resolve(mergedInto, s));
        long merges = 0;
        long marked = 0;
        long n = 0;
        Meter meter = new Meter();
        for (Doc d : new SyntheticStream(bases, count, days, 42)) {
            StoryAssigner.Assignment a = assigner.assign(new ProcessedArticle(
                    new RawPage(d.id(), d.id(), RawPage.Kind.TEXT, null), article(d), d.features()), lookup);
            if (a.article().duplicateOf() != null || a.article().derivedFrom() != null) {
                marked++;
            }
            placed.put(d.id(), a.storyId());
            mergedInto.putAll(a.merges());
            merges += a.merges().size();
            if (++n % 50_000 == 0) {
                meter.report(n, marked, merges, assigner.state());
            }
            if (n % LIVE_EVERY == 0) {
                meter.liveHeap(n, assigner.state());
            }
            if ((n & 1023) == 0 && meter.wall() > maxNanos) {
                System.out.printf("stopped at the time limit after %d of %d articles%n", n, count);
                break;
            }
        }
        if (n % 50_000 != 0) {
            meter.report(n, marked, merges, assigner.state());
        }
        if (n % LIVE_EVERY != 0) {
            meter.liveHeap(n, assigner.state());
        }
        System.out.printf("peak heap %.0f MiB%n", peakHeap() / 1048576.0);
    }

    /** The id a story has now, following the merges seen so far. */
    private static String resolve(Map<String, String> mergedInto, String story) {
        String id = story;
        for (String next; (next = mergedInto.get(id)) != null; ) {
            id = next;
        }
        return id;
    }

    private static Article article(Doc d) {
        return new Article(d.id(), d.id(), null, d.title(), List.of(), d.date(), List.of(), null, d.lang(),
                List.of(), d.text(), 0, null, null);
    }

    /**
     * Wall time, this thread's CPU time (on a shared machine the CPU rate is the per-core figure) and the whole
     * process's CPU time (with garbage collection and compilation) since the stream started, less live-heap probes.
     */
    private static final class Meter {
        private final long wall0 = System.nanoTime();
        private final long thread0 = threadCpu();
        private final long process0 = processCpu();
        private long pausedWall;
        private long pausedThread;
        private long pausedProcess;

        long wall() {
            return System.nanoTime() - wall0 - pausedWall;
        }

        void report(long n, long marked, long merges, StoryAssigner.State state) {
            double s = wall() / 1e9;
            double cpu = (threadCpu() - thread0 - pausedThread) / 1e9;
            double process = (processCpu() - process0 - pausedProcess) / 1e9;
            System.out.printf("%d articles in %.1f s wall (%.0f/s), %.1f s thread CPU (%.0f/s per core), %.1f s process "
                    + "CPU (%.0f µs/article); copies %d; stories open %d merged %d; dedup window %d; vocabulary %d; "
                    + "heap used %.0f MiB; load %.2f%n",
                    n, s, n / s, cpu, n / cpu, process, process * 1e6 / n, marked, state.openStories(), merges,
                    state.remembered(), state.vocabulary(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }

        /**
         * Collects garbage and prints the heap still used; the time it takes is left out of the rates. The state's
         * sizes are printed after the collection, which keeps the state reachable through it.
         */
        void liveHeap(long n, StoryAssigner.State state) {
            long w = System.nanoTime();
            long t = threadCpu();
            long p = processCpu();
            System.gc();
            long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.printf("live heap after %d articles: %.0f MiB (dedup window %d, open stories %d)%n",
                    n, used / 1048576.0, state.remembered(), state.openStories());
            pausedWall += System.nanoTime() - w;
            pausedThread += threadCpu() - t;
            pausedProcess += processCpu() - p;
        }
    }

    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
