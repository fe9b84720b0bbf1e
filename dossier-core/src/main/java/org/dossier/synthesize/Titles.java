package org.dossier.synthesize;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Article;
import org.dossier.model.EntityMention;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier.Entity;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.dossier.synthesize.positions.Countries;

/**
 * The dossier title. Built from the dossier when it can say more than one headline: the central event (the
 * timeline entry most articles report, at least two), named by its entry's label ("Negotiations in Geneva"),
 * with the kind and place its reports give it ({@link EventNames}: "Parliamentary election in Lorvania"),
 * preceded by the two countries its sentences name most ("Russia–US negotiations in Geneva"), and the days of the
 * story's main events around it ("10–12 January 2022"). When no event has two reports, the event whose class most
 * headlines name (at least two), with the days from the story's first to its last event; planned entries
 * ({@link Timeline#plans}) are neither its central event nor days of the story. Otherwise the independent
 * headline sharing the most words with the other headlines.
 */
final class Titles {
    private static final int MAX_LABEL = 60;
    private static final int NEAR_DAYS = 7;

    private Titles() {}

    /** The title built from the central event, else {@link #best}. */
    static String of(List<AnnotatedArticle> articles, List<TimelineEntry> timeline, List<Entity> entities,
                     String fallback) {
        Set<String> copies = new HashSet<>();
        articles.stream().map(AnnotatedArticle::article).filter(a -> a.duplicateOf() != null || a.derivedFrom() != null)
                .forEach(a -> copies.add(a.id()));
        // a plan its reports announce ("the inquiry opens its first hearing next Monday") has not happened: no
        // central event of the story, whatever its reports
        List<TimelineEntry> happened = Timeline.plans(timeline, articles).stream()
                .filter(t -> t.plannedAsOf() == null).toList();
        TimelineEntry central = happened.stream().filter(t -> t.articles().stream().filter(id -> !copies.contains(id))
                        .count() >= 2)
                .max(Comparator.comparingInt((TimelineEntry t) -> t.articles().size())
                        .thenComparingInt(t -> t.mentions().size())
                        .thenComparing(TimelineEntry::date, Comparator.reverseOrder())).orElse(null);
        boolean byHeadlines = central == null;
        if (byHeadlines) {
            central = namedByHeadlines(articles.stream().filter(a -> !copies.contains(a.id())).toList(), happened);
        }
        String label = central == null ? null : byHeadlines ? headlineLabel(articles, central) : label(central, articles);
        if (label == null) {
            return best(articles, fallback);
        }
        label = EventNames.named(label, articles, central, timeline, entities);
        List<String> countries = countries(articles, central, label);
        String event = countries.size() == 2
                ? String.join("\u2013", countries) + " " + lowerFirst(label, articles, central) : label;
        String when = byHeadlines ? span(happened, central) : dates(happened, central); // a plan is no day of the story
        return when == null ? event : event + ", " + when;
    }

    /**
     * An entry's label: the label of its event word with its place ("Talks in Geneva") when the entry is a classed
     * event other than a statement, else its summary up to a participant list, when short enough to title a story.
     */
    private static String label(TimelineEntry entry, List<AnnotatedArticle> articles) {
        if (entry.kind() != null) {
            if (EventTriggers.Trigger.STATEMENT.equals(entry.kind())) {
                return null;
            }
            String word = labelIn(entry.sentence() != null ? entry.sentence() : entry.summary(), entry.kind(),
                    languages(entry, articles));
            if (word != null) {
                return entry.place() == null || word.contains(entry.place()) ? word : word + placePhrase(entry);
            }
        }
        return label(entry.summary());
    }

    /**
     * The label of the first event word of class {@code kind} in an entry's text, read in the languages of its
     * articles in their order (the first that finds one), or null.
     */
    private static String labelIn(String text, String kind, List<String> languages) {
        for (String language : languages) {
            String word = EventTriggers.labelIn(EventWords.of(language), text, kind);
            if (word != null) {
                return word;
            }
        }
        return null;
    }

    /** The languages of an entry's articles, each once, in the order of its articles. */
    private static List<String> languages(TimelineEntry entry, List<AnnotatedArticle> articles) {
        List<String> out = new java.util.ArrayList<>();
        for (String id : entry.articles()) {
            articles.stream().filter(a -> a.id().equals(id)).findFirst().map(a -> a.article().language())
                    .filter(l -> !out.contains(l)).ifPresent(out::add);
        }
        return out.isEmpty() ? java.util.Collections.singletonList(null) : out;
    }

