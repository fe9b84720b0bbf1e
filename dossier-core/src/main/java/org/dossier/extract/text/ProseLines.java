package org.dossier.extract.text;

import org.dossier.extract.lines.LineShape;

/**
 * Whether a line of a scraped-text page is prose, read past what its quotation marks and punctuation say about
 * where it ends. A body line is not chrome because it ends with a quotation mark of either direction (machine
 * translation and scraping often leave an opening mark after the last sentence: {@code ... is excluded. “}), or
 * because its last sentence lost its full stop while the sentences before it kept theirs. Use it wherever the
 * text path asks whether a line is prose; {@link LineShape#prose} stays the shape test both paths share.
 */
final class ProseLines {
    /** Lines this long with this many sentence ends inside them are prose whatever their last character. */
    static final int MIN_WORDS_MULTI_SENTENCE = 20;
    static final int MIN_INNER_SENTENCE_ENDS = 2;

    private ProseLines() {}

    /** A sentence-bearing line: {@link LineShape#prose}, after trailing quotation marks, or several sentences. */
    static boolean prose(String line) {
        if (LineShape.prose(line)) {
            return true;
        }
        String bare = withoutTrailingQuotes(line);
        if (!bare.equals(line) && LineShape.prose(bare)) {
            return true;
        }
        return LineShape.words(line, MIN_WORDS_MULTI_SENTENCE) >= MIN_WORDS_MULTI_SENTENCE
                && !LineShape.truncated(line) && innerSentenceEnds(line) >= MIN_INNER_SENTENCE_ENDS;
    }

    /**
     * A line that opens with a quotation mark closed later in it: someone's words, and the reporting clause after them
     * ("« Nous installons des barrages », a déclaré le directeur du port."), never an inserted headline of another story.
     */
    static boolean opensWithQuote(String line) {
        if (line.isEmpty() || !isQuoteMark(line.charAt(0))) {
            return false;
        }
        for (int i = 2; i < line.length(); i++) {
            boolean apostrophe = i + 1 < line.length() && Character.isLetter(line.charAt(i - 1))
                    && Character.isLetter(line.charAt(i + 1));
            if (isQuoteMark(line.charAt(i)) && !apostrophe) {
                return true;
            }
        }
        return false;
    }

    /** The line without the quotation marks (any direction) and spaces at its end. */
    static String withoutTrailingQuotes(String line) {
        int i = line.length();
        while (i > 0 && (Character.isWhitespace(line.charAt(i - 1)) || isQuoteMark(line.charAt(i - 1)))) {
            i--;
        }
        return line.substring(0, i);
    }

    /** Full stops, question and exclamation marks followed by a space and a capital or an opening quote. */
    static int innerSentenceEnds(String line) {
        int n = 0;
        for (int i = 1; i + 2 < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isLetterOrDigit(line.charAt(i - 1))
                    && line.charAt(i + 1) == ' ') {
                char next = line.charAt(i + 2);
                if (Character.isUpperCase(next) || isQuoteMark(next)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean isQuoteMark(char c) {
        int t = Character.getType(c);
        return c == '"' || c == '\'' || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || c == '\u201e' || c == '\u201a';
    }
}
