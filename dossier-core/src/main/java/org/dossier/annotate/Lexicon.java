package org.dossier.annotate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/** The annotate stage's word lists, read once from its rule files (org/dossier/annotate/en/, see RuleFiles). */
public final class Lexicon {
    /** The annotator reads English (its CoreNLP models are English): its rules are English or language-neutral. */
    private static final String LANGUAGE = "en";
    public static final Set<String> REPORTING_VERBS = words("reporting-verbs.txt");
    public static final Map<String, String> SPEAKER_PRONOUNS = columns("speaker-pronouns.txt");
    public static final Set<String> SPEAKER_STOP_WORDS = words("speaker-stop-words.txt");
    public static final Set<String> VAGUE_TIME_WORDS = words("vague-time-words.txt");
    public static final Set<String> TIME_CUE_WORDS = words("time-cue-words.txt");
    public static final Map<String, String> TENSE_CUES = pairs("tense-cues.txt");

    private Lexicon() {}

    /** Lines of one of the stage's rule files (English, the language of the annotator's model). */
    public static List<String> lines(String name) {
        return RuleFiles.lines(Lexicon.class, LANGUAGE, name);
    }

    private static Set<String> words(String name) {
        return Set.copyOf(RuleFiles.words(Lexicon.class, LANGUAGE, name));
    }

    /** First column (lower case) to second column. */
    static Map<String, String> columns(String name) {
        return Map.copyOf(RuleFiles.pairs(Lexicon.class, LANGUAGE, name));
    }

    /** Second column (lower case) to first column. */
    private static Map<String, String> pairs(String name) {
        Map<String, String> m = new HashMap<>();
        for (List<String> row : RuleFiles.table(Lexicon.class, LANGUAGE, name)) {
            m.put(row.get(1).toLowerCase(Locale.ROOT), row.get(0));
        }
        return Map.copyOf(m);
    }
}
