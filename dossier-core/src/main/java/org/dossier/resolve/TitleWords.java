package org.dossier.resolve;

import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * The office and rank words of {@code titles.txt} and the small words allowed inside a title
 * ({@code title-connectors.txt}), read once for every class that tells titles and roles from names.
 */
final class TitleWords {
    /** Office and rank words, lower case ("minister", "gen."). */
    static final Set<String> TITLES = RuleFiles.words(TitleWords.class, "en", "titles.txt");
    /** Words allowed inside a title or role, lower case ("of", "the", "former"). */
    static final Set<String> CONNECTORS = RuleFiles.words(TitleWords.class, "en", "title-connectors.txt");

    private TitleWords() {
    }
}
