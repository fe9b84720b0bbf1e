package org.dossier.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.port.StoredArticle;
import org.dossier.text.TextWords;

/**
 * The articles of one batch in the order they were stored, each with the story it is in once the batch is
 * committed: a story merged into another later in the batch takes its articles along, as the store moves them. What
 * {@link Workspace#ingest} hands a search index kept alongside, instead of the index reading the batch back. Use one
 * per batch, on the store thread.
 */
final class BatchStories {
    private final List<Article> articles;
    private final List<String> stories;
    private final List<TextWords> words;
    /** Story id to the positions in this batch of its articles. */
    private final Map<String, List<Integer>> members = new HashMap<>();

    BatchStories(int size) {
        articles = new ArrayList<>(size);
        stories = new ArrayList<>(size);
        words = new ArrayList<>(size);
    }

    /** The next article stored, placed in {@code storyId}, with the words of its title and text (or null). */
    void assigned(Article article, String storyId, TextWords articleWords) {
        words.add(articleWords);
        members.computeIfAbsent(storyId, k -> new ArrayList<>()).add(articles.size());
        articles.add(article);
        stories.add(storyId);
    }

    /** Story {@code from} was merged into {@code into}: its articles of this batch are in {@code into} now. */
    void merged(String from, String into) {
        List<Integer> moved = members.remove(from);
        if (moved == null || from.equals(into)) {
            if (moved != null) {
                members.put(from, moved);
            }
            return;
        }
        for (int i : moved) {
            stories.set(i, into);
        }
        members.computeIfAbsent(into, k -> new ArrayList<>()).addAll(moved);
    }

    /** The words of the batch's articles, aligned with {@link #stored} (null where an article had none). */
    List<TextWords> words() {
        return java.util.Collections.unmodifiableList(words);
    }

    /**
     * The batch as stored, given the position of its last article in the store's ingest order (a transaction's
     * articles take consecutive positions, in the order they were put).
     */
    List<StoredArticle> stored(long lastSeq) {
        List<StoredArticle> out = new ArrayList<>(articles.size());
        long first = lastSeq - articles.size() + 1;
        for (int i = 0; i < articles.size(); i++) {
            out.add(new StoredArticle(first + i, articles.get(i), stories.get(i)));
        }
        return out;
    }
}
