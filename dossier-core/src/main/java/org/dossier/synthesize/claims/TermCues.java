package org.dossier.synthesize.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * Words that make a figure something else than an amount reported: a threshold a rule or a condition sets ("a bill
 * requiring utilities to cut power when gusts exceed 40 mph", "a limit of 40 mph": {@code <lang>/thresholds.txt})
 * and an increment over an earlier figure ("another 3,500 people", "3,500 more people": {@code
 * <lang>/increments.txt}), every language's files read together. Read by {@link TermsStage}; a threshold is no claim
 * ({@link ClaimFilter}), an increment is never compared ({@link ClaimGroups}).
 */
final class TermCues {
    private static final Map<String, List<String>> THRESHOLDS = read(List.of("en", "es", "fr", "de"), "thresholds.txt");
    private static final Map<String, List<String>> INCREMENTS = read(List.of("en", "es", "fr", "de"), "increments.txt");
    private static final Set<String> CONDITIONS = lower(THRESHOLDS.get("condition"));
    private static final Set<String> NOUNS = lower(THRESHOLDS.get("noun"));
    private static final Set<String> ARTICLES = lower(THRESHOLDS.get("article"));
    private static final Set<String> OF_LINKS = RuleFiles.words(TermCues.class, "of-links.txt");
    /** How many tokens back from its comparator a condition word may open the clause. */
    private static final int CONDITION_REACH = 12;
    /** Tokens that end the clause a condition opens. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", ".", "?", "!");

    private TermCues() {}

    /**
     * Whether the figure read is a threshold: right after a comparator (an article between skipped) whose clause,
     * back to its last comma, holds a condition word; or right after a noun of limits and its "of".
     */
    static boolean threshold(QuantityTokens tok, QuantityReading r) {
        int b = Math.min(r.first, r.startTok);
        if (b >= 2 && OF_LINKS.contains(tok.get(b - 1).toLowerCase(Locale.ROOT))
                && NOUNS.contains(tok.get(b - 2).toLowerCase(Locale.ROOT))) {
            return true;
        }
        int c = comparator(tok, r.valueStart);
        c = c >= 0 ? c : comparator(tok, b);
        c = c >= 0 ? c : comparatorAfter(tok, r, b);
        if (c < 0) {
            return false;
        }
        for (int i = c - 1; i >= Math.max(0, c - CONDITION_REACH); i--) {
            String t = tok.get(i).toLowerCase(Locale.ROOT);
            if (CLAUSE_ENDS.contains(t)) {
                return false;
            }
            if (CONDITIONS.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the figure read is an increment: an increment word right before it (then taken into its text: "another
     * 3,500 people"), after its number or after its noun.
     */
    static boolean increment(QuantityTokens tok, QuantityReading r) {
        int b = Math.min(r.first, r.startTok);
        int n = endsAt(tok, b, INCREMENTS.getOrDefault("before", List.of()));
        if (n > 0) {
            r.startTok = b - n;
            return true;
        }
        return startsAt(tok, r.valueEnd, INCREMENTS.getOrDefault("after", List.of()))
                || r.unitIndex >= 0 && startsAt(tok, r.last + 1, INCREMENTS.getOrDefault("after-noun", List.of()));
    }

    /**
     * Where the figure starts when a comparator of a verb-final clause follows it right after its counted noun
     * ("wenn die Böen 80 km/h überschreiten": {@code comparator-after}), or stands among the words read as that noun
     * ("85 Dezibel nicht überschreiten"), the condition then looked for before it; -1 when none follows.
     */
    private static int comparatorAfter(QuantityTokens tok, QuantityReading r, int b) {
        List<String> after = THRESHOLDS.getOrDefault("comparator-after", List.of());
        for (int j = r.valueEnd; j <= Math.max(r.last, r.valueEnd - 1) + 1 && j < tok.size(); j++) {
            if (startsAt(tok, j, after)) { // after the counted noun, or inside a run that ran into it
                return b;
            }
        }
        return -1;
    }

    /** The first token of a comparator ending right before token {@code end}, an article between skipped, or -1. */
    private static int comparator(QuantityTokens tok, int end) {
        int e = end > 0 && ARTICLES.contains(tok.get(end - 1).toLowerCase(Locale.ROOT)) ? end - 1 : end;
        for (String phrase : THRESHOLDS.getOrDefault("comparator", List.of())) {
            int n = phrase.split("\\s+").length;
            if (e - n >= 0 && tok.matches(e - n, phrase) == n) {
                return e - n;
            }
        }
        return -1;
    }

    /** How many tokens of one of the phrases end right before token {@code end}, or 0. */
    private static int endsAt(QuantityTokens tok, int end, List<String> phrases) {
        for (String phrase : phrases) {
            int n = phrase.split("\\s+").length;
            if (end - n >= 0 && tok.matches(end - n, phrase) == n) {
                return n;
            }
        }
        return 0;
    }

    private static boolean startsAt(QuantityTokens tok, int start, List<String> phrases) {
        return phrases.stream().anyMatch(p -> tok.matches(start, p) > 0);
    }

    private static Map<String, List<String>> read(List<String> languages, String name) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String lang : languages) {
            RuleFiles.lists(TermCues.class, lang, name).forEach((k, v) -> out.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        }
        return out;
    }

    private static Set<String> lower(List<String> words) {
        return words == null ? Set.of() : Set.copyOf(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }
}
