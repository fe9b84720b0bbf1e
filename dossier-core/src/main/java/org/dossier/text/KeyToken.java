package org.dossier.text;

/**
 * One token that {@link KeyTokens} cuts from a text ({@code source[start, end)}): a word, a number or a sentence
 * or quote mark, with whether a sentence (or a line, or a title) starts with it and whether a single space
 * joins it to the token before. What {@link KeyFeatures} are read from.
 */
record KeyToken(String source, int start, int end, boolean initial, boolean joined) {
    /** The token's text (a new string: most tokens never need theirs). */
    String text() {
        return source.substring(start, end);
    }

    int length() {
        return end - start;
    }

    /** {@link Folding#fold} of the token's text; an ASCII token is lowercased straight from the source. */
    String folded() {
        char[] out = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            if (c >= 128) {
                return Folding.fold(text());
            }
            out[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(out);
    }

    boolean is(char c) {
        return end - start == 1 && source.charAt(start) == c;
    }

    boolean isWord() {
        return Character.isLetter(source.charAt(start));
    }

    boolean isNumber() {
        return Character.isDigit(source.charAt(start));
    }

    boolean capitalised() {
        return isWord() && Character.isUpperCase(source.charAt(start));
    }
}
