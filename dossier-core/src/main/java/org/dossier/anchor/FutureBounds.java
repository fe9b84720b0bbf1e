package org.dossier.anchor;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.rules.RuleFiles;
import org.dossier.text.CalendarNames;

/**
 * The latest day an undated article can have been written, from what it speaks of as still to come: a sentence
 * with a future or intent cue and an event word ("Russia proposes Osla as a venue for talks", "envoys will meet")
 * names an event that another article, dated on its own evidence, reports as past on a day, at a place both name
 * ("the talks in Osla on Monday"), or two or more names both carry (the court and the accused of a verdict); the
 * article was written before that day. Text only, no parser; the cue and event
 * words are data beside this class ({@code tense-cues.txt}, {@code intent-cues.txt}, {@code event-words.txt}).
 */
final class FutureBounds {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");
    private static final Set<String> FUTURE = futureCues();
    private static final Map<String, String> EVENTS = RuleFiles.pairs(FutureBounds.class, "en", "event-words.txt");
    private static final Set<String> PLACE_WORDS = Set.of("in", "at");
    private static final Set<String> CALENDAR = calendarWords();
    private static final Pattern NAME_RUN = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*(?:[ \\t]+\\p{Lu}[\\p{L}'\u2019-]*)*");

    private FutureBounds() {}

    /**
     * A bound: the article was written before {@code day}, because of its sentence {@code future}; {@code place}
     * says what ties the two reports ("in Osla", or the names both carry: "about Court, Reyne").
     */
    record Bound(LocalDate day, String future, String event, String place) {}

    /** An article of the story, its text and the anchor it has on its own evidence (null: none of its own). */
    record Dated(String id, String text, LocalDate anchor) {}

    /**
     * A past report of an event in a dated article: its class, the names it introduces as places, the other
     * capitalised names it carries (the body or people the event is about), its days.
     */
    record PastReport(String event, Set<String> places, Set<String> names, List<LocalDate> days) {}

    /** Names two sentences must share, without a shared place, to speak of one event ("Carvell District Court"). */
    static final int SHARED_NAMES = 2;

    /**
     * The past reports of events in the dated articles: sentences with an event word, no future cue, a day on or
     * before their article's date and a place ("in Osla"). Read once per story, then matched against each undated
     * article's future sentences.
     */
    static Map<String, List<PastReport>> reports(List<Dated> dated) {
        Map<String, List<PastReport>> out = new java.util.LinkedHashMap<>();
        for (Dated o : dated) {
            if (o.anchor() == null || o.text() == null) {
                continue;
            }
            List<PastReport> list = new ArrayList<>();
            for (String past : sentences(o.text())) {
                List<String> pw = words(past);
                String event = eventClass(pw);
                if (event == null || pw.stream().anyMatch(FUTURE::contains)) {
                    continue;
                }
                Set<String> places = places(past);
                Set<String> names = names(past);
                List<LocalDate> days = places.isEmpty() && names.size() < SHARED_NAMES ? List.of()
                        : pastDays(past, o.anchor());
                if (!days.isEmpty()) {
                    list.add(new PastReport(event, places, names, days));
                }
            }
            out.put(o.id(), list);
        }
        return out;
    }

    /**
     * The earliest day before which {@code text} was written, or null: the first day among the others' past reports
     * ({@link #reports}, those of articles other than {@code self}) of an event that one of its future sentences
     * names (same class of event, a shared place), within {@code window} days of {@code near}.
     */
    static Bound of(String self, String text, Map<String, List<PastReport>> reports, LocalDate near, int window) {
        if (text == null) {
            return null;
        }
        Bound best = null;
        for (String future : sentences(text)) {
            List<String> words = words(future);
            String event = eventClass(words);
            if (event == null || words.stream().noneMatch(FUTURE::contains)) {
                continue;
            }
            Set<String> names = names(future);
            for (Map.Entry<String, List<PastReport>> e : reports.entrySet()) {
                if (e.getKey().equals(self)) {
                    continue;
                }
                for (PastReport r : e.getValue()) {
                    String place = r.places().stream().filter(names::contains).sorted().findFirst()
                            .map(p -> "in " + p).orElse(null);
                    List<String> shared = r.names().stream().filter(names::contains).sorted().toList();
                    boolean byPlace = place != null;
                    if (!byPlace && shared.size() >= SHARED_NAMES) {
                        place = "about " + namePhrases(future, shared);
                    }
                    if (!event.equals(r.event()) || place == null) {
                        continue;
                    }
                    for (LocalDate day : r.days()) {
                        boolean close = near == null || Math.abs(ChronoUnit.DAYS.between(near, day)) <= window;
                        // On the same day a shared place ties the two reports more surely than shared names.
                        boolean better = best == null || day.isBefore(best.day()) || day.equals(best.day()) && byPlace
                                && !best.place().startsWith("in ");
                        if (close && better) {
                            best = new Bound(day, future.strip(), firstEvent(words), place);
                        }
                    }
                }
            }
        }
        return best;
    }

    /** The days a sentence names that are on or before its article's date (reported as past). */
    private static List<LocalDate> pastDays(String sentence, LocalDate anchor) {
        List<LocalDate> out = new ArrayList<>(new StatedDates(anchor).statedDays(sentence, anchor));
        for (WeekdayFit.Mention m : WeekdayFit.mentions(sentence)) {
            if (m.direction() == WeekdayFit.Direction.PAST) {
                out.add(m.resolve(anchor));
            }
        }
        return out.stream().filter(d -> !d.isAfter(anchor)).toList();
    }

    /** The capitalised names a sentence introduces as places ("in Osla", "at Velna"). */
    private static Set<String> places(String past) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(past);
        String previous = null;
        while (m.find()) {
            String w = m.group();
            if (previous != null && PLACE_WORDS.contains(previous.toLowerCase(Locale.ROOT))
                    && Character.isUpperCase(w.charAt(0))) {
                out.add(w);
            }
            previous = w;
        }
        return out;
    }

    /** Capitalised words past the sentence's first, not month or weekday names. */
    private static Set<String> names(String sentence) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(sentence);
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            if (!first && Character.isUpperCase(w.charAt(0)) && w.length() > 2
                    && !CALENDAR.contains(w.toLowerCase(Locale.ROOT))) {
                out.add(w);
            }
            first = false;
        }
        return out;
    }

    /**
     * The runs of capitalised words of a sentence that hold a shared name, in text order, without its first word
     * and calendar names ("Osrian High Court, Lena Pirk").
     */
    private static String namePhrases(String sentence, List<String> shared) {
        List<String> out = new ArrayList<>();
        Matcher m = NAME_RUN.matcher(sentence);
        while (m.find()) {
            List<String> run = new ArrayList<>(List.of(m.group().split("\\s+")));
            if (m.start() == sentence.length() - sentence.stripLeading().length()) {
                run.remove(0);
            }
            run.removeIf(w -> CALENDAR.contains(w.toLowerCase(Locale.ROOT)));
            if (run.stream().anyMatch(shared::contains)) {
                out.add(String.join(" ", run));
            }
        }
        return String.join(", ", out);
    }

    private static String eventClass(List<String> words) {
        return words.stream().map(EVENTS::get).filter(c -> c != null).findFirst().orElse(null);
    }

    private static String firstEvent(List<String> words) {
        return words.stream().filter(EVENTS::containsKey).findFirst().orElse(null);
    }

    private static List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            String w = m.group();
            if (w.endsWith("'ll")) {
                out.add(w.substring(0, w.length() - 3));
                out.add("'ll");
            } else {
                out.add(w.equals("won't") ? "wo" : w);
            }
        }
        return out;
    }

    private static List<String> sentences(String text) {
        return List.of(SENTENCE_END.split(text));
    }

    /** The future cues of {@code tense-cues.txt} and the intent cues of {@code intent-cues.txt}. */
    private static Set<String> futureCues() {
        Set<String> out = new HashSet<>(RuleFiles.words(FutureBounds.class, "en", "intent-cues.txt"));
        for (List<String> row : RuleFiles.table(FutureBounds.class, "en", "tense-cues.txt")) {
            if (row.size() > 1 && row.get(0).equals("future") && !row.get(1).equals("before")) {
                out.add(row.get(1).toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    private static Set<String> calendarWords() {
        Set<String> out = new HashSet<>(CalendarNames.weekdays("en").keySet());
        out.addAll(CalendarNames.monthWords("en").keySet());
        return Set.copyOf(out);
    }
}
