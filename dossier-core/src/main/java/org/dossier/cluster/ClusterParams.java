package org.dossier.cluster;

/**
 * The few parameters of {@link IncrementalClusterer}. The defaults were tuned on the ECB+ dev split
 * (topics 1-35) as explained on {@link #DEFAULT}.
 *
 * @param joinThreshold      least similarity for a document to join an open story
 * @param anchorWeight       share of the anchor cosine in the same-language similarity
 * @param crossLingualFactor scale of the anchor cosine when the story has no document in the document's language
 * @param windowDays         a story closes when no document dated within this many days joined it
 * @param indexKeys          strongest terms and anchors per document used to index and find stories
 * @param maxOpenStories     cap on open stories (bounds memory when dates are unknown)
 */
public record ClusterParams(double joinThreshold, double anchorWeight, double crossLingualFactor, int windowDays,
                            int indexKeys, int maxOpenStories) {

    /** Tuned on the ECB+ dev split; see the class comment. */
    public static final ClusterParams DEFAULT = new ClusterParams(
            Double.parseDouble(System.getProperty("dossier.cluster.threshold", "0.3")),
            Double.parseDouble(System.getProperty("dossier.cluster.anchorWeight", "0.5")),
            Double.parseDouble(System.getProperty("dossier.cluster.cross", "1.0")),
            Integer.parseInt(System.getProperty("dossier.cluster.window", "7")), 20, 100_000);
}
