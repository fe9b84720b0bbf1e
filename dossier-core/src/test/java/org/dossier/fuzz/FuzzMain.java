package org.dossier.fuzz;

import org.dossier.input.SkippedRecords;
import org.dossier.input.feed.FeedPageInput;
import org.dossier.input.jsonl.JsonLinesPageInput;
import org.dossier.input.warc.WarcPageInput;
import org.dossier.model.RawPage;

/**
 * The entry point of Jazzer's command line for long fuzz runs ({@code bench/fuzz.sh}): runs the target of
 * {@link ReaderFuzzTest} named by the system property {@code dossier.fuzz.target} ({@code html}, {@code text},
 * {@code warc}, {@code feed}, {@code jsonl}).
 */
public final class FuzzMain {
    private static final String TARGET = System.getProperty("dossier.fuzz.target", "html");

    private FuzzMain() {}

    public static void fuzzerTestOneInput(byte[] data) {
        switch (TARGET) {
            case "html" -> ReaderFuzzTest.extract(data, RawPage.Kind.HTML);
            case "text" -> ReaderFuzzTest.extract(data, RawPage.Kind.TEXT);
            case "warc" -> ReaderFuzzTest.read(data, ".warc", f -> new WarcPageInput(f, new SkippedRecords()));
            case "feed" -> ReaderFuzzTest.read(data, ".rss", f -> new FeedPageInput(f, new SkippedRecords()));
            case "jsonl" -> ReaderFuzzTest.read(data, ".jsonl", JsonLinesPageInput::new);
            default -> throw new IllegalArgumentException("unknown fuzz target " + TARGET);
        }
    }
}
