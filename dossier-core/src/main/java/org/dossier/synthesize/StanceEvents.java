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
 * event of the timeline already cites adds nothing. Each article's language has its rule data ({@code
 * <lang>/stance-events.txt}: en, de, fr, es) and the event is stated in that language. A rejection or acceptance
 * of an offer, a proposal, a plan or a deal ({@code offer} rows) is an event the same way.
 */
final class StanceEvents {
    /** The class of event these entries have. */
    static final String KIND = "demand";
    private static final Map<String, Rules> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One language's rules ({@code <lang>/stance-events.txt}): action nouns with their article, request nouns and the
     * preposition after them that names the action, the words ending the action's phrase, the stance verbs as the
     * event states them ({@code {}} the object's place, else after the verb) and the answer joined to a demand.
     */
    private record Rules(Map<String, String> actions, Set<String> requests, Set<String> requestLinks,
                         Set<String> stops, Map<String, String> verbs, String answer, Map<String, String> offers) {
        static Rules of(String language) {
            String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
            return BY_LANGUAGE.computeIfAbsent(lang, l -> {
                List<List<String>> table;
                try {
                    table = RuleFiles.table(StanceEvents.class, l, "stance-events.txt");
                } catch (IllegalStateException missing) {
                    return new Rules(Map.of(), Set.of(), Set.of(), Set.of(), Map.of(), "", Map.of());
                }
                Map<String, String> actions = new java.util.HashMap<>();
                Set<String> requests = new java.util.HashSet<>();
                Set<String> links = new java.util.HashSet<>();
                Set<String> stops = new java.util.HashSet<>();
                Map<String, String> verbs = new java.util.HashMap<>();
                Map<String, String> offers = new java.util.HashMap<>();
                String answer = "";
                for (List<String> row : table) {
                    switch (row.get(0)) {
                        case "action" -> actions.put(row.get(1).toLowerCase(Locale.ROOT), row.size() > 2 ? row.get(2) : "");
                        case "request" -> requests.add(row.get(1).toLowerCase(Locale.ROOT));
                        case "request-link" -> links.add(row.get(1));
                        case "stop" -> stops.addAll(List.of(row.get(1).split("\\s+")));
                        case "verb" -> verbs.put(row.get(1), row.get(2));
                        case "answer" -> answer = row.get(1);
                        case "offer" -> offers.put(row.get(1).toLowerCase(Locale.ROOT), row.size() > 2 ? row.get(2) : "");
                        default -> throw new IllegalStateException("stance-events.txt: unknown row " + row);
                    }
                }
                return new Rules(Map.copyOf(actions), Set.copyOf(requests), Set.copyOf(links), Set.copyOf(stops),
                        Map.copyOf(verbs), answer, Map.copyOf(offers));
            });
        }

        /** The stance stated of an object ("demanded a recount", "lehnte eine Neuauszählung ab"). */
        String state(String stance, String object) {
            String verb = verbs.getOrDefault(stance, stance);
            return verb.contains("{}") ? verb.replace("{}", object) : verb + " " + object;
        }
    }

    private StanceEvents() {}

    /** The timeline with the events of demands and rejections of actions added, in the timeline's order. */
    static List<TimelineEntry> with(List<TimelineEntry> timeline, List<AnnotatedArticle> articles,
                                    List<Position> positions) {
        List<TimelineEntry> out = new ArrayList<>(timeline);
        Map<String, String> languages = new java.util.HashMap<>();
        articles.forEach(a -> languages.put(a.id(), a.article().language() == null ? "en" : a.article().language()));
        Set<Position> joined = new java.util.HashSet<>();
        List<Position> demands = positions.stream().filter(p -> "demands".equals(p.stance())).toList();
        List<Position> rejections = positions.stream().filter(p -> "rejects".equals(p.stance())).toList();
        for (Position d : demands) {
            Rules rules = rules(d, languages);
            String action = action(d.proposition(), rules);
            if (action == null || cited(timeline, d)) {
                continue;
            }
            List<Position> answers = rejections.stream().filter(r -> !joined.contains(r)
                    && rules(r, languages) == rules && answers(r, d, action, rules)).toList();
            joined.addAll(answers);
            out.add(entry(d, answers, articles, rules));
        }
        for (Position r : positions) {
            Rules rules = rules(r, languages);
            boolean answer = "rejects".equals(r.stance()) || "accepts".equals(r.stance());
            boolean about = "rejects".equals(r.stance()) && action(r.proposition(), rules) != null
                    || answer && offer(r.proposition(), rules) != null;
            if (!joined.contains(r) && about && !cited(timeline, r)) {
                out.add(entry(r, List.of(), articles, rules));
            }
        }
        // an undated article's undated stance has no day at all: it stays among the positions only
        return out.stream().filter(t -> t.date() != null).sorted(Timeline.ORDER).toList();
    }

    /** The rules of the language of the position's first article (English when unknown). */
    private static Rules rules(Position p, Map<String, String> languages) {
        return Rules.of(p.articles().isEmpty() ? "en" : languages.getOrDefault(p.articles().get(0), "en"));
    }

    /**
     * The action a proposition is about: the listed noun (or words: "alto el fuego") among its words before the
     * first preposition, or after a request's link ("the Social Democrats' demand for a recount"); null when none.
     */
    static String action(String proposition, Rules rules) {
        String[] words = proposition.toLowerCase(Locale.ROOT).split("[^\\p{L}'\\-]+");
        boolean request = false;
        boolean linked = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            for (String a : rules.actions().keySet()) {
                String[] parts = a.split(" ");
                if (i + parts.length <= words.length
                        && String.join(" ", java.util.Arrays.copyOfRange(words, i, i + parts.length)).equals(a)) {
                    return a;
                }
            }
            if (rules.requests().contains(w)) {
                request = true;
            } else if (request && !linked && rules.requestLinks().contains(w)) {
                linked = true;
            } else if (rules.stops().contains(w) && (!request || linked)) {
                return null; // between a request noun and its link stands its demander ("Forderung von Volt nach")
            }
        }
        return null;
    }

