package org.dossier.synthesize.claims;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dossier.rules.RuleFiles;

/**
 * Decides whether a quantity carries a claim worth listing, by the kind of its unit (kept as data): counts of
 * people, forces and casualties, money, shares and measures always; durations only when a phrase says what lasted
 * ("hours of talks", not "30 years"); other counted nouns only from {@value #MIN_THINGS} up ("40 vehicles", not
 * "two countries"). A claim whose subject cannot be read is dropped: a noun that means something only with whose it is
 * (data: {@code relational-nouns.txt}) followed by a phrase joining two names ("30 members of Osria and the League"),
 * or a share that says of what it is neither before nor after it ("offered 4 percent"). A threshold a rule or a
 * condition sets ("when gusts exceed 40 mph", {@link TermCues}) is no amount reported: never a claim.
 */
final class ClaimFilter {
    static final int MIN_THINGS = 10;
    private static final Map<String, String> KINDS = RuleFiles.pairs(ClaimFilter.class, "unit-kinds.txt");
    private static final Pattern UNREADABLE = Pattern.compile("(?:^|\\s)(?i:" + String.join("|",
            RuleFiles.words(ClaimFilter.class, "en", "relational-nouns.txt")) + ")\\s+(?i:of)\\s+(?:(?i:the)\\s+)?"
            + "\\p{Lu}\\S*\\s+(?:and|&)\\s+(?:(?i:the)\\s+)?\\p{Lu}");

    private ClaimFilter() {}

    /** The kind of a unit group: count, money, share, measure, duration, or thing when not listed. */
    static String kind(String unit) {
        return KINDS.getOrDefault(unit.toLowerCase(Locale.ROOT), "thing");
    }

    /** Whether the subject joins two names after a relational noun, so whose the count is cannot be read. */
    static boolean unreadable(Quantity q) {
        return q.subject() != null && UNREADABLE.matcher(q.subject()).find();
    }

    static boolean keep(Quantity q) {
        if (q.value() <= 0 || unreadable(q) || TermsStage.THRESHOLD.equals(q.terms())) {
            return false;
        }
        if ("share".equals(kind(q.unit())) && q.subject() == null) {
            return false;
        }
        return switch (kind(q.unit())) {
            case "duration" -> !q.context().isEmpty();
            case "thing" -> q.low() != null && q.high() != null || q.value() >= MIN_THINGS;
            default -> true;
        };
    }
}
