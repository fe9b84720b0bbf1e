package org.dossier.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.dossier.cluster.BatchClustering;
import org.dossier.cluster.CentroidMerge;
import org.dossier.cluster.ClusterParams;
import org.dossier.cluster.FrequencyTable;
import org.dossier.cluster.IncrementalClusterer;
import org.dossier.cluster.MergeComponents;
import org.dossier.cluster.StoryCentroid;
import org.dossier.cluster.StoryClusterer;
import org.dossier.text.DatelineFinder;
import org.dossier.text.TextFeatures;
import scala.Tuple2;

/**
 * Story clustering in parts: the articles (copies included) are grouped by language and time window (the date
 * clustering reads: publication date, else a dateline; undated articles form one part per language); each part
 * is clustered in ingest's order, as a batch ({@code dossier cluster}) or one by one (ingest), over the corpus'
 * document frequencies ({@link FrequencyTable}, broadcast), and hands on its stories as centroids. Stories
 * of different parts sharing an index key are then judged by {@link CentroidMerge}; the merges found (few: one
 * pair of story ids each) are joined into components on the driver, each named after its earliest story.
 */
final class WindowClusters {
    /** Stories of one index key compared pairwise, earliest first: a key common to more is no evidence. */
    static final int MERGE_BUCKET_CAP = 64;

    private WindowClusters() {}

    /** The rule that judges two stories of different parts (see {@link CentroidMerge.Rule}). */
    static final CentroidMerge.Rule RULE = CentroidMerge.Rule.DEFAULT;

    /** One story of one part: its centroid and its articles. */
    record PartStory(String part, StoryCentroid centroid, List<String> members) implements Serializable {}

    /** The part (language × window) of an article. */
    static String part(SignedArticle a, int windowDays) {
        LocalDate date = a.published() != null ? a.published() : DatelineFinder.find(a.title(), a.text());
        return (a.lang() == null ? "" : a.lang()) + "/" + (date == null ? "undated" : date.toEpochDay() / windowDays);
    }

    /** The document frequencies of the articles: counted per partition, summed by feature, gathered. */
    static FrequencyTable frequencies(JavaRDD<SignedArticle> articles) {
        JavaRDD<Object> counted = articles.mapPartitions(it -> {
            FrequencyTable.Counter counter = new FrequencyTable.Counter(ClusterParams.INCREMENTAL);
            while (it.hasNext()) {
                counter.count(doc(it.next()));
            }
            List<Object> out = new ArrayList<>(counter.features());
            out.add(counter.documents());
            return out.iterator();
        });
        long documents = counted.filter(o -> o instanceof Long).map(o -> (Long) o).fold(0L, Long::sum);
        List<FrequencyTable.Feature> features = counted
                .filter(o -> o instanceof FrequencyTable.Feature)
                .mapToPair(o -> {
                    FrequencyTable.Feature f = (FrequencyTable.Feature) o;
                    return new Tuple2<>(f.hash(), f);
                })
                .reduceByKey((a, b) -> {
                    List<String> langs = new ArrayList<>(a.languages());
                    b.languages().stream().filter(l -> !langs.contains(l)).forEach(langs::add);
                    return new FrequencyTable.Feature(a.hash(), a.documents() + b.documents(), langs);
                })
                .values()
                .collect();
        return FrequencyTable.of(documents, features);
    }

