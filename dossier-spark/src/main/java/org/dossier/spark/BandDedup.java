package org.dossier.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.dossier.dedup.CopyJudge;
import org.dossier.dedup.DedupEvidence;
import org.dossier.dedup.DedupEvidence.Relation;
import scala.Tuple2;

/**
 * Near-duplicates by LSH band keys: every article goes to the bucket of each band of its signature
 * ({@link CopyJudge#bandKeys}, as the dedup index bands it); within a bucket, in ingest's order, each article is
 * judged against the {@link CopyJudge#BUCKET_CAP} articles before it there (the newest, as a bucket of the index
 * keeps them) by the same copy rules, the earlier one the original. Each copy keeps its strongest original; the
 * chains are then collapsed to their root by joins (an original always comes earlier, so there is no cycle). The
 * copy relations stay distributed: the driver holds none of them.
 */
final class BandDedup {
    private BandDedup() {}

    /** A copy and its original, as judged: the relation and what {@link CopyJudge#stronger} compares. */
    record CopyEdge(String copy, long copySeq, String original, Relation relation, double jaccard,
                    double containment, double numberOverlap, double nameOverlap, int quotes, int otherQuotes)
            implements Serializable {
        DedupEvidence evidence() {
            return new DedupEvidence(original, jaccard, containment, numberOverlap, nameOverlap, quotes, otherQuotes,
                    relation);
        }
    }

    /** What a copy is in the membership: its root original and whether it is a duplicate (or derived). */
    record Copy(String root, boolean duplicate) implements Serializable {}

    /**
     * The copies among {@code articles} (copy id to its root original), distributed: each copy's strongest edge
     * by {@code reduceByKey}, then the chains collapsed by pointer jumping (a copy whose original is itself a copy
     * takes that copy's original, a join per round; the chain length halves each round and is mostly 1, so one
     * or two rounds). Nothing is gathered on the driver.
     */
    static JavaPairRDD<String, Copy> copies(JavaRDD<SignedArticle> articles) {
        JavaPairRDD<String, Copy> copies = articles
                .flatMapToPair(a -> {
                    List<Tuple2<Long, SignedArticle>> out = new ArrayList<>();
                    for (long key : CopyJudge.bandKeys(a.signature())) {
                        out.add(new Tuple2<>(key, a));
                    }
                    return out.iterator();
                })
                .groupByKey()
                .mapPartitions(BandDedup::judgeBuckets)
                .mapToPair(e -> new Tuple2<>(e.copy(), e))
                .reduceByKey(BandDedup::stronger)
                .mapValues(e -> new Copy(e.original(), e.relation() == Relation.DUPLICATE))
                .persist(StorageLevel.MEMORY_AND_DISK());
        while (true) {
            // copies whose root is itself a copy: (root, ((copy, its relation), the root's own root))
            JavaPairRDD<String, Copy> moved = copies
                    .mapToPair(c -> new Tuple2<>(c._2().root(), new Tuple2<>(c._1(), c._2().duplicate())))
                    .join(copies)
                    .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Copy(t._2()._2().root(), t._2()._1()._2())))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            if (moved.isEmpty()) {
                moved.unpersist();
                return copies;
            }
            JavaPairRDD<String, Copy> next = copies.subtractByKey(moved).union(moved)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            next.count();
            copies.unpersist();
            moved.unpersist();
            copies = next;
        }
    }

    private static Iterator<CopyEdge> judgeBuckets(Iterator<Tuple2<Long, Iterable<SignedArticle>>> buckets) {
        CopyJudge judge = new CopyJudge();
        List<CopyEdge> out = new ArrayList<>();
        while (buckets.hasNext()) {
            List<SignedArticle> bucket = new ArrayList<>();
            buckets.next()._2().forEach(bucket::add);
            judgeBucket(judge, bucket, out);
        }
        return out.iterator();
    }

    /** The copy edges of one band bucket: each article against the {@link CopyJudge#BUCKET_CAP} before it. */
    static void judgeBucket(CopyJudge judge, List<SignedArticle> bucket, List<CopyEdge> out) {
        if (bucket.size() < 2) {
            return;
        }
        bucket.sort(Comparator.comparingLong(SignedArticle::seq));
        for (int i = 1; i < bucket.size(); i++) {
            SignedArticle later = bucket.get(i);
            for (int j = i - 1; j >= Math.max(0, i - CopyJudge.BUCKET_CAP); j--) {
                DedupEvidence ev = judge.judge(later.side(), bucket.get(j).side());
                if (ev.isCopy()) {
                    out.add(new CopyEdge(later.id(), later.seq(), ev.other(), ev.relation(), ev.jaccard(),
                            ev.containment(), ev.numberOverlap(), ev.nameOverlap(), ev.quotes(), ev.otherQuotes()));
                }
            }
        }
    }

    /** The stronger of two originals of one copy; between equals, the one whose id sorts first (a stable choice). */
    static CopyEdge stronger(CopyEdge a, CopyEdge b) {
        CopyJudge judge = new CopyJudge();
        if (judge.stronger(a.evidence(), b.evidence())) {
            return a;
        }
        if (judge.stronger(b.evidence(), a.evidence())) {
            return b;
        }
        return a.original().compareTo(b.original()) <= 0 ? a : b;
    }
}
