package org.dossier.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.jsoup.nodes.Document;
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
}
