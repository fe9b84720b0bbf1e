package org.dossier.cluster;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntToLongFunction;

/**
 * A story as one part of a distributed clustering leaves it, for merging with the stories of other parts: the
 * sums of its documents' lexical and key vectors by feature hash (ids are a clusterer's own), its languages,
 * dates and index keys (the strongest features of its documents, by which candidates are found), and the order of
 * its first document in the input. Serializable; see {@link CentroidMerge}.
 */
public record StoryCentroid(String id, long firstOrder, int size, long[] lexicalHashes, double[] lexicalWeights,
                            long[] keyHashes, double[] keyWeights, List<String> languages, LocalDate firstDate,
                            LocalDate lastDate, long[] indexKeys) implements Serializable {

    static StoryCentroid of(String id, long firstOrder, List<DocVector> docs, IntToLongFunction hashOf) {
        Map<Long, Double> lex = new HashMap<>();
        Map<Long, Double> keys = new HashMap<>();
        TreeSet<String> langs = new TreeSet<>();
        TreeSet<Long> index = new TreeSet<>();
        LocalDate first = null;
        LocalDate last = null;
        for (DocVector v : docs) {
            sum(lex, v.lexical(), hashOf);
            sum(keys, v.keys(), hashOf);
            if (v.lang() != null) {
                langs.add(v.lang());
            }
            for (int k : v.indexKeys()) {
                index.add(hashOf.applyAsLong(k));
            }
            if (v.date() != null) {
                first = first == null || v.date().isBefore(first) ? v.date() : first;
                last = last == null || v.date().isAfter(last) ? v.date() : last;
            }
        }
        return new StoryCentroid(id, firstOrder, docs.size(), hashes(lex), weights(lex), hashes(keys), weights(keys),
                List.copyOf(langs), first, last, index.stream().mapToLong(Long::longValue).toArray());
    }

    private static void sum(Map<Long, Double> into, FeatureVector v, IntToLongFunction hashOf) {
        for (int i = 0; i < v.ids().length; i++) {
            into.merge(hashOf.applyAsLong(v.ids()[i]), v.weights()[i], Double::sum);
        }
    }

    private static long[] hashes(Map<Long, Double> m) {
        return m.keySet().stream().mapToLong(Long::longValue).toArray();
    }

    private static double[] weights(Map<Long, Double> m) {
        return m.values().stream().mapToDouble(Double::doubleValue).toArray();
    }
}
