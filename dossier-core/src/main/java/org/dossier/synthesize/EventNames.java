package org.dossier.synthesize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier.Entity;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.dossier.rules.RuleFiles;

/**
 * The name of a story's central event for its title, from what its reports write around the event word: the kind
 * they write most right before it ("Parliamentary election", {@code synthesize/en/event-modifiers.txt}) and, when the entry
 * names no place, the place (a resolved location) the sentences of the story's events of that class name most
 * ("… in Lorvania"); a bare word of a class of {@code title-owner-classes.txt} with the organisation taking part
 * ("Walkout at Marrow Bay Ferries").
 * Used by {@link Titles}; the label it starts from is the event word's ({@link EventTriggers#labelIn}).
 */
final class EventNames {
    /** What a place written right after the event word counts for against one other sentence naming a place. */
    private static final int STRONG = 10;
    private static final Set<String> MODIFIERS = RuleFiles.words(EventNames.class, "en", "event-modifiers.txt");
    private static final Map<String, String> OWNER_CLASSES = RuleFiles.pairs(EventNames.class, "en",
            "title-owner-classes.txt");

    private EventNames() {}

    /** The label with the kind and place the reports give the event, when they give them; else the label. */
    static String named(String label, List<AnnotatedArticle> articles, TimelineEntry central,
                        List<TimelineEntry> timeline, List<Entity> entities) {
        List<TimelineEntry> sameClass = timeline.stream()
                .filter(t -> central.kind() != null && central.kind().equals(t.kind())).toList();
        List<TimelineEntry> entries = sameClass.isEmpty() ? List.of(central) : sameClass;
        String out = label;
        String[] words = label.split("\\s+");
        String word = words[0];
        if (words.length == 1 || "in".equals(words[1])) {
            String kind = modifier(word.toLowerCase(Locale.ROOT), articles);
            if (kind != null) {
                out = Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + word.toLowerCase(Locale.ROOT)
                        + label.substring(word.length());
            }
        }
        if (central.place() == null && !label.contains(" in ")) {
            String place = place(articles, entries, entities, word.toLowerCase(Locale.ROOT));
            if (place != null && !out.contains(place)) {
                out = out + " in " + place;
            }
        }
        String preposition = central.kind() == null ? null : OWNER_CLASSES.get(central.kind());
        if (preposition != null && !out.contains(" ")) { // "Walkout" alone says nothing of whose
            String owner = central.participants().stream().filter(n -> entities.stream().anyMatch(e -> e.name().equals(n)
                    && "ORGANIZATION".equals(e.type()))).findFirst().orElse(null);
            out = owner == null ? out : out + " " + preposition + " " + owner;
        }
        return out;
    }

    /** The modifier the story's headlines and texts write most right before the event word, or null. */
    private static String modifier(String word, List<AnnotatedArticle> articles) {
        Pattern p = Pattern.compile("([\\p{L}'\u2019-]+)\\s+" + Pattern.quote(word) + "s?\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            String title = a.article().title();
            Matcher m = p.matcher((title == null ? "" : title) + "\n" + a.article().text());
            while (m.find()) {
                String before = m.group(1).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                if (MODIFIERS.contains(before)) {
                    counts.merge(before, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The place the entries' sentences name most (a location entity in a mention's sentence, once per sentence),
     * at least twice, or null; a place written right after the event word ("talks in Lisbon") or right before it ("the Lisbon talks") outweighs the others and
     * needs no second sentence.
     */
    private static String place(List<AnnotatedArticle> articles, List<TimelineEntry> entries, List<Entity> entities,
                                String eventWord) {
        Pattern right = Pattern.compile("(?i)\\b" + Pattern.quote(eventWord) + "s?\\s+(?:in|at)\\s+(?:the\\s+)?$");
        Pattern before = Pattern.compile("(?i)\\s+" + Pattern.quote(eventWord) + "s?\\b"); // "the Lisbon talks"
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Entity> places = entities.stream().filter(e -> "LOCATION".equals(e.type())).toList();
        for (TimelineEntry t : entries) {
            for (Span m0 : t.mentions()) {
                AnnotatedArticle a = article(articles, m0.article());
                if (a == null) {
                    continue;
                }
                Span s = sentence(a, m0);
                for (Entity e : places) {
                    String text = a.article().text();
                    List<Span> here = e.mentions().stream().filter(m -> m.article().equals(s.article())
                            && m.start() >= s.start() && m.end() <= s.end()).toList();
                    boolean after = here.stream().anyMatch(m -> right.matcher(
                            text.substring(Math.max(s.start(), m.start() - 40), m.start())).find()
                            || before.matcher(text.substring(m.end(), Math.min(s.end(), m.end() + 40))).lookingAt());
                    if (!here.isEmpty()) {
                        counts.merge(e.name(), after ? STRONG : 1, Integer::sum);
                    }
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The sentence of the article holding a mention (the mention itself when no sentence does). */
    private static Span sentence(AnnotatedArticle a, Span mention) {
        return a.annotations().sentences().stream()
                .filter(s -> s.start() <= mention.start() && mention.end() <= s.end()).findFirst()
                .map(s -> new Span(mention.article(), s.start(), s.end())).orElse(mention);
    }

    private static AnnotatedArticle article(List<AnnotatedArticle> articles, String id) {
        return articles.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
    }
}
