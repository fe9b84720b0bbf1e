package org.dossier.synthesize.claims;

import java.util.Locale;
import java.util.Map;
import org.dossier.rules.RuleFiles;

/**
 * Decides whether a quantity carries a claim worth listing, by the kind of its unit (kept as data): counts of
 * people, forces and casualties, money, shares and measures always; durations only when a phrase says what lasted
 * ("hours of talks", not "30 years"); other counted nouns only from {@value #MIN_THINGS} up ("40 vehicles", not
 * "two countries").
 */
final class ClaimFilter {
    static final int MIN_THINGS = 10;
    private static final Map<String, String> KINDS = RuleFiles.pairs(ClaimFilter.class, "unit-kinds.txt");

    private ClaimFilter() {}

    /** The kind of a unit group: count, money, share, measure, duration, or thing when not listed. */
    static String kind(String unit) {
        return KINDS.getOrDefault(unit.toLowerCase(Locale.ROOT), "thing");
    }

    static boolean keep(Quantity q) {
        if (q.value() <= 0) {
            return false;
        }
        return switch (kind(q.unit())) {
            case "duration" -> !q.context().isEmpty();
            case "thing" -> q.low() != null && q.high() != null || q.value() >= MIN_THINGS;
            default -> true;
        };
    }
}
