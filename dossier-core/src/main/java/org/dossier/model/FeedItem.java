package org.dossier.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a feed (RSS, Atom) says of one item, whether or not it carried the page: where it was listed ({@code source},
 * {@code FILE#N}), the page's link, its stated publication day, title, authors and categories, and whether the item
 * held the full content (then it is a page of the ingest itself). An ingest joins an item to the page of the same
 * URL read from another input, whichever came first.
 */
public record FeedItem(String source, String link, LocalDate published, String title, List<String> authors,
                       List<String> categories, boolean hasPage) {
    public FeedItem {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
