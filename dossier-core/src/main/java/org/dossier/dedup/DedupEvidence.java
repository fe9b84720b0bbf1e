package org.dossier.dedup;

/**
 * Why two articles are (or are not) copies: estimated shingle Jaccard, containment of the shorter text in the
 * longer, overlap of their numbers and names, their quote counts, and the relation decided from these.
 */
public record DedupEvidence(String other, double jaccard, double containment, double numberOverlap,
                            double nameOverlap, int quotes, int otherQuotes, Relation relation) {

    /** What one article is of another. */
    public enum Relation { NONE, DUPLICATE, REPOST, TRANSLATION }

    public boolean isCopy() {
        return relation != Relation.NONE;
    }
}
