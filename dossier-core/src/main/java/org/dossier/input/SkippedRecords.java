package org.dossier.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tally of the records an input passed over on purpose, by file and reason ("HTTP status not 200",
 * "not HTML or text"): not failures, but what a user should be told was left out of an archive. An input adds to
 * it while it reads; a front end prints {@link #lines()} afterwards. Safe to share between threads.
 */
public final class SkippedRecords {
    private final Map<String, Map<String, Integer>> byFile = new LinkedHashMap<>();

    /** Counts one record of {@code file} skipped for {@code reason}. */
    public synchronized void count(String file, String reason) {
        byFile.computeIfAbsent(file, f -> new LinkedHashMap<>()).merge(reason, 1, Integer::sum);
    }

    /** The records skipped in all, every file and reason. */
    public synchronized int total() {
        return byFile.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }

    /** The counts of one file by reason, in the order the reasons first came. */
    public synchronized Map<String, Integer> of(String file) {
        return new LinkedHashMap<>(byFile.getOrDefault(file, Map.of()));
    }

    /** One line per file, e.g. {@code crawl.warc.gz: 3 records skipped (2 HTTP status not 200, 1 not HTML or text)}. */
    public synchronized List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> f : byFile.entrySet()) {
            int n = f.getValue().values().stream().mapToInt(Integer::intValue).sum();
            List<String> parts = new ArrayList<>();
            f.getValue().forEach((reason, count) -> parts.add(count + " " + reason));
            out.add(f.getKey() + ": " + n + (n == 1 ? " record" : " records") + " skipped (" + String.join(", ", parts) + ")");
        }
        return out;
    }
}
