package org.dossier.synthesize.claims;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.rules.RuleFiles;

/**
 * A distance unit made a speed by the words after it ("70 km/h", "45 miles per hour", "80 Kilometer pro Stunde":
 * {@code speeds.txt}, every language in one file): such a figure counts no distance. Read by {@link UnitStage}, which
 * gives the figure the speed's unit group and takes those words into its counted noun.
 */
final class Speeds {
    private static final List<List<String>> ROWS = RuleFiles.table(Speeds.class, "speeds.txt");
    private static final Map<String, String> UNITS = Map.copyOf(ROWS.stream()
            .filter(r -> r.size() == 3 && r.get(0).equals("unit"))
            .collect(java.util.stream.Collectors.toMap(r -> r.get(1).toLowerCase(Locale.ROOT), r -> r.get(2))));
    private static final List<String> PER = ROWS.stream().filter(r -> r.size() == 2 && r.get(0).equals("per"))
            .map(r -> r.get(1)).toList();

    private Speeds() {}

    /** How many tokens from {@code j} make the distance unit group {@code unit} a speed ("/ h"), or 0. */
    static int per(QuantityTokens tok, int j, String unit) {
        if (!UNITS.containsKey(unit)) {
            return 0;
        }
        for (String p : PER) {
            int n = tok.matches(j, p);
            if (n > 0) {
                return n;
            }
        }
        return 0;
    }

    /** The speed unit group a distance unit group makes ("kilometres": "km/h"). */
    static String of(String unit) {
        return UNITS.get(unit);
    }
}
