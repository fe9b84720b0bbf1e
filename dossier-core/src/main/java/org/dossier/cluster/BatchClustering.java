package org.dossier.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Clusters a whole batch of documents at once, for a benchmark or a one-off set: the documents are taken in
 * date order (undated ones last, in input order), counted into the document frequencies before any decision,
 * placed in one pass and then re-placed once by a {@link SecondPass}. Ingest cannot do the last step (its
 * articles arrive over time and their stories are already stored), so it uses the stricter single-pass
 * threshold ({@link ClusterParams#INCREMENTAL}) instead; this uses {@link ClusterParams#DEFAULT}.
 */
public final class BatchClustering {
    private final IncrementalClusterer clusterer;

    public BatchClustering(IncrementalClusterer clusterer) {
        this.clusterer = clusterer;
    }

    /** The story of each document, by document id, in input order. */
    public Map<String, String> cluster(List<StoryClusterer.Doc> docs) {
        List<StoryClusterer.Doc> order = new ArrayList<>(docs);
        order.sort(Comparator.comparing(StoryClusterer.Doc::date, Comparator.nullsLast(Comparator.naturalOrder())));
        order.forEach(clusterer::prime);
        Map<String, String> story = new HashMap<>();
        for (StoryClusterer.Doc d : order) {
            story.put(d.id(), clusterer.assign(d));
        }
        story.replaceAll((id, s) -> clusterer.resolve(s));
        SecondPass.run(clusterer, order, story);
        Map<String, String> out = new LinkedHashMap<>();
        for (StoryClusterer.Doc d : docs) {
            out.put(d.id(), story.get(d.id()));
        }
        return out;
    }
}
