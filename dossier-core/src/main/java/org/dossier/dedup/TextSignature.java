package org.dossier.dedup;

/**
 * What dedup keeps of one article: the MinHash signature of its word shingles with the shingle and word
 * counts, its language-independent fingerprint (numbers and names as {@link KeyHashes}, quote count) and that
 * fingerprint's MinHash.
 */
public record TextSignature(long[] shingleHashes, int shingles, int words, long[] numbers, long[] names,
                            int quotes, long[] fingerprintHashes) {}
