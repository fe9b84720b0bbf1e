package org.dossier.synthesize.positions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier.Position;
import org.dossier.resolve.EntityIndex;

/**
 * The story's positions: what each actor demands, offers, accepts, rejects, rules out, threatens, denies or warns
 * of, read from reporting clauses and first-person quotes by {@link StanceReader} (rules as data per language
 * under {@code synthesize/positions/<lang>/}). The same actor's same stance on propositions sharing most content
 * words is one position across articles, citing every sentence; positions are listed by side (the country an
 * actor speaks for), actor, stance and date.
 */
public final class Positions {
    /** Two propositions of one actor and stance with at least this share of the smaller one's content words are one. */
    static final double SAME = 0.6;
    /** The stances in the order tables list them. */
    public static final List<String> STANCES = List.of("demands", "offers", "accepts", "rejects", "rules_out",
            "threatens", "warns", "denies");

    private Positions() {}

    /**
     * The positions of a story's articles, given the resolved entities and the lower-case names of its outlets and
     * credited agencies (which report positions, never hold them).
     */
    public static List<Position> of(List<AnnotatedArticle> articles, EntityIndex index, Set<String> sources) {
        StanceReader reader = new StanceReader(new Actors(index, sources));
        List<List<StanceReader.Found>> groups = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            if (a.annotations() == null) {
                continue;
            }
            for (StanceReader.Found f : reader.read(a)) {
                String language = a.article().language();
                Set<String> words = Words.content(f.proposition(), language);
                List<StanceReader.Found> home = groups.stream().filter(g -> same(g.get(0), f, words, language))
                        .findFirst().orElse(null);
                if (home == null) {
                    groups.add(new ArrayList<>(List.of(f)));
                } else if (home.stream().noneMatch(o -> o.span().equals(f.span()) && o.stance().equals(f.stance())
                        && o.proposition().equals(f.proposition()))) {
                    home.add(f);
                }
            }
        }
        List<Position> out = new ArrayList<>(groups.stream().map(Positions::position).toList());
        Map<String, Integer> sideWeight = new LinkedHashMap<>();
        out.forEach(p -> sideWeight.merge(group(p), p.articles().size(), Integer::sum));
        out.sort(Comparator.comparingInt((Position p) -> -sideWeight.get(group(p)))
                .thenComparing(Positions::group)
                .thenComparing((Position p) -> !p.actor().equals(group(p)))
                .thenComparing(Position::actor)
                .thenComparingInt(p -> STANCES.indexOf(p.stance()))
                .thenComparing(Position::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Position::proposition));
        return List.copyOf(out);
    }

    /** The side a position's actor speaks for, or the actor itself. */
    public static String group(Position p) {
        return p.side() != null ? p.side() : p.actor();
    }

    private static boolean same(StanceReader.Found a, StanceReader.Found b, Set<String> bWords, String language) {
        if (!a.actor().name().equals(b.actor().name()) || !a.stance().equals(b.stance())) {
            return false;
        }
        Set<String> aWords = Words.content(a.proposition(), language);
        long shared = aWords.stream().filter(bWords::contains).count();
        return (shared >= 2 && Words.overlap(aWords, bWords) >= SAME) || Words.jaccard(aWords, bWords) >= SAME;
    }

    private static Position position(List<StanceReader.Found> group) {
        StanceReader.Found first = group.stream().min(Comparator.comparing(StanceReader.Found::date,
                Comparator.nullsLast(Comparator.naturalOrder()))).orElseThrow();
        String proposition = group.stream().map(StanceReader.Found::proposition)
                .min(Comparator.comparingInt((String p) -> p.split(" ").length < 3 ? 1 : 0)
                        .thenComparingInt(String::length)).orElseThrow();
        Set<String> articles = new LinkedHashSet<>();
        Set<Span> spans = new LinkedHashSet<>();
        group.forEach(f -> {
            articles.add(f.article());
            spans.add(f.span());
        });
        LocalDate date = group.stream().map(StanceReader.Found::date).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        Actors.Actor actor = first.actor();
        return new Position(actor.name(), actor.side(), first.stance(), proposition, first.text(),
                List.copyOf(articles), List.copyOf(spans), date);
    }
}
