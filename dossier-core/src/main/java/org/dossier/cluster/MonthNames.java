package org.dossier.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Month names in several languages (data file {@code months.tsv}), mapped to month numbers. */
final class MonthNames {
    private static final Map<String, Integer> MONTHS = load();
    /** Length of the longest month name: longer words need no lookup. */
    static final int LONGEST = MONTHS.keySet().stream().mapToInt(String::length).max().orElse(0);

    private MonthNames() {}

    /** The month number for a lowercase, accent-free word, or 0 when it is not a month name. */
    static int month(String folded) {
        return MONTHS.getOrDefault(folded, 0);
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                MonthNames.class.getResourceAsStream("months.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                for (int i = 1; i < f.length; i++) {
                    map.put(f[i].trim(), Integer.parseInt(f[0].trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
