package org.dossier.extract.lines;

/**
 * The normal forms of a line of text that both extraction paths compare and keep: whitespace collapsed
 * ({@link #normalize}), and letters and digits only, lower-cased, for loose equality ({@link #simplify}).
 */
public final class TextForms {
    private TextForms() {
    }

    /** Collapses whitespace runs (no-break spaces included) to one space and trims. */
    public static String normalize(CharSequence s) {
        int len = s.length();
        char[] out = new char[len];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = n > 0;
            } else {
                if (space) {
                    out[n++] = ' ';
                    space = false;
                }
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }

    /** {@link Character#isWhitespace(char)} or a no-break space, with a fast path for ASCII. */
    private static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c';
        }
        return c >= '\u0080' && (c == '\u00a0' || Character.isWhitespace(c));
    }

    /** Lower-cased letters and digits only, for loose text equality. */
    public static String simplify(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                sb.append(Character.toLowerCase(ch));
            }
        }
        return sb.toString();
    }
}
