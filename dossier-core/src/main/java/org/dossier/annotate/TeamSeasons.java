package org.dossier.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeValue;

/**
 * English seasons of play framed by a word ("next season", "last season", "this season"), which the tagger leaves
 * out, as the year the season opens in (the value "the 2025-26 season" has): the current season is the one opened by
 * the anchor's year's opening month, or the year before's when the anchor comes before it. "The next season of the
 * show" is a numbered series, no time. Words and the opening month are rule data ({@code en/team-seasons.txt}).
 * Pure; for {@link TimexValues#all}, kept where nothing else was read.
 */
final class TeamSeasons {
    private static final List<List<String>> ROWS = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "team-seasons.txt");
    private static final Pattern FRAMED = Pattern.compile("(?i)\\b(" + alt(words("frame")) + ")\\s+(?:"
            + alt(words("noun")) + ")\\b(?!\\s+of\\b)(?!-)");
    private static final int OPENS = Integer.parseInt(cell("opens", "month"));

    private TeamSeasons() {}

    /** The framed seasons of play of {@code text}, resolved against {@code anchor}, in text order. */
    static List<TimeValue> find(String text, LocalDate anchor) {
        List<TimeValue> out = new ArrayList<>();
        int current = anchor.getMonthValue() >= OPENS ? anchor.getYear() : anchor.getYear() - 1;
        Matcher m = FRAMED.matcher(text);
        while (m.find()) {
            int shift = Integer.parseInt(cell("frame", m.group(1).toLowerCase(Locale.ROOT)));
            out.add(new TimeValue(m.start(), m.end(), m.group(), String.valueOf(current + shift)));
        }
        out.sort(Comparator.comparingInt(TimeValue::start));
        return out;
    }

    private static List<String> words(String kind) {
        return ROWS.stream().filter(r -> r.get(0).equals(kind)).map(r -> r.get(1)).toList();
    }

    private static String cell(String kind, String word) {
        return ROWS.stream().filter(r -> r.get(0).equals(kind) && r.get(1).equals(word)).map(r -> r.get(2))
                .findFirst().orElseThrow();
    }

    private static String alt(List<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }
}
