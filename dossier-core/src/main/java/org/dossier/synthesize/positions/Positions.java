package org.dossier.synthesize.positions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier.Position;
import org.dossier.model.EntityLookup;

/**
 * The story's positions: what each actor demands, offers, accepts, rejects, rules out, threatens, denies or warns
 * of, read from reporting clauses and first-person quotes by {@link StanceReader} (a verb of talking said as talks,
 * {@link TalkVerbs}; rules as data per language
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
    public static List<Position> of(List<AnnotatedArticle> articles, EntityLookup index, Set<String> sources) {
        StanceReader reader = new StanceReader(new Actors(index, sources));
        List<List<StanceReader.Found>> groups = new ArrayList<>();
        Map<String, List<Head>> heads = new HashMap<>();
        for (AnnotatedArticle a : articles) {
            if (a.annotations() == null) {
                continue;
            }
            for (StanceReader.Found read : reader.read(a)) {
                StanceReader.Found f = new StanceReader.Found(read.actor(), read.stance(),
                        TalkVerbs.reword(a.article().language(), read.proposition()), read.text(), read.article(),
                        read.span(), read.date());
                Set<String> words = Words.content(f.proposition(), a.article().language());
                List<Head> same = heads.computeIfAbsent(f.actor().name() + "\u0000" + f.stance(), k -> new ArrayList<>());
                List<StanceReader.Found> home = same.stream().filter(h -> alike(h.words(), words))
                        .map(Head::group).findFirst().orElse(null);
                if (home == null) {
                    List<StanceReader.Found> group = new ArrayList<>(List.of(f));
                    groups.add(group);
                    same.add(new Head(words, group));
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
        return Answers.link(out, articles);
    }

    /** The side a position's actor speaks for, or the actor itself. */
    public static String group(Position p) {
        return p.side() != null ? p.side() : p.actor();
    }

    /** The first stance of a group (one actor and stance) with its content words, to which others are compared. */
    private record Head(Set<String> words, List<StanceReader.Found> group) {}

    /** Whether two propositions of one actor and stance say the same: most content words shared. */
    private static boolean alike(Set<String> aWords, Set<String> bWords) {
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
