package org.dossier.extract.html;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.extract.lines.LineShape;
import org.dossier.extract.lines.TextForms;
import org.jsoup.nodes.Element;

/**
 * Tells a page title that only names the site ("Example News") from a headline, by the site's names (declared
 * site name, logo or home-link text) and by the words it shares with the main headline (h1).
 */
final class SiteTitle {
    /** Words this long or longer carry content in the shared-word test. */
    private static final int MIN_CONTENT_WORD = 4;
    /** A headline used in place of a site-name title has at least this many words. */
    private static final int MIN_HEADLINE_WORDS = 3;
    /** A kicker before a headline is this many words at most. */
    private static final int MAX_KICKER_WORDS = 4;
    private static final Set<String> KICKERS = org.dossier.rules.RuleFiles.words(SiteTitle.class,
            "headline-kickers.txt");
    private static final java.util.regex.Pattern CLASS_PARTS = java.util.regex.Pattern.compile("[\\s_-]+");

    private SiteTitle() {
    }

    /**
     * Text of the first h1 that is not the site's name (a logo in an h1), else of the first h1, or null; without a
     * kicker the h1 sets in an element of its own ({@link #headline}).
     */
    static String mainH1(List<Element> h1s, List<String> siteNames) {
        String first = null;
        for (Element e : h1s) {
            String t = headline(e);
            if (t.isEmpty()) {
                continue;
            }
            first = first == null ? t : first;
            if (!isSiteName(t, siteNames) && LineShape.words(t) >= 2) {
                return t;
            }
        }
        return first;
    }

    /**
     * The text of a headline element without the kicker it sets in an element of its own ("<span
     * class=topline>Ukraine-Krise</span> <span>Russland zieht Truppen ab</span>" reads "Russland zieht Truppen ab";
     * class words in {@code headline-kickers.txt}), its parts joined by spaces; the whole text when it has no kicker
     * or nothing else.
     */
    static String headline(Element h1) {
        String whole = TextForms.normalize(h1.text());
        if (h1.childrenSize() == 0) {
            return whole;
        }
        StringBuilder b = new StringBuilder();
        boolean[] kicker = {false};
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            private int skip = -1;

            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (skip >= 0) {
                    return;
                }
                if (node instanceof Element el && el != h1 && isKicker(el)) {
                    skip = depth;
                    kicker[0] = true;
                } else if (node instanceof org.jsoup.nodes.TextNode t) {
                    b.append(t.text());
                } else if (node instanceof Element) {
                    b.append(' ');
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (skip == depth) {
                    skip = -1;
                }
                if (node instanceof Element && skip < 0) {
                    b.append(' ');
                }
            }
        }, h1);
        String rest = TextForms.normalize(b.toString());
        if (kicker[0] && LineShape.words(rest) >= 2) {
            return rest;
        }
        String parts = leadingPart(h1);
        return parts != null ? parts : whole;
    }

    /**
     * The headline of an h1 made only of elements whose first is a short kicker ("<span>Ukraine-Krise</span><span>
     * Russland zieht Truppen ab</span>" with no kicker class): the rest, when the first part has at most
     * {@value #MAX_KICKER_WORDS} words and no end punctuation and the rest at least {@value #MIN_HEADLINE_WORDS};
     * else null.
     */
    private static String leadingPart(Element h1) {
        if (h1.childrenSize() < 2) {
            return null;
        }
        for (org.jsoup.nodes.TextNode t : h1.textNodes()) {
            if (!t.isBlank()) {
                return null; // the h1's own words: its elements are inline marks of one headline
            }
        }
        String first = TextForms.normalize(h1.child(0).text());
        StringBuilder rest = new StringBuilder();
        for (int i = 1; i < h1.childrenSize(); i++) {
            rest.append(' ').append(h1.child(i).text());
        }
        String r = TextForms.normalize(rest.toString());
        int words = LineShape.words(first);
        if (words < 1 || words > MAX_KICKER_WORDS || first.matches(".*[.!?]$")
                || LineShape.words(r) < MIN_HEADLINE_WORDS) {
            return null;
        }
        return r;
    }

    private static boolean isKicker(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        for (String part : CLASS_PARTS.split(e.className().toLowerCase(Locale.ROOT))) {
            if (KICKERS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** The declared title names only the site: it is one of the site's names, or (a plain {@code <title>}) shares
     * no content word with a headline-sized h1. */
    static boolean onlySiteName(String declared, String h1, List<String> siteNames, boolean plainTitle) {
        if (isSiteName(h1, siteNames) || LineShape.words(h1) < 2) {
            return false;
        }
        if (isSiteName(declared, siteNames)) {
            return true;
        }
        if (!plainTitle || LineShape.words(h1) < MIN_HEADLINE_WORDS) {
            return false;
        }
        Set<String> own = contentWords(declared);
        own.retainAll(contentWords(h1));
        return own.isEmpty();
    }

    /**
     * The outlet when none is declared: the logo or home-link text if the page's {@code <title>} names it, else the
     * {@code <title>} itself when it names only the site and reads as a name.
     */
    static String outlet(String pageTitle, String siteLink, boolean titleIsSiteOnly) {
        if (pageTitle == null) {
            return null;
        }
        String title = TextForms.normalize(pageTitle);
        if (siteLink != null && TextForms.simplify(title).contains(TextForms.simplify(siteLink))
                && !TextForms.simplify(siteLink).isEmpty()) {
            return siteLink;
        }
        if (titleIsSiteOnly && LineShape.words(title) <= PageIndex.MAX_SITE_WORDS && !title.matches(".*[.!?]$")
                && !ElementSemantics.get().isHomeWord(title)) {
            return HtmlMetadata.siteName(title);
        }
        return null;
    }

    /** Whether a text is one of the site's names (once reduced to letters and digits). */
    static boolean isSiteName(String text, List<String> siteNames) {
        String t = TextForms.simplify(text);
        for (String n : siteNames) {
            if (!t.isEmpty() && t.equals(TextForms.simplify(n))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> contentWords(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= MIN_CONTENT_WORD) {
                out.add(w);
            }
        }
        return out;
    }
}
