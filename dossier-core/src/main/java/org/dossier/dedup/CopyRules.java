package org.dossier.dedup;

import org.dossier.dedup.DedupEvidence.Relation;

/**
 * Decides from two signatures whether one article copies another.
 *
 * @param duplicateJaccard   shingle Jaccard from which two texts are the same text (a copy or a near copy)
 * @param repostContainment  share of the shorter text's shingles found in the longer one from which it is a
 *                           repost (same body, other chrome around it)
 * @param minNumbers         numbers (incl. years, dates) each text needs before fingerprints are compared
 * @param numberOverlap      Jaccard of the number sets from which fingerprints match
 * @param nameOverlap        share of the smaller capitalised-name set found in the larger one, needed besides
 *                           (containment, not Jaccard: German capitalises every noun; translation renames some)
 * @param lengthRatio        least ratio of word counts (a translation keeps the length roughly)
 */
public record CopyRules(double duplicateJaccard, double repostContainment, int minNumbers, double numberOverlap,
                        double nameOverlap, double lengthRatio) {

    /**
     * Shingles of different articles on one story overlap by a few percent; a repost keeps most of its body, so
     * containment above one half is already a copy. A translation keeps every number and most names.
     */
    public static final CopyRules DEFAULT = new CopyRules(0.85, 0.6, 3, 0.7, 0.5, 0.5);

    DedupEvidence judge(String otherId, TextSignature a, TextSignature b) {
        double j = jaccard(a.shingleHashes(), b.shingleHashes());
        double inter = j * (a.shingles() + b.shingles()) / (1 + j);
        double containment = Math.min(1.0, inter / Math.min(a.shingles(), b.shingles()));
        double numbers = overlap(a.numbers(), b.numbers());
        double names = containment(a.names(), b.names());
        return new DedupEvidence(otherId, j, containment, numbers, names, a.quotes(), b.quotes(),
                relation(j, containment, numbers, names, a, b));
    }

    /** Whether {@code a} is stronger evidence of a copy than {@code b}. */
    boolean stronger(DedupEvidence a, DedupEvidence b) {
        if (a.relation() != b.relation()) {
            return a.relation().ordinal() < b.relation().ordinal() && a.relation() != Relation.NONE;
        }
        return a.jaccard() + a.numberOverlap() > b.jaccard() + b.numberOverlap();
    }

    private Relation relation(double j, double containment, double numbers, double names,
                              TextSignature a, TextSignature b) {
        if (j >= duplicateJaccard) {
            return Relation.DUPLICATE;
        }
        if (containment >= repostContainment) {
            return Relation.REPOST;
        }
        boolean enoughNumbers = a.numbers().length >= minNumbers && b.numbers().length >= minNumbers;
        double ratio = Math.min(a.words(), b.words()) / (double) Math.max(1, Math.max(a.words(), b.words()));
        if (enoughNumbers && numbers >= numberOverlap && names >= nameOverlap && ratio >= lengthRatio
                && similarQuoteCounts(a.quotes(), b.quotes())) {
            return Relation.TRANSLATION;
        }
        return Relation.NONE;
    }

    /** Quote counts equal up to one, or up to a quarter for quote-rich texts. */
    private static boolean similarQuoteCounts(int a, int b) {
        return Math.abs(a - b) <= Math.max(1, Math.max(a, b) / 4);
    }

    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 || a.length != b.length) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) a.length;
    }

    /** Share of the smaller key set found in the larger (sets as {@link KeyHashes}). */
    static double containment(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        return KeyHashes.common(a, b) / (double) Math.min(a.length, b.length);
    }

    /** Jaccard of two key sets (as {@link KeyHashes}). */
    static double overlap(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        int common = KeyHashes.common(a, b);
        return common / (double) (a.length + b.length - common);
    }
}
