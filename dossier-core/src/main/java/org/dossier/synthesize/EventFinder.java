package org.dossier.synthesize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityMention;
import org.dossier.model.SentenceSpan;
import org.dossier.model.Span;
import org.dossier.model.TimeMention;
import org.dossier.resolve.EntityIndex;

/**
 * Finds dated events in an article: a clause with a day- or month-precise time expression and an event
 * trigger word (kept as data), with the people and organisations in it and its place. The steps, for each time
 * expression that can date an event ({@link EventTimes}): the stretch it governs ({@link EventScope}), the event
 * word nearest it ({@link EventTriggers}), then participants ({@link EventParticipants}) and place
 * ({@link EventPlaces}) from the mentions in scope.
 */
final class EventFinder {
    private final EntityIndex index;
    private final EventParticipants participants;
    private final EventPlaces places;

    /** {@code sources}: lower-case names of the story's outlets and credited agencies, never participants. */
    EventFinder(EntityIndex index, Set<String> sources) {
        this.index = index;
        this.participants = new EventParticipants(index, sources);
        this.places = new EventPlaces(index);
    }

    List<EventCandidate> find(AnnotatedArticle a) {
        String text = a.article().text();
        LocalDate anchor = Anchors.anchor(a);
        List<TimeMention> times = EventTimes.dating(a, anchor);
        List<EventCandidate> out = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            TimeMention t = times.get(i);
            SentenceSpan s = Sentences.containing(a, t.sentence(), t.start());
            if (s == null) {
                continue;
            }
            int[] between = EventScope.governed(s, times, i);
            Clauses.Clause own = Clauses.around(text, s.start(), s.end(), t.start());
            EventTriggers.Trigger trigger = EventTriggers.nearest(text, between, own, t);
            if (trigger == null || (trigger.statement() && EventTimes.after(t, anchor))) {
                continue;
            }
            List<EntityMention> mentions = EventScope.mentions(a, EventScope.of(text, between, trigger), own);
            out.add(new EventCandidate(t.date(), t.precision(), trigger.label(), trigger.kind(),
                    participants.of(a, mentions, s, trigger), places.of(a, mentions, t),
                    a.id(), new Span(a.id(), s.start(), s.end()), EventText.describe(a, s, index),
                    EventTimes.estimate(a, t, anchor)));
        }
        return out;
    }
}
