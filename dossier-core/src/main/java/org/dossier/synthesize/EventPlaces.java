package org.dossier.synthesize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.StoryDossier.Entity;
import org.dossier.model.TimeMention;
import org.dossier.model.EntityLookup;
import org.dossier.rules.RuleFiles;

/**
 * Where an event happened: the resolved location nearest its time expression that a place word ("in", "at",
 * kept as data) introduces, unless the location is the end of a formal name before it.
 */
final class EventPlaces {
    /** Nouns that make the location after their place word a topic ("the crisis in Osria"), not a venue. */
    private static final Set<String> TOPIC_NOUNS = RuleFiles.words(EventPlaces.class, "en", "topic-nouns.txt");

    private final EntityLookup index;

    EventPlaces(EntityLookup index) {
        this.index = index;
    }

    /** The location closest to the time expression that a place word ("in", "at") introduces, or null. */
    String of(AnnotatedArticle a, List<EntityMention> mentions, TimeMention t) {
        String text = a.article().text();
        Set<String> placeWords = EventWords.of(a.article().language()).placeWords;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EntityMention e : mentions) {
            Entity resolved = index.within(a.id(), e.start(), e.end());
            if (resolved == null || !EntityType.LOCATION.is(resolved.type()) || !afterPlaceWord(text, e.start(), placeWords)
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
        return word > 0 && a.annotations().entities().stream().anyMatch(e -> e != place
                && !EntityType.LOCATION.is(e.type())
                && e.end() <= word && text.substring(e.end(), word).isBlank()
                && e.text().matches(".*\\s\\p{Ll}+\\s.*"));
    }

    /**
     * Whether a place word stands before the name, possibly with up to two lower-case words ("in eastern") or "the
     * X of" ("off the port of"), and
     * that place word does not follow a topic noun ("the crisis in …").
     */
    private static boolean afterPlaceWord(String text, int start, Set<String> placeWords) {
        String before = text.substring(Math.max(0, start - 40), start);
        if (!before.isEmpty() && !Character.isWhitespace(before.charAt(before.length() - 1))) {
            return false;
        }
        String[] words = before.strip().split("\\s+");
        int reach = words.length >= 4 && words[words.length - 3].equalsIgnoreCase("the")
                && words[words.length - 1].equals("of") ? 3 : 2; // "off the port of Kellby"
        for (int skip = 0; skip <= reach && skip < words.length; skip++) {
            String w = words[words.length - 1 - skip];
            if (placeWords.contains(w.toLowerCase(Locale.ROOT))) {
                int noun = words.length - 2 - skip;
                return noun < 0 || !TOPIC_NOUNS.contains(words[noun].toLowerCase(Locale.ROOT));
            }
            if (!w.matches("\\p{Ll}+")) {
                return false;
            }
        }
        return false;
    }
}
