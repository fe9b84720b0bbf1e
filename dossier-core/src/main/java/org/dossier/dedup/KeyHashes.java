package org.dossier.dedup;

import java.util.Arrays;
import java.util.Collection;
import org.dossier.text.Hash64;

/**
 * A set of short keys (a fingerprint's numbers or names) as the sorted, distinct 64-bit hashes of the keys: less
 * memory than strings in a set for every article in the dedup window, and intersections by one merge. Two keys
 * share a hash with probability about 2^-64 per pair.
 */
final class KeyHashes {
    private KeyHashes() {}

    static long[] of(Collection<String> keys) {
        long[] out = new long[keys.size()];
        int n = 0;
        for (String k : keys) {
            out[n++] = Hash64.of(k);
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return distinct == n ? out : Arrays.copyOf(out, distinct);
    }

    /** How many hashes two sorted sets share. */
    static int common(long[] a, long[] b) {
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }
}
