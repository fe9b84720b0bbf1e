package org.dossier.synthesize.summary;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence reads without the article around it: a full sentence (a closing stop, {@value #MIN_WORDS}
 * to {@value #MAX_WORDS} words, an upper-case start, balanced quote marks) that does not open with a word leaning
 * on the sentence before ("He said …", "But …"; rule data {@code summary/<lang>/dangling-openers.txt}).
 */
final class Readable {
    static final int MIN_WORDS = 8;
    static final int MAX_WORDS = 45;

    private Readable() {}

    static boolean alone(String sentence, String language) {
        String s = sentence.strip();
        String[] words = s.split("\\s+");
        if (words.length < MIN_WORDS || words.length > MAX_WORDS || !Character.isUpperCase(s.codePointAt(0))) {
            return false;
        }
        if (!s.matches("(?s).*[.!?][\"'\u201d\u2019\u00bb)]?$")) {
            return false;
        }
        long open = s.chars().filter(ch -> ch == '\u201c' || ch == '\u00ab').count();
        long close = s.chars().filter(ch -> ch == '\u201d' || ch == '\u00bb').count();
        long straight = s.chars().filter(ch -> ch == '"').count();
        if (open != close || straight % 2 != 0) {
            return false;
        }
        String first = words[0].replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        String lower = s.toLowerCase(Locale.ROOT);
        return !openers(language).contains(first) && openers(language).stream().filter(o -> o.contains(" "))
                .noneMatch(o -> lower.startsWith(o) && lower.length() > o.length()
                        && !Character.isLetter(lower.charAt(o.length())));
    }

    private static Set<String> openers(String language) {
        return LanguageWords.of(language, "dangling-openers.txt");
    }
}
