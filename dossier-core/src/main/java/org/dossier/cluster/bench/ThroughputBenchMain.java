package org.dossier.cluster.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dossier.cluster.ClusterParams;
import org.dossier.cluster.IncrementalClusterer;
import org.dossier.cluster.JsonlClustering;
import org.dossier.cluster.StoryClusterer.Doc;
import org.dossier.dedup.MinHashDeduplicator;
import org.dossier.model.Article;

/**
 * Throughput and memory of dedup + clustering on one thread over a synthetic stream:
 * {@code ThroughputBenchMain BASE.jsonl COUNT DAYS [MAX_SECONDS]}. Prints articles/s and peak heap; stops early
 * (and says so) when MAX_SECONDS of wall time have passed. Every {@link #LIVE_EVERY} articles and at the end it
 * also collects garbage and prints the live heap (the state kept), its time left out of the rates.
 */
public final class ThroughputBenchMain {
    static final int LIVE_EVERY = 200_000;

    private ThroughputBenchMain() {}

    public static void main(String[] args) throws IOException {
        List<Doc> bases = JsonlClustering.read(Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8));
        long count = Long.parseLong(args[1]);
        int days = Integer.parseInt(args[2]);
        long maxNanos = args.length > 3 ? (long) (Double.parseDouble(args[3]) * 1e9) : Long.MAX_VALUE;
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        AtomicLong closed = new AtomicLong();
        long merges = 0;
        IncrementalClusterer clusterer = new IncrementalClusterer(ClusterParams.DEFAULT, s -> closed.incrementAndGet());
        long marked = 0;
        long n = 0;
        Meter meter = new Meter();
        for (Doc d : new SyntheticStream(bases, count, days, 42)) {
            Article a = dedup.add(article(d), d.features());
            if (a.duplicateOf() != null || a.derivedFrom() != null) {
                marked++;
            }
            clusterer.assign(d);
            if (++n % 50_000 == 0) {
                meter.report(n, marked, closed.get(), merges, clusterer, dedup);
            }
            if (n % LIVE_EVERY == 0) {
                meter.liveHeap(n, clusterer, dedup);
            }
            if ((n & 1023) == 0) {
                merges += clusterer.takeMerges().size(); // as ingest does, so the clusterer keeps none
            }
            if ((n & 1023) == 0 && meter.wall() > maxNanos) {
                System.out.printf("stopped at the time limit after %d of %d articles%n", n, count);
                break;
            }
        }
        if (n % 50_000 != 0) {
            meter.report(n, marked, closed.get(), merges, clusterer, dedup);
        }
        if (n % LIVE_EVERY != 0) {
            meter.liveHeap(n, clusterer, dedup);
        }
        System.out.printf("peak heap %.0f MiB%n", peakHeap() / 1048576.0);
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

        void report(long n, long marked, long closed, long merges, IncrementalClusterer clusterer,
                    MinHashDeduplicator dedup) {
            double s = wall() / 1e9;
            double cpu = (threadCpu() - thread0 - pausedThread) / 1e9;
            double process = (processCpu() - process0 - pausedProcess) / 1e9;
            System.out.printf("%d articles in %.1f s wall (%.0f/s), %.1f s thread CPU (%.0f/s per core), %.1f s process "
                    + "CPU (%.0f µs/article); copies %d; stories closed %d open %d merged %d; dedup window %d; vocabulary %d; "
                    + "heap used %.0f MiB; load %.2f%n",
                    n, s, n / s, cpu, n / cpu, process, process * 1e6 / n, marked, closed, clusterer.openCount(), merges,
                    dedup.remembered(), clusterer.frequencies().vocabulary(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }

        /**
         * Collects garbage and prints the heap still used; the time it takes is left out of the rates. The state's
         * sizes are printed after the collection, which keeps the state reachable through it.
         */
        void liveHeap(long n, IncrementalClusterer clusterer, MinHashDeduplicator dedup) {
            long w = System.nanoTime();
            long t = threadCpu();
            long p = processCpu();
            System.gc();
            long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.printf("live heap after %d articles: %.0f MiB (dedup window %d, open stories %d)%n",
                    n, used / 1048576.0, dedup.remembered(), clusterer.openCount());
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
