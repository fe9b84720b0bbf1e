package org.dossier.resolve;

import java.util.Locale;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * The name of a place that a story writes only in a dateline's capitals ("FRANKFURT (Reuters) -", "RIO DE JANEIRO
 * (AP) —"), in the case its prose would write: each word capitalised, the short particles of
 * {@code place-particles.txt} in lower case after the first word ("Rio de Janeiro", "Stratford-upon-Avon"). An
 * acronym-like name of up to four letters ("USA", "UAE", "DRC") is kept as written. Use it only for a place with no
 * variant in lower case: the story's own writing wins ({@link MentionCluster}).
 */
final class PlaceCapitals {
    private static final Set<String> PARTICLES = RuleFiles.words(PlaceCapitals.class, "place-particles.txt");
    /** Names in capitals of at most this many letters are read as acronyms. */
    private static final int ACRONYM_LETTERS = 4;

    private PlaceCapitals() {}

    /** {@code name} in prose case when it is written in capitals and is no acronym, else {@code name}. */
    static String prose(String name) {
        long letters = name.codePoints().filter(Character::isLetter).count();
        if (letters <= ACRONYM_LETTERS || !name.equals(name.toUpperCase(Locale.ROOT))
                || name.codePoints().noneMatch(Character::isLetter)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        int i = 0;
        boolean first = true;
        while (i < name.length()) {
            int end = i;
            while (end < name.length() && Character.isLetter(name.charAt(end))) {
                end++;
            }
            if (end > i) {
                String word = name.substring(i, end).toLowerCase(Locale.ROOT);
                out.append(!first && PARTICLES.contains(word) ? word
                        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
                first = false;
                i = end;
            } else {
                out.append(name.charAt(i++));
            }
        }
        return out.toString();
    }
}
