package org.dossier.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.rules.RuleFiles;

/**
 * The table of names everyone writes several ways ({@code en/known-names.txt}): countries, regions and international
 * bodies with their other names and the adjectives derived from them. Use it to put "US", "USA" and "United States"
 * in one entity, to type a platform the tagger read as a thing, and to find the entity an adjective ("American",
 * "British") belongs to when the adjective does not spell the name. The abbreviations of US states
 * ({@code en/state-abbreviations.txt}, "Calif.") are other names of their state, matched as written.
 */
final class KnownNames {
    /** A known entity: its canonical name and type. */
    record Known(String canonical, String type) {}

    private static final Map<String, Known> BY_NAME = new HashMap<>();
    private static final Map<String, Known> BY_ADJECTIVE = new HashMap<>();
    /** State abbreviations as written, dot included: folded keys drop the dot ("Miss." would be "Miss"). */
    private static final Map<String, Known> BY_ABBREVIATION = new HashMap<>();

    static {
        for (List<String> row : RuleFiles.table(KnownNames.class, "en", "known-names.txt")) {
            Known k = new Known(row.get(0), row.get(1));
            BY_NAME.putIfAbsent(OrgClusters.foldedKey(row.get(0)), k);
            for (String alias : split(row, 2)) {
                BY_NAME.putIfAbsent(OrgClusters.foldedKey(alias), k);
            }
            for (String adjective : split(row, 3)) {
                BY_ADJECTIVE.putIfAbsent(adjective, k);
            }
        }
        for (List<String> row : RuleFiles.table(KnownNames.class, "en", "state-abbreviations.txt")) {
            BY_ABBREVIATION.put(row.get(0), new Known(row.get(1), org.dossier.model.EntityType.LOCATION.label()));
        }
    }

    private KnownNames() {}

    /** The known entity a name denotes, compared as folded keys ("U.S." and "US"), or null. */
    static Known byName(String name) {
        Known abbreviated = BY_ABBREVIATION.get(name.strip());
        return abbreviated != null ? abbreviated : BY_NAME.get(OrgClusters.foldedKey(name));
    }

    /** The state a state abbreviation written so stands for ("Calif.": California), or null. */
    static String abbreviated(String name) {
        Known k = BY_ABBREVIATION.get(name.strip());
        return k == null ? null : k.canonical();
    }

    /** The known entity an adjective or demonym is derived from, as written ("Russian", "Americans"), or null. */
    static Known byAdjective(String adjective) {
        return BY_ADJECTIVE.get(adjective);
    }

    private static List<String> split(List<String> row, int column) {
        return row.size() <= column || row.get(column).equals("-") ? List.of() : List.of(row.get(column).split("\\|"));
    }
}
