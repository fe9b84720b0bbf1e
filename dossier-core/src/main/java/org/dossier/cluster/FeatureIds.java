package org.dossier.cluster;

/** Dense ids for feature strings (terms, anchors), assigned on first sight, and the strings back from them. */
interface FeatureIds {
    /** The feature's id, assigned on first sight. */
    int id(String feature);

    /** The feature with this id. */
    String feature(int id);

    /** A table of its own, for uses outside a clusterer (tests, single documents). */
    static FeatureIds local() {
        return new FeatureIds() {
            private final java.util.Map<String, Integer> ids = new java.util.HashMap<>();
            private final java.util.List<String> names = new java.util.ArrayList<>();

            @Override
            public int id(String feature) {
                return ids.computeIfAbsent(feature, f -> {
                    names.add(f);
                    return names.size() - 1;
                });
            }

            @Override
            public String feature(int id) {
                return names.get(id);
            }
        };
    }
}
