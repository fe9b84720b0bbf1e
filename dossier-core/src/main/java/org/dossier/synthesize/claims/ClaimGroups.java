package org.dossier.synthesize.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.rules.RuleFiles;

/**
 * Groups claims about one subject across articles: same unit, same order of magnitude, no clashing modifiers,
 * and shared key words in the subject or the words around it; a claim without subject words joins every group
 * with a close value (those groups become one when they fit each other). Two figures of one sentence are never one
 * group: a sentence that gives two counts of one unit counts two things ("54 seats, the National Union 49 seats"),
 * nor are a figure and a part of it ({@link ClaimParts}), nor figures of different owners ({@link OwnerStage}). Figures stated on different terms (asked, offered,
 * agreed; a rate: {@link TermsStage}) are never one group, nor figures governed by verbs of different acts
 * (carried, pumped out, leaked: {@link ActStage}); a claim that could join two groups joins the one that
 * already states its figure. Vague amounts join last, so that one never keeps a figure out of the group of the
 * figures it fits.
 */
final class ClaimGroups {
    private static final double MAX_RATIO = 10;
    private static final double BARE_RATIO = 3;
    private static final Set<String> PARTS = RuleFiles.words(ClaimGroups.class, "en", "part-words.txt").stream()
            .map(KeyWords::key).collect(Collectors.toSet());

    private ClaimGroups() {}

    static List<List<FoundClaim>> group(List<FoundClaim> claims) {
        Map<String, List<FoundClaim>> byUnit = claims.stream()
                .collect(Collectors.groupingBy(f -> f.claim().unit(), LinkedHashMap::new, Collectors.toList()));
        List<List<FoundClaim>> out = new ArrayList<>();
        byUnit.values().forEach(list -> out.addAll(byKeywords(list)));
        return out;
    }

    private static List<List<FoundClaim>> byKeywords(List<FoundClaim> list) {
        // figures first, vague amounts last: "hundreds of tonnes" joins the figures it fits, never keeps one out
        List<FoundClaim> ordered = new ArrayList<>(list.stream().filter(f -> !bare(f) && !f.quantity().vague()).toList());
        list.stream().filter(f -> bare(f) && !f.quantity().vague()).forEach(ordered::add);
        list.stream().filter(f -> !bare(f) && f.quantity().vague()).forEach(ordered::add);
        list.stream().filter(f -> bare(f) && f.quantity().vague()).forEach(ordered::add);
        List<List<FoundClaim>> groups = new ArrayList<>();
        for (FoundClaim f : ordered) {
            List<List<FoundClaim>> hits = new ArrayList<>(groups.stream()
                    .filter(g -> g.stream().allMatch(o -> fits(o.quantity(), f.quantity()) && !o.apart(f))
                            && g.stream().anyMatch(o -> linked(o.quantity(), f.quantity())))
                    .toList());
            hits.sort(Comparator.comparing((List<FoundClaim> g) -> !statesValue(g, f))
                    .thenComparingInt(g -> -g.size()));
            List<FoundClaim> merged = new ArrayList<>(List.of(f));
            for (List<FoundClaim> g : hits) {
                if (g.stream().allMatch(o -> merged.stream().allMatch(m -> fits(o.quantity(), m.quantity()) && !o.apart(m)))) {
                    merged.addAll(0, g);
                    groups.removeIf(x -> x == g);
                }
            }
            groups.add(merged);
        }
        return groups;
    }

    /** Whether a group already holds the claim's figure: where a claim could join two groups, it joins that one. */
    private static boolean statesValue(List<FoundClaim> g, FoundClaim f) {
        return !f.quantity().vague() && g.stream().anyMatch(o -> !o.quantity().vague()
                && o.quantity().value() == f.quantity().value());
    }

    private static boolean bare(FoundClaim f) {
        return f.quantity().keywords().isEmpty();
    }

    /**
     * Whether two quantities speak of the same thing: shared subject key words, shared words around them, or one
     * of them without any subject words and values within a factor {@value #BARE_RATIO} (a bare "12,000 people"
     * joins the close reports it fits, not a "250 million euros" of damage next to a 40 million fund).
     */
    static boolean linked(Quantity a, Quantity b) {
        boolean bare = a.keywords().isEmpty() || b.keywords().isEmpty();
        return shares(a, b) || !Collections.disjoint(a.window(), b.window()) || (bare && ratio(a, b) <= BARE_RATIO);
    }

    /**
     * Whether two quantities may count the same thing: comparable magnitude, no clashing modifiers, not a part,
     * shares not of different things ("percent of ballots" counted is no "percent of the vote", nor the turnout
     * a share whose owner is not said),
     * not of two different owners (one party's seats are never a figure of another party's, nor of what a majority
     * needs; a figure whose owner is not said is compared as before), of the same act where both say one (what a
     * ship carried is no figure of what was pumped out of it), and on the same terms (a figure asked for is
     * not the one offered or agreed; a rate per day is no total; an increment, "another 3,500 people", is never
     * compared, neither with a total nor with another increment).
     */
    static boolean fits(Quantity a, Quantity b) {
        return magnitude(a, b) && !clash(a.modifiers(), b.modifiers()) && part(a) == part(b)
                && !("share".equals(ClaimFilter.kind(a.unit())) && clash(a.context(), b.context()))
                && (a.owner() == null || b.owner() == null || a.ownerKey().equals(b.ownerKey()))
                && !("share".equals(ClaimFilter.kind(a.unit())) && !sameShareOwner(a, b))
                && !(a.terms() != null && b.terms() != null && !a.terms().equals(b.terms()))
                && !TermsStage.INCREMENT.equals(a.terms()) && !TermsStage.INCREMENT.equals(b.terms())
                && Objects.equals(a.rate(), b.rate())
                && (a.act() == null || b.act() == null || a.act().equals(b.act()));
    }

    /**
     * Whether two shares are of one owner: the same, or none said of one whose subject is the other's owner ("5%
     * contained" and "containment stood at 12%": "contained" and "containment" share their key word).
     */
    private static boolean sameShareOwner(Quantity a, Quantity b) {
        return a.ownerKey().equals(b.ownerKey()) || ownerIsSubject(a, b) || ownerIsSubject(b, a);
    }

    private static boolean ownerIsSubject(Quantity unowned, Quantity owned) {
        return unowned.owner() == null && owned.owner() != null && !owned.owner().contains(" ")
                && unowned.keywords().contains(KeyWords.key(owned.owner()));
    }

    /** Whether the phrase after the noun makes the quantity a part of another ("of the total"). */
    private static boolean part(Quantity q) {
        return q.context().stream().anyMatch(PARTS::contains);
    }

    private static boolean shares(Quantity a, Quantity b) {
        return !Collections.disjoint(a.keywords(), b.keywords());
    }

    private static boolean clash(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && Collections.disjoint(a, b);
    }

    private static boolean magnitude(Quantity a, Quantity b) {
        return ratio(a, b) <= MAX_RATIO;
    }

    private static double ratio(Quantity a, Quantity b) {
        double x = Math.max(a.middle(), 1e-9);
        double y = Math.max(b.middle(), 1e-9);
        return Math.max(x, y) / Math.min(x, y);
    }
}
