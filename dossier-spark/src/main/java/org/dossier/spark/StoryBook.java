package org.dossier.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stories as the stories step builds them on the driver: which story each article is in, each story's
 * articles and its title, kept the way the store keeps them during {@code dossier ingest} (a story's title is
 * the title of its first article; a merged story's articles move to the story that took it over, which keeps its
 * own title, or takes the absorbed one's when it had none).
 */
final class StoryBook {
    private final Map<String, String> storyOf = new HashMap<>();
    private final Map<String, List<String>> members = new LinkedHashMap<>();
    private final Map<String, String> titles = new HashMap<>();

    Optional<String> storyOf(String articleId) {
        return Optional.ofNullable(storyOf.get(articleId));
    }

    void assign(String articleId, String storyId, String title) {
        titles.putIfAbsent(storyId, title);
        members.computeIfAbsent(storyId, k -> new ArrayList<>()).add(articleId);
        storyOf.put(articleId, storyId);
    }

    void merge(String from, String into) {
        if (from.equals(into)) {
            return;
        }
        if (!titles.containsKey(into) && titles.containsKey(from)) {
            titles.put(into, titles.get(from));
        }
        List<String> moved = members.remove(from);
        titles.remove(from);
        if (moved != null) {
            members.computeIfAbsent(into, k -> new ArrayList<>()).addAll(moved);
            moved.forEach(a -> storyOf.put(a, into));
        }
    }

    /** Story ids in the order they were opened, each with its articles in the order they were placed. */
    Map<String, List<String>> members() {
        return members;
    }

    String title(String storyId) {
        return titles.get(storyId);
    }
}
