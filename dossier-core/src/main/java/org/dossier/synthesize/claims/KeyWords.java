package org.dossier.synthesize.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * The key words claims are compared by: a word folded to its synonym ("discussions" is compared as "talks"),
 * possessive dropped, cut to five letters; and the stop words that never count as key words nor end a counted
 * noun phrase, the function words of every language read (both kept as data: "este", "y", "al", "der" are stops).
 */
final class KeyWords {
    /** The languages whose function words are stop words ({@code <lang>/claim-stops.txt}), read together. */
    private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es");
    private static final Set<String> STOPS = stops();
    private static final Map<String, String> SYNONYMS = synonyms();

    private KeyWords() {}

    /** The key of a word. */
    static String key(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        String s = SYNONYMS.getOrDefault(lower, lower).replaceAll("['\u2019]s$", "");
        return s.length() > 5 ? s.substring(0, 5) : s;
    }

    /** Every language's {@code <lang>/claim-synonyms.txt} ("contenido" is compared as "containment"). */
    private static Map<String, String> synonyms() {
        Map<String, String> out = new java.util.HashMap<>();
        List.of("en", "es", "fr").forEach(l -> RuleFiles.pairs(KeyWords.class, l, "claim-synonyms.txt").forEach(out::putIfAbsent));
        return Map.copyOf(out);
    }

    private static Set<String> stops() {
        Set<String> out = new HashSet<>();
        LANGUAGES.forEach(l -> out.addAll(RuleFiles.words(KeyWords.class, l, "claim-stops.txt")));
        return Set.copyOf(out);
    }

    /** Whether a word (any case) is a stop word. */
    static boolean isStop(String word) {
        return STOPS.contains(word.toLowerCase(Locale.ROOT));
    }
}
