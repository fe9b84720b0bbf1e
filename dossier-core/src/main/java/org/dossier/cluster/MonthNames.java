package org.dossier.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;

/** Month names in several languages (data file {@code months.tsv}), mapped to month numbers. */
final class MonthNames {
    private static final Map<String, Integer> MONTHS = load();
    /** Length of the longest month name: longer words need no lookup. */
    static final int LONGEST = MONTHS.keySet().stream().mapToInt(String::length).max().orElse(0);
    /** The same names, matched ignoring case. */
    private static final CharArrayMap<Integer> ASCII_MONTHS = caseless(MONTHS);

    private MonthNames() {}

    /** The month number for a lowercase, accent-free word, or 0 when it is not a month name. */
    static int month(String folded) {
        return MONTHS.getOrDefault(folded, 0);
    }

    /**
     * The month number of the word {@code s[start, end)} once {@link AnchorExtractor#fold folded}: an ASCII word
     * is looked up in place, ignoring case (folding only lower-cases it), without making its folded string.
     */
    static int month(String s, int start, int end) {
        if (end - start > LONGEST) {
            return 0;
        }
        char[] word = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return month(AnchorExtractor.fold(s.substring(start, end)));
            }
            word[i - start] = c;
        }
        Integer m = ASCII_MONTHS.get(word, 0, word.length);
        return m == null ? 0 : m;
    }

    private static CharArrayMap<Integer> caseless(Map<String, Integer> months) {
        CharArrayMap<Integer> map = new CharArrayMap<>(months.size(), true);
        months.forEach(map::put);
        return CharArrayMap.unmodifiableMap(map);
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
