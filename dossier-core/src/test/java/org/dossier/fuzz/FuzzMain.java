package org.dossier.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.dossier.input.SkippedRecords;
import org.dossier.input.feed.FeedPageInput;
import org.dossier.input.jsonl.JsonLinesPageInput;
import org.dossier.input.warc.WarcPageInput;
import org.dossier.model.RawPage;

/**
 * The entry point of Jazzer's command line for long fuzz runs ({@code bench/fuzz.sh}): runs the target of
 * {@link ReaderFuzzTest} named by the system property {@code dossier.fuzz.target} ({@code html}, {@code text},
 * {@code warc}, {@code feed}, {@code jsonl}). Before fuzzing, {@link #fuzzerInitialize} runs the target on
 * {@value #WARM_UP} seeded mutations of its seed, so that the classes it needs are loaded and instrumented and the
 * JIT has compiled them before the first fuzz input: otherwise the first minutes of a run pay for that, input by
 * input (an input that loads jsoup's parser took seconds), and the run's rate says little. At exit it prints one
 * line with the executions after the warm-up and their rate per second of the process's CPU time ({@link FuzzRate}),
 * the figure that holds on a shared machine, where wall-clock rates depend on the other load.
 */
public final class FuzzMain {
    private static final String TARGET = System.getProperty("dossier.fuzz.target", "html");
    static final int WARM_UP = 3_000;
    private static final Map<String, Consumer<byte[]>> TARGETS = Map.of(
            "html", data -> ReaderFuzzTest.extract(data, RawPage.Kind.HTML),
            "text", data -> ReaderFuzzTest.extract(data, RawPage.Kind.TEXT),
            "warc", data -> ReaderFuzzTest.read(data, ".warc", f -> new WarcPageInput(f, new SkippedRecords())),
            "feed", data -> ReaderFuzzTest.read(data, ".rss", f -> new FeedPageInput(f, new SkippedRecords())),
            "jsonl", data -> ReaderFuzzTest.read(data, ".jsonl", JsonLinesPageInput::new));
    private static final Map<String, Integer> SEED = Map.of("html", 0, "text", 1, "warc", 2, "feed", 3, "jsonl", 4);

    private FuzzMain() {}

    /** Called once by Jazzer before the first input: loads, instruments and compiles what the target runs. */
    public static void fuzzerInitialize() {
        Consumer<byte[]> target = target();
        byte[] seed = ReaderFuzzTest.SEEDS.get(SEED.get(TARGET)).getBytes(StandardCharsets.UTF_8);
        Random r = new Random(15);
        for (int i = 0; i < WARM_UP; i++) {
            target.accept(i % 4 == 0 ? seed : ReaderFuzzTest.mutate(seed, r));
        }
        FuzzRate rate = FuzzRate.start(TARGET);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println(rate.line(executions))));
    }

    private static long executions;

    public static void fuzzerTestOneInput(byte[] data) {
        executions++;
        target().accept(data);
    }

    private static Consumer<byte[]> target() {
        Consumer<byte[]> t = TARGETS.get(TARGET);
        if (t == null) {
            throw new IllegalArgumentException("unknown fuzz target " + TARGET + " (one of " + TARGETS.keySet() + ")");
        }
        return t;
    }
}
