package org.dossier.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Position;

/**
 * A dossier's positions as the actor × stance table the renderers draw: one row per actor (named with the side it
 * speaks for when that is another: "Sergei Ryabkov (Russia)"), in the dossier's order, one column per stance that
 * some actor takes, in {@link #STANCES} order. A position's date is shown as its articles allow: the day, or
 * "before D" when every article it cites is dated only by a bound (an undated preview read as the day before D).
 */
final class PositionTable {
    static final List<String> STANCES = List.of("demands", "offers", "accepts", "rejects", "rules_out", "threatens",
            "warns", "denies");

    final List<String> stances = new ArrayList<>();
    final Map<String, Map<String, List<Position>>> rows = new LinkedHashMap<>();
    private final Map<String, java.time.LocalDate> bounds = new java.util.HashMap<>();

    PositionTable(StoryDossier d) {
        for (StoryDossier.ArticleRef a : d.articles()) {
            if (a.anchorBefore() != null) {
                bounds.put(a.id(), a.anchorBefore());
            }
        }
        for (Position p : d.positions()) {
            rows.computeIfAbsent(actor(p), k -> new LinkedHashMap<>())
                    .computeIfAbsent(p.stance(), k -> new ArrayList<>()).add(p);
        }
        for (String s : STANCES) {
            if (d.positions().stream().anyMatch(p -> p.stance().equals(s))) {
                stances.add(s);
            }
        }
        d.positions().stream().map(Position::stance).filter(s -> !stances.contains(s)).distinct().forEach(stances::add);
    }

    static String actor(Position p) {
        return p.side() == null || p.side().equals(p.actor()) ? p.actor() : p.actor() + " (" + p.side() + ")";
    }

    /** The date shown with a position: its day, "before D" when all its articles are bounded, "" when none. */
    String date(Position p) {
        if (p.date() == null) {
            return "";
        }
        if (!p.articles().isEmpty() && p.articles().stream().allMatch(bounds::containsKey)) {
            return "before " + p.articles().stream().map(bounds::get).min(java.util.Comparator.naturalOrder()).orElseThrow();
        }
        return p.date().toString();
    }

    /** A stance's column heading: "rules out" for rules_out. */
    static String heading(String stance) {
        return stance.replace('_', ' ');
    }
}