    /**
     * The stories of each part, copies included ({@code rootOf}: copy id to its root original; a copy is clustered
     * in its own part, so its vector counts in a story's centroid as in ingest, and its story in the membership is
     * its root's, see {@link #clusterPart}): {@code batch} clusters a part as {@code dossier cluster} does ({@link BatchClustering}:
     * {@link ClusterParams#DEFAULT}, one pass then a second), else as ingest places articles one by one
     * ({@link ClusterParams#INCREMENTAL}, one pass).
     */
    static JavaRDD<PartStory> cluster(JavaRDD<SignedArticle> articles, JavaPairRDD<String, String> rootOf,
                                      Broadcast<FrequencyTable> table, int windowDays, boolean batch) {
        return articles
                .mapToPair(a -> new Tuple2<>(a.id(), a))
                .leftOuterJoin(rootOf)
                .mapToPair(t -> new Tuple2<>(part(t._2()._1(), windowDays),
                        new Tuple2<>(t._2()._1(), t._2()._2().orElse(null))))
                .groupByKey()
                .flatMap(g -> {
                    List<SignedArticle> in = new ArrayList<>();
                    Map<String, String> roots = new HashMap<>();
                    for (Tuple2<SignedArticle, String> t : g._2()) {
                        in.add(t._1());
                        if (t._2() != null) {
                            roots.put(t._1().id(), t._2());
                        }
                    }
                    return clusterPart(g._1(), in, roots, table.value(), batch).iterator();
                });
    }

    /** The parameters of the clusterer of each part (and of the merge). */
    static ClusterParams params(boolean batch) {
        return batch ? ClusterParams.DEFAULT : ClusterParams.INCREMENTAL;
    }

    /**
     * The stories of one part, in ingest's order. {@code rootOf} names the copies among the articles (copy id to its
     * root original's id, an original of the same part): one by one, a copy joins its original's story as ingest
     * places it ({@link IncrementalClusterer#restore}: its vector counts in the story's centroid, nothing is
     * decided); as a batch, every article is clustered and each copy then placed in its original's story.
     */
    static List<PartStory> clusterPart(String part, Iterable<SignedArticle> articles, Map<String, String> rootOf,
                                       FrequencyTable table, boolean batch) {
        List<SignedArticle> order = new ArrayList<>();
        articles.forEach(order::add);
        order.sort(Comparator.comparingLong(SignedArticle::seq));
        IncrementalClusterer clusterer = new IncrementalClusterer(params(batch), table);
        Map<String, String> storyOf = new LinkedHashMap<>();
        Map<String, StoryClusterer.Doc> docs = new LinkedHashMap<>();
        for (SignedArticle a : order) {
            docs.put(a.id(), doc(a));
        }
        if (batch) {
            storyOf.putAll(new BatchClustering(clusterer).cluster(new ArrayList<>(docs.values())));
        } else {
            docs.forEach((id, d) -> {
                String root = rootOf.get(id);
                String story = root == null || !storyOf.containsKey(root) ? null : clusterer.resolve(storyOf.get(root));
                if (story == null) {
                    storyOf.put(id, clusterer.assign(d));
                } else {
                    clusterer.restore(d, story);
                    storyOf.put(id, story);
                }
            });
            clusterer.settle(); // as ingest ends a batch: its merges are resolved below
        }
        storyOf.replaceAll((id, story) -> clusterer.resolve(story));
        rootOf.forEach((copy, root) -> {
            if (storyOf.containsKey(copy) && storyOf.containsKey(root)) {
                storyOf.put(copy, storyOf.get(root));
            }
        });
        Map<String, List<SignedArticle>> members = new LinkedHashMap<>();
        for (SignedArticle a : order) {
            members.computeIfAbsent(storyOf.get(a.id()), k -> new ArrayList<>()).add(a);
        }
        List<PartStory> out = new ArrayList<>();
        members.forEach((story, in) -> out.add(new PartStory(part,
                clusterer.centroid(story, in.get(0).seq(), in.stream().map(a -> docs.get(a.id())).toList()),
                in.stream().map(SignedArticle::id).toList())));
        return out;
    }

