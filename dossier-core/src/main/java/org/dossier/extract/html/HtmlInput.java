package org.dossier.extract.html;

import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Bounded HTML parsing: skips script, style, svg and noscript elements (except JSON-LD) and comments, found by a
 * linear scan, while jsoup reads the page, and caps the markup size, so huge inline scripts or pathological pages
 * stay cheap. The scan reads the markup the way the HTML tokenizer does wherever that decides what is markup: a tag
 * ends at the first {@code >} outside a quoted attribute value (so {@code content="Tips on <style>"} is an
 * attribute, not an element), the text of {@code title}, {@code textarea}, {@code iframe}, {@code xmp},
 * {@code noembed} and {@code noframes} holds no tags, and a script ends at its first {@code </script>} outside the
 * double-escaped {@code <!-- <script>} form. The speed-up must never change what is extracted: without the cap,
 * the page parsed here is the page jsoup parses whole with those elements removed ({@code HtmlInputTest} and the
 * fuzz tests compare the two).
 */
final class HtmlInput {
    /** Largest markup (after script removal) handed to the parser, in chars. */
    static final int MAX_MARKUP = 4_000_000;

    /** The elements cut from the markup (from the rule data). */
    private static final List<String> CUT = ElementSemantics.get().rawTextTags;
    /** Elements whose content the tokenizer reads as text up to their end tag (RCDATA and RAWTEXT). */
    private static final List<String> TEXT_ONLY = List.of("title", "textarea", "iframe", "xmp", "noembed", "noframes");
    /** Elements whose content is plain text, without tags, to the end of the page. */
    private static final String PLAINTEXT = "plaintext";

    private HtmlInput() {
    }

    /** The parsed page and the ranges cut from it ({@link #cuts}): scripts are where page data stands. */
    record Parsed(Document doc, int[] cuts) {}

    static Document parse(String html, String baseUri) {
        return read(html, baseUri).doc();
    }

    /** The page parsed as {@link #parse} does, with the cut ranges found on the way (one scan for both). */
    static Parsed read(String html, String baseUri) {
        Ranges cuts = scan(html);
        Document doc = Parser.htmlParser().parseInput(new RangeReader(html, cuts.a, cuts.lt, cuts.n, MAX_MARKUP),
                baseUri == null ? "" : baseUri);
        return new Parsed(doc, cuts.toArray());
    }

    /**
     * The [start, end) ranges of script, style, svg and noscript elements (except JSON-LD scripts) and comments,
     * found in one pass, as sorted start/end pairs.
     */
    static int[] cuts(String html) {
        return scan(html).toArray();
    }

    private static Ranges scan(String html) {
        Ranges out = new Ranges(html);
        int len = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i + 1 < len) {
            int next = markupAt(html, i, out);
            if (next < 0) {
                break; // the rest of the page is the inside of an unfinished tag or of a plaintext element
            }
            i = next >= len ? -1 : html.indexOf('<', next);
        }
        return out;
    }

    /** Reads the markup starting at {@code lt} (a '<'); returns where scanning goes on, or -1 to stop. */
    private static int markupAt(String html, int lt, Ranges out) {
        int len = html.length();
        char c = html.charAt(lt + 1);
        if (html.startsWith("<!--", lt)) {
            int end = Markup.commentEnd(html, lt + 4);
            out.add(lt, end);
            return end;
        }
        if (c == '!' || c == '?') {
            int gt = html.indexOf('>', lt + 2);
            return gt < 0 ? -1 : gt + 1; // doctype, CDATA or a bogus comment: nothing in it is a tag
        }
        if (c == '/') {
            if (lt + 2 < len && Markup.isLetter(html.charAt(lt + 2))) {
                int end = Markup.tagEnd(html, Markup.nameEnd(html, lt + 2));
                return end < 0 ? -1 : end;
            }
            if (lt + 2 < len && html.charAt(lt + 2) == '>') {
                return lt + 3;
            }
            int gt = html.indexOf('>', lt + 2);
            return gt < 0 ? -1 : gt + 1; // a bogus comment
        }
        if (!Markup.isLetter(c)) {
            return lt + 1; // a '<' in text
        }
        int nameEnd = Markup.nameEnd(html, lt + 1);
        int openEnd = Markup.tagEnd(html, nameEnd);
        if (openEnd < 0) {
            return -1;
        }
        String cut = Markup.nameIn(html, lt + 1, nameEnd, CUT);
        if (cut != null) {
            int end;
            if (cut.equals("script")) {
                end = Markup.scriptEnd(html, openEnd);
                if (Markup.isJsonLd(html, lt, openEnd)) {
                    return end;
                }
            } else if (cut.equals("style")) {
                end = Markup.rawTextEnd(html, openEnd, cut);
            } else if (cut.equals("svg") && Markup.selfClosing(html, nameEnd)) {
                end = openEnd; // foreign content: <svg/> is the whole element
            } else {
                end = Markup.elementEnd(html, openEnd, cut);
            }
            out.add(lt, end);
            return end;
        }
        String text = Markup.nameIn(html, lt + 1, nameEnd, TEXT_ONLY);
        if (text != null) {
            return Markup.rawTextEnd(html, openEnd, text);
        }
        if (nameEnd - lt - 1 == PLAINTEXT.length() && html.regionMatches(true, lt + 1, PLAINTEXT, 0, PLAINTEXT.length())) {
            return -1;
        }
        return openEnd;
    }

    /**
     * Start/end pairs, growing. A cut just after a {@code <} of text takes that {@code <} with it and reads as
     * {@code &lt;}, so that the {@code <} does not open a tag with the text after the cut.
     */
    private static final class Ranges {
        private final String html;
        private int[] a = new int[16];
        private boolean[] lt = new boolean[8];
        private int n;

        Ranges(String html) {
            this.html = html;
        }

        void add(int start, int end) {
            if (n + 2 > a.length) {
                a = Arrays.copyOf(a, a.length * 2);
                lt = Arrays.copyOf(lt, a.length / 2);
            }
            boolean afterLt = start > 0 && html.charAt(start - 1) == '<';
            lt[n / 2] = afterLt;
            a[n++] = afterLt ? start - 1 : start;
            a[n++] = end;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
