package org.dossier.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.dossier.dedup.CopyJudge;
import org.dossier.dedup.DedupEvidence;
import org.dossier.dedup.DedupEvidence.Relation;
import scala.Tuple2;

/**
 * Near-duplicates by LSH band keys: every article goes to the bucket of each band of its signature
 * ({@link CopyJudge#bandKeys}, as the dedup index bands it); within a bucket, in ingest's order, each article is
 * judged against the {@link CopyJudge#BUCKET_CAP} articles before it there (the newest, as a bucket of the index
 * keeps them) by the same copy rules, the earlier one the original. Each copy keeps its strongest original; the
 * chains are then collapsed to their root (an original always comes earlier, so one pass in order does it). Only
 * the copies reach the driver, never the articles.
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

    /** The copies among {@code articles}, each with its root original. */
    static Map<String, Copy> copies(JavaRDD<SignedArticle> articles) {
        List<CopyEdge> best = articles
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
                .values()
                .collect();
        List<CopyEdge> ordered = new ArrayList<>(best);
        ordered.sort(Comparator.comparingLong(CopyEdge::copySeq));
        Map<String, Copy> copies = new HashMap<>();
        for (CopyEdge e : ordered) {
            Copy of = copies.get(e.original());
            String root = of == null ? e.original() : of.root();
            copies.put(e.copy(), new Copy(root, e.relation() == Relation.DUPLICATE));
        }
        return copies;
    }

    private static Iterator<CopyEdge> judgeBuckets(Iterator<Tuple2<Long, Iterable<SignedArticle>>> buckets) {
        CopyJudge judge = new CopyJudge();
        List<CopyEdge> out = new ArrayList<>();
        while (buckets.hasNext()) {
            List<SignedArticle> bucket = new ArrayList<>();
            buckets.next()._2().forEach(bucket::add);
            if (bucket.size() < 2) {
                continue;
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
        return out.iterator();
    }

    /** The stronger of two originals of one copy; between equals, the one whose id sorts first (a stable choice). */
    private static CopyEdge stronger(CopyEdge a, CopyEdge b) {
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
