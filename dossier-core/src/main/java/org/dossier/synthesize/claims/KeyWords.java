package org.dossier.synthesize.claims;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * The key words claims are compared by: a word folded to its synonym ("discussions" is compared as "talks"),
 * possessive dropped, cut to five letters; and the stop words that never count as key words (both kept as data).
 */
final class KeyWords {
    private static final Set<String> STOPS = RuleFiles.words(KeyWords.class, "en", "claim-stops.txt");
    private static final Map<String, String> SYNONYMS = RuleFiles.pairs(KeyWords.class, "en", "claim-synonyms.txt");

    private KeyWords() {}

    /** The key of a word. */
    static String key(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        String s = SYNONYMS.getOrDefault(lower, lower).replaceAll("['\u2019]s$", "");
        return s.length() > 5 ? s.substring(0, 5) : s;
    }

    /** Whether a word (any case) is a stop word. */
    static boolean isStop(String word) {
        return STOPS.contains(word.toLowerCase(Locale.ROOT));
    }
}
