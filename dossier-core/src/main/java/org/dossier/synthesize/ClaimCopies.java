package org.dossier.synthesize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Article;
import org.dossier.model.StoryDossier.Claim;
import org.dossier.synthesize.claims.FoundClaim;

/**
 * One claim for a figure that a copy repeats from its original: a copy (a duplicate or a derivation of another
 * article of the story) and its original are one source, so the copy's claim with the same unit and amount as one
 * of its original's is dropped and the copy is listed as a carrier of the original's claim instead. Use before the
 * claims are listed, grouped and counted.
 */
final class ClaimCopies {
    private ClaimCopies() {}

    /** The claims left, and for each the articles that carry it (its own article first). */
    record Merged(List<FoundClaim> found, List<List<String>> carriers) {}

    static Merged merge(List<FoundClaim> found, List<AnnotatedArticle> articles) {
        Map<String, String> originalOf = new HashMap<>();
        for (AnnotatedArticle a : articles) {
            Article x = a.article();
            String o = x.duplicateOf() != null ? x.duplicateOf() : x.derivedFrom();
            if (o != null && !o.equals(x.id())) {
                originalOf.put(x.id(), o);
            }
        }
        List<FoundClaim> kept = new ArrayList<>();
        List<List<String>> carriers = new ArrayList<>();
        for (FoundClaim f : found) {
            int at = originalOf.isEmpty() ? -1 : sameInOriginal(f.claim(), kept, originalOf);
            if (at >= 0) {
                if (!carriers.get(at).contains(f.claim().article())) {
                    carriers.get(at).add(f.claim().article());
                }
                continue;
            }
            kept.add(f);
            carriers.add(new ArrayList<>(List.of(f.claim().article())));
        }
        return new Merged(List.copyOf(kept), carriers.stream().map(List::copyOf).toList());
    }

    /** The index in {@code kept} of the claim of an original of c's article that c repeats, else -1. */
    private static int sameInOriginal(Claim c, List<FoundClaim> kept, Map<String, String> originalOf) {
        List<String> originals = new ArrayList<>();
        String id = c.article();
        while ((id = originalOf.get(id)) != null && !originals.contains(id) && originals.size() < 8) {
            originals.add(id);
        }
        for (int i = 0; i < kept.size(); i++) {
            Claim k = kept.get(i).claim();
            if (originals.contains(k.article()) && same(k, c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean same(Claim a, Claim b) {
        return Objects.equals(a.unit(), b.unit()) && a.vague() == b.vague()
                && (a.vague() ? norm(a.text()).equals(norm(b.text()))
                        : Objects.equals(a.value(), b.value()) && Objects.equals(a.low(), b.low())
                                && Objects.equals(a.high(), b.high()));
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
