package org.dossier.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * The office and rank words of {@code titles.txt}, the small words allowed inside a title
 * ({@code title-connectors.txt}) and the words that open a description without being part of it
 * ({@code role-determiners.txt}), English, German, French and Spanish read together (an article's language is not known to
 * every reader of names), once for every class that tells titles and roles from names.
 */
final class TitleWords {
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es");
    /** Office and rank words, lower case ("minister", "gen.", "richterin", "avocate"). */
    static final Set<String> TITLES = read("titles.txt");
    /** Words allowed inside a title or role, lower case ("of", "the", "former", "von"). */
    static final Set<String> CONNECTORS = read("title-connectors.txt");
    /** Words that open a description ("his", "seine", "son"), lower case. */
    static final Set<String> DETERMINERS = read("role-determiners.txt");
    /** Shortest German office word a compound may end in ("chef" of "Vorstandschef"). */
    private static final int MIN_COMPOUND_HEAD = 4;
    private static final Set<String> COMPOUND_HEADS = RuleFiles.words(TitleWords.class, "de", "titles.txt");

    private TitleWords() {
    }

    /** A capitalised German compound ending in an office word ("Bundesinnenministerin", "Regierungssprecher"). */
    static boolean compoundTitle(String token) {
        if (token.length() < MIN_COMPOUND_HEAD + 3 || !Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        String lower = token.toLowerCase(java.util.Locale.ROOT);
        for (String head : COMPOUND_HEADS) {
            if (head.length() >= MIN_COMPOUND_HEAD && lower.length() >= head.length() + 3 && lower.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> read(String file) {
        Set<String> out = new HashSet<>();
        for (String language : LANGUAGES) {
            out.addAll(RuleFiles.words(TitleWords.class, language, file));
        }
        return Set.copyOf(out);
    }
}
