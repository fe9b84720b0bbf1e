package org.dossier.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.cluster.StoryClusterer;

/** Gives each page a story of its own, then on the last page merges every earlier story into that page's. */
final class MergingClusterer implements StoryClusterer {
    private final int pages;
    private final List<String> stories = new ArrayList<>();
    private final Map<String, String> merges = new LinkedHashMap<>();

    MergingClusterer(int pages) {
        this.pages = pages;
    }

    @Override
    public String assign(Doc doc) {
        String id = "s-" + doc.id();
        if (stories.size() == pages - 1) {
            stories.forEach(s -> merges.put(s, id));
        }
        stories.add(id);
        return id;
    }

    @Override
    public void restore(Doc doc, String storyId) {}

    @Override
    public Map<String, String> takeMerges() {
        Map<String, String> out = new LinkedHashMap<>(merges);
        merges.clear();
        return out;
    }
}