    private static String label(String summary) {
        int paren = summary.indexOf(" (");
        String l = (paren > 0 ? summary.substring(0, paren) : summary).strip();
        return l.isEmpty() || l.length() > MAX_LABEL || l.endsWith("\u2026") ? null : l;
    }

    /** The two countries the central event's sentences name most (each in two sentences at least), short names. */
    private static List<String> countries(List<AnnotatedArticle> articles, TimelineEntry central, String label) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Span s : central.mentions()) {
            AnnotatedArticle a = articles.stream().filter(x -> x.id().equals(s.article())).findFirst().orElse(null);
            if (a == null) {
                continue;
            }
            Set<String> here = new HashSet<>();
            for (EntityMention m : a.annotations().entities()) {
                if (m.start() >= s.start() && m.end() <= s.end()) {
                    String c = Countries.of(m.text());
                    if (c != null) {
                        here.add(c);
                    }
                }
            }
            here.forEach(c -> counts.merge(c, 1, Integer::sum));
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2 && !label.contains(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(2)
                .map(e -> Countries.shortName(e.getKey())).sorted().toList();
    }

    /** The label with its first letter lower-cased when its first word is written so in the event's sentences. */
    private static String lowerFirst(String label, List<AnnotatedArticle> articles, TimelineEntry central) {
        String first = label.split("\\s+")[0];
        String lower = first.toLowerCase(Locale.ROOT);
        if (first.equals(lower) || !first.substring(1).equals(lower.substring(1))) {
            return label;
        }
        for (Span s : central.mentions()) {
            for (AnnotatedArticle a : articles) {
                String text = a.article().text();
                if (a.id().equals(s.article()) && s.end() <= text.length()
                        && text.substring(s.start(), s.end()).matches("(?s).*\\b" + java.util.regex.Pattern.quote(lower) + "\\b.*")) {
                    return lower + label.substring(first.length());
                }
            }
        }
        return label;
    }

    /**
     * The entry's place with the word its sentence sets before it when that is one of {@code title-place-words.txt}
     * (" off Kellby" for "ran aground off the port of Kellby", " near Arlo"), else " in" and the place.
     */
    private static String placePhrase(TimelineEntry entry) {
        String sentence = entry.sentence() != null ? entry.sentence() : entry.summary();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(\\p{Ll}+)\\s+(?:the\\s+\\p{Ll}+\\s+of\\s+)?"
                + java.util.regex.Pattern.quote(entry.place()) + "\\b").matcher(sentence == null ? "" : sentence);
        String word = m.find() && TITLE_PLACE_WORDS.contains(m.group(1)) ? m.group(1) : "in";
        return " " + word + " " + entry.place();
    }

    private static final Set<String> TITLE_PLACE_WORDS =
            org.dossier.rules.RuleFiles.words(Titles.class, "en", "title-place-words.txt");

    /** The days of the main events near the central one ("10–12 January 2022"), or null when it has no day. */
    private static String dates(List<TimelineEntry> timeline, TimelineEntry central) {
        if (!"day".equals(central.precision()) || central.date() == null) {
            return null;
        }
        int need = Math.max(2, (central.articles().size() + 1) / 2);
        LocalDate from = central.date();
        LocalDate to = central.date();
        for (TimelineEntry t : timeline) {
            if ("day".equals(t.precision()) && t.dateNote() == null && t.articles().size() >= need
                    && Math.abs(t.date().toEpochDay() - central.date().toEpochDay()) <= NEAR_DAYS) {
                from = t.date().isBefore(from) ? t.date() : from;
                to = t.date().isAfter(to) ? t.date() : to;
            }
        }
        return range(from, to);
    }

    /**
     * When no event has two reports: the event (not a statement) whose class the most headlines name, at least
     * two of them ("… as bribery trial opens", "Verdict due in … trial"), the one with most reports first; or null.
     */
    private static TimelineEntry namedByHeadlines(List<AnnotatedArticle> articles, List<TimelineEntry> timeline) {
        List<Article> titled = articles.stream().map(AnnotatedArticle::article)
                .filter(a -> a.title() != null && !a.title().isBlank()).toList();
        TimelineEntry best = null;
        long bestCount = 1;
        for (TimelineEntry t : timeline) {
            if (t.kind() == null || EventTriggers.Trigger.STATEMENT.equals(t.kind()) || t.date() == null) {
                continue;
            }
            String kind = t.kind();
            long n = titled.stream().filter(a -> EventTriggers.labelIn(EventWords.of(a.language()), a.title(), kind)
                    != null).count();
            if (n > bestCount || (n == bestCount && best != null && t.mentions().size() > best.mentions().size())) {
                best = t;
                bestCount = n;
            }
        }
        return best;
    }

    /**
     * The label of an event found through the headlines: the label of the event word the headlines use most, lower
     * case after the participant
     * most headlines name (by the last word of the name: "Tomas Reyne trial"), else with its place ("Strike in
     * Varna"); null when too long.
     */
    private static String headlineLabel(List<AnnotatedArticle> articles, TimelineEntry central) {
        Map<String, Integer> said = new LinkedHashMap<>();
        articles.stream().map(AnnotatedArticle::article).filter(a -> a.title() != null)
                .map(a -> EventTriggers.labelIn(EventWords.of(a.language()), a.title(), central.kind()))
                .filter(l -> l != null).forEach(l -> said.merge(l, 1, Integer::sum));
        String word = said.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(labelIn(central.sentence() != null ? central.sentence() : central.summary(), central.kind(),
                        languages(central, articles)));
        if (word == null) {
            return label(central, articles);
        }
        String who = null;
        long most = 1;
        for (String p : central.participants()) {
            String[] parts = p.split("\\s+");
            String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
            long n = articles.stream().map(a -> a.article().title()).filter(t -> t != null
                    && words(t).contains(last)).count();
            if (n > most) {
                who = p;
                most = n;
            }
        }
        String place = central.place() == null || word.contains(central.place()) ? "" : placePhrase(central);
        String out = who == null ? word + place : who + " " + word.toLowerCase(Locale.ROOT) + place;
        return out.length() > MAX_LABEL ? null : out;
    }

    /**
     * The days from the story's first to its last dated event (not a statement) within a month of the central
     * one, or null when the central event has no day: the span a story of single reports covers.
     */
    private static String span(List<TimelineEntry> timeline, TimelineEntry central) {
        if (!"day".equals(central.precision()) || central.date() == null) {
            return null;
        }
        LocalDate from = central.date();
        LocalDate to = central.date();
        for (TimelineEntry t : timeline) {
            if ("day".equals(t.precision()) && t.dateNote() == null && t.kind() != null
                    && !EventTriggers.Trigger.STATEMENT.equals(t.kind())
                    && Math.abs(t.date().toEpochDay() - central.date().toEpochDay()) <= 31) {
                from = t.date().isBefore(from) ? t.date() : from;
                to = t.date().isAfter(to) ? t.date() : to;
            }
        }
        return range(from, to);
    }

    /** "10 January 2022", "10–12 January 2022", "28 February – 3 March 2022", "30 December 2021 – 2 January 2022". */
    static String range(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return day(from) + " " + from.getYear();
        }
        if (from.getYear() != to.getYear()) {
            return day(from) + " " + from.getYear() + " \u2013 " + day(to) + " " + to.getYear();
        }
        if (from.getMonth() != to.getMonth()) {
            return day(from) + " \u2013 " + day(to) + " " + to.getYear();
        }
        return from.getDayOfMonth() + "\u2013" + day(to) + " " + to.getYear();
    }

    private static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The independent article title sharing the most words with the other titles. */
    static String best(List<AnnotatedArticle> articles, String fallback) {
        List<Article> titled = articles.stream().map(AnnotatedArticle::article)
                .filter(a -> a.title() != null && !a.title().isBlank()).toList();
        List<Article> own = titled.stream().filter(a -> a.duplicateOf() == null && a.derivedFrom() == null).toList();
        List<Article> pool = own.isEmpty() ? titled : own;
        return pool.stream().max(Comparator.comparingInt((Article a) -> overlap(a, titled))
                        .thenComparingInt(a -> -a.title().length()))
                .map(a -> a.title().strip()).orElse(fallback);
    }

    private static int overlap(Article a, List<Article> all) {
        Set<String> mine = words(a.title());
        int n = 0;
        for (Article o : all) {
            if (o != a) {
                Set<String> theirs = words(o.title());
                theirs.retainAll(mine);
                n += theirs.size();
            }
        }
        return n;
    }

    private static Set<String> words(String title) {
        Set<String> out = new HashSet<>();
        for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3) {
                out.add(w);
            }
        }
        return out;
    }
}
