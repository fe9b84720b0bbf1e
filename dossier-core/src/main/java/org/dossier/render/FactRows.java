package org.dossier.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Fact;

/**
 * The rows of a dossier's fact × outlet matrix as an analyst reads it: the events and numbers first, one row each;
 * then one row per speaker for their quotes and one per actor for their positions (a group of one keeps its own
 * label). A group's sources are those of its best-corroborated fact, shown as "up to N", or "1 each" when all its
 * facts are single-source. Used by every format's coverage section (and the server's story page) so that they list
 * the same rows.
 */
public final class FactRows {
    /**
     * One matrix row: its label, independent sources, whether single-source, whether it groups several facts, and the
     * articles carrying it.
     */
    public record Row(String label, int sources, boolean single, boolean grouped, List<String> articles) {
        /** The sources column as shown: "2", "1 (single source)"; for a group "up to 2" or "1 each (single source)". */
        public String sourcesShown() {
            if (!grouped) {
                return sources + (single ? " (single source)" : "");
            }
            return single ? sources + " each (single source)" : "up to " + sources;
        }
    }

    private FactRows() {}

    /** The rows of {@code d}'s fact table: ungrouped facts first, in order, then one row per group. */
    public static List<Row> of(StoryDossier d) {
        List<Row> out = new ArrayList<>();
        Map<String, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : d.facts()) {
            if (f.group() == null) {
                out.add(new Row(f.label(), f.independentSources(), f.singleSource(), false, f.articles()));
            } else {
                groups.computeIfAbsent(f.kind() + "\u0000" + f.group(), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<Fact> g : groups.values()) {
            Fact first = g.get(0);
            if (g.size() == 1) {
                out.add(new Row(first.label(), first.independentSources(), first.singleSource(), false, first.articles()));
                continue;
            }
            Set<String> articles = new LinkedHashSet<>();
            g.forEach(f -> articles.addAll(f.articles()));
            int best = g.stream().mapToInt(Fact::independentSources).max().orElse(0);
            boolean single = g.stream().allMatch(Fact::singleSource);
            out.add(new Row(label(d, first.kind(), first.group(), g), best, single, true, List.copyOf(articles)));
        }
        return out;
    }

    /** "Sergei Ryabkov: 18 quotes"; "Russia: 12 positions (demands, offers, rejects)". */
    private static String label(StoryDossier d, String kind, String group, List<Fact> g) {
        if (!"position".equals(kind)) {
            return group + ": " + g.size() + " " + kind + "s";
        }
        Set<String> stances = new LinkedHashSet<>();
        for (Fact f : g) {
            int i = index(f.id());
            if (i >= 0 && i < d.positions().size()) {
                stances.add(PositionTable.heading(d.positions().get(i).stance()));
            }
        }
        return group + ": " + g.size() + " positions" + (stances.isEmpty() ? "" : " (" + String.join(", ", stances) + ")");
    }

    private static int index(String id) {
        try {
            return Integer.parseInt(id.substring(id.indexOf(':') + 1));
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
