package org.dossier.spark;

import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * The accumulators of the article step, registered on the driver and updated by the tasks: pages read, articles
 * made, pages refused by extraction, records that could not be read, records an archive or feed passed over on
 * purpose; and the lines naming each refused or unreadable input ({@code SOURCE<TAB>STAGE<TAB>REASON}) and each
 * input's passed-over records. A task that Spark runs again adds again: the driver reads the lists as sets.
 */
public final class JobCounters implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A refused page is one the extraction found no article in; an unreadable record never became a page. */
    public static final String REFUSED = "extract";
    public static final String UNREADABLE = "read";

    final LongAccumulator pages;
    final LongAccumulator articles;
    final LongAccumulator refused;
    final LongAccumulator unreadable;
    final LongAccumulator skipped;
    final CollectionAccumulator<String> failures;
    final CollectionAccumulator<String> skippedLines;

    public JobCounters(SparkContext sc) {
        pages = sc.longAccumulator("pages");
        articles = sc.longAccumulator("articles");
        refused = sc.longAccumulator("refused pages");
        unreadable = sc.longAccumulator("unreadable records");
        skipped = sc.longAccumulator("skipped records");
        failures = sc.collectionAccumulator("failures");
        skippedLines = sc.collectionAccumulator("skipped record lines");
    }

    void fail(String stage, String source, String reason) {
        (REFUSED.equals(stage) ? refused : unreadable).add(1);
        failures.add(source + "\t" + stage + "\t" + reason.replace('\t', ' ').replace('\n', ' '));
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
