package org.dossier.synthesize;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The quote marks of a statement cut from its sentence, kept balanced in the ways the languages read write them:
 * „…“ and „…” (German, Czech, Polish), “…”, «…» and »…« (German guillemets). A stretch's ends lose the quote marks
 * the cut leaves alone, never one that closes or opens a quote the stretch holds whole; a quote left open by a cut
 * is closed after an ellipsis. Use it on every statement the timeline writes ({@link EventText}).
 */
final class StatementQuotes {
    /** Characters trimmed off a stretch's start, unless a quote mark among them opens a quote the stretch closes. */
    private static final String LEADING = " \t\n\"'\u201c\u201d\u2018\u2019\u201e.";
    /** Characters trimmed off a stretch's end, unless a quote mark among them closes a quote the stretch opens. */
    private static final String TRAILING = " \t\n\"'\u201c\u201d\u2018\u2019.:";

    private StatementQuotes() {}

    /** The stretch without loose quote marks, spaces, full stops (and at its end colons) at its ends. */
    static String trimmed(String s) {
        int from = 0;
        int to = s.length();
        boolean changed = true;
        while (changed && from < to) {
            changed = false;
            char last = s.charAt(to - 1);
            if (TRAILING.indexOf(last) >= 0 && !closesOpenQuote(s.substring(from, to - 1), last)) {
                to--;
                changed = true;
            }
            if (from < to && LEADING.indexOf(s.charAt(from)) >= 0
                    && !(isOpening(s.charAt(from)) && open(s.substring(from, to)).isEmpty() && hasMark(s, from + 1, to))) {
                from++;
                changed = true;
            }
        }
        return s.substring(from, to);
    }

    /** The statement with each quote it leaves open closed after an ellipsis ("… „ein Plan …“"). */
    static String closed(String s) {
        Deque<Character> open = open(s);
        if (open.isEmpty()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.stripTrailing());
        if (!s.stripTrailing().endsWith("\u2026")) {
            b.append(" \u2026");
        }
        while (!open.isEmpty()) {
            b.append(open.pop());
        }
        return b.toString();
    }

    /** Whether {@code mark} closes the innermost quote {@code s} leaves open. */
    private static boolean closesOpenQuote(String s, char mark) {
        Deque<Character> open = open(s);
        return !open.isEmpty() && closes(open.peek(), mark);
    }

    private static boolean closes(char expected, char mark) {
        return expected == mark || expected == '\u201c' && mark == '\u201d';
    }

    private static boolean isOpening(char c) {
        return c == '\u201e' || c == '\u201c' || c == '\u00ab' || c == '\u00bb';
    }

    private static boolean hasMark(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("\u201c\u201d\u00ab\u00bb".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The closing marks {@code s} still expects, innermost first: „ expects “ (or ”), “ expects ” unless it closes
     * a „, « expects » and » expects « unless it closes a «; a closing mark no quote expects is left alone.
     */
    private static Deque<Character> open(String s) {
        Deque<Character> stack = new ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Character top = stack.peek();
            if (top != null && closes(top, c)) {
                stack.pop();
            } else if (c == '\u201e' || c == '\u201c') {
                stack.push(c == '\u201e' ? '\u201c' : '\u201d');
            } else if (c == '\u00ab') {
                stack.push('\u00bb');
            } else if (c == '\u00bb') {
                stack.push('\u00ab');
            }
        }
        return stack;
    }
}
