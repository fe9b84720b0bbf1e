package org.dossier.cluster;

/**
 * A sparse vector over feature ids (open addressing, primitive arrays) with its squared norm kept up to date,
 * used for story centroids.
 */
final class SparseVector {
    private int[] keys = new int[64];
    private double[] values = new double[64];
    private int size;
    private double squaredNorm;

    /** Adds {@code v} to this vector. */
    void add(FeatureVector v) {
        for (int i = 0; i < v.ids().length; i++) {
            int slot = slot(v.ids()[i]);
            if (keys[slot] == 0) {
                keys[slot] = v.ids()[i] + 1;
                size++;
            }
            double old = values[slot];
            double now = old + v.weights()[i];
            squaredNorm += now * now - old * old;
            values[slot] = now;
            if (size * 2 > keys.length) {
                grow();
            }
        }
    }

    /** Cosine between this vector and a unit-length vector. */
    double cosineWithUnit(FeatureVector unit) {
        if (squaredNorm <= 0) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < unit.ids().length; i++) {
            int slot = slot(unit.ids()[i]);
            if (keys[slot] != 0) {
                dot += values[slot] * unit.weights()[i];
            }
        }
        return dot / Math.sqrt(squaredNorm);
    }

    /** Adds another sparse vector to this one. */
    void add(SparseVector other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != 0) {
                add(new FeatureVector(new int[] {other.keys[i] - 1}, new double[] {other.values[i]}));
            }
        }
    }

    /** Cosine between two sparse vectors. */
    double cosine(SparseVector other) {
        if (squaredNorm <= 0 || other.squaredNorm <= 0) {
            return 0;
        }
        SparseVector small = size <= other.size ? this : other;
        SparseVector big = small == this ? other : this;
        double dot = 0;
        for (int i = 0; i < small.keys.length; i++) {
            if (small.keys[i] != 0) {
                int slot = big.slot(small.keys[i] - 1);
                if (big.keys[slot] != 0) {
                    dot += small.values[i] * big.values[slot];
                }
            }
        }
        return dot / Math.sqrt(squaredNorm * other.squaredNorm);
    }

    int size() {
        return size;
    }

    /** The slot holding {@code id}, or the empty slot where it would go. */
    private int slot(int id) {
        int mask = keys.length - 1;
        int i = (id * 0x9E3779B9) >>> 7 & mask;
        while (keys[i] != 0 && keys[i] != id + 1) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        int[] oldKeys = keys;
        double[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new double[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i] - 1);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
