package org.dossier.cluster;

/**
 * A sparse vector over feature ids (open addressing, primitive arrays) with its squared norm kept up to date,
 * used for story centroids. A slot holds its key ({@code id + 1}, 0 when empty) and the bits of its value side
 * by side, so a lookup touches one place in memory.
 */
final class SparseVector {
    private long[] slots = new long[2 * 64];
    private int size;
    private double squaredNorm;

    /** Adds {@code v} to this vector. */
    void add(FeatureVector v) {
        for (int i = 0; i < v.ids().length; i++) {
            int slot = slot(v.ids()[i]);
            if (slots[slot] == 0) {
                slots[slot] = v.ids()[i] + 1;
                size++;
            }
            double old = Double.longBitsToDouble(slots[slot + 1]);
            double now = old + v.weights()[i];
            squaredNorm += now * now - old * old;
            slots[slot + 1] = Double.doubleToRawLongBits(now);
            if (size * 4 > slots.length) {
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
            if (slots[slot] != 0) {
                dot += Double.longBitsToDouble(slots[slot + 1]) * unit.weights()[i];
            }
        }
        return dot / Math.sqrt(squaredNorm);
    }

    /**
     * Cosine between this vector and a unit-length one over the features {@code kept} accepts only: both sides are
     * restricted to them before the cosine (it costs a pass over this vector).
     */
    double cosineWithUnitOver(FeatureVector unit, java.util.function.IntPredicate kept) {
        double dot = 0;
        double unitNorm = 0;
        for (int i = 0; i < unit.ids().length; i++) {
            if (kept.test(unit.ids()[i])) {
                unitNorm += unit.weights()[i] * unit.weights()[i];
                int slot = slot(unit.ids()[i]);
                if (slots[slot] != 0) {
                    dot += Double.longBitsToDouble(slots[slot + 1]) * unit.weights()[i];
                }
            }
        }
        if (dot == 0) {
            return 0;
        }
        double norm = 0;
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0 && kept.test((int) slots[i] - 1)) {
                double w = Double.longBitsToDouble(slots[i + 1]);
                norm += w * w;
            }
        }
        return dot / Math.sqrt(norm * unitNorm);
    }

    /** Adds another sparse vector to this one. */
    void add(SparseVector other) {
        for (int i = 0; i < other.slots.length; i += 2) {
            if (other.slots[i] != 0) {
                add(new FeatureVector(new int[] {(int) other.slots[i] - 1},
                        new double[] {Double.longBitsToDouble(other.slots[i + 1])}));
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
        for (int i = 0; i < small.slots.length; i += 2) {
            if (small.slots[i] != 0) {
                int slot = big.slot((int) small.slots[i] - 1);
                if (big.slots[slot] != 0) {
                    dot += Double.longBitsToDouble(small.slots[i + 1]) * Double.longBitsToDouble(big.slots[slot + 1]);
                }
            }
        }
        return dot / Math.sqrt(squaredNorm * other.squaredNorm);
    }

    /** Whether the feature has a positive value here (a member of the centroid still carries it). */
    boolean holds(int id) {
        int slot = slot(id);
        return slots[slot] != 0 && Double.longBitsToDouble(slots[slot + 1]) > 1e-12;
    }

    int size() {
        return size;
    }

    /** Hands each feature id with a slot here to {@code f}. */
    void forEachId(java.util.function.IntConsumer f) {
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0) {
                f.accept((int) slots[i] - 1);
            }
        }
    }

    /** The index of the key of the slot holding {@code id}, or of the empty slot where it would go. */
    private int slot(int id) {
        int mask = slots.length / 2 - 1;
        long key = id + 1;
        int i = (id * 0x9E3779B9) >>> 7 & mask;
        while (slots[2 * i] != 0 && slots[2 * i] != key) {
            i = (i + 1) & mask;
        }
        return 2 * i;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                int slot = slot((int) old[i] - 1);
                slots[slot] = old[i];
                slots[slot + 1] = old[i + 1];
            }
        }
    }
}
