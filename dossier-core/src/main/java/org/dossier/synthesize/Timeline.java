package org.dossier.synthesize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Credit;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.dossier.model.EntityLookup;

/**
 * Builds the story timeline: event reports from all articles, merged when they share the date and agree on
 * place and on the class of event or a participant (an election day whoever is named), so one event cites every
 * article that reports it; the entry
 * states the event in the words of its best report ({@link EventText#best}) and lists its parties and place. A
 * report dated only as "before" a day stays apart from day-dated ones.
 */
final class Timeline {
    private static final int MAX_PARTICIPANTS = 4;
    /** Event classes a story has one of on a day at a place, whoever the reports name ({@code day-events.txt}). */
    private static final Set<String> DAY_EVENTS = Set.copyOf(org.dossier.rules.RuleFiles.words(Timeline.class, "en",
            "day-events.txt"));

    /** The order of the timeline: by date, a "before" bound first on its day, then by statement. */
    static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::date)
            .thenComparing(t -> "before".equals(t.precision()) ? 0 : 1)
            .thenComparing(TimelineEntry::summary);

    private Timeline() {}

    static List<TimelineEntry> build(List<AnnotatedArticle> articles, EntityLookup index) {
        EventFinder finder = new EventFinder(index, sources(articles));
        List<EventCandidate> all = new ArrayList<>();
        articles.forEach(a -> all.addAll(finder.find(a)));
        List<List<EventCandidate>> groups = new ArrayList<>();
        for (EventCandidate c : all) {
            List<List<EventCandidate>> hits = groups.stream()
                    .filter(g -> g.stream().anyMatch(o -> sameEvent(o, c))).toList();
            if (dayDates(hits) > 1) {
                hits = hits.subList(0, 1);
            }
            List<EventCandidate> merged = new ArrayList<>();
            hits.forEach(merged::addAll);
            merged.add(c);
            groups.removeAll(hits);
            groups.add(merged);
        }
        return groups.stream().map(Timeline::entry).sorted(ORDER).toList();
    }

    /**
     * The timeline with each entry that only articles older than its day report marked as planned as of the latest
     * of them ("offered to meet … on Monday" in Friday's article, and nothing since): a plan, not a happening.
     */
    static List<TimelineEntry> plans(List<TimelineEntry> timeline, List<AnnotatedArticle> articles) {
        java.util.Map<String, java.time.LocalDate> days = new java.util.HashMap<>();
        articles.forEach(a -> {
            java.time.LocalDate d = Anchors.anchor(a);
            if (d != null && Anchors.before(a) == null) {
                days.put(a.id(), d);
            }
        });
        List<TimelineEntry> out = new ArrayList<>();
        for (TimelineEntry t : timeline) {
            java.time.LocalDate latest = t.articles().stream().map(days::get).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            boolean allKnown = t.articles().stream().allMatch(days::containsKey);
            out.add(t.date() != null && latest != null && allKnown && latest.isBefore(t.date()) ? t.planned(latest) : t);
        }
        return out;
    }

    /** The lower-case names of the story's outlets and of the agencies and sources its articles credit. */
    static Set<String> sources(List<AnnotatedArticle> articles) {
        Set<String> out = new HashSet<>();
        for (AnnotatedArticle a : articles) {
            if (a.article().outlet() != null) {
                out.add(a.article().outlet().toLowerCase(Locale.ROOT));
            }
            a.article().credits().stream().filter(c -> c.kind() != Credit.Kind.AUTHOR && c.kind() != Credit.Kind.EDITOR)
                    .map(Credit::name).filter(Objects::nonNull).forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /** How many different days the day-precise reports in these groups name (a merge must not mix days). */
    private static long dayDates(List<List<EventCandidate>> groups) {
        return groups.stream().flatMap(List::stream).filter(c -> "day".equals(c.precision()))
                .map(EventCandidate::date).distinct().count();
    }

    /**
     * Same class of event on the same day (a month-precise report: same month) with no clash of places, and a
     * shared participant or place, or no participants named on one side. Statements by different speakers (or
     * a named and an unnamed one) stay apart. Reports of a class a story has one of a day (an election:
     * {@code day-events.txt}) on the same day are one event whoever they name.
     */
    static boolean sameEvent(EventCandidate a, EventCandidate b) {
        if (!a.kind().equals(b.kind()) || (a.place() != null && b.place() != null && !a.place().equals(b.place()))) {
            return false;
        }
        boolean sharedParticipant = !Collections.disjoint(a.participants(), b.participants());
        boolean sharedPlace = a.place() != null && a.place().equals(b.place());
        if ("statement".equals(a.kind()) && !sharedParticipant
                && !(a.participants().isEmpty() && b.participants().isEmpty())) {
            return false;
        }
        if ("before".equals(a.precision()) != "before".equals(b.precision())) {
            return false;
        }
        if (a.precision().equals(b.precision()) && "day".equals(a.precision()) && DAY_EVENTS.contains(a.kind())
                && a.date().equals(b.date())) {
            return true;
        }
        if (a.precision().equals(b.precision())) {
            boolean open = a.participants().isEmpty() || b.participants().isEmpty();
            return a.date().equals(b.date()) && (sharedParticipant || sharedPlace || open);
        }
        boolean sameMonth = a.date().withDayOfMonth(1).equals(b.date().withDayOfMonth(1));
        return sameMonth && (sharedPlace || sharedParticipant);
    }

    private static TimelineEntry entry(List<EventCandidate> group) {
        Set<String> articles = new LinkedHashSet<>();
        Set<Span> spans = new LinkedHashSet<>();
        group.forEach(c -> {
            articles.add(c.article());
            spans.add(c.span());
        });
        EventCandidate first = group.stream().filter(c -> "day".equals(c.precision()))
                .min(Comparator.comparing(c -> c.dateNote() != null)).orElse(group.get(0));
        String place = mostCommon(group, EventCandidate::place);
        List<String> people = byFrequency(group.stream().flatMap(c -> c.participants().stream()).toList());
        if ("statement".equals(first.kind()) && !people.isEmpty()) {
            people = speakers(group, people);
        }
        String summary = summary(group);
        if ("meeting".equals(first.kind())) {
            summary = MeetingStatements.of(summary, people, place);
        }
        return new TimelineEntry(first.date(), first.precision(), summary, List.copyOf(articles),
                List.copyOf(spans), first.dateNote(), first.kind(),
                people.subList(0, Math.min(MAX_PARTICIPANTS, people.size())), place, first.sentence());
    }

    /**
     * The statement of a merged event: the shortest readable statement among its reports ({@link EventText#best}),
     * with its place when the statement does not name it.
     */
    static String summary(List<EventCandidate> group) {
        Set<String> names = new HashSet<>(group.stream().flatMap(c -> c.participants().stream()).toList());
        group.forEach(c -> names.addAll(c.names()));
        String text = EventText.best(group.stream().filter(c -> c.statement() != null)
                .map(c -> new EventText.Stated(c.statement(), EventWords.of(c.language()))).toList(), names);
        String place = mostCommon(group, EventCandidate::place);
        if (text.isEmpty()) {
            text = mostCommon(group, EventCandidate::label);
        }
        if (place != null && !text.contains(place)) {
            text = text + " (in " + place + ")";
        }
        return text;
    }

    /** The speakers of a merged statement: those named by the most reports (one unless several tie). */
    private static List<String> speakers(List<EventCandidate> group, List<String> byFrequency) {
        Map<String, Long> counts = group.stream().flatMap(c -> c.participants().stream())
                .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        long max = counts.get(byFrequency.get(0));
        return byFrequency.stream().filter(p -> counts.get(p) == max).limit(MAX_PARTICIPANTS).toList();
    }

    private static String mostCommon(List<EventCandidate> group, Function<EventCandidate, String> key) {
        return byFrequency(group.stream().map(key).filter(Objects::nonNull).toList()).stream().findFirst().orElse(null);
    }

    private static List<String> byFrequency(List<String> values) {
        Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(v -> v,
                java.util.LinkedHashMap::new, Collectors.counting()));
        List<String> out = new ArrayList<>(counts.keySet());
        out.sort(Comparator.comparingLong((String v) -> -counts.get(v)));
        return out;
    }
}