    /**
     * The merges of stories across parts: story id to the id of the story of its group (only for stories
     * that merged), the earliest story of each group naming it. The pairs judged one story are gathered with the
     * stories they name and joined without chaining ({@link MergeComponents}).
     */
    static Map<String, String> merges(JavaRDD<PartStory> stories, Broadcast<FrequencyTable> table, boolean batch) {
        List<MergeComponents.Candidate> pairs = stories
                .flatMapToPair(s -> {
                    List<Tuple2<Long, PartStory>> out = new ArrayList<>();
                    for (long key : s.centroid().indexKeys()) {
                        out.add(new Tuple2<>(key, s));
                    }
                    return out.iterator();
                })
                .groupByKey()
                .mapPartitions(buckets -> judgeBuckets(buckets, table.value(), batch))
                .distinct()
                .collect();
        Set<String> named = new HashSet<>();
        pairs.forEach(p -> {
            named.add(p.a());
            named.add(p.b());
        });
        Map<String, MergeComponents.PartCentroid> involved = new HashMap<>();
        if (!named.isEmpty()) {
            Broadcast<Set<String>> ids = JavaSparkContext.fromSparkContext(stories.context()).broadcast(named);
            stories.filter(s -> ids.value().contains(s.centroid().id()))
                    .collect()
                    .forEach(s -> involved.put(s.centroid().id(), new MergeComponents.PartCentroid(s.part(), s.centroid())));
        }
        return join(pairs, involved, table.value(), batch);
    }

    /** The groups of the candidate pairs (see {@link MergeComponents#join}), by the merge rule of the parts. */
    static Map<String, String> join(List<MergeComponents.Candidate> pairs,
                                    Map<String, MergeComponents.PartCentroid> stories, FrequencyTable table,
                                    boolean batch) {
        return join(pairs, stories, table, batch, RULE);
    }

    static Map<String, String> join(List<MergeComponents.Candidate> pairs,
                                    Map<String, MergeComponents.PartCentroid> stories, FrequencyTable table,
                                    boolean batch, CentroidMerge.Rule rule) {
        return MergeComponents.join(pairs, stories, new CentroidMerge(params(batch), table, rule));
    }

    private static Iterator<MergeComponents.Candidate> judgeBuckets(
            Iterator<Tuple2<Long, Iterable<PartStory>>> buckets, FrequencyTable table, boolean batch) {
        return judgeBuckets(buckets, table, batch, RULE);
    }

    /** The pairs of stories of different parts in each bucket (the earliest {@value #MERGE_BUCKET_CAP}) judged one. */
    static Iterator<MergeComponents.Candidate> judgeBuckets(
            Iterator<Tuple2<Long, Iterable<PartStory>>> buckets, FrequencyTable table, boolean batch,
            CentroidMerge.Rule rule) {
        CentroidMerge merge = new CentroidMerge(params(batch), table, rule);
        List<MergeComponents.Candidate> out = new ArrayList<>();
        while (buckets.hasNext()) {
            List<PartStory> bucket = new ArrayList<>();
            buckets.next()._2().forEach(bucket::add);
            if (bucket.size() < 2 || bucket.stream().map(PartStory::part).distinct().count() < 2) {
                continue;
            }
            bucket.sort(Comparator.comparingLong(s -> s.centroid().firstOrder()));
            List<PartStory> head = bucket.subList(0, Math.min(bucket.size(), MERGE_BUCKET_CAP));
            for (int i = 0; i < head.size(); i++) {
                for (int j = i + 1; j < head.size(); j++) {
                    PartStory a = head.get(i);
                    PartStory b = head.get(j);
                    if (!a.part().equals(b.part()) && merge.sameStory(a.centroid(), b.centroid())) {
                        out.add(new MergeComponents.Candidate(a.centroid().id(), b.centroid().id(),
                                merge.similarity(a.centroid(), b.centroid())));
                    }
                }
            }
        }
        return out.iterator();
    }

    static StoryClusterer.Doc doc(SignedArticle a) {
        return new StoryClusterer.Doc(a.id(), a.title(), a.text(), a.published(), a.lang(),
                TextFeatures.of(a.title(), a.text(), a.lang()));
    }
}
