package org.dossier.synthesize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.SentenceSpan;
import org.dossier.model.StoryDossier.Entity;
import org.dossier.resolve.EntityIndex;

/**
 * Who takes part in an event, by resolved names: a place opening the sentence as the actor, then the people and
 * organisations of the event's clause; never one of the story's outlets or credited agencies, which report it.
 */
final class EventParticipants {
    /** Characters at most between a sentence-opening actor and its event word ("Osria on Friday released"). */
    private static final int ACTOR_GAP = 30;

    private final EntityIndex index;
    private final Set<String> sources;

    /** {@code sources}: lower-case names of the story's outlets and credited agencies, never participants. */
    EventParticipants(EntityIndex index, Set<String> sources) {
        this.index = index;
        this.sources = sources;
    }

    /** The participants of the event {@code trigger} names in sentence {@code s}, from the mentions in its scope. */
    List<String> of(AnnotatedArticle a, List<EntityMention> mentions, SentenceSpan s, EventTriggers.Trigger trigger) {
        return withActor(actor(a, mentions, s, trigger), participants(a, mentions, s, trigger.statement()));
    }

    /**
     * The people, then organisations, named in the clause; a statement names only its people when it has any. A
     * clause naming nobody ("as she announced") takes the one person the rest of the sentence names outside quotes.
     */
    private List<String> participants(AnnotatedArticle a, List<EntityMention> mentions, SentenceSpan s,
                                      boolean statement) {
        List<String> out = named(a, mentions, statement);
        if (!out.isEmpty()) {
            return out;
        }
        List<String> sentence = named(a, EventScope.mentions(a, s), true);
        return sentence.size() == 1 && index.find(sentence.get(0)) != null
                && EntityType.PERSON.is(index.find(sentence.get(0)).type()) ? sentence : List.of();
    }

    /**
     * A country or other place that opens the sentence as the subject of the event word ("Osria on Friday
     * released its draft"): it acts, so it leads the participants; null when there is none.
     */
    private String actor(AnnotatedArticle a, List<EntityMention> mentions, SentenceSpan s,
                         EventTriggers.Trigger trigger) {
        String text = a.article().text();
        for (EntityMention e : mentions) {
            if (e.start() < s.start() || e.end() > trigger.start() || !text.substring(s.start(), e.start()).isBlank()) {
                continue;
            }
            String gap = text.substring(e.end(), trigger.start());
            Entity r = index.within(a.id(), e.start(), e.end());
            if (gap.length() <= ACTOR_GAP && !EventTriggers.PHRASE_BREAK.matcher(gap).find() && r != null
                    && EntityType.LOCATION.is(r.type()) && !isSource(r)) {
                return r.name();
            }
        }
        return null;
    }

    private static List<String> withActor(String actor, List<String> participants) {
        if (actor == null || participants.contains(actor)) {
            return participants;
        }
        List<String> out = new ArrayList<>();
        out.add(actor);
        out.addAll(participants);
        return out;
    }

    private List<String> named(AnnotatedArticle a, List<EntityMention> mentions, boolean statement) {
        Set<String> people = new LinkedHashSet<>();
        Set<String> orgs = new LinkedHashSet<>();
        for (EntityMention e : mentions) {
            Entity resolved = index.within(a.id(), e.start(), e.end());
            String type = resolved != null ? resolved.type() : e.type();
            String name = resolved != null ? resolved.name() : null;
            if (name == null || isSource(resolved)) {
                continue;
            }
            if (EntityType.PERSON.is(type)) {
                people.add(name);
            } else if (EntityType.ORGANIZATION.is(type)) {
                orgs.add(name);
            }
        }
        List<String> out = new ArrayList<>(people);
        if (people.isEmpty() || !statement) {
            out.addAll(orgs);
        }
        return out;
    }

    /** Whether an entity is one of the story's outlets or credited agencies (it reports, it does not take part). */
    private boolean isSource(Entity e) {
        return sources.contains(e.name().toLowerCase(Locale.ROOT))
                || e.variants().stream().anyMatch(v -> sources.contains(v.toLowerCase(Locale.ROOT)));
    }
}
