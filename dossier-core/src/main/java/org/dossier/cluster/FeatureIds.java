package org.dossier.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dense ids for feature strings (terms, name and number keys): a clusterer's {@link DocumentFrequencies}, or {@link Local} ones. */
interface FeatureIds {
    /** The feature's id, assigned on first sight. */
    int id(String feature);

    /** Ids of their own that give their feature back, for uses outside a clusterer (tests, single documents). */
    final class Local implements FeatureIds {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        @Override
        public int id(String feature) {
            return ids.computeIfAbsent(feature, f -> {
                names.add(f);
                return names.size() - 1;
            });
        }

        /** The feature with this id. */
        String feature(int id) {
            return names.get(id);
        }
    }
}
