package org.dossier.cluster;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.dossier.text.TextFeatures;

/**
 * The cluster stage: documents arrive one at a time (in time order where known) and each joins an open
 * story or opens a new one. Returns the story id.
 */
public interface StoryClusterer {
    String assign(Doc doc);

    /** Rebuilds state from a document already clustered (e.g. read back from the store) into {@code storyId}. */
    void restore(Doc doc, String storyId);

    /** Counts a document of the coming batch into corpus statistics before any {@link #assign}. */
    default void prime(Doc doc) {}

    /**
     * Stories merged since the last call, each absorbed story's id to the id of the story that took it over,
     * in the order they merged; forgotten once taken. Whoever stored articles under the first id moves them.
     */
    default Map<String, String> takeMerges() {
        return Map.of();
    }

    /**
     * Called once a batch is placed: merges stories the batch's documents, now all there, show to be one (see
     * {@link IncrementalClusterer#settle}); the merges are then among {@link #takeMerges}.
     */
    default void settle() {}

    /** How many stories are open (can still take articles), or -1 if it does not say. */
    default int openCount() {
        return -1;
    }

    /** How many features its term statistics hold (its memory besides the stories), or -1 if it does not say. */
    default int vocabulary() {
        return -1;
    }

    /**
     * What clustering reads of an article: {@code date} and {@code lang} may be null; {@code features} are those of
     * {@code title} and {@code text} (computed once per article and shared with dedup).
     */
    record Doc(String id, String title, String text, LocalDate date, String lang, TextFeatures features) {
        public Doc {
            Objects.requireNonNull(features, "features");
        }

        /** A document whose features are computed here, for callers that have none yet. */
        public static Doc of(String id, String title, String text, LocalDate date, String lang) {
            return new Doc(id, title, text, date, lang, TextFeatures.of(title, text, lang));
        }
    }
}
