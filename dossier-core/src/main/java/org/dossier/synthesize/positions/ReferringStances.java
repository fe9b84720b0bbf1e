package org.dossier.synthesize.positions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier.Position;
import org.dossier.rules.RuleFiles;

/**
 * A rejection whose content is only a demonstrative and a stance noun ("rejected this demand", "a rejeté cette
 * exigence", {@code positions/<lang>/referring-stances.txt}) rejects what the noun refers to: the latest demand or
 * offer of another actor stated before it in the same article. Its proposition becomes that one's, and it answers
 * it. Used by {@link Answers}; pure.
 */
final class ReferringStances {
    private record Words(Set<String> determiners, Set<String> nouns) {}

    private static final Map<String, Words> BY_LANGUAGE = new ConcurrentHashMap<>();

    private ReferringStances() {}

    private static Words words(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, lang -> {
            List<List<String>> rows;
            try {
                rows = RuleFiles.table(ReferringStances.class, lang, "referring-stances.txt");
            } catch (IllegalStateException missing) {
                rows = List.of();
            }
            return new Words(kind(rows, "determiner"), kind(rows, "noun"));
        });
    }

    private static Set<String> kind(List<List<String>> rows, String kind) {
        return rows.stream().filter(r -> r.size() > 1 && r.get(0).equals(kind))
                .map(r -> r.get(1).toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether two words are a demonstrative and a stance noun of the language ("this demand", "cette exigence"). */
    static boolean refers(String language, String first, String second) {
        Words w = words(language == null ? "" : language);
        return w.determiners().contains(first) && w.nouns().contains(second);
    }

    /**
     * The rejection with its referent's content and answer; {@code r} itself when its content names its own; null when
     * it refers to a demand or offer that no earlier sentence of its article states (nothing a reader can use).
     */
    static Position resolved(Position r, List<Position> positions, Map<String, String> languages) {
        if (r.mentions().isEmpty()) {
            return r;
        }
        Span at = r.mentions().get(0);
        String[] content = r.proposition().toLowerCase(Locale.ROOT).strip().split("\\s+");
        if (content.length != 2 || !refers(languages.getOrDefault(at.article(), "en"), content[0], content[1])) {
            return r;
        }
        Position best = null;
        int bestStart = -1;
        for (Position d : positions) {
            if (!(d.stance().equals("demands") || d.stance().equals("offers")) || d.actor().equals(r.actor())) {
                continue;
            }
            for (Span m : d.mentions()) {
                if (m.article().equals(at.article()) && m.start() < at.start() && m.start() > bestStart) {
                    best = d;
                    bestStart = m.start();
                }
            }
        }
        return best == null ? null : new Position(r.actor(), r.side(), r.stance(), best.proposition(), r.text(),
                r.articles(), r.mentions(), r.date(), best.actor() + " " + best.stance() + " " + best.proposition());
    }
}
