package org.dossier.cluster;

/** A unit-length sparse vector of one document: feature ids (from {@link DocumentFrequencies}) and weights. */
record FeatureVector(int[] ids, double[] weights) {
    boolean isEmpty() {
        return ids.length == 0;
    }
}
