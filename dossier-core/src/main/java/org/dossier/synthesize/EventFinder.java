package org.dossier.synthesize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityMention;
import org.dossier.model.SentenceSpan;
import org.dossier.model.Span;
import org.dossier.model.TimeMention;
import org.dossier.model.EntityLookup;

/**
 * Finds dated events in an article: a clause with a day- or month-precise time expression and an event
 * trigger word (kept as data), with the people and organisations in it and its place. The steps, for each time
 * expression that can date an event ({@link EventTimes}): the stretch it governs ({@link EventScope}), the event
 * word nearest it ({@link EventTriggers}), then participants ({@link EventParticipants}) and place
 * ({@link EventPlaces}) from the mentions in scope, and the statement of it ({@link EventText}). Statements by
 * actors about events ("Peskov said the talks had failed") are events of the article's day even without a time
 * expression ({@link EventStatements}), and so are acts of named actors with a strong act verb ("X declared a state
 * of emergency": {@link EventActs}). A statement whose only time dates an earlier act in what was said ("said the
 * crew had gone into the tunnel overnight") and that nothing else keeps is an entry of that act's time; not when the
 * earlier clause is a state or passive ("said the dam had been inspected in June", {@code earlier-states.txt}).
 */
final class EventFinder {
    private final EntityLookup index;
    private final EventParticipants participants;
    private final EventPlaces places;

    /** {@code sources}: lower-case names of the story's outlets and credited agencies, never participants. */
    EventFinder(EntityLookup index, Set<String> sources) {
        this.index = index;
        this.participants = new EventParticipants(index, sources);
        this.places = new EventPlaces(index);
    }

    List<EventCandidate> find(AnnotatedArticle a) {
        String text = a.article().text();
        LocalDate anchor = Anchors.anchor(a);
        List<TimeMention> times = EventTimes.dating(a, anchor);
        EventWords words = EventWords.of(a.article().language());
        List<EventCandidate> out = new ArrayList<>();
        Set<SentenceSpan> dated = new HashSet<>();
        List<EventCandidate> earlierActs = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            TimeMention t = times.get(i);
            SentenceSpan s = Sentences.containing(a, t.sentence(), t.start());
            if (s == null) {
                continue;
            }
            boolean datedBefore = !dated.add(s);
            int[] between = EventScope.governed(words, text, s, times, i);
            Clauses.Clause own = Clauses.around(words, text, s.start(), s.end(), t.start());
            EventTriggers.Trigger trigger = EventTriggers.nearest(words, text, between, own, t);
            if (trigger == null) {
                trigger = relativeNounTrigger(words, text, s, times, i); // "Die Gespräche, die am Montag begonnen …"
            }
            if (trigger != null && trigger.statement() && (EventTimes.inRelativeClauseAfter(text, trigger.end(), t)
                    || EventTimes.inEarlierClauseAfter(words, text, trigger.end(), t))) {
                if (!datedBefore) {
                    dated.remove(s); // the statement is still one, of its article's day
                }
                if (EventTimes.inEarlierClauseAfter(words, text, trigger.end(), t)
                        && !EventTimes.inRelativeClauseAfter(text, trigger.end(), t)
                        && !EventTimes.earlierStateAfter(words, text, trigger.end(), t)) {
                    int[] whole = {s.start(), s.end()};
                    List<EntityMention> mentions = EventScope.mentions(a, EventScope.of(text, whole, trigger), own);
                    List<String> who = participants.of(a, mentions, s, trigger);
                    String act = EventText.describe(a, s, whole, trigger, t, participants.lead(a, s, who), index);
                    if (act != null) {
                        earlierActs.add(new EventCandidate(t.date(), t.precision(), trigger.label(), trigger.kind(),
                                who, places.of(a, mentions, t), a.id(), new Span(a.id(), s.start(), s.end()), act,
                                EventTimes.estimate(a, t, anchor), sentence(text, s), names(a, s, who),
                                a.article().language()));
                    }
                }
                continue;
            }
            if (trigger == null || (trigger.statement() && EventTimes.after(t, anchor))) {
                continue;
            }
            List<EntityMention> mentions = EventScope.mentions(a, EventScope.of(text, between, trigger), own);
            List<String> who = participants.of(a, mentions, s, trigger);
            String statement = relativeNoun(words, text, s, times, i, trigger)
                    // "the quake that struck on Tuesday": the quake and its clause, not the main clause around it
                    ? RelativeEventStatement.of(words, text, s, trigger.start(), trigger.end(), t, trigger.label())
                    : EventText.describe(a, s, between, trigger, t, participants.lead(a, s, who), index);
            if (statement == null) {
                continue; // a statement with nothing said
            }
            boolean bounded = EventTimes.bounded(a, t);
            out.add(new EventCandidate(bounded ? Anchors.before(a) : t.date(), bounded ? "before" : t.precision(),
                    trigger.label(), trigger.kind(), who, places.of(a, mentions, t), a.id(),
                    new Span(a.id(), s.start(), s.end()),
                    statement, EventTimes.estimate(a, t, anchor), sentence(text, s), names(a, s, who),
                    a.article().language()));
        }
        List<EventCandidate> statements = EventStatements.find(a, dated, participants, places, index);
        out.addAll(statements);
        Set<SentenceSpan> stated = new HashSet<>(dated);
        Sentences.of(a).stream().filter(s -> statements.stream().anyMatch(c -> c.span().start() == s.start()))
                .forEach(stated::add);
        out.addAll(EventActs.find(a, stated, participants, index));
        for (EventCandidate act : earlierActs) { // "said the crew had gone into the tunnel overnight": of the act's day
            if (out.stream().noneMatch(c -> c.span().start() == act.span().start())) {
                out.add(act);
            }
        }
        return out;
    }

    /**
     * Whether the time stands in a relative clause on the trigger's event noun and a later time of the sentence
     * governs its main clause ({@link EventTimes#eventNounOfRelative}).
     */
    private static boolean relativeNoun(EventWords words, String text, SentenceSpan s, List<TimeMention> times,
                                        int i, EventTriggers.Trigger trigger) {
        return i + 1 < times.size() && times.get(i + 1).start() < s.end()
                && EventTimes.eventNounOfRelative(words, text, s.start(), times.get(i)) == trigger.start();
    }

    /**
     * The event noun whose relative clause, of its own after a comma, holds the time ("Die Gespräche, die am Montag
     * begonnen hatten, sollen am Donnerstag …"), when a later time governs the main clause; else null.
     */
    private static EventTriggers.Trigger relativeNounTrigger(EventWords words, String text, SentenceSpan s,
                                                            List<TimeMention> times, int i) {
        if (i + 1 >= times.size() || times.get(i + 1).start() >= s.end()) {
            return null;
        }
        int noun = EventTimes.eventNounOfRelative(words, text, s.start(), times.get(i));
        if (noun < 0) {
            return null;
        }
        int end = noun;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return EventTriggers.of(words, text.substring(noun, end).toLowerCase(java.util.Locale.ROOT), noun, end);
    }

    /** The names of the event's participants as the sentence writes them. */
    List<String> names(AnnotatedArticle a, SentenceSpan s, List<String> who) {
        return EventScope.mentions(a, s).stream().filter(e -> {
            var r = index.within(a.id(), e.start(), e.end());
            return r != null && who.contains(r.name());
        }).map(EntityMention::text).distinct().toList();
    }

    static String sentence(String text, SentenceSpan s) {
        return text.substring(s.start(), s.end()).replaceAll("\\s+", " ").strip();
    }
}
