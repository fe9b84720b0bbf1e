package org.dossier.annotate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.text.CalendarNames;

/**
 * A dated phrase between a subject and its verb, read on English tags: "X, on Friday sharply criticised …", "Mayor
 * X on 2 October rejected …". The phrase (a preposition, then a weekday or month name with its numbers) is no
 * subject; {@link Phrases#subjectOf} looks for the subject before it. Weekday and month names come from the one
 * calendar table ({@link CalendarNames}).
 */
final class TimeBeforeVerb {
    private static final Set<String> CALENDAR = calendar();
    private static final int MAX_TOKENS = 5;

    private TimeBeforeVerb() {}

    /**
     * The token before the dated phrase ending at {@code j} (a comma after it included: "on Friday, criticised"),
     * or {@code j} itself when none ends there.
     */
    static int before(List<TaggedToken> toks, int j) {
        int k = j;
        if (k > 0 && toks.get(k).word().equals(",")) {
            k--;
        }
        boolean named = false;
        int sentence = toks.get(j).sentence();
        while (k >= 0 && j - k <= MAX_TOKENS && toks.get(k).sentence() == sentence) {
            TaggedToken t = toks.get(k);
            if ("NNP".equals(t.pos()) && CALENDAR.contains(t.lower())) {
                named = true;
            } else if (!"CD".equals(t.pos()) && !t.lower().equals("of") && !t.lower().equals("the")) {
                break;
            }
            k--;
        }
        if (!named || k < 1 || !"IN".equals(toks.get(k).pos()) || toks.get(k).sentence() != sentence) {
            return j;
        }
        return k - 1;
    }

    private static Set<String> calendar() {
        Set<String> words = new HashSet<>();
        CalendarNames.weekdays("en").keySet().forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
        CalendarNames.monthWords("en").keySet().forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(words);
    }
}
