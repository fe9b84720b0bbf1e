package org.dossier.synthesize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeMention;

/**
 * The event words (kept as data with each word's label and class) and the one that names the event a time
 * expression dates: the nearest in its clause, a word behind a comma or other break counting as farther. Some
 * words are events only in context ({@code context-triggers.txt}: "charged ... with", not "charged 5 euros"); a verb
 * that only says something befell someone names the happening its clause names ({@code yielding-triggers.txt}:
 * "an earthquake struck": the earthquake, not a strike); one before an object noun of a few listed is none
 * ({@code no-event-objects.txt}: "met every requirement"). Each article reads the lists of its language
 * ({@link EventWords}).
 */
final class EventTriggers {
    private static final int CONTEXT_WORDS = 15;
    private static final int OBJECT_WORDS = 3;
    private static final Pattern CONTEXT_END = Pattern.compile("[.;:!?\n]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    /** A possessive date ("Wednesday's move") dates the noun phrase it opens, nothing else in the clause. */
    private static final Pattern POSSESSIVE = Pattern.compile("^['\u2019]s\\b");
    private static final int POSSESSED_PHRASE_CHARS = 40;

    /** Punctuation between a time expression and an event word: they likely sit in different phrases. */
    /** The word right before an event word, a space between ("air" of "air strike"). */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}[\\p{L}'\u2019-]*)\\s+$");
    static final Pattern PHRASE_BREAK = Pattern.compile("[,;:()\u2013\u2014]");
    /**
     * An event noun that a time word places another clause by ("a group appointed after the breach on May 4"): the
     * event is that noun, not the clause around it.
     */
    private static final Pattern ANCHORED_NOUN = Pattern.compile(
            "(?i)\\b(?:after|since|following|until|despite)\\s+(?:(?:the|a|an|its|their|this|that)\\s+)?(?:\\p{L}+\\s+)?$");
    /** Characters a punctuation break adds to the distance, so a word in the time's own phrase wins. */
    private static final int ACROSS_BREAK = 60;

    private EventTriggers() {}

    /** An event word found in a clause: its label, class and position. */
    record Trigger(String label, String kind, int start, int end) {
        static final String STATEMENT = "statement";

        /** Whether the event is something said (its participants are speakers, its place is where it was said). */
        boolean statement() {
            return STATEMENT.equals(kind);
        }
    }

    /** The trigger a lower-case word at [start, end) makes, or null when it is no event word. */
    static Trigger of(EventWords words, String word, int start, int end) {
        String[] label = words.trigger(word);
        return label == null ? null : new Trigger(label[0], label[1], start, end);
    }

    /** The label of the first event word of class {@code kind} in a text ("Talks"), or null when there is none. */
    static String labelIn(EventWords words, String text, String kind) {
        var m = WORD.matcher(text);
        while (m.find()) {
            String[] label = label(words, text, m.group().toLowerCase(Locale.ROOT), m.end());
            if (label != null && label[1].equals(kind)) {
                return label[0];
            }
        }
        return null;
    }

    /**
     * The label and class of a lower-case word ending at {@code end} of {@code text}: an event word, or a word
     * that is one in its context ("charged ... with"), else null.
     */
    private static String[] label(EventWords words, String text, String word, int end) {
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, end - word.length() - 40),
                Math.max(0, end - word.length())));
        String[] label = words.trigger(word, before.find() ? before.group(1).toLowerCase(Locale.ROOT) : null);
        if (label != null) {
            return objectUnmakesIt(words, text, word, end) ? null : label;
        }
        String[] ctx = words.inContext.get(word);
        return ctx != null && inContext(text, end, ctx[2]) ? ctx : null;
    }

    /**
     * Whether one of the word's object nouns that make it no event follows within {@value #OBJECT_WORDS} words in
     * its sentence ("met every requirement": {@link EventWords#noEventObjects}).
     */
    private static boolean objectUnmakesIt(EventWords words, String text, String word, int end) {
        Set<String> objects = words.noEventObjects.get(word);
        if (objects == null) {
            return false;
        }
        Matcher stop = CONTEXT_END.matcher(text).region(end, text.length());
        Matcher w = WORD.matcher(text).region(end, stop.find() ? stop.start() : text.length());
        for (int n = 0; n < OBJECT_WORDS && w.find(); n++) {
            if (objects.contains(w.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code needed} (one word, or words parted by commas any of which will do: "rate,rates") follows within
     * {@value #CONTEXT_WORDS} words in the sentence, no number right after.
     */
    static boolean inContext(String text, int end, String needed) {
        Matcher stop = CONTEXT_END.matcher(text).region(end, text.length());
        int to = stop.find() ? stop.start() : text.length();
        String rest = text.substring(end, to).stripLeading();
        if (rest.isEmpty() || !Character.isLetter(rest.charAt(0))) {
            return false;
        }
        Matcher w = WORD.matcher(rest);
        for (int n = 0; n < CONTEXT_WORDS && w.find(); n++) {
            if (("," + needed.toLowerCase(Locale.ROOT) + ",").contains("," + w.group().toLowerCase(Locale.ROOT) + ",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The trigger word nearest to the time expression in its clause, or null; a word behind a comma or other
     * break counts as farther ("after the breach on May 4, said": the breach is dated, not the saying).
     * {@code between} is the stretch the time expression governs ({@link EventScope#governed}).
     */
    static Trigger nearest(EventWords words, String text, int[] between, Clauses.Clause own, TimeMention t) {
        if (POSSESSIVE.matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 3))).find()) {
            between = new int[] {t.end(), Math.min(between[1], t.end() + POSSESSED_PHRASE_CHARS)};
        }
        Matcher m = WORD.matcher(text).region(between[0], between[1]);
        Trigger best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            String[] label = label(words, text, m.group().toLowerCase(Locale.ROOT), m.end());
            int distance = Math.min(Math.abs(m.start() - t.end()), Math.abs(t.start() - m.end()))
                    + (breakBetween(text, m.start(), m.end(), t) ? ACROSS_BREAK : 0)
                    + (placedAfterTime(text, m.start(), t) ? ACROSS_BREAK : 0);
            if (label != null && own.contains(m.start(), m.end()) && distance < bestDistance) {
                best = new Trigger(label[0], label[1], m.start(), m.end());
                bestDistance = distance;
            }
        }
        return best == null ? null : happening(words, text, own, best);
    }

    /**
     * The trigger itself, or, when it is a verb that only says something befell someone ("struck", "killed"), the
     * nearest word of its clause naming a happening of a class it yields to ("a quake struck": the quake).
     */
    private static Trigger happening(EventWords words, String text, Clauses.Clause own, Trigger verb) {
        Set<String> classes = words.yielding.get(text.substring(verb.start(), verb.end()).toLowerCase(Locale.ROOT));
        if (classes == null) {
            return verb;
        }
        Trigger best = verb;
        int bestDistance = Integer.MAX_VALUE;
        for (int[] part : own.parts()) {
            Matcher m = WORD.matcher(text).region(part[0], part[1]);
            while (m.find()) {
                String[] label = label(words, text, m.group().toLowerCase(Locale.ROOT), m.end());   // "missile strike"
                int distance = Math.abs(m.start() - verb.start());
                if (label != null && m.start() != verb.start() && classes.contains(label[1]) && distance < bestDistance) {
                    best = new Trigger(label[0], label[1], m.start(), m.end());
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /**
     * Where the preposition placing the event noun at {@code nounStart} by another happening begins ("after" in
     * "… on Sunday after a failure"), looking back from the noun to {@code from}; -1 when the noun is not so placed.
     */
    static int anchoringPreposition(String text, int from, int nounStart) {
        int start = Math.max(from, nounStart - 40);
        Matcher m = ANCHORED_NOUN.matcher(text.substring(start, nounStart));
        return m.find() ? start + m.start() : -1;
    }

    /**
     * Whether an event noun after the time is placed by a preposition standing after the time ("cancelled 300 flights
     * on Sunday after a failure"): the time dates the clause before it, the noun a happening it only refers to.
     */
    private static boolean placedAfterTime(String text, int nounStart, TimeMention t) {
        if (nounStart < t.end()) {
            return false;
        }
        int preposition = anchoringPreposition(text, t.end(), nounStart);
        return preposition >= t.end();
    }

    private static boolean breakBetween(String text, int start, int end, TimeMention t) {
        int from = end <= t.start() ? end : t.end();
        int to = end <= t.start() ? t.start() : start;
        return from < to && PHRASE_BREAK.matcher(text).region(from, to).find();
    }
}
