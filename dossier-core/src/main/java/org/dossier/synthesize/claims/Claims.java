package org.dossier.synthesize.claims;

import java.util.List;
import java.util.Objects;
import org.dossier.model.StoryDossier.Disagreement;

/**
 * Numeric claims: the quantities a sentence states that carry a claim, and the disagreements among a story's
 * claims. The entry of this package for the synthesizer; reading a quantity is a chain of stages
 * ({@link QuantityParser}), keeping one is {@link ClaimFilter}, grouping is {@link ClaimGroups} and judging a group
 * {@link Disagreements}.
 */
public final class Claims {
    private Claims() {}

    /**
     * The claim-carrying quantities of one sentence; {@code offset} is the article offset of its first character,
     * {@code barriers} are article ranges (time expressions) that a subject phrase must not run into.
     */
    public static List<Quantity> inSentence(String sentence, int offset, List<int[]> barriers) {
        return QuantityParser.parse(sentence, offset, barriers).stream().filter(ClaimFilter::keep).toList();
    }

    /**
     * The claims of one article with the parts of a figure named just before marked as such ({@link ClaimParts}):
     * {@code sentences} are its sentence spans {start, end} in order, {@code barriers} its time expressions.
     */
    public static List<FoundClaim> withParts(List<FoundClaim> found, String text, List<int[]> sentences,
            List<int[]> barriers) {
        return ClaimParts.mark(found, text, sentences, barriers);
    }

    /** The disagreements among a story's claims: for each group about one subject whose values cannot all hold. */
    public static List<Disagreement> disagreements(List<FoundClaim> claims) {
        return ClaimGroups.group(claims).stream().map(Disagreements::of).filter(Objects::nonNull).toList();
    }
}
