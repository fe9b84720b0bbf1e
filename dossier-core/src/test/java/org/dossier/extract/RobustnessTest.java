package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.dossier.model.Article;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;

/** Pathological inputs end in a clean article or an ExtractionException, quickly and without stack overflow. */
class RobustnessTest {
    private static final String PROSE = "<p>Officials said on Monday that the bridge, closed since the flood, "
            + "would reopen next week after repairs to its supports, railings and the road surface.</p>";

    private static Article html(String content) throws ExtractionException {
        return new PageExtractor().extract(new RawPage("r", "test", RawPage.Kind.HTML, content));
    }

    @Test
    void survivesTenThousandDeepNesting() {
        String deep = "<div>".repeat(10_000) + PROSE + "</div>".repeat(10_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                Article a = html("<html><body>" + deep + "</body></html>");
                assertTrue(a.text().contains("bridge"));
            } catch (ExtractionException e) {
                assertTrue(e.getMessage().length() < 200);
            }
        });
    }

    @Test
    void handlesTwentyMegabyteInlineScriptQuickly() {
        String script = "<script>var x = '" + "a".repeat(20_000_000) + "';</script>";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Article a = html("<html><head>" + script + "</head><body>" + PROSE + PROSE + "</body></html>");
            assertTrue(a.text().contains("bridge"));
            assertTrue(a.text().length() < 1000);
        });
    }

    @Test
    void readsPagesWithoutBodyTag() throws Exception {
        Article a = html(PROSE + PROSE);
        assertTrue(a.text().contains("bridge"));
    }

    @Test
    void brokenMarkupStillYieldsText() throws Exception {
        Article a = html("<html><body><div><p>Unclosed <b>bold <i>" + PROSE + "<div></span></table>");
        assertTrue(a.text().contains("bridge"));
    }

    @Test
    void emptyAndBinaryPagesAreRejectedWithAReason() {
        ExtractionException e = assertThrows(ExtractionException.class, () -> html("   "));
        assertTrue(e.getMessage().length() > 0 && !e.getMessage().contains("\n"));
        assertThrows(ExtractionException.class, () -> html("\u0000\u0001\u0002\u0003".repeat(100)));
        assertThrows(ExtractionException.class, () -> html("<html><body><nav><a href=x>Home</a></nav></body></html>"));
        assertThrows(ExtractionException.class, () -> html("<html><body><p>Only a short line here.</p></body></html>"));
    }

    @Test
    void longCapitalisedBylineLikeLinesDoNotBacktrack() {
        String line = "By " + "Alpha Beta Gamma Delta, ".repeat(400) + "!";
        String page = line + "\n\n" + (PROSE.replace("<p>", "").replace("</p>", "") + "\n\n").repeat(3);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Article a = new PageExtractor().extract(new RawPage("t", "test", RawPage.Kind.TEXT, page));
            assertTrue(a.text().contains("bridge"));
        });
    }

    @Test
    void manyElementsStayFast() {
        String many = "<html><body>" + ("<div><span>x</span><a href=#>link</a></div>").repeat(60_000) + PROSE + PROSE
                + "</body></html>";
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertTrue(html(many).text().contains("bridge")));
    }
}
