package org.dossier.synthesize.claims;

import org.dossier.model.StoryDossier.Claim;

/**
 * A claim as the dossier lists it, with the quantity it was read from (kept for grouping claims about one thing)
 * and the article offset of its sentence's start (-1 when unknown): figures of one sentence count different things.
 */
public record FoundClaim(Claim claim, Quantity quantity, int sentence) {
    public FoundClaim(Claim claim, Quantity quantity) {
        this(claim, quantity, -1);
    }

    /** Whether both claims were read from one sentence of one article ("54 seats, the other party 49 seats"). */
    boolean sameSentence(FoundClaim o) {
        return sentence >= 0 && sentence == o.sentence && claim.article().equals(o.claim.article());
    }
}
