package org.dossier.dedup;

import org.dossier.model.Article;
import org.dossier.text.TextFeatures;

/**
 * The dedup stage: articles are added one at a time; each is compared with those seen before and
 * returned with {@code duplicateOf} (near-identical copy) or {@code derivedFrom} (repost, translation) set.
 */
public interface Deduplicator {
    /**
     * Adds an article, given the {@link TextFeatures} of its title and text (computed once per article and
     * shared with clustering), and returns it marked when it copies an article seen before.
     */
    Article add(Article article, TextFeatures features);

    /**
     * The same, given also the article's {@code signature} as {@link MinHashDeduplicator#sign} makes it (for this title and text and
     * these features) on another thread, or null; a deduplicator that signs otherwise ignores it.
     */
    default Article add(Article article, TextFeatures features, TextSignature signature) {
        return add(article, features);
    }

    /** How many articles it remembers to compare new ones with (its memory), or -1 if it does not say. */
    default int remembered() {
        return -1;
    }
}
