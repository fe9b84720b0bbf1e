package org.dossier.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;

/** The parser's input (scripts skipped while reading) and the non-content skipping of the block collector. */
class HtmlInputTest {
    private static String read(Reader r, int chunk) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buf = new char[chunk];
        for (int n = r.read(buf, 0, chunk); n >= 0; n = r.read(buf, 0, chunk)) {
            out.append(buf, 0, n);
        }
        return out.toString();
    }

    @Test
    void rangeReaderSkipsTheRangesInAnyChunkSize() throws IOException {
        String s = "0123456789abcdef";
        int[] cuts = {2, 5, 5, 7, 12, 16};
        for (int chunk : new int[] {1, 3, 64}) {
            assertEquals("01789ab", read(new RangeReader(s, cuts, cuts.length, 100), chunk));
        }
        assertEquals("0178", read(new RangeReader(s, cuts, cuts.length, 4), 3));
    }

    @Test
    void parserSeesNoScriptStyleOrCommentButKeepsJsonLd() {
        Document doc = HtmlInput.parse("<html><head><style>p{color:red}</style>"
                + "<script type='application/ld+json'>{\"headline\":\"Kept\"}</script></head><body>"
                + "<!-- a comment <p>hidden</p> --><p>Visible <script>document.write('<p>x</p>')</script>text</p>"
                + "<noscript><p>No script</p></noscript></body></html>", "");
        assertEquals("Visible text", doc.body().text());
        assertEquals(1, doc.select("script").size());
        assertTrue(doc.select("script").get(0).data().contains("Kept"));
        assertTrue(doc.select("style").isEmpty());
    }

    @Test
    void hiddenAndDroppedElementsGiveNoBlocksAndLeaveTheDocument() {
        Document doc = HtmlInput.parse("<html><body><div><p>First paragraph here.</p>"
                + "<p hidden>Hidden one.</p><p style='DISPLAY : none'>Styled away.</p>"
                + "<nav><p>Menu item.</p></nav><p>Last paragraph here.</p></div></body></html>", "");
        BlockCollector c = BlockCollector.collect(doc.body());
        List<String> texts = c.blocks().stream().map(TextBlock::text).toList();
        assertEquals(List.of("First paragraph here.", "Last paragraph here."), texts);
        assertFalse(doc.body().text().contains("Menu"), doc.body().text());
        assertFalse(doc.body().text().contains("Styled"), doc.body().text());
    }

    @Test
    void inlineStyleHidingIsReadWithSpacesAndCase() {
        assertTrue(ElementSemantics.hidesDisplay("color: red; Display :  None"));
        assertFalse(ElementSemantics.hidesDisplay("display: block; visibility: none"));
    }

    /** The page jsoup parses whole, with the elements the scan cuts removed afterwards: what the scan must equal. */
    static String wholeThenRemoved(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script:not([type*=ld+json]), style, svg, noscript").remove();
        return serialised(doc);
    }

    /**
     * What extraction can see of a document: each text with the tags above it, and the attributes of meta, link and
     * img elements. Comments (the scan cuts real ones and leaves bogus ones) and empty elements carry no text and are
     * left out; formatting elements are left out of the paths (the tree builder reopens an open {@code <a>} or
     * {@code <b>} before an element it inserts, such as an svg the scan cut, so a {@code <title>} after it may sit inside
     * the reopened element or not).
     */
    static String serialised(Document doc) {
        List<String[]> entries = new java.util.ArrayList<>();
        entries.add(new String[] {"title", doc.title()});
        boolean[] inText = {false};
        doc.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t) {
                String at = path(node);
                String[] last = entries.get(entries.size() - 1);
                if (inText[0] && last[0].equals(at)) {
                    last[1] += t.getWholeText(); // texts split by a cut element read as one
                } else {
                    entries.add(new String[] {at, t.getWholeText()});
                }
                inText[0] = true;
                return;
            }
            if (node instanceof org.jsoup.nodes.Comment) {
                return;
            }
            inText[0] = false;
            if (node instanceof org.jsoup.nodes.DataNode d) {
                entries.add(new String[] {path(node), "data " + d.getWholeData()});
            } else if (node instanceof org.jsoup.nodes.Element e && List.of("meta", "link", "img").contains(e.normalName())) {
                entries.add(new String[] {path(node) + "/" + e.normalName(), e.attributes().html()});
            }
        });
        StringBuilder out = new StringBuilder();
        for (String[] e : entries) {
            if (!e[1].isBlank()) {
                out.append(e[0]).append(" | ").append(e[1]).append('\n');
            }
        }
        return out.toString();
    }

    /** Formatting elements, which the tree builder reopens before an inserted element (such as a cut svg). */
    private static final java.util.Set<String> FORMATTING = java.util.Set.of("a", "b", "big", "code", "em", "font", "i",
            "nobr", "s", "small", "strike", "strong", "tt", "u");

    private static String path(Node node) {
        StringBuilder b = new StringBuilder();
        for (Node n = node.parent(); n instanceof org.jsoup.nodes.Element e; n = n.parent()) {
            if (!FORMATTING.contains(e.normalName())) {
                b.insert(0, "/" + e.normalName());
            }
        }
        return b.toString();
    }

    static String cut(String html) {
        return serialised(HtmlInput.parse(html, ""));
    }

    @Test
    void markupInsideAnAttributeValueCutsNothing() {
        for (String tag : List.of("<meta name=\"description\" content=\"Tips on <style> and layout\">",
                "<meta name='description' content='Drawing with <svg and canvas'>",
                "<img alt=\"a </script> tag\" src=x.png>", "<a title=\"<!-- not a comment\" href=\"/x\">link</a>",
                "<input value=\"<noscript>\">")) {
            String html = "<html><head>" + tag + "</head><body><p>The article stays.</p></body></html>";
            assertEquals(wholeThenRemoved(html), cut(html), tag);
            assertTrue(HtmlInput.parse(html, "").body().text().contains("The article stays."), tag);
        }
    }

    @Test
    void aTitleOrTextareaNamingAScriptTagHoldsNoScript() {
        String html = "<html><head><title>Why <script> tags slow pages</title></head><body><textarea><style></textarea>"
                + "<p>The article stays.</p></body></html>";
        Document doc = HtmlInput.parse(html, "");
        assertEquals("Why <script> tags slow pages", doc.title());
        assertTrue(doc.body().text().contains("The article stays."));
        assertEquals(wholeThenRemoved(html), cut(html));
    }

    @Test
    void aScriptEndsAtItsEndTagOutsideTheDoubleEscapedForm() {
        String html = "<body><p>Before.</p><script><!-- document.write(\"<script>f()</script>\"); --></script>"
                + "<p>After.</p><script>var s = '<p>not text</p>';</script><p>End.</p></body>";
        assertEquals("Before. After. End.", HtmlInput.parse(html, "").body().text());
        assertEquals(wholeThenRemoved(html), cut(html));
    }

    @Test
    void anSvgEndsAtItsOwnEndTagNotAtOneInsideACommentOrAttribute() {
        String html = "<body><p>Before.</p><svg><!-- </svg> --><text title=\"</svg>\">drawn</text><svg><g/></svg>"
                + "<![CDATA[ </svg> ]]></svg><p>After.</p><svg/><p>End.</p></body>";
        assertEquals("Before. After. End.", HtmlInput.parse(html, "").body().text());
        assertEquals(wholeThenRemoved(html), cut(html));
    }

    private static final List<String> FRAGMENTS = List.of("<p>", "</p>", "<div class=\"a b\">", "</div>", "<b>", "</b>",
            "Words of the story. ", "more text & <", " < 3 > 2 ", "<br/>", "<span data-x=\"a'b\">", "</span>",
            "<meta name=\"description\" content=\"Tips on <style> and layout\">", "<a title='<svg onload=x>' href=x>",
            "</a>", "<img alt=\"</script>\" src=y>", "<input value=a>b>", "<script>var a = \"<p>x</p>\";</script>",
            "<script><!-- document.write(\"<script>x</script>\"); --></script>", "<script>a<!--b--></script>",
            "<SCRIPT type=text/javascript>if (a</b) {}</SCRIPT >", "<style>p>b{color:red}</style>", "<style media=\"x>y\">a{}</style>",
            "<svg><title>t</title><text>s</text></svg>", "<svg/>", "<svg viewBox=\"0 0 1 1\"><path d=\"M0>1\"/></svg>",
            "<!-- c <p>hidden</p> -->", "<!-->", "<!--->", "<!-- a --!>", "<title>Why <script> tags</title>",
            "<textarea><style></textarea>", "<iframe><svg></iframe>", "<noscript><img src=\"t.gif\" alt=\"</noscript>\"></noscript>",
            "<script type=\"application/ld+json\">{\"a\":\"</p>\"}</script>", "<!DOCTYPE html>", "<?xml version='1'?>",
            "</ weird>", "</>", "<a href=\"x>", "\"", "'", "=", "<p =\"<style>\">", "<p a=\"1\"b='<svg'>", "<x/y=\"<style>\">");

    @Test
    void theScannedPageIsThePageParsedWholeWithoutItsCutElements() {
        Random random = new Random(15);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder("<html><body>");
            int n = 1 + random.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            }
            String html = b.append("<p>Tail.</p></body></html>").toString();
            assertEquals(wholeThenRemoved(html), cut(html), html);
        }
    }
}
