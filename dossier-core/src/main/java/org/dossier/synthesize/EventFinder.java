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
import org.dossier.rules.RuleFiles;

/**
 * Finds dated events in an article: a clause with a day- or month-precise time expression and an event
 * trigger word (kept as data), with the people and organisations in it and its place.
 */
final class EventFinder {
    private static final Map<String, String[]> TRIGGERS = triggers();
    private static final Set<String> PLACE_WORDS = RuleFiles.words(EventFinder.class, "en", "place-prepositions.txt");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Set<String> PRECISIONS = Set.of("day", "month");
    private static final String STATEMENT = "statement";

    private static final Pattern THAT = Pattern.compile("\\bthat\\b");
    /** A clock time with no day ("at around 05:40", "9 a.m."): the day it falls on is not in it. */
    private static final Pattern CLOCK_ONLY = Pattern.compile("(?i)(?:(?:at|around|about|shortly|just|before|after|"
            + "by|from|until)\\s+)*\\d{1,2}(?:[:.h]\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?|h|hrs|gmt|utc|local time)?");

    private final EntityIndex index;
    private final Set<String> sources;

    EventFinder(EntityIndex index) {
        this(index, Set.of());
    }

    /** {@code sources}: lower-case names of the story's outlets and credited agencies, never participants. */
    EventFinder(EntityIndex index, Set<String> sources) {
        this.index = index;
        this.sources = sources;
    }

    List<EventCandidate> find(AnnotatedArticle a) {
        List<EventCandidate> out = new ArrayList<>();
        List<TimeMention> times = a.annotations().times().stream()
                .filter(t -> t.date() != null && PRECISIONS.contains(t.precision()))
                .filter(t -> 0 <= t.start() && t.start() <= t.end() && t.end() <= a.article().text().length())
                .filter(t -> a.annotations().quotes().stream().noneMatch(q -> q.start() <= t.start() && t.end() <= q.end()))
                .sorted(Comparator.comparingInt(TimeMention::start)).toList();
        String text = a.article().text();
        times = withoutImplicitDays(times, text, Anchors.anchor(a)).stream()
                .filter(t -> !CLOCK_ONLY.matcher(text.substring(t.start(), t.end()).strip()).matches())
                .filter(t -> !attributive(t, text)).toList();
        for (int i = 0; i < times.size(); i++) {
            TimeMention t = times.get(i);
            SentenceSpan s = Sentences.containing(a, t.sentence(), t.start());
            if (s == null) {
                continue;
            }
            int[] between = clause(s, times, i);
            Clauses.Clause own = Clauses.around(text, s.start(), s.end(), t.start());
            Trigger trigger = trigger(text, between, own, t);
            if (trigger == null || (STATEMENT.equals(trigger.kind()) && after(t, Anchors.anchor(a)))) {
                continue;
            }
            int[] scope = scope(text, between, trigger);
            List<EntityMention> mentions = inClause(a, scope, own);
            out.add(new EventCandidate(t.date(), t.precision(), trigger.label(), trigger.kind(),
                    withActor(actor(a, mentions, s, trigger), participants(a, mentions, s, trigger.kind())),
                    place(a, mentions, t),
                    a.id(), new Span(a.id(), s.start(), s.end()), EventText.describe(a, s, index),
                    estimate(a, t)));
        }
        return out;
    }

    /**
     * Drops time expressions that name no day of their own ("before dawn", "overnight": resolved to the article's
     * date only because they carry none) when their sentence has one that does ("on March 4").
     */
    private static List<TimeMention> withoutImplicitDays(List<TimeMention> times, String text, LocalDate anchor) {
        return times.stream().filter(t -> !implicit(t, text, anchor) || times.stream()
                .noneMatch(u -> u != t && u.sentence() == t.sentence() && !implicit(u, text, anchor))).toList();
    }

    /** On the article's own date with no digit and no capitalised word (month, weekday) in its text. */
    private static boolean implicit(TimeMention t, String text, LocalDate anchor) {
        if (anchor == null || !anchor.equals(t.date())) {
            return false;
        }
        String words = text.substring(t.start(), t.end());
        return words.chars().noneMatch(c -> Character.isDigit(c) || Character.isUpperCase(c));
    }

