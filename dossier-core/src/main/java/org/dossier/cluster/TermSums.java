package org.dossier.cluster;

import java.util.Arrays;
import java.util.Map;

/**
 * Sums the weights of one run of terms in a primitive table and puts each term's sum into a term-frequency map
 * once, in first-seen order: the same map, sums and iteration order as merging every occurrence. Not thread-safe.
 */
final class TermSums {
    private String[] keys = new String[1024];
    private double[] sums = new double[1024];
    /** Whether the term's slot started from a value already in the map. */
    private boolean[] had = new boolean[1024];
    private int[] order = new int[1024];
    private int n;
    /** Whether the last term added was new to the map: merging it would have been the last call. */
    private boolean lastNew;

    /** Adds {@code w} to the term's sum, which starts from the term's value in {@code tf} if it has one. */
    void add(String term, double w, Map<String, Double> tf) {
        int slot = slot(term);
        if (keys[slot] != null) {
            sums[slot] += w;
            lastNew = false;
            return;
        }
        Double old = tf.get(term);
        keys[slot] = term;
        sums[slot] = old == null ? w : old + w;
        had[slot] = old != null;
        lastNew = old == null;
        order[n++] = slot;
        if (2 * n > keys.length) {
            grow();
        }
    }

    /**
     * Puts the sums into {@code tf} in the order their terms were first added, and empties the table. Every term
     * goes in by {@link Map#merge}, as merging each occurrence would have put it: a hash map's merge puts a new key
     * at the head of its bucket (its put at the tail) and grows the table at the call after the one that filled
     * it, so one more call follows when the last occurrence was not a new term's.
     */
    void putInto(Map<String, Double> tf) {
        for (int i = 0; i < n; i++) {
            int slot = order[i];
            tf.merge(keys[slot], sums[slot], had[slot] ? TermSums::replace : Double::sum);
        }
        if (n > 0 && !lastNew) {
            tf.merge(keys[order[n - 1]], 0.0, TermSums::keep);
        }
        for (int i = 0; i < n; i++) {
            keys[order[i]] = null;
        }
        n = 0;
    }

    private static Double replace(Double old, Double sum) {
        return sum;
    }

    private static Double keep(Double old, Double ignored) {
        return old;
    }

    private int slot(String term) {
        int mask = keys.length - 1;
        int h = term.hashCode();
        int i = (h ^ h >>> 16) & mask;
        for (String k; (k = keys[i]) != null && k != term && !k.equals(term); ) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        String[] oldKeys = keys;
        double[] oldSums = sums;
        boolean[] oldHad = had;
        had = new boolean[oldKeys.length * 2];
        keys = new String[oldKeys.length * 2];
        sums = new double[oldKeys.length * 2];
        order = Arrays.copyOf(order, keys.length);
        for (int i = 0; i < n; i++) {
            int slot = slot(oldKeys[order[i]]);
            keys[slot] = oldKeys[order[i]];
            sums[slot] = oldSums[order[i]];
            had[slot] = oldHad[order[i]];
            order[i] = slot;
        }
    }
}
