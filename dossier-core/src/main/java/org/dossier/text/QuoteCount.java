package org.dossier.text;

/** How many quotations a text opens: a copy and its translation quote about as often. */
final class QuoteCount {
    private QuoteCount() {}

    /** Opening quotes: “ „ «, a straight quote before a letter, or ``. A scan, as regex matching cost more. */
    static int of(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '„' || c == '«') {
                n++;
            } else if (c == '"' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                n++;
            } else if (c == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`') {
                n++;
                i++;
            }
        }
        return n;
    }
}
