package org.dossier.synthesize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.SentenceSpan;
import org.dossier.model.StoryDossier.Entity;
import org.dossier.model.EntityLookup;
import org.dossier.rules.RuleFiles;

/**
 * Who takes part in an event, by resolved names: places opening the sentence as the actors ("Osria and Velna
 * began talks"), then the people and organisations of the event's clause that are parties to it; never one of the
 * story's outlets or credited agencies, which report it, nor a body named only as the source of the information
 * ("according to a spokesman for the ministry"; "…, the Press Agency reports.": {@code report-closers.txt}) or as what the event is about ("talks about the League"): after
 * the event word a name is a party when nothing or a party word ("with", "between", "of", data) links them, not
 * when a topic word ("about", "on", data) does.
 */
final class EventParticipants {
    /** Characters at most between a sentence-opening actor and its event word ("Osria on Friday released"). */
    private static final int ACTOR_GAP = 30;
    private static final Pattern SOURCE_BEFORE = Pattern.compile("(?i)(?:according\\s+to|citing|quoting|"
            + "spokes(?:man|woman|person)\\s+for|reported\\s+by|sources?\\s+(?:in|at|close\\s+to))"
            + "\\s+(?:(?:the|a|an)\\s+)?(?:\\p{L}+\\s+){0,3}$");
    /** A source's verb closing the sentence right after its name, an acronym in brackets between. */
    private static final Pattern SOURCE_AFTER = Pattern.compile("(?i)^\\s*(?:\\([^)]{1,12}\\)\\s*)?(?:"
            + String.join("|", RuleFiles.words(EventParticipants.class, "en", "report-closers.txt")) + ")\\s*(?:[.!]|$)");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{Ll}+)[^\\p{L}]*$");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her");

    private final EntityLookup index;
    private final Set<String> sources;

    /** {@code sources}: lower-case names of the story's outlets and credited agencies, never participants. */
    EventParticipants(EntityLookup index, Set<String> sources) {
        this.index = index;
        this.sources = sources;
    }

    /** The participants of the event {@code trigger} names in sentence {@code s}, from the mentions in its scope. */
    List<String> of(AnnotatedArticle a, List<EntityMention> mentions, SentenceSpan s, EventTriggers.Trigger trigger) {
        EventWords words = EventWords.of(a.article().language());
        List<EntityMention> parties = mentions.stream().filter(e -> party(a.article().text(), e, trigger, words))
                .toList();
        List<String> actors = actors(a, mentions, s, trigger);
        List<String> out = participants(a, parties, s, trigger.statement());
        for (int i = actors.size() - 1; i >= 0; i--) {
            out = withActor(actors.get(i), out);
        }
        return out;
    }

    /** The name a leading pronoun of the sentence stands for: its first person participant, else its first one. */
    String lead(AnnotatedArticle a, SentenceSpan s, List<String> who) {
        for (String w : who) {
            Entity e = index.find(w);
            if (e != null && EntityType.PERSON.is(e.type())) {
                return w;
            }
        }
        return who.isEmpty() ? null : who.get(0);
    }

    /**
     * Whether a mention is a party to the event rather than its source or topic: not after a source phrase
     * ("according to", "a spokesman for"); after the event word, not introduced by a topic word ("about the
     * League", "addressing NATO's role").
     */
    static boolean party(String text, EntityMention e, EventTriggers.Trigger trigger, EventWords lists) {
        String before = text.substring(Math.max(0, e.start() - 60), e.start());
        if ((lists.sourceBefore != null ? lists.sourceBefore : SOURCE_BEFORE).matcher(before).find()) {
            return false;
        }
        if (SOURCE_AFTER.matcher(text.substring(e.end(), Math.min(text.length(), e.end() + 30))).find()) {
            return false;
        }
        if (e.start() < trigger.end()) {
            return true;
        }
        String gap = text.substring(trigger.end(), e.start());
        String[] words = gap.strip().split("[^\\p{L}]+");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            if (w.isEmpty() || DETERMINERS.contains(w)) {
                continue;
            }
            return !lists.topicWords.contains(w.toLowerCase(Locale.ROOT));
        }
        return true;
    }

    /**
     * The people, then organisations, named in the clause; a statement names only its people when it has any. In an
     * article read without a model, whose names the story confirms untyped (MISC) but for the people its words
     * introduce, an untyped name counts as an organisation: the union and the operator of a strike. A
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
    private List<String> actors(AnnotatedArticle a, List<EntityMention> mentions, SentenceSpan s,
                                EventTriggers.Trigger trigger) {
        String text = a.article().text();
        List<String> out = new ArrayList<>();
        int from = s.start();
        for (EntityMention e : mentions) {
            if (e.start() < from || e.end() > trigger.start()) {
                continue;
            }
            String lead = text.substring(from, e.start());
            if (!(out.isEmpty() ? lead.isBlank() : lead.matches("\\s*(?:,|and|&|,\\s*and)\\s*"))) {
                break;
            }
            String gap = text.substring(e.end(), trigger.start());
            Entity r = index.within(a.id(), e.start(), e.end());
            if (r == null || !EntityType.LOCATION.is(r.type()) || isSource(r)) {
                break;
            }
            if (!out.isEmpty() || gap.length() <= ACTOR_GAP && !EventTriggers.PHRASE_BREAK.matcher(gap).find()
                    || gap.matches("\\s*(?:,|and|&)[\\s\\S]*")) {
                out.add(r.name());
                from = e.end();
            } else {
                break;
            }
        }
        return out;
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
        boolean untyped = a.annotations().analysis() != null;
        for (EntityMention e : mentions) {
            Entity resolved = index.within(a.id(), e.start(), e.end());
            String type = resolved != null ? resolved.type() : e.type();
            String name = resolved != null ? resolved.name() : null;
            if (name == null || isSource(resolved)) {
                continue;
            }
            if (EntityType.PERSON.is(type)) {
                people.add(name);
            } else if (EntityType.ORGANIZATION.is(type) || untyped && EntityType.MISC.is(type)) {
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
