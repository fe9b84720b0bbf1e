package org.dossier.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.SentenceSpan;
import org.dossier.model.StoryDossier.Entity;

/**
 * Merges a story's entity mentions into entities: transliteration variants, surname-only and honorific
 * mentions, titles stripped into roles, descriptions read as roles, type settled by majority across articles.
 */
public final class NameResolver implements EntityResolver {
    private static final List<String> TYPE_ORDER = List.of(EntityType.PERSON.label(), EntityType.ORGANIZATION.label(),
            EntityType.LOCATION.label());
    /**
     * Entity order: people, then organisations, then places, then the rest (nationalities and other MISC); within
     * each, by mentions times articles, then name.
     */
    static final Comparator<Entity> IMPORTANCE = Comparator
            .comparingInt((Entity e) -> TYPE_ORDER.contains(e.type()) ? TYPE_ORDER.indexOf(e.type()) : TYPE_ORDER.size())
            .thenComparingLong(e -> -(long) e.mentions().size() * e.articles().size())
            .thenComparing(Entity::name);

    @Override
    public List<Entity> resolve(List<AnnotatedArticle> articles) {
        List<ResolvedMention> raw = collect(articles);
        Map<String, String> surfaceType = surfaceTypes(raw);
        List<ResolvedMention> cut = raw.stream().map(m -> trimmed(m, surfaceType)).toList();
        NameNoise nameNoise = new NameNoise(articles);
        Set<String> noise = nameNoise.noise(cut, surfaceType);
        Portfolios portfolios = new Portfolios(articles, nameNoise.lowerWords(), surfaceType);
        List<ResolvedMention> mentions = cut.stream().filter(m -> !noise.contains(key(m)) && !portfolios.isPortfolio(m))
                .toList();
        Set<String> orgHeads = OrgClusters.heads(mentions, surfaceType);
        Set<String> placeNamed = OrgClusters.placeNamed(mentions, surfaceType);
        Map<String, Long> personVotes = MentionCluster.personVotes(mentions);
        List<MentionCluster> people = new ArrayList<>();
        List<ResolvedMention> others = new ArrayList<>();
        List<ResolvedMention> singles = new ArrayList<>();
        for (ResolvedMention m : sortedFullFirst(mentions)) {
            boolean person = EntityType.PERSON.is(surfaceType.get(key(m)));
            if (person && (placeNamed.contains(key(m)) || !PersonMatch.isFull(m.parts()) && orgHeads.contains(key(m)))) {
                others.add(m.retyped(EntityType.ORGANIZATION.label()));
            } else if (person && PersonMatch.isFull(m.parts())) {
                addFullName(people, m);
            } else if (person) {
                singles.add(m);
            } else {
                others.add(m);
            }
        }
        List<MentionCluster> clusters = new ArrayList<>(people);
        singles.forEach(m -> addSurname(people, clusters, m, true));
        List<ResolvedMention> rest = new ArrayList<>();
        for (ResolvedMention m : others) {
            boolean mayJoin = personVotes.getOrDefault(key(m), 0L) > 0;
            if (m.parts().tokens().size() != 1 || !mayJoin || !addSurname(people, clusters, m, false)) {
                rest.add(m);
            }
        }
        clusters.addAll(OrgClusters.group(rest));
        return clusters.stream().map(MentionCluster::toEntity).sorted(IMPORTANCE).toList();
    }