    /**
     * Why the day is an estimate, or null: a day named only relatively ("on Friday", "yesterday": no digit in
     * it) in an article whose anchor is not its own date but its story's.
     */
    private static String estimate(AnnotatedArticle a, TimeMention t) {
        String words = a.article().text().substring(t.start(), t.end());
        if (!a.annotations().anchorEstimated() || words.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        return "'" + words + "' in an article without a date of its own, counted from its story's dates ("
                + Anchors.anchor(a) + "); the true day may differ";
    }

    /**
     * A month used to qualify a noun that is no event word ("the March average", "the May figures"): it names no
     * time of an event ("the March talks" does). Only month-precise expressions; "the March 4 meeting" names a day.
     */
    private static boolean attributive(TimeMention t, String text) {
        if (!"month".equals(t.precision())) {
            return false;
        }
        String before = text.substring(Math.max(0, t.start() - 4), t.start());
        Matcher next = ATTRIBUTIVE_NEXT.matcher(text).region(t.end(), text.length());
        return before.equalsIgnoreCase("the ") && next.lookingAt() && !TRIGGERS.containsKey(next.group(1));
    }

    private static final Pattern ATTRIBUTIVE_NEXT = Pattern.compile(" (\\p{Ll}+)");

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
        for (String line : RuleFiles.lines(EventFinder.class, "en", "event-triggers.txt")) {
            String[] f = line.split("\t+");
            out.put(f[0].toLowerCase(Locale.ROOT), new String[] {f[1], f.length > 2 ? f[2] : f[1]});
        }
        return out;
    }

    /** An event word found in a clause: its label, class and position. */
    private record Trigger(String label, String kind, int start, int end) {}

    /** A possessive date ("Wednesday's move") dates the noun phrase it opens, nothing else in the clause. */
    private static final Pattern POSSESSIVE = Pattern.compile("^['\u2019]s\\b");
    private static final int POSSESSED_PHRASE_CHARS = 40;

    /** Punctuation between a time expression and an event word: they likely sit in different phrases. */
    private static final Pattern BREAK = Pattern.compile("[,;:()\u2013\u2014]");
    /** Characters a punctuation break adds to the distance, so a word in the time's own phrase wins. */
    private static final int ACROSS_BREAK = 60;

