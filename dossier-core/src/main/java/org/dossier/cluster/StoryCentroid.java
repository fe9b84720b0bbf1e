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

    /**
     * The story of both stories' documents (two stories found to be one): vectors summed by feature hash,
     * languages, dates and index keys united, named after the one whose first document comes first.
     */
    public StoryCentroid plus(StoryCentroid o) {
        Map<Long, Double> lex = new HashMap<>();
        Map<Long, Double> keys = new HashMap<>();
        for (StoryCentroid c : List.of(this, o)) {
            for (int i = 0; i < c.lexicalHashes.length; i++) {
                lex.merge(c.lexicalHashes[i], c.lexicalWeights[i], Double::sum);
            }
            for (int i = 0; i < c.keyHashes.length; i++) {
                keys.merge(c.keyHashes[i], c.keyWeights[i], Double::sum);
            }
        }
        TreeSet<String> langs = new TreeSet<>(languages);
        langs.addAll(o.languages);
        TreeSet<Long> index = new TreeSet<>();
        for (long k : indexKeys) {
            index.add(k);
        }
        for (long k : o.indexKeys) {
            index.add(k);
        }
        StoryCentroid first = o.firstOrder < firstOrder ? o : this;
        return new StoryCentroid(first.id, first.firstOrder, size + o.size, hashes(lex), weights(lex), hashes(keys),
                weights(keys), List.copyOf(langs), earlier(firstDate, o.firstDate), later(lastDate, o.lastDate),
                index.stream().mapToLong(Long::longValue).toArray());
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
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
