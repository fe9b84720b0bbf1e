package org.dossier.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityType;
import org.dossier.model.StoryDossier.Entity;

/**
 * Merges a story's entity mentions into entities: transliteration variants, surname-only and honorific
 * mentions, titles stripped into roles, descriptions read as roles, type settled by majority across articles.
 * The steps, in order: read and clean the mentions ({@link MentionReader}), set adjectives apart and retype names
 * by their own words ({@link MentionRules}), drop tagger noise ({@link NameNoise})
 * and office portfolios ({@link Portfolios}), group people ({@link PersonClusters}), then the rest
 * ({@link OrgClusters}), and hang each adjective on the entity it is derived from ({@link Attributes}).
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
        NameNoise nameNoise = new NameNoise(articles);
        Map<String, String> texts = new HashMap<>();
        articles.forEach(a -> texts.put(a.id(), a.article().text()));
        MentionRules.Outcome ruled = MentionRules.apply(MentionReader.read(articles), texts, nameNoise.lowerWords());
        List<ResolvedMention> raw = ruled.kept();
        // adjectives vote too: a portfolio or name built on one ("Osrian Environment") still sees it as no common word
        List<ResolvedMention> voters = new ArrayList<>(raw);
        voters.addAll(ruled.attributes());
        Map<String, String> surfaceType = MentionReader.surfaceTypes(voters);
        List<ResolvedMention> cut = raw.stream().map(m -> MentionReader.trimmed(m, surfaceType)).toList();
        Set<String> noise = nameNoise.noise(cut, surfaceType);
        Portfolios portfolios = new Portfolios(articles, nameNoise.lowerWords(), surfaceType);
        List<ResolvedMention> mentions = cut.stream()
                .filter(m -> !noise.contains(m.key()) && !portfolios.isPortfolio(m)).toList();
        Set<String> orgHeads = OrgClusters.heads(mentions, surfaceType);
        Set<String> placeNamed = OrgClusters.placeNamed(mentions, surfaceType);
        Map<String, Long> personVotes = MentionCluster.personVotes(mentions);
        Set<String> framed = PlaceFrames.framed(mentions, texts);
        Set<String> owners = PlaceOwners.of(mentions, texts);
        List<MentionCluster> people = new ArrayList<>();
        List<ResolvedMention> others = new ArrayList<>();
        List<ResolvedMention> singles = new ArrayList<>();
        for (ResolvedMention m : PersonClusters.fullNamesFirst(mentions)) {
            boolean person = EntityType.PERSON.is(surfaceType.get(m.key()));
            boolean orgShortForm = !PersonMatch.isFull(m.parts()) && orgHeads.contains(m.key());
            if (person && m.parts().tokens().size() == 1
                    && (framed.contains(m.key()) && !possessive(m, texts) || owners.contains(m.key()))) {
                // "the council of Brackley" beside "Brackley Courier", "Brackley's mayor": a place, not the paper's
                // short form or a person
                others.add(m.retyped(EntityType.LOCATION.label()));
            } else if (person && (placeNamed.contains(m.key()) || orgShortForm)) {
                others.add(m.retyped(EntityType.ORGANIZATION.label()));
            } else if (person && PersonMatch.isFull(m.parts())) {
                PersonClusters.addFullName(people, m);
            } else if (person) {
                singles.add(m);
            } else if (m.parts().tokens().size() == 1 && owners.contains(m.key())
                    && EntityType.ORGANIZATION.is(surfaceType.get(m.key()))) {
                others.add(m.retyped(EntityType.LOCATION.label())); // "Orvania's finance minister": the country
            } else {
                others.add(m);
            }
        }
        List<MentionCluster> clusters = new ArrayList<>(people);
        singles.forEach(m -> PersonClusters.addSurname(people, clusters, m, true));
        List<ResolvedMention> rest = new ArrayList<>();
        for (ResolvedMention m : others) {
            // a one-word name the tagger read as a place or body joins the person of that surname ("Lacombe doit
            // se rendre au Mali") unless the story writes it as a place or it is a known or institution name
            boolean mayJoin = !owners.contains(m.key()) && personVotes.getOrDefault(m.key(), 0L) > 0
                    || !framed.contains(m.key()) && !owners.contains(m.key())
                    && KnownNames.byName(m.parts().name()) == null && !TypeRules.institution(m.parts().name());
            if (m.parts().tokens().size() != 1 || !mayJoin || !PersonClusters.addSurname(people, clusters, m, false)) {
                rest.add(m);
            }
        }
        Map<String, String> shortForms = new HashMap<>(OrgClusters.tailForms(mentions, texts));
        shortForms.putAll(OrgClusters.definedAcronyms(mentions, texts));
        // a short form ("the Courier") is typed as the organisation it stands for, whatever the tagger said
        // ("the Arena" of the Halden Arena stays a place)
        List<ResolvedMention> typedRest = rest.stream().map(m -> shortForms.containsKey(OrgClusters.foldedKey(
                m.parts().name())) && !EntityType.ORGANIZATION.is(m.type()) && !TypeRules.venueHead(m.parts().name())
                ? m.retyped(EntityType.ORGANIZATION.label()) : m).toList();
        clusters.addAll(OrgClusters.group(typedRest, shortForms));
        List<Entity> entities = clusters.stream().map(MentionCluster::toEntity).toList();
        return Attributes.attach(entities, ruled.attributes()).stream().sorted(IMPORTANCE).toList();
    }

    /** The mention is followed by a possessive ("in Olsen's view"): a person's name may stand in a place frame so. */
    private static boolean possessive(ResolvedMention m, Map<String, String> texts) {
        String text = texts.getOrDefault(m.article(), "");
        int end = m.mention().end();
        return end >= 0 && end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019');
    }
}
