package org.dossier.synthesize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityMention;
import org.dossier.model.SentenceSpan;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier.Entity;
import org.dossier.model.TimeMention;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.Lexicon;

/**
 * Finds dated events in an article: a clause with a day- or month-precise time expression and an event
 * trigger word (kept as data), with the people and organisations in it and its place.
 */
final class EventFinder {
    private static final Map<String, String[]> TRIGGERS = triggers();
    private static final Set<String> PLACE_WORDS = Lexicon.words(EventFinder.class, "place-prepositions.txt");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Set<String> PRECISIONS = Set.of("day", "month");
    private static final String STATEMENT = "statement";

    private final EntityIndex index;

    EventFinder(EntityIndex index) {
        this.index = index;
    }

    List<EventCandidate> find(AnnotatedArticle a) {
        List<EventCandidate> out = new ArrayList<>();
        List<TimeMention> times = a.annotations().times().stream()
                .filter(t -> t.date() != null && PRECISIONS.contains(t.precision()))
                .filter(t -> 0 <= t.start() && t.start() <= t.end() && t.end() <= a.article().text().length())
                .filter(t -> a.annotations().quotes().stream().noneMatch(q -> q.start() <= t.start() && t.end() <= q.end()))
                .sorted(Comparator.comparingInt(TimeMention::start)).toList();
        String text = a.article().text();
        for (int i = 0; i < times.size(); i++) {
            TimeMention t = times.get(i);
            SentenceSpan s = Sentences.containing(a, t.sentence(), t.start());
            if (s == null) {
                continue;
            }
            int[] clause = clause(s, times, i);
            String[] trigger = trigger(text, clause, t);
            if (trigger == null || (STATEMENT.equals(trigger[1]) && after(t, Anchors.anchor(a)))) {
                continue;
            }
            out.add(new EventCandidate(t.date(), t.precision(), trigger[0], trigger[1], participants(a, clause),
                    place(a, clause, t),
                    a.id(), new Span(a.id(), s.start(), s.end()), text.substring(s.start(), s.end()).strip()));
        }
        return out;
    }

    /** Whether a time expression lies wholly after the article's date (a statement cannot be reported ahead). */
    private static boolean after(TimeMention t, LocalDate anchor) {
        return anchor != null && t.date().isAfter(anchor);
    }

    /** The part of the sentence a time expression governs: from the previous time expression to the next one. */
    private static int[] clause(SentenceSpan s, List<TimeMention> times, int i) {
        int from = s.start();
        int to = s.end();
        if (i > 0 && times.get(i - 1).end() > s.start()) {
            from = times.get(i - 1).end();
        }
        if (i + 1 < times.size() && times.get(i + 1).start() < s.end()) {
            to = times.get(i).end();
        }
        return new int[] {from, Math.max(from, to)};
    }

    private static Map<String, String[]> triggers() {
        Map<String, String[]> out = new HashMap<>();
        for (String line : Lexicon.lines(EventFinder.class, "event-triggers.txt")) {
            String[] f = line.split("\t+");
            out.put(f[0].toLowerCase(Locale.ROOT), new String[] {f[1], f.length > 2 ? f[2] : f[1]});
        }
        return out;
    }

    /** The label and class of the trigger word nearest to the time expression in the clause, or null. */
    private static String[] trigger(String text, int[] clause, TimeMention t) {
        Matcher m = WORD.matcher(text).region(clause[0], clause[1]);
        String[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            String[] label = TRIGGERS.get(m.group().toLowerCase(Locale.ROOT));
            int distance = Math.min(Math.abs(m.start() - t.end()), Math.abs(t.start() - m.end()));
            if (label != null && distance < bestDistance) {
                best = label;
                bestDistance = distance;
            }
        }
        return best;
    }

    private List<String> participants(AnnotatedArticle a, int[] clause) {
        Set<String> people = new LinkedHashSet<>();
        Set<String> orgs = new LinkedHashSet<>();
        for (EntityMention e : inClause(a, clause)) {
            Entity resolved = index.at(a.id(), e.start());
            String type = resolved != null ? resolved.type() : e.type();
            String name = resolved != null ? resolved.name() : null;
            if (name == null) {
                continue;
            }
            if ("PERSON".equals(type)) {
                people.add(name);
            } else if (type != null && type.startsWith("ORG")) {
                orgs.add(name);
            }
        }
        List<String> out = new ArrayList<>(people);
        out.addAll(orgs);
        return out;
    }

    /** The location closest to the time expression that a place word ("in", "at") introduces, or null. */
    private String place(AnnotatedArticle a, int[] clause, TimeMention t) {
        String text = a.article().text();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EntityMention e : inClause(a, clause)) {
            Entity resolved = index.at(a.id(), e.start());
            if (resolved == null || !"LOCATION".equals(resolved.type()) || !afterPlaceWord(text, e.start())) {
                continue;
            }
            int distance = Math.min(Math.abs(e.start() - t.end()), Math.abs(t.start() - e.end()));
            if (distance < bestDistance) {
                best = resolved.name();
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean afterPlaceWord(String text, int start) {
        Matcher m = Pattern.compile("(\\p{L}+)\\s+$").matcher(text.substring(Math.max(0, start - 20), start));
        return m.find() && PLACE_WORDS.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    private static List<EntityMention> inClause(AnnotatedArticle a, int[] clause) {
        return a.annotations().entities().stream().filter(e -> e.start() >= clause[0] && e.end() <= clause[1])
                .sorted(Comparator.comparingInt(EntityMention::start)).toList();
    }
}
