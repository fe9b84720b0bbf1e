package org.dossier.synthesize;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityMention;
import org.dossier.model.SentenceSpan;
import org.dossier.model.TimeMention;

/**
 * Where an event's words are read in its sentence: the stretch a time expression governs, for a statement cut
 * before what was reported, and the entity mentions in that stretch and the time's own clause. Offsets are
 * article offsets; a stretch is {@code int[] {from, to}}.
 */
final class EventScope {
    private static final Pattern THAT = Pattern.compile("\\bthat\\b");

    private EventScope() {}

    /**
     * The part of the sentence a time expression governs: from the previous time expression to the next one. A
     * previous one that owns the noun after it ("the toll from Tuesday's earthquake rose on Wednesday"), or that
     * stands in a relative clause on an event noun ("the toll from the quake that struck on Tuesday rose on
     * Wednesday": {@link EventTimes#eventNounOfRelative}), is part of a noun phrase, not a boundary. In a verb-second
     * language the stretch runs on to the next time, where a verb-final clause puts its verb.
     */
    static int[] governed(EventWords words, String text, SentenceSpan s, List<TimeMention> times, int i) {
        int from = s.start();
        int to = s.end();
        if (i > 0 && times.get(i - 1).end() > s.start() && !possessive(text, times.get(i - 1).end())
                && EventTimes.eventNounOfRelative(words, text, s.start(), times.get(i - 1)) < 0) {
            from = times.get(i - 1).end();
        }
        if (i + 1 < times.size() && times.get(i + 1).start() < s.end()) {
            // a verb-second language ends its subordinate clauses and perfects with the verb, after the time
            // ("…, deren Chef am Dienstag zurückgetreten war, unterzeichneten am Montag …"): up to the next time
            to = words.verbSecond ? times.get(i + 1).start() : times.get(i).end();
        }
        return new int[] {from, Math.max(from, to)};
    }

    private static boolean possessive(String text, int at) {
        return at + 2 <= text.length() && (text.startsWith("'s", at) || text.startsWith("\u2019s", at));
    }

    /**
     * Where participants and place are read: the stretch between neighbouring time expressions, for a statement
     * cut before the reported content ("said on Monday that ... in Brova": the place is not the statement's).
     */
    static int[] of(String text, int[] between, EventTriggers.Trigger trigger) {
        if (!trigger.statement()) {
            return between;
        }
        Matcher m = THAT.matcher(text).region(trigger.end(), between[1]);
        return m.find() ? new int[] {between[0], m.start()} : between;
    }

    /** The entity mentions in the scope and the clause, leaving out those inside quotes. */
    static List<EntityMention> mentions(AnnotatedArticle a, int[] scope, Clauses.Clause own) {
        return a.annotations().entities().stream()
                .filter(e -> e.start() >= scope[0] && e.end() <= scope[1] && own.contains(e.start(), e.end()))
                .filter(e -> a.annotations().quotes().stream().noneMatch(q -> q.start() <= e.start() && e.end() <= q.end()))
                .sorted(Comparator.comparingInt(EntityMention::start)).toList();
    }

    /** The entity mentions of the whole sentence outside quotes. */
    static List<EntityMention> mentions(AnnotatedArticle a, SentenceSpan s) {
        return mentions(a, new int[] {s.start(), s.end()},
                new Clauses.Clause(List.<int[]>of(new int[] {s.start(), s.end()})));
    }
}
