package org.dossier.annotate;

/**
 * A quote found in the text: its content range [start, end) without the marks, and the positions of its
 * opening and closing marks (-1 when the mark is missing, as in unbalanced machine-translated text).
 */
public record QuoteSpan(int start, int end, int openMark, int closeMark) {
    /** Where the quote's text, mark included, begins. */
    public int outerStart() {
        return openMark >= 0 ? openMark : start;
    }

    /** Whether this quote has no marks and holds {@code other}, a marked quote (a transcript's turn quoting one). */
    public boolean encloses(QuoteSpan other) {
        return openMark < 0 && closeMark < 0 && other.openMark >= 0 && start <= other.outerStart()
                && other.outerEnd() <= end;
    }

    /** Where the quote's text, mark included, ends. */
    public int outerEnd() {
        return closeMark >= 0 ? closeMark + 1 : end;
    }
}
