package org.dossier.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.rules.RuleFiles;

/**
 * Where a word's name begins and ends for the name keys ({@code key-words.txt}): possessive endings folded into the
 * name ("Tavrenia's" → "Tavrenia", "Workers'" → "Workers") and elided articles before it ("d'Hélia" → "Hélia"); and
 * which capitalised words are never names: weekday names of every language of the calendar table; and which
 * languages write titles in Title Case (elsewhere a title's capitals after its first word are names'). Used by
 * {@link KeyTokens} and {@link ConfirmedNames}; change the data file, not this class, to add a form.
 */
final class KeyWords {
    private static final Map<String, List<String>> LISTS = RuleFiles.lists(KeyWords.class, "key-words.txt");
    private static final List<String> POSSESSIVES = LISTS.get("possessive");
    private static final List<String> S_POSSESSIVES = LISTS.get("s-possessive");
    private static final Set<String> ELISIONS = Set.copyOf(LISTS.get("elision"));
    private static final Set<String> TITLE_CASE = Set.copyOf(LISTS.get("title-case"));
    /** Folded weekday names of every language the calendar table holds. */
    private static final Set<String> WEEKDAYS = CalendarNames.languages().stream()
            .flatMap(l -> CalendarNames.weekdays(l).keySet().stream()).map(Folding::fold)
            .collect(Collectors.toUnmodifiableSet());

    private KeyWords() {}

    /** The end of the name in the word {@code s[start, end)}: before a possessive ending, else {@code end}. */
    static int nameEnd(String s, int start, int end) {
        for (String p : POSSESSIVES) {
            if (end - start > p.length() && s.regionMatches(true, end - p.length(), p, 0, p.length())) {
                return end - p.length();
            }
        }
        for (String p : S_POSSESSIVES) {
            int before = end - p.length() - 1;
            if (before > start && s.startsWith(p, end - p.length())
                    && Character.toLowerCase(s.charAt(before)) == 's') {
                return end - p.length();
            }
        }
        return end;
    }

    /**
     * The start of the name in the word {@code s[start, end)}: after an elided article and its apostrophe when a
     * capital follows ("d'Hélia"), else {@code start}.
     */
    static int nameStart(String s, int start, int end) {
        for (int i = start + 1; i < end - 1 && i - start <= 6; i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '’') {
                return Character.isUpperCase(s.charAt(i + 1))
                        && ELISIONS.contains(s.substring(start, i).toLowerCase(Locale.ROOT)) ? i + 1 : start;
            }
        }
        return start;
    }

    /**
     * Whether titles of a language (ISO 639-1 code; null when unknown) are written in Title Case, so that a capital
     * in them tells nothing (unknown: assumed so).
     */
    static boolean titleCase(String language) {
        return language == null || TITLE_CASE.contains(language);
    }

    /** Whether a folded word is a weekday's name (never a name key). */
    static boolean weekday(String folded) {
        return WEEKDAYS.contains(folded);
    }
}
