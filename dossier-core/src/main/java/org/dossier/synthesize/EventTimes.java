package org.dossier.synthesize;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.TimeMention;

/**
 * Which of an article's time expressions can date an event (day- or month-precise, outside quotes, naming a day of
 * their own or the only one in their sentence, no bare clock time, no month qualifying a plain noun, no bound of a
 * state: "since Monday"), and what is known of such a date: whether it lies after the article's date, and why it is
 * only an estimate.
 */
final class EventTimes {
    private static final Set<String> PRECISIONS = Set.of("day", "month");
    /** A clock time with no day ("at around 05:40", "9 a.m."): the day it falls on is not in it. */
    private static final Pattern CLOCK_ONLY = Pattern.compile("(?i)(?:(?:at|around|about|shortly|just|before|after|"
            + "by|from|until)\\s+)*\\d{1,2}(?:[:.h]\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?|h|hrs|gmt|utc|local time)?");
    private static final Pattern ATTRIBUTIVE_NEXT = Pattern.compile(" (\\p{Ll}+)");
    /** How far before a time expression its bound word is looked for, at least (farther for a longer bound). */
    private static final int BOUND_WINDOW = 12;

    private EventTimes() {}

    /** The time expressions that may date an event, in text order; {@code anchor} is the article's date. */
    static List<TimeMention> dating(AnnotatedArticle a, LocalDate anchor) {
        String text = a.article().text();
        List<TimeMention> times = a.annotations().times().stream()
                .filter(t -> t.date() != null && PRECISIONS.contains(t.precision()))
                .filter(t -> 0 <= t.start() && t.start() <= t.end() && t.end() <= text.length())
                .filter(t -> a.annotations().quotes().stream().noneMatch(q -> q.start() <= t.start() && t.end() <= q.end()))
                .sorted(Comparator.comparingInt(TimeMention::start)).toList();
        EventWords words = EventWords.of(a.article().language());
        return withoutImplicitDays(times, text, anchor).stream()
                .filter(t -> !CLOCK_ONLY.matcher(text.substring(t.start(), t.end()).strip()).matches())
                .filter(t -> !attributive(t, text, words)).filter(t -> !stateBound(t, text, words))
                .filter(t -> !ofAnEarlierFigure(t, text, words)).toList();
    }

    /** The time dates the earlier figure a comparison names ("up from the two reported on Monday"): no event's day. */
    private static boolean ofAnEarlierFigure(TimeMention t, String text, EventWords words) {
        return words.comparisonLead.matcher(text.substring(Math.max(0, t.start() - COMPARISON_WINDOW), t.start())).find();
    }

    private static final int COMPARISON_WINDOW = 60;

