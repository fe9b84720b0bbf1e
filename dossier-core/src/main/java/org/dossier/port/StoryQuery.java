package org.dossier.port;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which stories a list shows and in what order: stories whose span meets {@code from}–{@code to} (either may be
 * null: open; an undated story meets no range), that have an article from {@code outlet} or in {@code language}
 * (null: any), among {@code storyIds} (null: all; the search index gives these for a name), sorted by
 * {@code sort}, the window {@code offset} (from 0) and {@code limit} long.
 */
public record StoryQuery(LocalDate from, LocalDate to, String outlet, String language, Set<String> storyIds,
                         Sort sort, int offset, int limit) {
    /** The orders a list can have; ties go to the story first ingested. */
    public enum Sort {
        /** Most articles first (the store's order for {@link StoryStore#stories}). */
        ARTICLES,
        /** Most outlets first. */
        OUTLETS,
        /** Latest last publication date first; undated stories last. */
        NEWEST,
        /** Earliest first publication date first; undated stories last. */
        OLDEST,
        /** By title, A to Z. */
        TITLE
    }

    public StoryQuery {
        storyIds = storyIds == null ? null : Set.copyOf(storyIds);
        sort = sort == null ? Sort.ARTICLES : sort;
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be 0 or more");
        }
    }

    /** Every story, most articles first, {@code limit} from {@code offset}. */
    public static StoryQuery all(int offset, int limit) {
        return new StoryQuery(null, null, null, null, null, Sort.ARTICLES, offset, limit);
    }
}
