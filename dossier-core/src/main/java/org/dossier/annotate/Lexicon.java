package org.dossier.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The annotate stage's word lists, read once from data files next to this class. */
public final class Lexicon {
    public static final Set<String> REPORTING_VERBS = words("reporting-verbs.txt");
    public static final Map<String, String> SPEAKER_PRONOUNS = columns("speaker-pronouns.txt");
    public static final Set<String> SPEAKER_STOP_WORDS = words("speaker-stop-words.txt");
    public static final Set<String> VAGUE_TIME_WORDS = words("vague-time-words.txt");
    public static final Set<String> TIME_CUE_WORDS = words("time-cue-words.txt");
    public static final Map<String, String> TENSE_CUES = pairs("tense-cues.txt");

    private Lexicon() {}

    /** Lines of a data file, without comments and blank lines. */
    public static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Set<String> words(String name) {
        Set<String> s = new HashSet<>();
        for (String l : lines(name)) {
            s.add(l.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(s);
    }

    /** First column (lower case) to second column. */
    private static Map<String, String> columns(String name) {
        Map<String, String> m = new HashMap<>();
        for (String l : lines(name)) {
            String[] kv = l.split("\t");
            m.put(kv[0].strip().toLowerCase(Locale.ROOT), kv[1].strip());
        }
        return Map.copyOf(m);
    }

    /** Second column (lower case) to first column. */
    private static Map<String, String> pairs(String name) {
        Map<String, String> m = new HashMap<>();
        for (String l : lines(name)) {
            String[] kv = l.split("\t");
            m.put(kv[1].strip().toLowerCase(Locale.ROOT), kv[0].strip());
        }
        return Map.copyOf(m);
    }
}
