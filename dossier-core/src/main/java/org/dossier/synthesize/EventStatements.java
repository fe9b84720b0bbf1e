package org.dossier.synthesize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityMention;
import org.dossier.model.SentenceSpan;
import org.dossier.model.EntityLookup;

/**
 * Statements by actors about events, as events of the day the article speaks from: a sentence with no time
 * expression of its own, a named speaker (person or organisation) before a reporting word ("Peskov told reporters
 * that the talks had failed") and, in what was said, an event word of another class (talks, attack, agreement).
 * One per speaker and article (the first); the date is the article's, so it is marked as such (the statement may
 * be a day older), and a bound when the article is dated only by one.
 */
final class EventStatements {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Characters at most between the speaker's name and the reporting word. */
    private static final int SPEAKER_GAP = 12;

    private EventStatements() {}

    static List<EventCandidate> find(AnnotatedArticle a, Set<SentenceSpan> dated, EventParticipants participants,
                                     EventPlaces places, EntityLookup index) {
        LocalDate anchor = Anchors.anchor(a);
        if (anchor == null) {
            return List.of();
        }
        String text = a.article().text();
        List<EventCandidate> out = new ArrayList<>();
        Set<String> spoken = new HashSet<>();
        for (SentenceSpan s : Sentences.of(a)) {
            if (dated.contains(s)) {
                continue;
            }
            EventTriggers.Trigger say = reporting(text, s, a);
            if (say == null || !aboutAnEvent(text, say.end(), s.end(), a)) {
                continue;
            }
            Clauses.Clause own = Clauses.around(EventWords.of(a.article().language()), text, s.start(), s.end(),
                    say.start());
            List<EntityMention> before = EventScope.mentions(a, new int[] {s.start(), say.start()}, own);
            if (before.isEmpty() || text.substring(before.get(before.size() - 1).end(), say.start()).strip().length()
                    > SPEAKER_GAP) {
                continue;
            }
            List<String> who = participants.of(a, List.of(before.get(before.size() - 1)), s, say);
            String statement = who.isEmpty() ? null : EventText.describe(a, s, say, null, participants.lead(a, s, who), index);
            if (statement == null || !spoken.add(who.get(0))) {
                continue;
            }
            out.add(EventCandidate.undated(a, anchor, "said", say, who, s, statement));
        }
        return out;
    }

    /** The first reporting word of the sentence outside quotes, or null. */
    private static EventTriggers.Trigger reporting(String text, SentenceSpan s, AnnotatedArticle a) {
        EventWords words = EventWords.of(a.article().language());
        Matcher m = WORD.matcher(text).region(s.start(), s.end());
        while (m.find()) {
            EventTriggers.Trigger t = EventTriggers.of(words, m.group().toLowerCase(Locale.ROOT), m.start(), m.end());
            if (t != null && t.statement() && !quoted(a, m.start())) {
                return t;
            }
        }
        return null;
    }

    /** Whether what follows the reporting word names an event of another class (outside quotes or in them). */
    private static boolean aboutAnEvent(String text, int from, int to, AnnotatedArticle a) {
        EventWords words = EventWords.of(a.article().language());
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            EventTriggers.Trigger t = EventTriggers.of(words, m.group().toLowerCase(Locale.ROOT), m.start(), m.end());
            if (t != null && !t.statement()) {
                return true;
            }
        }
        return false;
    }

    private static boolean quoted(AnnotatedArticle a, int offset) {
        return a.annotations().quotes().stream().anyMatch(q -> q.start() <= offset && offset < q.end());
    }
}