    /** The time bounds a state ("postponed since Monday", "since Monday" as one expression): no event's day. */
    private static boolean stateBound(TimeMention t, String text, EventWords words) {
        int window = Math.max(BOUND_WINDOW, words.longestBound + 2);
        String before = text.substring(Math.max(0, t.start() - window), t.start());
        String opening = text.substring(t.start(), Math.min(t.end(), t.start() + BOUND_WINDOW));
        int space = opening.lastIndexOf(' ');
        return words.stateBound.matcher(before).find()
                || space > 0 && words.stateBound.matcher(opening.substring(0, space + 1)).lookingAt();
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
     * A month used to qualify a noun that is no event word ("the March average", "the May figures"): it names no
     * time of an event ("the March talks" does). Only month-precise expressions; "the March 4 meeting" names a day.
     */
    private static boolean attributive(TimeMention t, String text, EventWords words) {
        if (!"month".equals(t.precision())) {
            return false;
        }
        String before = text.substring(Math.max(0, t.start() - 4), t.start());
        Matcher next = ATTRIBUTIVE_NEXT.matcher(text).region(t.end(), text.length());
        return before.equalsIgnoreCase("the ") && next.lookingAt() && !words.isEventWord(next.group(1));
    }

    /**
     * Whether a time expression stands in a passive relative clause between a statement's verb and it ("said the
     * attackers had used a flaw that was patched in January"): it dates what the clause says, not the statement.
     */
    static boolean inRelativeClauseAfter(String text, int verbEnd, TimeMention t) {
        return verbEnd <= t.start() && RELATIVE_PASSIVE.matcher(text.substring(verbEnd, t.start())).find();
    }

    /**
     * Whether an auxiliary of an earlier act stands between a statement's verb and a time expression after it ("said
     * its staff had opened the gates on Friday", "said the dam had been inspected in June": {@link
     * EventWords#earlier}): the time dates that act, not the statement.
     */
    static boolean inEarlierClauseAfter(EventWords words, String text, int verbEnd, TimeMention t) {
        if (verbEnd > t.start()) {
            return false;
        }
        Matcher w = WORD.matcher(text).region(verbEnd, t.start());
        while (w.find()) {
            if (words.earlier.contains(w.group().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /**
     * Whether the earlier act between a statement's verb and a time is a state or a passive: its auxiliary followed
     * by a word of {@code earlier-states.txt} ("had been inspected in June", "had been safe").
     */
    static boolean earlierStateAfter(EventWords words, String text, int verbEnd, TimeMention t) {
        if (verbEnd > t.start()) {
            return false;
        }
        Matcher w = WORD.matcher(text).region(verbEnd, t.start());
        boolean afterAuxiliary = false;
        while (w.find()) {
            String word = w.group().toLowerCase(java.util.Locale.ROOT);
            if (afterAuxiliary && words.earlierStates.contains(word)) {
                return true;
            }
            afterAuxiliary = words.earlier.contains(word);
        }
        return false;
    }

    /** "that was", "which had been", "who were": a relative clause in the passive or perfect. */
    private static final Pattern RELATIVE_PASSIVE = Pattern.compile(
            "(?i)\\b(?:that|which|who)\\s+(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\b");

    /**
     * The start of the event noun whose relative clause holds a time expression ("the earthquake that shook the
     * north on Thursday rose to 412"), or -1: the time dates that noun only, and the main clause around it is
     * governed by the sentence's other time. The relative word follows the event noun directly or after a comma
     * ("Die Gespräche, die am Montag begonnen hatten, …", {@code relative-words.txt}), no break between it and the
     * time.
     */
    static int eventNounOfRelative(EventWords words, String text, int sentenceStart, TimeMention t) {
        int noun = -1;
        int last = -1;
        for (Pattern p : List.of(EVENT_RELATIVE, words.relativeOnWord)) {
            Matcher m = p.matcher(text).region(sentenceStart, t.start());
            while (m.find()) {
                if (m.start() < last) {
                    continue;
                }
                String word = m.group(1).toLowerCase(java.util.Locale.ROOT);
                EventTriggers.Trigger tr = EventTriggers.of(words, word, m.start(1), m.end(1));
                boolean open = !EventTriggers.PHRASE_BREAK.matcher(text).region(m.end(), t.start()).find();
                noun = tr != null && !tr.statement() && open ? m.start(1) : -1;
                last = m.start();
            }
        }
        return noun;
    }

    /** An event noun and the relative word right after it ("the storm that", "floods which"). */
    private static final Pattern EVENT_RELATIVE = Pattern.compile("(?i)\\b(\\p{L}+)\\s+(?:that|which)\\b");

    /** Whether a time expression lies wholly after the article's date (a statement cannot be reported ahead). */
    static boolean after(TimeMention t, LocalDate anchor) {
        return anchor != null && t.date().isAfter(anchor);
    }

    /** Whether the day is only known to lie before the article's bound: a relative day in a bounded article. */
    static boolean bounded(AnnotatedArticle a, TimeMention t) {
        return Anchors.before(a) != null && estimate(a, t, Anchors.anchor(a)) != null;
    }

    /**
     * Why the day is an estimate, or null: a day named only relatively ("on Friday", "yesterday": no digit in
     * it) in an article whose anchor is not its own date but its story's.
     */
    static String estimate(AnnotatedArticle a, TimeMention t, LocalDate anchor) {
        String words = a.article().text().substring(t.start(), t.end());
        if (!a.annotations().anchorEstimated() || words.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        if (Anchors.before(a) != null) {
            return "'" + words + "' in an article written before " + Anchors.before(a)
                    + " (it speaks as future of what other articles report on that day); no day follows";
        }
        return "'" + words + "' in an article without a date of its own, counted from its story's dates ("
                + anchor + "); the true day may differ";
    }
}