    /**
     * The offer, proposal, plan or deal a proposition is about ({@code offer} rows: "Corvania's offer of 200
     * rescuers"): the listed noun among its words before the first preposition, when it names no action; null
     * when none. Its rejection or acceptance is an event; a demand of it is none.
     */
    static String offer(String proposition, Rules rules) {
        if (action(proposition, rules) != null) {
            return null;
        }
        for (String w : proposition.toLowerCase(Locale.ROOT).split("[^\\p{L}'\\-]+")) {
            if (rules.offers().containsKey(w)) {
                return w;
            }
            if (rules.stops().contains(w)) {
                return null;
            }
        }
        return null;
    }

    /** A rejection of the demanded action that names the demander ("the Social Democrats' demand for a recount"). */
    private static boolean answers(Position r, Position d, String action, Rules rules) {
        String p = r.proposition().toLowerCase(Locale.ROOT);
        return action.equals(action(r.proposition(), rules)) && p.contains(d.actor().toLowerCase(Locale.ROOT))
                && !r.actor().equals(d.actor());
    }

    /** Whether a timeline entry already cites a sentence the position is read from. */
    private static boolean cited(List<TimelineEntry> timeline, Position p) {
        return timeline.stream().flatMap(t -> t.mentions().stream()).anyMatch(m -> p.mentions().stream()
                .anyMatch(s -> s.article().equals(m.article()) && s.start() < m.end() && m.start() < s.end()));
    }

    private static TimelineEntry entry(Position p, List<Position> answers, List<AnnotatedArticle> articles,
                                       Rules rules) {
        Set<String> cited = new LinkedHashSet<>(p.articles());
        Set<Span> spans = new LinkedHashSet<>(p.mentions());
        List<String> who = new ArrayList<>(List.of(p.actor()));
        StringBuilder summary = new StringBuilder(subject(p)).append(' ')
                .append(rules.state(p.stance(), object(p.proposition(), rules)));
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
            summary.append(' ').append(rules.answer());
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

    /**
     * The actor as its sentence writes it: with "the" when the sentence writes it so ("The Social Democrats"); a
     * role group that has its article already ("the government") opens with a capital.
     */
    private static String subject(Position p) {
        String text = p.text() == null ? "" : p.text().toLowerCase(Locale.ROOT);
        String actor = p.actor();
        if (actor.toLowerCase(Locale.ROOT).startsWith("the ")) {
            return Character.toUpperCase(actor.charAt(0)) + actor.substring(1);
        }
        return text.contains("the " + actor.toLowerCase(Locale.ROOT)) ? "The " + actor : actor;
    }

    private static String lowerArticle(String subject) {
        return subject.startsWith("The ") ? "the " + subject.substring(4) : subject;
    }

    /** The object with the article its action noun takes when it has none ("a recount in Dravik North"). */
    private static String object(String proposition, Rules rules) {
        String lower = proposition.toLowerCase(Locale.ROOT);
        String article = java.util.stream.Stream.concat(rules.actions().entrySet().stream(),
                        rules.offers().entrySet().stream())
                .filter(e -> lower.equals(e.getKey()) || lower.startsWith(e.getKey() + " "))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        return article == null || article.isEmpty() ? proposition : article + " " + proposition;
    }
}