    private static List<ResolvedMention> collect(List<AnnotatedArticle> articles) {
        List<ResolvedMention> out = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            if (a.annotations() == null) {
                continue;
            }
            String text = a.article().text();
            for (EntityMention tagged : a.annotations().entities()) {
                EntityMention e = EntityType.PERSON.is(tagged.type()) && brandShaped(tagged.text())
                        ? new EntityMention(tagged.text(), EntityType.ORGANIZATION.label(), tagged.start(), tagged.end())
                        : tagged;
                NameParts parts = NameParts.of(e.text(), EntityType.PERSON.is(e.type()));
                if (parts.junk()) {
                    continue;
                }
                String role = EntityType.PERSON.is(e.type()) ? role(text, a.annotations().sentences(), e) : null;
                out.add(new ResolvedMention(a.id(), e, parts, role));
            }
        }
        return out;
    }

    /**
     * One word written with two leading capitals and a small letter after them ("KTVx", "NYPost") is shaped like
     * a brand or outlet, not a personal name (those capitalise one letter: "McKay" and "DeLuca" still pass).
     */
    static boolean brandShaped(String text) {
        return text.length() >= 3 && text.indexOf(' ') < 0 && Character.isUpperCase(text.charAt(0))
                && Character.isUpperCase(text.charAt(1)) && text.chars().skip(2).anyMatch(Character::isLowerCase);
    }

    private static String role(String text, List<SentenceSpan> sentences, EntityMention e) {
        if (e.start() < 0 || e.end() > text.length()) {
            return null;
        }
        SentenceSpan s = sentences.stream().filter(x -> x.start() <= e.start() && e.end() <= x.end()).findFirst()
                .orElse(new SentenceSpan(0, text.length()));
        return RoleFinder.find(text, s.start(), s.end(), e.start(), e.end());
    }

    /**
     * A person name whose first or last tokens are, across the story, mostly another kind of entity ("Pavel
     * Orlov Russia", "Emergencies Ana Brel" after "Minister for") loses those tokens.
     */
    private static ResolvedMention trimmed(ResolvedMention m, Map<String, String> surfaceType) {
        if (!EntityType.PERSON.is(m.type())) {
            return m;
        }
        NameParts p = m.parts();
        int keep = p.tokens().size();
        while (keep > 2 && otherKind(p.tokens().get(keep - 1), surfaceType)) {
            keep--;
        }
        int from = 0;
        while (keep - from > 2 && otherKind(p.tokens().get(from), surfaceType)) {
            from++;
        }
        if (keep == p.tokens().size() && from == 0) {
            return m;
        }
        NameParts cut = p.truncate(keep).tail(from);
        EntityMention e = m.mention();
        int at = e.text().indexOf(cut.name());
        EntityMention narrowed = at < 0 || e.end() - e.start() != e.text().length() ? e
                : new EntityMention(cut.name(), e.type(), e.start() + at, e.start() + at + cut.name().length());
        return new ResolvedMention(m.article(), narrowed, cut, m.role());
    }

    private static boolean otherKind(String token, Map<String, String> surfaceType) {
        String type = surfaceType.get(token.toLowerCase(Locale.ROOT));
        return type != null && !EntityType.PERSON.is(type);
    }

    private static String key(ResolvedMention m) {
        return m.parts().name().toLowerCase(Locale.ROOT);
    }

    /** The majority type of each cleaned surface over the whole story (PERSON wins ties). */
    private static Map<String, String> surfaceTypes(List<ResolvedMention> mentions) {
        Map<String, Map<String, Long>> votes = mentions.stream().collect(Collectors.groupingBy(
                NameResolver::key, Collectors.groupingBy(ResolvedMention::type, Collectors.counting())));
        Map<String, String> out = new HashMap<>();
        votes.forEach((k, v) -> out.put(k, v.entrySet().stream()
                .max(Comparator.comparingLong((Map.Entry<String, Long> x) -> x.getValue())
                        .thenComparing(x -> EntityType.PERSON.is(x.getKey())))
                .map(Map.Entry::getKey).orElse(EntityType.MISC.label())));
        return out;
    }

    private static List<ResolvedMention> sortedFullFirst(List<ResolvedMention> mentions) {
        Map<String, Long> freq = mentions.stream().collect(Collectors.groupingBy(NameResolver::key, Collectors.counting()));
        return mentions.stream().sorted(Comparator.comparingInt((ResolvedMention m) -> -m.parts().tokens().size())
                .thenComparingLong(m -> -freq.get(key(m)))).toList();
    }

    private static void addFullName(List<MentionCluster> people, ResolvedMention m) {
        for (MentionCluster c : people) {
            if (c.fullNames().stream().anyMatch(f -> PersonMatch.fullNames(f, m.parts()))) {
                c.mentions.add(m);
                return;
            }
        }
        MentionCluster c = new MentionCluster(true);
        c.mentions.add(m);
        people.add(c);
    }

    /**
     * Adds a surname-only mention to the one person whose surname it matches (the one in the same article
     * when several do). A non-person mention only joins on an exact key match. Returns whether it was placed.
     */
    private static boolean addSurname(List<MentionCluster> people, List<MentionCluster> all, ResolvedMention m,
                                      boolean person) {
        String k = NameKey.of(m.parts().surname());
        List<MentionCluster> hits = people.stream().filter(c -> c.fullNames().stream().anyMatch(f -> person
                ? PersonMatch.surnames(f, m.parts()) : NameKey.of(f.surname()).equals(k))).toList();
        if (hits.size() > 1) {
            hits = hits.stream().filter(c -> c.hasArticle(m.article())).toList();
        }
        if (hits.size() == 1) {
            hits.get(0).mentions.add(m);
            return true;
        }
        if (!person) {
            return false;
        }
        for (MentionCluster c : all) {
            if (c.person && c.fullNames().isEmpty()
                    && NameKey.similar(NameKey.of(c.mentions.get(0).parts().surname()), k)) {
                c.mentions.add(m);
                return true;
            }
        }
        MentionCluster c = new MentionCluster(true);
        c.mentions.add(m);
        all.add(c);
        return true;
    }
}
