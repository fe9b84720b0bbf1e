package org.dossier.cluster;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds language-independent anchors in a title and text without NLP: capitalised names (a sentence-initial
 * or headline word counts only when the text also capitalises it mid-sentence), numbers, years, dates, quotes.
 */
public final class AnchorExtractor {
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    /** One token ({@code source[start, end)}) with its kind and whether a sentence starts with it. */
    private record Tok(String source, int start, int end, boolean initial, boolean joined) {
        /** The token's text (a new string: most tokens never need theirs). */
        String text() {
            return source.substring(start, end);
        }

        int length() {
            return end - start;
        }

        /** {@link #fold} of the token's text; an ASCII token is lowercased straight from the source. */
        String folded() {
            char[] out = new char[end - start];
            for (int i = start; i < end; i++) {
                char c = source.charAt(i);
                if (c >= 128) {
                    return fold(text());
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

    /** The last texts read and their anchors: dedup and clustering read each article in turn. */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[3]);

    /** Anchors of a document: the title is read like text but its words count as sentence-initial. */
    public Anchors extract(String title, String text) {
        Object[] last = LAST.get();
        if (last[0] == title && last[1] == text && last[2] != null) {
            return (Anchors) last[2];
        }
        Anchors a = read(title, text);
        last[0] = title;
        last[1] = text;
        last[2] = a;
        return a;
    }

    private Anchors read(String title, String text) {
        List<Tok> body = tokens(text == null ? "" : text, false);
        List<Tok> head = tokens(title == null ? "" : title, true);
        Set<String> confirmed = new HashSet<>();
        for (Tok t : body) {
            if (t.capitalised() && !t.initial()) {
                confirmed.add(t.text());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        collect(head, confirmed, counts);
        collect(body, confirmed, counts);
        return new Anchors(counts, quotes(text == null ? "" : text));
    }

    /** Lowercase without accents: the form anchors are compared in. */
    public static String fold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        return DIACRITICS.matcher(d).replaceAll("").toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Opening quotes: “ „ «, a straight quote before a letter, or ``. A scan, as regex matching cost more. */
    private static int quotes(String text) {
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

    /** Words, numbers (with thousands or decimal separators) and sentence or quote punctuation, in order. */
    private static List<Tok> tokens(String s, boolean allInitial) {
        List<Tok> out = new ArrayList<>(s.length() / 6 + 8); // about one token per word: rarely grows
        boolean initial = true;
        int last = 0;
        int i = 0;
        int n = s.length();
        int newline = s.indexOf('\n');
        while (i < n) {
            char c = s.charAt(i);
            int end;
            if (Character.isLetter(c)) {
                end = wordEnd(s, i + 1);
            } else if (c >= '0' && c <= '9') {
                end = numberEnd(s, i + 1);
            } else if (PUNCT.indexOf(c) >= 0) {
                end = i + 1;
            } else {
                i++;
                continue;
            }
            if (newline >= 0 && newline < i) {
                initial = true;
                newline = s.indexOf('\n', i);
            }
            boolean joined = last > 0 && i - last == 1 && s.charAt(last) == ' ';
            out.add(new Tok(s, i, end, initial || allInitial, joined));
            if (c == '.' || c == '!' || c == '?') {
                initial = true;
            } else if (Character.isLetterOrDigit(c)) {
                initial = false;
            }
            last = end;
            i = end;
        }
        return out;
    }

    private static final String PUNCT = ".!?\"“”„«»";

    private static int wordEnd(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK
                    && c != '\'' && c != '’' && c != '-') {
                break;
            }
            i++;
        }
        return i;
    }

    /** Digits, then groups of a separator followed by digits (thousands or decimals). */
    private static int numberEnd(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                i++;
            } else if ((c == '.' || c == ',') && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static void collect(List<Tok> toks, Set<String> confirmed, Map<String, Integer> counts) {
        String prevName = null;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            String name = name(t, confirmed);
            if (name != null) {
                counts.merge("e:" + name, 1, Integer::sum);
                if (prevName != null && t.joined()) {
                    counts.merge("e:" + prevName + " " + name, 1, Integer::sum);
                }
            }
            prevName = name;
            if (t.isNumber()) {
                number(toks, i, counts);
            } else if (t.isWord()) {
                month(toks, i, counts);
            }
        }
    }

    private static String name(Tok t, Set<String> confirmed) {
        if (!t.capitalised() || t.length() < 2) {
            return null;
        }
        String folded = t.folded();
        if (Stopwords.contains(folded) || MonthNames.month(folded) > 0) {
            return null;
        }
        return t.initial() && !confirmed.contains(t.text()) ? null : folded;
    }

    private static void number(List<Tok> toks, int i, Map<String, Integer> counts) {
        String n = normaliseNumber(toks.get(i).text());
        if (n.length() == 4 && (n.startsWith("19") || n.startsWith("20"))) {
            counts.merge("y:" + n, 1, Integer::sum);
        } else if (n.length() >= 2) {
            counts.merge("n:" + n, 1, Integer::sum);
        }
    }

    /** A month name next to a day number gives a calendar day; a capitalised month name alone gives the month. */
    private static void month(List<Tok> toks, int i, Map<String, Integer> counts) {
        Tok t = toks.get(i);
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
        if (day > 0) {
            counts.merge("d:" + (month < 10 ? "0" : "") + month + (day < 10 ? "-0" : "-") + day, 1, Integer::sum);
        } else if (t.capitalised()) {
            counts.merge("m:" + month, 1, Integer::sum);
        }
    }

    private static int day(List<Tok> toks, int i) {
        if (i < 0 || i >= toks.size() || !toks.get(i).isNumber()) {
            return 0;
        }
        Tok t = toks.get(i);
        if (t.length() > 2) {
            return 0;
        }
        int d = Integer.parseInt(t.text());
        return d >= 1 && d <= 31 ? d : 0;
    }

    /** Digits without thousands separators; a separator followed by three digits is a thousands separator. */
    static String normaliseNumber(String s) {
        if (s.indexOf('.') < 0 && s.indexOf(',') < 0) {
            return s;
        }
        StringBuilder n = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
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
