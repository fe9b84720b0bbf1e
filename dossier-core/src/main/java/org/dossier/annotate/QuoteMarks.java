package org.dossier.annotate;

/** The quotation-mark characters Dossier reads, and how their shape and neighbours say open or close. */
final class QuoteMarks {
    static final String DOUBLE = "\"“”„‟«»";
    static final String SINGLE_OPEN = "‘‚‹";
    static final String SINGLE_CLOSE = "’›";
    /** Single marks as a paragraph with reversed single guillemets (›…‹) writes them. */
    static final String SINGLE_OPEN_REVERSED = "‘‚›";
    static final String SINGLE_CLOSE_REVERSED = "’‹";

    private QuoteMarks() {}

    /** A double quotation mark at {@code pos} and whether it may open and may close a quote. */
    record Mark(int pos, boolean canOpen, boolean canClose) {}

    /**
     * Classifies the mark at {@code pos} in the paragraph [from, to); {@code reversed} when the paragraph writes
     * guillemets the German way (»…«: the first guillemet it holds is a »).
     */
    static Mark classify(String text, int pos, int from, int to, boolean reversed) {
        char c = text.charAt(pos);
        if (c == '„' || c == (reversed ? '»' : '«')) {
            return new Mark(pos, true, false);
        }
        if (c == (reversed ? '«' : '»')) {
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

    /** Whether the paragraph [from, to) writes guillemets pointing inwards (»…«, ›…‹): its first one is » or ›. */
    static boolean reversedGuillemets(String text, int from, int to, char open, char close) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == open || c == close) {
                return c == close;
            }
        }
        return false;
    }

    static boolean isSpaceOrPunct(char c) {
        return Character.isWhitespace(c) || ".,;:!?)]".indexOf(c) >= 0;
    }
}
