package org.dossier.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Bounded HTML parsing: drops script and style bodies (except JSON-LD) with a linear scan before jsoup
 * sees them, and caps the markup size, so huge inline scripts or pathological pages stay cheap.
 */
final class HtmlInput {
    /** Largest markup (after script removal) handed to the parser, in chars. */
    static final int MAX_MARKUP = 4_000_000;

    private static final String[] STRIPPED = {"script", "style", "svg", "noscript"};

    private HtmlInput() {
    }

    static Document parse(String html, String baseUri) {
        String markup = stripScripts(html);
        if (markup.length() > MAX_MARKUP) {
            markup = markup.substring(0, MAX_MARKUP);
        }
        return Jsoup.parse(markup, baseUri == null ? "" : baseUri, Parser.htmlParser());
    }

    /** Removes script, style, svg and noscript elements (except JSON-LD scripts) and comments, in one pass. */
    static String stripScripts(String html) {
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
        return n == 0 ? html : cut(html, cuts, n);
    }

    /** The text without the given [start, end) ranges, built at its exact size. */
    private static String cut(String html, int[] cuts, int n) {
        int removed = 0;
        for (int k = 0; k < n; k += 2) {
            removed += cuts[k + 1] - cuts[k];
        }
        StringBuilder out = new StringBuilder(html.length() - removed);
        int copied = 0;
        for (int k = 0; k < n; k += 2) {
            out.append(html, copied, cuts[k]);
            copied = cuts[k + 1];
        }
        out.append(html, copied, html.length());
        return out.toString();
    }

    private static String rawTextTag(String html, int lt) {
        char first = Character.toLowerCase(html.charAt(lt + 1));
        if (first != 's' && first != 'n') {
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
        for (int k = from; k + 7 <= to; k++) {
            if (html.regionMatches(true, k, "ld+json", 0, 7)) {
                return true;
            }
        }
        return false;
    }
}
