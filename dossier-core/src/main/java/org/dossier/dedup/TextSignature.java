package org.dossier.dedup;

import java.util.Set;

/**
 * What dedup keeps of one article: the MinHash signature of its word shingles with the shingle and word
 * counts, its language-independent fingerprint (numbers, names, quote count) and that fingerprint's MinHash.
 */
public record TextSignature(long[] shingleHashes, int shingles, int words, Set<String> numbers, Set<String> names,
                            int quotes, long[] fingerprintHashes) {}
