package org.dossier.extract.html;

import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Bounded HTML parsing: skips script and style bodies (except JSON-LD), found by a linear scan, while jsoup
 * reads the page, and caps the markup size, so huge inline scripts or pathological pages stay cheap.
 */
final class HtmlInput {
    /** Largest markup (after script removal) handed to the parser, in chars. */
    static final int MAX_MARKUP = 4_000_000;

    private static final String[] STRIPPED = ElementSemantics.get().rawTextTags.toArray(String[]::new);
    /** The first letters of the stripped tags, lower case: a tag starting otherwise needs no comparison. */
    private static final boolean[] INITIALS = initials(STRIPPED);

    private HtmlInput() {
    }

    static Document parse(String html, String baseUri) {
        int[] cuts = cuts(html);
        return Parser.htmlParser().parseInput(new RangeReader(html, cuts, cuts.length, MAX_MARKUP),
                baseUri == null ? "" : baseUri);
    }

    /**
     * The [start, end) ranges of script, style, svg and noscript elements (except JSON-LD scripts) and comments,
     * found in one pass, as sorted start/end pairs.
     */
    static int[] cuts(String html) {
        int[] cuts = new int[16];
        int n = 0;
        int i = html.indexOf('<');
        while (i >= 0 && i < html.length() - 7) {
            int end;
            if (html.startsWith("<!--", i)) {
                int close = html.indexOf("-->", i + 4);
                end = close < 0 ? html.length() : close + 3;
            } else {
                String tag = rawTextTag(html, i);
                if (tag == null) {
                    i = html.indexOf('<', i + 1);
                    continue;
                }
                int openEnd = html.indexOf('>', i);
                if (openEnd < 0) {
                    break;
                }
                int close = findClose(html, openEnd + 1, tag);
                end = close < 0 ? html.length() : Math.max(openEnd + 1, html.indexOf('>', close) + 1);
                if (end <= 0) {
                    end = html.length();
                }
                if (tag.equals("script") && isJsonLd(html, i, openEnd)) {
                    i = end >= html.length() ? -1 : html.indexOf('<', end);
                    continue;
                }
            }
            if (n + 2 > cuts.length) {
                cuts = java.util.Arrays.copyOf(cuts, cuts.length * 2);
            }
            cuts[n++] = i;
            cuts[n++] = end;
            i = end >= html.length() ? -1 : html.indexOf('<', end);
        }
        return java.util.Arrays.copyOf(cuts, n);
    }

    private static String rawTextTag(String html, int lt) {
        char first = Character.toLowerCase(html.charAt(lt + 1));
        if (first >= INITIALS.length || !INITIALS[first]) {
            return null;
        }
        for (String tag : STRIPPED) {
            int after = lt + 1 + tag.length();
            if (after < html.length() && html.regionMatches(true, lt + 1, tag, 0, tag.length())) {
                char c = html.charAt(after);
                if (c == '>' || c == '/' || Character.isWhitespace(c)) {
                    return tag;
                }
            }
        }
        return null;
    }

    private static boolean[] initials(String[] tags) {
        boolean[] out = new boolean[128];
        for (String t : tags) {
            out[Character.toLowerCase(t.charAt(0))] = true;
        }
        return out;
    }

    private static int findClose(String html, int from, String tag) {
        int j = html.indexOf("</", from);
        while (j >= 0) {
            if (html.regionMatches(true, j + 2, tag, 0, tag.length())) {
                return j;
            }
            j = html.indexOf("</", j + 2);
        }
        return -1;
    }

    private static boolean isJsonLd(String html, int from, int to) {
        for (int k = from + 2; k + 5 <= to; k++) {
            if (html.charAt(k) == '+' && html.regionMatches(true, k - 2, "ld+json", 0, 7)) {
                return true;
            }
        }
        return false;
    }
}
