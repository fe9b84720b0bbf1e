package org.dossier.cluster;

import java.time.LocalDate;

/**
 * A document as the clusterer compares it: unit-length TF-IDF vectors of its lexical terms (language-specific)
 * and of its name and number keys (language-independent), with its language and date (may be null): the
 * publication date, or else a dateline found in the text ({@code published} false). {@code indexKeys}: ids of
 * its strongest terms and keys, by which stories are indexed and found.
 */
record DocVector(String id, String lang, LocalDate date, boolean published, FeatureVector lexical,
                 FeatureVector keys, int[] indexKeys) {}
