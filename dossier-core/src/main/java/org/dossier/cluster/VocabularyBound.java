package org.dossier.cluster;

import java.util.BitSet;
import java.util.Collection;

/**
 * Keeps the document-frequency table bounded on an endless stream: past a cap, the features no open story holds
 * are forgotten with their document counts. A feature of no open story was seen in no article of the window, so
 * the table holds the window's vocabulary.
 */
final class VocabularyBound {
    /** Features remembered before the ones no open story holds are forgotten. */
    static final int VOCABULARY_CAP = 1_000_000;

    private final int cap;
    private final DocumentFrequencies df;
    private final Featurizer featurizer;
    /** The vocabulary at which the next prune runs: the cap, or twice what the open stories held at the last. */
    private int pruneAt;

    VocabularyBound(int cap, DocumentFrequencies df, Featurizer featurizer) {
        this.cap = cap;
        this.df = df;
        this.featurizer = featurizer;
        this.pruneAt = cap;
    }

    /**
     * Past the cap, forgets the features no open story holds (call it between documents, when no vector is in
     * flight). When the open stories alone hold more than half the cap, the next prune waits until the
     * vocabulary has doubled again, so the work stays proportional to the features added: the table keeps at
     * most the larger of the cap and twice what the open stories hold.
     */
    void apply(Collection<OpenStory> open) {
        if (df.vocabulary() <= pruneAt) {
            return;
        }
        BitSet held = new BitSet();
        for (OpenStory s : open) {
            s.lexical.forEachId(held::set);
            s.keys.forEachId(held::set);
        }
        featurizer.prune(held::get);
        pruneAt = Math.max(cap, 2 * df.vocabulary());
    }
}
