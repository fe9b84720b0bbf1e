package org.dossier.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dossier.extract.PageExtractor;
import org.dossier.extract.ExtractionException;
import org.dossier.model.RawPage;
import org.jsoup.Jsoup;

/**
 * Extraction benchmark: writes {@code <id>.txt} predictions for a directory of {@code <id>.html.gz} pages
 * (scored by the benchmark's score.py), then times PageExtractor, boilerpipe's ArticleExtractor and a
 * bare jsoup parse + body text, single-threaded in one JVM on the same decoded strings (warmed up, rounds
 * interleaved, thread CPU time), reporting median pages/s and ratios.
 * Usage: ExtractionBench HTML_DIR PRED_DIR [ROUNDS [WARMUP_ROUNDS]]
 */
public final class ExtractionBench {
    private record Page(String id, String html) {}

    /**
     * Untimed rounds of every task before timing (default), so that each runs JIT-compiled: the larger code of
     * a full extractor takes many rounds to compile on a busy two-core machine (after 5 rounds its process CPU
     * time still carried the compiler's work; after 20 it matched its thread CPU time).
     */
    private static final int WARMUP_ROUNDS = 20;

    private interface Task {
        void run(Page p) throws Exception;
    }

    private ExtractionBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ExtractionBench HTML_DIR PRED_DIR [ROUNDS [WARMUP_ROUNDS]]");
            System.exit(2);
        }
        List<Page> pages = load(Path.of(args[0]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : WARMUP_ROUNDS;
        writePredictions(pages, Path.of(args[1]));
        PageExtractor dossier = new PageExtractor();
        Task dossierTask = p -> {
            try {
                dossier.extract(new RawPage(p.id(), p.id(), RawPage.Kind.HTML, p.html()));
            } catch (ExtractionException e) {
                // a page without article counts as processed
            }
        };
        Task boilerpipe = p -> ArticleExtractor.INSTANCE.getText(p.html());
        Task jsoup = p -> Jsoup.parse(p.html()).body().text();
        String[] names = {"dossier", "boilerpipe", "jsoup-parse+text"};
        Task[] tasks = {dossierTask, boilerpipe, jsoup};
        double[][][] rates = interleaved(tasks, pages, rounds, warmup);
        String[] clocks = {"thread CPU time", "process CPU time", "wall clock"};
        for (int k = 0; k < clocks.length; k++) {
            double[] median = new double[tasks.length];
            for (int t = 0; t < tasks.length; t++) {
                double[] r = rates[k][t].clone();
                Arrays.sort(r);
                median[t] = r[rounds / 2];
                System.out.printf("%-18s median %.1f pages/s (%s; rounds: %s)%n", names[t], median[t], clocks[k],
                        Arrays.toString(Arrays.stream(rates[k][t]).map(x -> Math.round(x * 10) / 10.0).toArray()));
            }
            System.out.printf("%s ratio dossier/boilerpipe=%.2f dossier/jsoup=%.2f%n", clocks[k],
                    median[0] / median[1], median[0] / median[2]);
        }
    }

    /**
     * Pages/s per clock (thread CPU time, process CPU time including garbage collection, wall clock), task and
     * round; CPU times keep load from other processes out of the comparison. Tasks alternate within each
     * round, after {@code warmup} untimed rounds of each; each run starts after a full collection.
     */
    private static double[][][] interleaved(Task[] tasks, List<Page> pages, int rounds, int warmup)
            throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int w = 0; w < warmup; w++) {
            for (Task t : tasks) {
                runAll(t, pages);
            }
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[][][] rates = new double[3][tasks.length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int t = 0; t < tasks.length; t++) {
                System.gc();
                long c0 = mx.getCurrentThreadCpuTime();
                long p0 = os.getProcessCpuTime();
                long w0 = System.nanoTime();
                runAll(tasks[t], pages);
                rates[0][t][r] = pages.size() / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
                rates[1][t][r] = pages.size() / ((os.getProcessCpuTime() - p0) / 1e9);
                rates[2][t][r] = pages.size() / ((System.nanoTime() - w0) / 1e9);
            }
        }
        return rates;
    }

    private static List<Page> load(Path dir) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".html.gz")) {
                    continue;
                }
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pages.add(new Page(name.substring(0, name.length() - ".html.gz".length()),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return pages;
    }

    private static void writePredictions(List<Page> pages, Path out) throws IOException {
        Files.createDirectories(out);
        PageExtractor ex = new PageExtractor();
        int failed = 0;
        for (Page p : pages) {
            String text;
            try {
                text = ex.extract(new RawPage(p.id(), p.id(), RawPage.Kind.HTML, p.html())).text();
            } catch (ExtractionException e) {
                text = "";
                failed++;
            }
            Files.writeString(out.resolve(p.id() + ".txt"), text);
        }
        System.out.printf("predictions: %d pages written to %s (%d without article)%n", pages.size(), out, failed);
    }

    private static void runAll(Task task, List<Page> pages) throws Exception {
        for (Page p : pages) {
            task.run(p);
        }
    }
}
