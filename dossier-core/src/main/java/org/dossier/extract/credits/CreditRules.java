package org.dossier.extract.credits;

import java.util.List;
import java.util.Map;
import org.dossier.rules.RuleFiles;

/**
 * The credit vocabulary and shapes of {@code credits.txt} (agencies, labels, byline and contribution words),
 * read once and shared by the credit readers; each kind's entries in file order.
 */
final class CreditRules {
    private static final Map<String, List<String>> LISTS = RuleFiles.lists(CreditRules.class, "credits.txt");

    private CreditRules() {
    }

    /** The entries of one kind, in file order. */
    static List<String> entries(String kind) {
        List<String> e = LISTS.get(kind);
        if (e == null) {
            throw new IllegalStateException("credits.txt lists no " + kind);
        }
        return e;
    }

    /** The entries of one kind as a regular-expression alternation, each entry as written ("a|b|c"). */
    static String alternation(String kind) {
        return String.join("|", entries(kind));
    }
}
