package org.dossier.cluster;

import java.util.Arrays;

/**
 * Sums the weights of one document's features by dense id, remembering the order ids were first seen: the
 * document's term frequencies without a map or a string per occurrence. Reused document after document.
 */
final class TermWeights {
    private double[] sums = new double[1024];
    private boolean[] seen = new boolean[1024];
    private int[] order = new int[256];
    private int n;

    /** Adds {@code w} to the feature's sum. */
    void add(int id, double w) {
        if (id >= sums.length) {
            int size = Math.max(id + 1, sums.length * 2);
            sums = Arrays.copyOf(sums, size);
            seen = Arrays.copyOf(seen, size);
        }
        if (!seen[id]) {
            seen[id] = true;
            sums[id] = 0;
            if (n == order.length) {
                order = Arrays.copyOf(order, n * 2);
            }
            order[n++] = id;
        }
        sums[id] += w;
    }

    /** How many distinct features were added. */
    int size() {
        return n;
    }

    /** The ids in first-seen order. */
    int[] ids() {
        return Arrays.copyOf(order, n);
    }

    /** The sums, aligned with {@link #ids}. */
    double[] sums() {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = sums[order[i]];
        }
        return out;
    }

    /** Empties the sums for the next document. */
    void clear() {
        for (int i = 0; i < n; i++) {
            seen[order[i]] = false;
        }
        n = 0;
    }
}
