package org.dossier.annotate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/** The annotate stage's word lists, read once from data files next to this class. */
public final class Lexicon {
    public static final Set<String> REPORTING_VERBS = words("reporting-verbs.txt");
    public static final Map<String, String> SPEAKER_PRONOUNS = columns("speaker-pronouns.txt");
    public static final Set<String> SPEAKER_STOP_WORDS = words("speaker-stop-words.txt");
    public static final Set<String> VAGUE_TIME_WORDS = words("vague-time-words.txt");
    public static final Set<String> TIME_CUE_WORDS = words("time-cue-words.txt");
    public static final Map<String, String> TENSE_CUES = pairs("tense-cues.txt");

    private Lexicon() {}

    /** Lines of a data file beside this class, without comments and blank lines. */
    public static List<String> lines(String name) {
        return RuleFiles.lines(Lexicon.class, name);
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
