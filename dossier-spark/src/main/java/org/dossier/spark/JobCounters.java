package org.dossier.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;

/**
 * What the tasks of the article step report to the driver, kept exact when Spark runs a task again (a retried or
 * speculative task, a stage recomputed after a lost executor, an RDD read by two actions): each input's tally
 * (pages read, articles made, records passed over on purpose) is reported once the input is read whole, keyed by its
 * line in the input list, and a second report of the same input replaces the first instead of adding to it; each
 * refused or unreadable record is a line naming it ({@code SOURCE<TAB>STAGE<TAB>REASON}; the source names the file and
 * the record), read as a set, and the refused and unreadable counts are that set's sizes. Plain counting accumulators
 * would add a rerun task's pages twice.
 */
public final class JobCounters implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A refused page is one the extraction found no article in; an unreadable record never became a page. */
    public static final String REFUSED = "extract";
    public static final String UNREADABLE = "read";

    private final CollectionAccumulator<String> tallies;
    private final CollectionAccumulator<String> failures;
    final CollectionAccumulator<String> skippedLines;

    public JobCounters(SparkContext sc) {
        tallies = sc.collectionAccumulator("input tallies");
        failures = sc.collectionAccumulator("failures");
        skippedLines = sc.collectionAccumulator("skipped record lines");
    }

    void fail(String stage, String source, String reason) {
        failures.add(source + "\t" + stage + "\t" + reason.replace('\t', ' ').replace('\n', ' '));
    }

    /** Reports one input, read whole: its pages, the articles made of them, the records it passed over. */
    void tally(int input, long pages, long articles, long skipped) {
        tallies.add(input + "\t" + pages + "\t" + articles + "\t" + skipped);
    }

    /** Pages read, each input counted once however often its task ran. */
    public long pages() {
        return sum(1);
    }

    /** Articles made. */
    public long articles() {
        return sum(2);
    }

    /** Records passed over on purpose (not news records of an archive, summary-only feed items). */
    public long skipped() {
        return sum(3);
    }

    /** Pages the extraction found no article in. */
    public long refused() {
        return failureLines().stream().filter(l -> l.split("\t", 3)[1].equals(REFUSED)).count();
    }

    /** Records that could not be read. */
    public long unreadable() {
        return failureLines().stream().filter(l -> l.split("\t", 3)[1].equals(UNREADABLE)).count();
    }

    private long sum(int column) {
        Map<Integer, String[]> byInput = new TreeMap<>();
        for (String t : tallies.value()) {
            String[] p = t.split("\t");
            byInput.put(Integer.parseInt(p[0]), p);
        }
        return byInput.values().stream().mapToLong(p -> Long.parseLong(p[column])).sum();
    }

    /** The failure lines, each once, sorted by source. */
    public List<String> failureLines() {
        return List.copyOf(new TreeSet<>(failures.value()));
    }

    /** The passed-over record lines ({@code FILE: N records skipped (...)}), each once. */
    public List<String> skippedRecordLines() {
        return List.copyOf(new TreeSet<>(skippedLines.value()));
    }
}
