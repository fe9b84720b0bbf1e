package org.dossier.synthesize.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence split into the tokens quantities are read from (numbers with their separators, currency and percent
 * signs, a French elided article or preposition on its own: "d'euros" is "d'" and "euros", words, single other
 * characters), with each token's place in the article and the article ranges (time
 * expressions) a subject phrase must not run into. The input of every {@link QuantityStage}.
 */
final class QuantityTokens {
    private static final Pattern TOKEN = Pattern.compile(
            "\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?!\\d|[,.]\\d)|\\d[\\d,.]*\\d|\\d|[$\u20ac\u00a3%]"
            + "|(?:[dDlL]|[qQ]u)['\u2019](?=\\p{L})|[\\p{L}][\\p{L}'\u2019\\-]*|\\S");

    /** The words of each phrase asked for: phrases come from rule data, a few hundred at most. */
    private static final Map<String, String[]> PHRASE_WORDS = new ConcurrentHashMap<>();

    private final List<String> tok = new ArrayList<>();
    private final List<int[]> pos = new ArrayList<>();
    private final int offset;
    private final List<int[]> barriers;

    /** The tokens of {@code text}, whose first character is at {@code offset} in the article. */
    QuantityTokens(String text, int offset, List<int[]> barriers) {
        this.offset = offset;
        this.barriers = barriers;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tok.add(m.group());
            pos.add(new int[] {m.start(), m.end()});
        }
    }

    int size() {
        return tok.size();
    }

    String get(int i) {
        return tok.get(i);
    }

    /** All tokens, for the readers that walk them ({@link NumberReader}, {@link SubjectPhrase}). */
    List<String> words() {
        return tok;
    }

    /** Article offset of the first character of token i. */
    int start(int i) {
        return pos.get(i)[0] + offset;
    }

    /** Article offset after the last character of token i. */
    int end(int i) {
        return pos.get(i)[1] + offset;
    }

    /** Whether token i starts inside a barrier range. */
    boolean blocked(int i) {
        int start = start(i);
        return barriers.stream().anyMatch(b -> b[0] <= start && start < b[1]);
    }

    /** How many tokens from j spell {@code phrase} (case aside), or 0 when they do not. */
    int matches(int j, String phrase) {
        String[] words = PHRASE_WORDS.computeIfAbsent(phrase, p -> p.split("\\s+"));
        for (int n = 0; n < words.length; n++) {
            if (j + n >= tok.size() || !tok.get(j + n).equalsIgnoreCase(words[n])) {
                return 0;
            }
        }
        return words.length;
    }

    /** The text of tokens [from, to) as written, one space between tokens. */
    String phrase(int from, int to) {
        return String.join(" ", tok.subList(from, Math.min(to, tok.size())));
    }

    /** Whether a token is a word (starts with a letter). */
    static boolean isWord(String t) {
        return Character.isLetter(t.charAt(0));
    }
}
