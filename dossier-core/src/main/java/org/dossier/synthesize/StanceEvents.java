package org.dossier.synthesize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier.Position;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.dossier.model.TimeMention;
import org.dossier.rules.RuleFiles;

/**
 * Demands and rejections of a concrete action as timeline events: a position of the positions stage that demands
 * or rejects an action named by a noun ("a recount", "an inquiry": {@code stance-events.txt}) is an event on the
 * day its sentence names, else on its article's day (marked so); the rejections of that action which name its
 * demander ("the Social Democrats' demand for a recount") join the demand as one event ("The Social Democrats
 * demanded a recount in Dravik North; the Central Electoral Commission rejected it"). A position whose sentence an
 * event of the timeline already cites adds nothing.
 */
final class StanceEvents {
    /** The class of event these entries have. */
    static final String KIND = "demand";
    private static final Map<String, String> ACTIONS = new java.util.HashMap<>();
    private static final Set<String> REQUESTS = new java.util.HashSet<>();
    private static final Map<String, String> VERBS = new java.util.HashMap<>();
    private static final Set<String> PREPOSITIONS = Set.of("in", "of", "for", "to", "with", "by", "on", "at", "from",
            "into", "over", "after", "before", "against");

    static {
        for (List<String> row : RuleFiles.table(StanceEvents.class, "en", "stance-events.txt")) {
            switch (row.get(0)) {
                case "action" -> ACTIONS.put(row.get(1), row.size() > 2 ? row.get(2) : "");
                case "request" -> REQUESTS.add(row.get(1));
                case "verb" -> VERBS.put(row.get(1), row.get(2));
                default -> throw new IllegalStateException("stance-events.txt: unknown row " + row);
            }
        }
    }

    private StanceEvents() {}

    /** The timeline with the events of demands and rejections of actions added, in the timeline's order. */
    static List<TimelineEntry> with(List<TimelineEntry> timeline, List<AnnotatedArticle> articles,
                                    List<Position> positions) {
        List<TimelineEntry> out = new ArrayList<>(timeline);
        Set<Position> joined = new java.util.HashSet<>();
        List<Position> demands = positions.stream().filter(p -> "demands".equals(p.stance())).toList();
        List<Position> rejections = positions.stream().filter(p -> "rejects".equals(p.stance())).toList();
        for (Position d : demands) {
            String action = action(d.proposition());
            if (action == null || cited(timeline, d)) {
                continue;
            }
            List<Position> answers = rejections.stream().filter(r -> !joined.contains(r) && answers(r, d, action))
                    .toList();
            joined.addAll(answers);
            out.add(entry(d, answers, articles));
        }
        for (Position r : rejections) {
            if (!joined.contains(r) && action(r.proposition()) != null && !cited(timeline, r)) {
                out.add(entry(r, List.of(), articles));
            }
        }
        return out.stream().sorted(Timeline.ORDER).toList();
    }

    /**
     * The action a proposition is about: the listed noun among its words before the first preposition, or after
     * "for" when those name a request ("the Social Democrats' demand for a recount"); null when none.
     */
    static String action(String proposition) {
        String[] words = proposition.toLowerCase(Locale.ROOT).split("[^\\p{L}'\\-]+");
        boolean request = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (ACTIONS.containsKey(w)) {
                return w;
            }
            if (REQUESTS.contains(w)) {
                request = true;
            } else if (PREPOSITIONS.contains(w) && !(request && "for".equals(w))) {
                return null;
            }
        }
        return null;
    }

    /** A rejection of the demanded action that names the demander ("the Social Democrats' demand for a recount"). */
    private static boolean answers(Position r, Position d, String action) {
        String p = r.proposition().toLowerCase(Locale.ROOT);
        return action.equals(action(r.proposition())) && p.contains(d.actor().toLowerCase(Locale.ROOT))
                && !r.actor().equals(d.actor());
    }

    /** Whether a timeline entry already cites a sentence the position is read from. */
    private static boolean cited(List<TimelineEntry> timeline, Position p) {
        return timeline.stream().flatMap(t -> t.mentions().stream()).anyMatch(m -> p.mentions().stream()
                .anyMatch(s -> s.article().equals(m.article()) && s.start() < m.end() && m.start() < s.end()));
    }

    private static TimelineEntry entry(Position p, List<Position> answers, List<AnnotatedArticle> articles) {
        Set<String> cited = new LinkedHashSet<>(p.articles());
        Set<Span> spans = new LinkedHashSet<>(p.mentions());
        List<String> who = new ArrayList<>(List.of(p.actor()));
        StringBuilder summary = new StringBuilder(subject(p)).append(' ').append(VERBS.get(p.stance())).append(' ')
                .append(object(p.proposition()));
        for (int i = 0; i < answers.size(); i++) {
            Position r = answers.get(i);
            cited.addAll(r.articles());
            spans.addAll(r.mentions());
            if (!who.contains(r.actor())) {
                who.add(r.actor());
            }
            summary.append(i == 0 ? "; " : " and ").append(lowerArticle(subject(r)));
        }
        if (!answers.isEmpty()) {
            summary.append(' ').append(VERBS.get("rejects")).append(" it");
        }
        LocalDate day = null;
        LocalDate fallback = null;
        String note = null;
        for (Span s : p.mentions()) {
            AnnotatedArticle a = articles.stream().filter(x -> x.id().equals(s.article())).findFirst().orElse(null);
            if (a == null) {
                continue;
            }
            LocalDate named = namedDay(a, s);
            if (named != null && (day == null || named.isBefore(day))) {
                day = named;
            }
            LocalDate anchor = Anchors.anchor(a);
            if (anchor != null && (fallback == null || anchor.isBefore(fallback))) {
                fallback = anchor;
                note = "reported with no day of its own: the date of the article reporting it"
                        + (Anchors.estimated(a) ? ", itself estimated from its story's dates" : "");
            }
        }
        LocalDate date = day != null ? day : fallback != null ? fallback : p.date();
        return new TimelineEntry(date, "day", summary.toString(), List.copyOf(cited), List.copyOf(spans),
                day != null ? null : note, KIND, who, null, p.text());
    }

    /** The day a time expression in the cited sentence names (day-precise, not after the article's date), or null. */
    private static LocalDate namedDay(AnnotatedArticle a, Span s) {
        LocalDate anchor = Anchors.anchor(a);
        return EventTimes.dating(a, anchor).stream()
                .filter(t -> "day".equals(t.precision()) && s.start() <= t.start() && t.end() <= s.end())
                .filter(t -> !EventTimes.after(t, anchor) && Anchors.before(a) == null)
                .map(TimeMention::date).findFirst().orElse(null);
    }

    /** The actor as its sentence writes it: with "the" when the sentence writes it so ("The Social Democrats"). */
    private static String subject(Position p) {
        String text = p.text() == null ? "" : p.text().toLowerCase(Locale.ROOT);
        return text.contains("the " + p.actor().toLowerCase(Locale.ROOT)) ? "The " + p.actor() : p.actor();
    }

    private static String lowerArticle(String subject) {
        return subject.startsWith("The ") ? "the " + subject.substring(4) : subject;
    }

    /** The object with the article its action noun takes when it has none ("a recount in Dravik North"). */
    private static String object(String proposition) {
        String first = proposition.split("\\s+")[0].toLowerCase(Locale.ROOT);
        String article = ACTIONS.get(first);
        return article == null || article.isEmpty() ? proposition : article + " " + proposition;
    }
}
