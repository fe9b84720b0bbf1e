package org.dossier.synthesize.claims;

import org.dossier.model.StoryDossier.Claim;

/**
 * A claim as the dossier lists it, with the quantity it was read from (kept for grouping claims about one thing),
 * the article offset of its sentence's start (-1 when unknown): figures of one sentence count different things; and
 * the article offset of the figure it is a part of ({@link ClaimParts}; -1 when none): a part is no value of its whole.
 * One article giving two figures of one unit that cannot both hold, neither said to be another's, counts two things
 * ("raised the rate by 50 basis points" and "two members preferred 25 basis points"): an outlet does not dispute
 * itself.
 */
public record FoundClaim(Claim claim, Quantity quantity, int sentence, int partOf) {
    public FoundClaim(Claim claim, Quantity quantity) {
        this(claim, quantity, -1, -1);
    }

    public FoundClaim(Claim claim, Quantity quantity, int sentence) {
        this(claim, quantity, sentence, -1);
    }

    /** Whether both claims were read from one sentence of one article ("54 seats, the other party 49 seats"). */
    boolean sameSentence(FoundClaim o) {
        return sentence >= 0 && sentence == o.sentence && claim.article().equals(o.claim.article());
    }

    /** Whether one of the two gives another value of the other ("9,500 people, a figure X put at 8,000"). */
    private boolean restates(FoundClaim o) {
        return quantity.restates() >= 0 && quantity.restates() == o.quantity.start()
                || o.quantity.restates() >= 0 && o.quantity.restates() == quantity.start();
    }

    /**
     * Whether the two claims are never one group: figures of one sentence (unless one restates the other), or a figure and a part of it ("a 5
     * percent rise in two steps: 3 percent in May ...").
     */
    boolean apart(FoundClaim o) {
        return sameSentence(o) && !restates(o) || claim.article().equals(o.claim.article()) && (partOf >= 0 && partOf == o.quantity.start()
                || o.partOf >= 0 && o.partOf == quantity.start() || twoThingsOfOneArticle(o));
    }

    /**
     * Whether both figures, of one article, cannot hold at once and no two named sources give them: the article
     * counts two things, not one thing twice (an article reporting "police said 12, the hospital 15" keeps its dispute).
     */
    private boolean twoThingsOfOneArticle(FoundClaim o) {
        if (quantity.vague() || o.quantity.vague() || restates(o)) {
            return false;
        }
        double[] a = quantity.interval();
        double[] b = o.quantity.interval();
        boolean disjoint = a[1] < b[0] || b[1] < a[0];
        boolean twoSources = claim.source() != null && o.claim.source() != null
                && !claim.source().equalsIgnoreCase(o.claim.source());
        return disjoint && !twoSources;
    }
}
