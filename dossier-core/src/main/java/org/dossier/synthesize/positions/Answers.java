package org.dossier.synthesize.positions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.StoryDossier.Position;

/**
 * Links a rejection to the demand it rejects: a rejection (or ruling out) whose content names another actor of the
 * story (its name, or its country's name or adjective: "Russian proposals") answers that actor's demand sharing the
 * most content words with it, at least {@value #SHARED} besides the names; none when no demand shares so many. A
 * rejection of "this demand" rejects the one it refers to ({@link ReferringStances}).
 */
final class Answers {
    static final int SHARED = 1;

    private Answers() {}

    static List<Position> link(List<Position> positions, List<AnnotatedArticle> articles) {
        Map<String, String> languages = new HashMap<>();
        articles.forEach(a -> languages.put(a.id(), a.article().language()));
        List<Position> out = new ArrayList<>();
        for (Position p : positions) {
            boolean rejection = p.stance().equals("rejects") || p.stance().equals("rules_out");
            Position q = rejection ? ReferringStances.resolved(p, positions, languages) : p;
            if (q != null) { // null: "this demand" of no demand stated before it
                out.add(q != p || !rejection ? q : answered(p, positions, languages));
            }
        }
        return List.copyOf(out);
    }

    private static Position answered(Position r, List<Position> positions, Map<String, String> languages) {
        String language = r.articles().isEmpty() ? "en" : languages.getOrDefault(r.articles().get(0), "en");
        String content = r.proposition().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        Set<String> named = namedIn(content);
        Position best = null;
        int bestShared = SHARED - 1;
        for (Position d : positions) {
            if (!d.stance().equals("demands") || d.actor().equals(r.actor())
                    || d.side() != null && d.side().equals(r.side())) {
                continue;
            }
            String actor = d.actor().toLowerCase(Locale.ROOT);
            String side = d.side() == null ? null : d.side().toLowerCase(Locale.ROOT);
            if (!content.contains(actor) && !(side != null && (named.contains(side) || content.contains(side)))) {
                continue;
            }
            Set<String> mine = new LinkedHashSet<>(Words.content(r.proposition(), language));
            mine.removeAll(Words.content(d.actor() + " " + (d.side() == null ? "" : d.side()), language));
            Set<String> theirs = Words.content(d.proposition(), language);
            int shared = (int) mine.stream().filter(theirs::contains).count();
            if (shared > bestShared) {
                best = d;
                bestShared = shared;
            }
        }
        return best == null ? r : r.answering(best.actor() + " " + best.stance() + " " + best.proposition());
    }

    /** The countries (lower case) the words of a text name by a name or adjective ("russian" → "russia"). */
    private static Set<String> namedIn(String content) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : content.split("[^\\p{L}'-]+")) {
            String country = w.isEmpty() ? null : Countries.of(w);
            if (country != null) {
                out.add(country.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
