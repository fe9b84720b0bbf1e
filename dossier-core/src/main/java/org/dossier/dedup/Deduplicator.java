package org.dossier.dedup;

import org.dossier.model.Article;

/**
 * The dedup stage: articles are added one at a time; each is compared with those seen before and
 * returned with {@code duplicateOf} (near-identical copy) or {@code derivedFrom} (repost, translation) set.
 */
public interface Deduplicator {
    Article add(Article article);

    /** How many articles it remembers to compare new ones with (its memory), or -1 if it does not say. */
    default int remembered() {
        return -1;
    }
}