    /**
     * The trigger word nearest to the time expression in its clause, or null; a word behind a comma or other
     * break counts as farther ("after the breach on May 4, said": the breach is dated, not the saying).
     */
    private static Trigger trigger(String text, int[] between, Clauses.Clause own, TimeMention t) {
        if (POSSESSIVE.matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 3))).find()) {
            between = new int[] {t.end(), Math.min(between[1], t.end() + POSSESSED_PHRASE_CHARS)};
        }
        Matcher m = WORD.matcher(text).region(between[0], between[1]);
        Trigger best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            String[] label = TRIGGERS.get(m.group().toLowerCase(Locale.ROOT));
            int distance = Math.min(Math.abs(m.start() - t.end()), Math.abs(t.start() - m.end()))
                    + (breakBetween(text, m.start(), m.end(), t) ? ACROSS_BREAK : 0);
            if (label != null && own.contains(m.start(), m.end()) && distance < bestDistance) {
                best = new Trigger(label[0], label[1], m.start(), m.end());
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean breakBetween(String text, int start, int end, TimeMention t) {
        int from = end <= t.start() ? end : t.end();
        int to = end <= t.start() ? t.start() : start;
        return from < to && BREAK.matcher(text).region(from, to).find();
    }

    /**
     * Where participants and place are read: the stretch between neighbouring time expressions, for a statement
     * cut before the reported content ("said on Monday that ... in Brova": the place is not the statement's).
     */
    private static int[] scope(String text, int[] between, Trigger trigger) {
        if (!STATEMENT.equals(trigger.kind())) {
            return between;
        }
        Matcher m = THAT.matcher(text).region(trigger.end(), between[1]);
        return m.find() ? new int[] {between[0], m.start()} : between;
    }

    /**
     * The people, then organisations, named in the clause; a statement names only its people when it has any. A
     * clause naming nobody ("as she announced") takes the one person the rest of the sentence names outside quotes.
     */
    private List<String> participants(AnnotatedArticle a, List<EntityMention> mentions, SentenceSpan s, String kind) {
        List<String> out = named(a, mentions, kind);
        if (!out.isEmpty()) {
            return out;
        }
        List<String> sentence = named(a, inClause(a, new int[] {s.start(), s.end()},
                new Clauses.Clause(List.<int[]>of(new int[] {s.start(), s.end()}))), STATEMENT);
        return sentence.size() == 1 && index.find(sentence.get(0)) != null
                && "PERSON".equals(index.find(sentence.get(0)).type()) ? sentence : List.of();
    }

    /** Characters at most between a sentence-opening actor and its event word ("Osria on Friday released"). */
    private static final int ACTOR_GAP = 30;

    /**
     * A country or other place that opens the sentence as the subject of the event word ("Osria on Friday
     * released its draft"): it acts, so it leads the participants; null when there is none.
     */
    private String actor(AnnotatedArticle a, List<EntityMention> mentions, SentenceSpan s, Trigger trigger) {
        String text = a.article().text();
        for (EntityMention e : mentions) {
            if (e.start() < s.start() || e.end() > trigger.start() || !text.substring(s.start(), e.start()).isBlank()) {
                continue;
            }
            String gap = text.substring(e.end(), trigger.start());
            Entity r = index.within(a.id(), e.start(), e.end());
            if (gap.length() <= ACTOR_GAP && !BREAK.matcher(gap).find() && r != null && "LOCATION".equals(r.type())
                    && !isSource(r)) {
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

    private List<String> named(AnnotatedArticle a, List<EntityMention> mentions, String kind) {
        Set<String> people = new LinkedHashSet<>();
        Set<String> orgs = new LinkedHashSet<>();
        for (EntityMention e : mentions) {
            Entity resolved = index.within(a.id(), e.start(), e.end());
            String type = resolved != null ? resolved.type() : e.type();
            String name = resolved != null ? resolved.name() : null;
            if (name == null || isSource(resolved)) {
                continue;
            }
            if ("PERSON".equals(type)) {
                people.add(name);
            } else if (type != null && type.startsWith("ORG")) {
                orgs.add(name);
            }
        }
        List<String> out = new ArrayList<>(people);
        if (people.isEmpty() || !STATEMENT.equals(kind)) {
            out.addAll(orgs);
        }
        return out;
    }

    /** Whether an entity is one of the story's outlets or credited agencies (it reports, it does not take part). */
    private boolean isSource(Entity e) {
        return sources.contains(e.name().toLowerCase(Locale.ROOT))
                || e.variants().stream().anyMatch(v -> sources.contains(v.toLowerCase(Locale.ROOT)));
    }

    /** The location closest to the time expression that a place word ("in", "at") introduces, or null. */
    private String place(AnnotatedArticle a, List<EntityMention> mentions, TimeMention t) {
        String text = a.article().text();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EntityMention e : mentions) {
            Entity resolved = index.within(a.id(), e.start(), e.end());
            if (resolved == null || !"LOCATION".equals(resolved.type()) || !afterPlaceWord(text, e.start())
                    || endsNameBefore(a, e)) {
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

    /**
     * Whether a formal name (one with lower-case joining words) ends just before the place word, making the
     * location part of it ("Organization for Security and Co-operation in Europe" read as an organisation and a
     * place); "a meeting of EU ministers in Brest" keeps its place.
     */
    private static boolean endsNameBefore(AnnotatedArticle a, EntityMention place) {
        String text = a.article().text();
        int word = text.lastIndexOf(' ', Math.max(0, place.start() - 2));
        return word > 0 && a.annotations().entities().stream().anyMatch(e -> e != place && !"LOCATION".equals(e.type())
                && e.end() <= word && text.substring(e.end(), word).isBlank()
                && e.text().matches(".*\\s\\p{Ll}+\\s.*"));
    }

    /** Whether a place word stands before the name, possibly with up to two lower-case words ("in eastern"). */
    private static boolean afterPlaceWord(String text, int start) {
        String before = text.substring(Math.max(0, start - 40), start);
        if (!before.isEmpty() && !Character.isWhitespace(before.charAt(before.length() - 1))) {
            return false;
        }
        String[] words = before.strip().split("\\s+");
        for (int skip = 0; skip <= 2 && skip < words.length; skip++) {
            String w = words[words.length - 1 - skip];
            if (PLACE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!w.matches("\\p{Ll}+")) {
                return false;
            }
        }
        return false;
    }

    /** The entity mentions in the scope and the clause, leaving out those inside quotes. */
    private static List<EntityMention> inClause(AnnotatedArticle a, int[] scope, Clauses.Clause own) {
        return a.annotations().entities().stream()
                .filter(e -> e.start() >= scope[0] && e.end() <= scope[1] && own.contains(e.start(), e.end()))
                .filter(e -> a.annotations().quotes().stream().noneMatch(q -> q.start() <= e.start() && e.end() <= q.end()))
                .sorted(Comparator.comparingInt(EntityMention::start)).toList();
    }
}
