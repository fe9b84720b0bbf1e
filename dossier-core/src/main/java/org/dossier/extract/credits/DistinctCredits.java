package org.dossier.extract.credits;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Credit;

/**
 * An article's credits without repeats: the same kind and name once, the first occurrence kept, and an agency
 * written another way ({@code agency-same} in the credit rules: "Associated Press") carrying its one name ("AP").
 * Use it on every credit list an extractor hands on.
 */
public final class DistinctCredits {
    private static final Map<String, String> SAME_AGENCY = sameAgency();

    private DistinctCredits() {}

    /** The credits without repeats, in their order. */
    public static List<Credit> of(List<Credit> in) {
        List<Credit> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Credit c : in) {
            String same = c.kind() == Credit.Kind.AGENCY && c.name() != null ? SAME_AGENCY.get(c.name()) : null;
            Credit named = same == null ? c : new Credit(c.kind(), same, c.text());
            if (seen.add(named.kind() + "|" + named.name())) {
                out.add(named);
            }
        }
        return out;
    }

    private static Map<String, String> sameAgency() {
        Map<String, String> out = new java.util.HashMap<>();
        for (String e : CreditRules.entries("agency-same")) {
            int eq = e.indexOf('=');
            out.put(e.substring(0, eq).strip(), e.substring(eq + 1).strip());
        }
        return Map.copyOf(out);
    }
}
