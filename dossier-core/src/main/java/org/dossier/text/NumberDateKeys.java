package org.dossier.text;

import java.util.List;
import java.util.Map;

/**
 * The number and date keys of a token sequence, the same in every language: numbers ({@code n:}, thousands
 * separators removed), years ({@code y:}), calendar days ({@code d:MM-DD}, a month name next to a day number)
 * and months ({@code m:}, a capitalised month name alone).
 */
final class NumberDateKeys {
    private static final java.util.Set<String> DAY_SUFFIXES = java.util.Set.copyOf(CalendarNames.daySuffixes());

    private NumberDateKeys() {}

    /** Counts the key of the number token {@code toks[i]}: a year, or a number of two chars or more. */
    static void number(List<KeyToken> toks, int i, Map<String, Integer> counts) {
        String n = normaliseNumber(toks.get(i).text());
        if (n.length() == 4 && (n.startsWith("19") || n.startsWith("20"))) {
            counts.merge("y:" + n, 1, Integer::sum);
        } else if (n.length() >= 2) {
            counts.merge("n:" + n, 1, Integer::sum);
        }
    }

    /** A month name next to a day number gives a calendar day; a capitalised month name alone gives the month. */
    static void month(List<KeyToken> toks, int i, Map<String, Integer> counts) {
        KeyToken t = toks.get(i);
        if (t.length() > MonthNames.LONGEST) {
            return;
        }
        int month = MonthNames.month(t.source(), t.start(), t.end());
        if (month == 0) {
            return;
        }
        int day = day(toks, i + 1);
        if (day == 0) {
            day = day(toks, i - 1);
        }
        if (day == 0 && i >= 2 && toks.get(i - 1).is('.')) {
            day = day(toks, i - 2);
        }
        if (day == 0 && i >= 2 && toks.get(i - 1).start() == toks.get(i - 2).end()
                && DAY_SUFFIXES.contains(toks.get(i - 1).text().toLowerCase(java.util.Locale.ROOT))) {
            day = day(toks, i - 2);
        }
        if (day > 0) {
            counts.merge("d:" + (month < 10 ? "0" : "") + month + (day < 10 ? "-0" : "-") + day, 1, Integer::sum);
        } else if (t.capitalised()) {
            counts.merge("m:" + month, 1, Integer::sum);
        }
    }

    private static int day(List<KeyToken> toks, int i) {
        if (i < 0 || i >= toks.size() || !toks.get(i).isNumber()) {
            return 0;
        }
        KeyToken t = toks.get(i);
        if (t.length() > 2) {
            return 0;
        }
        int d = Integer.parseInt(t.text());
        return d >= 1 && d <= 31 ? d : 0;
    }

    /**
     * Digits without thousands separators; a separator followed by three digits is a thousands separator, and so is
     * the space of a digit group ("2 000", as French and others write it; the token holds one only then).
     */
    static String normaliseNumber(String s) {
        if (s.indexOf('.') < 0 && s.indexOf(',') < 0 && !KeyTokens.hasGroupSpace(s)) {
            return s;
        }
        StringBuilder n = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (KeyTokens.isGroupSpace(c)) {
                continue;
            }
            if (c != '.' && c != ',') {
                n.append(c);
            } else if (!thousands(s, i)) {
                n.append('.');
            }
        }
        return n.toString();
    }

    /** Whether the separator at {@code i} is followed by exactly three digits (then a non-digit or the end). */
    private static boolean thousands(String s, int i) {
        for (int j = i + 1; j <= i + 3; j++) {
            if (!isAsciiDigit(s, j)) {
                return false;
            }
        }
        return !isAsciiDigit(s, i + 4);
    }

    private static boolean isAsciiDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }
}
