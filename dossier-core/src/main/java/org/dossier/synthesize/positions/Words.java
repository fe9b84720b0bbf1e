package org.dossier.synthesize.positions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain tokeniser for the stance and summary rules: words (letters and digits, with inner apostrophes:
 * "won't", "Russia's") and single punctuation marks, with their offsets in the article text. It also compares
 * texts by their content words (function words of the language left out).
 */
public final class Words {
    /**
     * A number with digit groups ("240,000", "310.000") or a decimal mark ("5.8", "4,5") is one token; else
     * letters/digits, or one other character.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{N}{1,3}(?:[.,\u00a0]\\p{N}{3})+(?![\\p{L}\\p{N}])|\\p{N}+[.,]\\p{N}+(?![\\p{L}\\p{N}])|[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*|[^\\s\\p{L}\\p{N}]");

    private Words() {}

    /** A token: [start, end) in the text and its lower-case form (curly apostrophes straightened). */
    record Tok(int start, int end, String lower) {
        boolean isWord() {
            return Character.isLetterOrDigit(lower.charAt(0));
        }

        boolean isQuoteMark() {
            return lower.length() == 1 && "\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a\u2039\u203a`".contains(lower);
        }
    }

    static List<Tok> of(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(Math.max(0, from), Math.min(text.length(), to));
        while (m.find()) {
            out.add(new Tok(m.start(), m.end(), m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\'')));
        }
        return out;
    }

    /** The content words of a text in a language (lower case, function words and short words left out). */
    public static Set<String> content(String text, String language) {
        StanceLexicon lex = StanceLexicon.of(language);
        Set<String> out = new LinkedHashSet<>();
        for (Tok t : of(text, 0, text.length())) {
            String w = stem(t.lower());
            if (t.isWord() && (lex == StanceLexicon.EMPTY ? w.length() > 3 : lex.isContent(t.lower()))) {
                out.add(w);
            }
        }
        return out;
    }

    /** How alike two sets of content words are: shared words over the smaller set (0 when either is empty). */
    public static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return (double) shared / Math.min(a.size(), b.size());
    }

    /** Shared words over all words of the two sets (0 when both are empty). */
    public static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new LinkedHashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        return (double) (a.size() + b.size() - union.size()) / union.size();
    }

    /** A crude stem: possessive and plural endings off, so "guarantees" and "guarantee" compare equal. */
    private static String stem(String w) {
        String s = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
        return s.length() > 4 && s.endsWith("s") && !s.endsWith("ss") ? s.substring(0, s.length() - 1) : s;
    }

    /** Whether a name starts inside token {@code t} right after an elided article ("L'Ukraine", "l'OTAN"). */
    static boolean afterElision(String text, Tok t, org.dossier.model.EntityMention m) {
        return m.start() > t.start() && m.start() < t.end() && "'\u2019".indexOf(text.charAt(m.start() - 1)) >= 0
                && m.start() - t.start() <= 3;
    }

    /**
     * Whether token {@code k} is a percent or per-mille sign glued to the number before it ("10%"): part of the
     * figure, kept where a proposition ends on it (before a time it stops at, "to 10% from January").
     */
    static boolean signOfNumber(List<Tok> toks, int k) {
        return k > 0 && "%\u2030".contains(toks.get(k).lower()) && toks.get(k - 1).end() == toks.get(k).start()
                && Character.isDigit(toks.get(k - 1).lower().charAt(toks.get(k - 1).lower().length() - 1));
    }

    /**
     * The length of an elided complement marker a token opens with ("d'" of "d'imposer", "qu'" of "qu'il"), 0 when
     * it opens with none or is nothing but the marker.
     */
    static int elidedMarker(Set<String> markers, Tok t) {
        int apostrophe = t.lower().indexOf('\'');
        return apostrophe > 0 && apostrophe + 1 < t.lower().length()
                && markers.contains(t.lower().substring(0, apostrophe + 1)) ? apostrophe + 1 : 0;
    }

    /** Whether {@code offset} lies inside one of the spans [start, end). */
    static boolean inside(List<int[]> spans, int offset) {
        return spans.stream().anyMatch(q -> q[0] <= offset && offset < q[1]);
    }

    /** The article's sentences that lie inside its text; the whole text as one when it has none. */
    static List<org.dossier.model.SentenceSpan> sentences(org.dossier.model.AnnotatedArticle a) {
        int len = a.article().text().length();
        List<org.dossier.model.SentenceSpan> s = a.annotations().sentences().stream()
                .filter(x -> 0 <= x.start() && x.start() <= x.end() && x.end() <= len).toList();
        return s.isEmpty() && len > 0 ? List.of(new org.dossier.model.SentenceSpan(0, len)) : s;
    }

    /** The text with its runs of white space made one space, stripped. */
    static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
