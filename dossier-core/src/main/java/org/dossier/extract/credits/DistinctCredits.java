package org.dossier.extract.credits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Credit;

/**
 * An article's credits without repeats: the same kind and name once, the first occurrence kept, and an agency
 * written another way carrying its one name — by the credit rules ({@code agency-same}: "Associated Press" is "AP"),
 * with or without a leading article ({@code agency-article}: "The Associated Press"), in any case ("DPA", "dpa"),
 * and a long name whose initials are an agency the same article credits by them ("Agence France-Presse" beside
 * "AFP"). A source line naming an agency ("Source: The Associated Press") is that agency's credit. Use it on every
 * credit list an extractor hands on.
 */
public final class DistinctCredits {
    private static final Map<String, String> SAME_AGENCY = sameAgency();
    private static final Set<String> ARTICLES = lowerCase(CreditRules.entries("agency-article"));

    private DistinctCredits() {}

    /** The credits without repeats, in their order. */
    public static List<Credit> of(List<Credit> in) {
        List<Credit> named = new ArrayList<>();
        for (Credit c : in) {
            named.add(oneName(c));
        }
        Set<String> shortForms = new HashSet<>();
        for (Credit c : named) {
            if (c.kind() == Credit.Kind.AGENCY && c.name() != null && c.name().indexOf(' ') < 0) {
                shortForms.add(c.name().toLowerCase(Locale.ROOT));
            }
        }
        List<Credit> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Credit c : named) {
            Credit one = c;
            if (c.kind() == Credit.Kind.AGENCY && c.name() != null) {
                String initials = initials(c.name());
                if (initials != null && shortForms.contains(initials.toLowerCase(Locale.ROOT))) {
                    String shortName = named.stream().filter(x -> x.kind() == Credit.Kind.AGENCY && x.name() != null
                            && x.name().equalsIgnoreCase(initials)).findFirst().orElseThrow().name();
                    one = new Credit(c.kind(), shortName, c.text());
                }
            }
            String key = one.kind() == Credit.Kind.AGENCY && one.name() != null
                    ? one.name().toLowerCase(Locale.ROOT) : one.name();
            if (seen.add(one.kind() + "|" + key)) {
                out.add(one);
            }
        }
        return out;
    }

    /**
     * The credit under its agency's one name: without a leading article, by {@code agency-same}; a source that names
     * an agency becomes that agency's credit. Other credits as they are.
     */
    private static Credit oneName(Credit c) {
        if (c.name() == null || c.kind() != Credit.Kind.AGENCY && c.kind() != Credit.Kind.SOURCE) {
            return c;
        }
        String bare = withoutArticle(c.name().strip());
        String same = SAME_AGENCY.get(bare.toLowerCase(Locale.ROOT));
        if (same != null) {
            return new Credit(Credit.Kind.AGENCY, same, c.text());
        }
        if (CreditFinder.get().isAgency(bare)) {
            return new Credit(Credit.Kind.AGENCY, bare, c.text());
        }
        return c;
    }

    private static String withoutArticle(String name) {
        int space = name.indexOf(' ');
        return space > 0 && ARTICLES.contains(name.substring(0, space).toLowerCase(Locale.ROOT))
                ? name.substring(space + 1).strip() : name;
    }

    /**
     * The capitals opening each word and hyphenated part of a name of two words or more ("Agence France-Presse":
     * AFP), or null for a name of one word or a word that opens in lower case.
     */
    static String initials(String name) {
        String[] words = name.strip().split("[\\s-]+");
        if (words.length < 2) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return null;
            }
            out.append(w.charAt(0));
        }
        return out.toString();
    }

    private static Map<String, String> sameAgency() {
        Map<String, String> out = new HashMap<>();
        for (String e : CreditRules.entries("agency-same")) {
            int eq = e.indexOf('=');
            out.put(e.substring(0, eq).strip().toLowerCase(Locale.ROOT), e.substring(eq + 1).strip());
        }
        return Map.copyOf(out);
    }

    private static Set<String> lowerCase(List<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }
}
