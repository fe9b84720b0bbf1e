package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeValue;

/**
 * English common nouns for the day of the event a story reports, in lower case ("election day", rule data
 * {@code en/event-days.txt}): the first day the text names in a sentence holding one of the noun's cue words
 * ("Voters queued outside polling stations on Sunday"), given the values found so far; none when no such sentence
 * names a day. The capitalised names of fixed days are {@link NamedDays}'. Pure; for {@link TimexValues#all}, where
 * nothing else was read.
 */
final class EventDays {
    private static final List<List<String>> ROWS = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "event-days.txt");
    private static final Pattern NOUN = Pattern.compile("\\b(" + String.join("|", ROWS.stream()
            .filter(r -> r.get(0).equals("day")).map(r -> Pattern.quote(r.get(1)).replace(" ", "\\E\\s+\\Q"))
            .toList()) + ")\\b");
    private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

    private EventDays() {}

    /** The event days of {@code text}, valued from {@code found} (text order), in text order. */
    static List<TimeValue> find(String text, List<TimeValue> found) {
        List<TimeValue> out = new ArrayList<>();
        Matcher m = NOUN.matcher(text);
        while (m.find()) {
            String noun = m.group(1).replaceAll("\\s+", " ");
            List<String> cues = ROWS.stream().filter(r -> r.get(0).equals("cue") && r.get(1).equals(noun))
                    .map(r -> r.get(2)).toList();
            for (TimeValue v : found.stream().sorted(java.util.Comparator.comparingInt(TimeValue::start)).toList()) {
                Matcher day = DAY.matcher(v.value());
                if (day.find() && sentenceHolds(text, v.start(), cues)) {
                    out.add(new TimeValue(m.start(), m.end(), m.group(), day.group()));
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the sentence around {@code pos} holds one of {@code words}. */
    private static boolean sentenceHolds(String text, int pos, List<String> words) {
        int from = Math.max(Math.max(text.lastIndexOf(". ", pos), text.lastIndexOf('\n', pos)), 0);
        int to = text.indexOf(". ", pos);
        for (String w : text.substring(from, to < 0 ? text.length() : to).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
