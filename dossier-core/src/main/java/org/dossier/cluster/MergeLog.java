package org.dossier.cluster;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The merges of stories not yet taken by the caller, in order: each absorbed story's id to the id of the story
 * that took it over. A batch run keeps them all to {@link #resolve} ids; ingest takes them after each article.
 */
final class MergeLog {
    private final Map<String, String> mergedInto = new LinkedHashMap<>();

    void add(String absorbed, String into) {
        mergedInto.put(absorbed, into);
    }

    /** The merges since the last call, in order; forgotten once taken. */
    Map<String, String> take() {
        Map<String, String> out = new LinkedHashMap<>(mergedInto);
        mergedInto.clear();
        return out;
    }

    /** The id a story now has: a story merged into another (since merges were last taken) answers to the other's id. */
    String resolve(String storyId) {
        String id = storyId;
        for (String next; (next = mergedInto.get(id)) != null; ) {
            id = next;
        }
        return id;
    }
}
