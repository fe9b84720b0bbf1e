package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.rules.RuleFiles;

/**
 * Parts of a sports match that read like times: "the first half" or "the fourth quarter" in a sentence about a match
 * ("scored in the first half") is no half or quarter of the year, and "the 89th minute" or "the 12th over" is a moment
 * of play, not a time of day; so is "the 14th day of a mission", a day counted on an event's own clock. Words are
 * rule data ({@code en/match-words.txt}). Pure; for {@link TimeReferences} and {@link TimexValues#all}.
 */
final class SportParts {
    private static final List<List<String>> ROWS = RuleFiles.table(Lexicon.class, "en", "match-words.txt");
    private static final Set<String> WORDS = Set.copyOf(words("word"));
    private static final Pattern COUNTED_PLAY = Pattern.compile("(?i)\\b(?:the\\s+)?\\d{1,3}(?:st|nd|rd|th)[- ](?:"
            + String.join("|", words("unit").stream().map(Pattern::quote).toList()) + ")\\b");
    /** "the 14th day of a mission": an ordinal unit of an event's own clock, "of" and a determiner, no date. */
    private static final Pattern EVENT_CLOCK = Pattern.compile("(?i)\\b(?:the\\s+)?\\d{1,3}(?:st|nd|rd|th)\\s+(?:"
            + String.join("|", words("event-unit").stream().map(Pattern::quote).toList()) + ")\\s+of\\s+(?:"
            + String.join("|", words("event-determiner").stream().map(Pattern::quote).toList())
            + ")\\s+(\\p{L}+)");
    private static final Set<String> CALENDAR_NOUNS = Set.copyOf(words("calendar-noun"));

    private SportParts() {}

    /** Whether the sentence around {@code pos} is about a match (holds a match word). */
    static boolean inMatch(String text, int pos) {
        int from = Math.max(Math.max(text.lastIndexOf(". ", pos), text.lastIndexOf('\n', pos)), 0);
        int to = text.indexOf(". ", pos);
        String sentence = text.substring(from, to < 0 ? text.length() : to).toLowerCase(Locale.ROOT);
        for (String w : sentence.split("[^\\p{L}-]+")) {
            if (WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The spans [start, end) of {@code text} counting units of play ("the 89th minute") or of an event's own clock
     * ("the 14th day of a mission", not "the 14th day of the month"), in text order.
     */
    static List<int[]> countedPlay(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = COUNTED_PLAY.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        m = EVENT_CLOCK.matcher(text);
        while (m.find()) {
            if (!CALENDAR_NOUNS.contains(m.group(1).toLowerCase(Locale.ROOT))) { // "the 14th day of the month" is one
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    private static List<String> words(String kind) {
        return ROWS.stream().filter(r -> r.get(0).equals(kind)).map(r -> r.get(1)).toList();
    }
}
