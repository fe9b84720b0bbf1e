package org.dossier.annotate;

/** The quotation-mark characters Dossier reads, and how their shape and neighbours say open or close. */
final class QuoteMarks {
    static final String DOUBLE = "\"“”„‟«»";
    static final String SINGLE_OPEN = "‘‚‹";
    static final String SINGLE_CLOSE = "’›";

    private QuoteMarks() {}

    /** A double quotation mark at {@code pos} and whether it may open and may close a quote. */
    record Mark(int pos, boolean canOpen, boolean canClose) {}

    static Mark classify(String text, int pos, int from, int to) {
        char c = text.charAt(pos);
        if (c == '«' || c == '„') {
            return new Mark(pos, true, false);
        }
        if (c == '»') {
            return new Mark(pos, false, true);
        }
        char prev = pos > from ? text.charAt(pos - 1) : ' ';
        char next = pos + 1 < to ? text.charAt(pos + 1) : ' ';
        boolean prevSpace = Character.isWhitespace(prev) || "([{—–-".indexOf(prev) >= 0;
        boolean nextSpace = Character.isWhitespace(next);
        boolean nextPunct = ".,;:!?)]".indexOf(next) >= 0 || DOUBLE.indexOf(next) >= 0;
        boolean opens = prevSpace && !nextSpace;
        boolean closes = !prevSpace && (nextSpace || nextPunct);
        return new Mark(pos, opens || !closes, closes || !opens);
    }

    static boolean isSpaceOrPunct(char c) {
        return Character.isWhitespace(c) || ".,;:!?)]".indexOf(c) >= 0;
    }
}
