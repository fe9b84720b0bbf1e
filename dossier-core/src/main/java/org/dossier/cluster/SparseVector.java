package org.dossier.cluster;

import java.util.HashMap;
import java.util.Map;

/** A sparse vector over feature names with its squared norm kept up to date, used for story centroids. */
final class SparseVector {
    private final Map<String, Double> weights = new HashMap<>();
    private double squaredNorm;

    /** Adds {@code scale * v} to this vector. */
    void add(Map<String, Double> v, double scale) {
        v.forEach((k, w) -> {
            double old = weights.getOrDefault(k, 0.0);
            double now = old + scale * w;
            squaredNorm += now * now - old * old;
            weights.put(k, now);
        });
    }

    /** Cosine between this vector and a unit-length vector {@code unit}. */
    double cosineWithUnit(Map<String, Double> unit) {
        if (squaredNorm <= 0) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : unit.entrySet()) {
            Double w = weights.get(e.getKey());
            if (w != null) {
                dot += w * e.getValue();
            }
        }
        return dot / Math.sqrt(squaredNorm);
    }

    /** Dot product with {@code v}. */
    double dot(Map<String, Double> v) {
        double dot = 0;
        for (Map.Entry<String, Double> e : v.entrySet()) {
            Double w = weights.get(e.getKey());
            if (w != null) {
                dot += w * e.getValue();
            }
        }
        return dot;
    }

    int size() {
        return weights.size();
    }
}
