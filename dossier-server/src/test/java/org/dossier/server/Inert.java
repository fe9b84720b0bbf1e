package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a served page the way a browser would read it (parsed by jsoup): no script but the server's own, no
 * element that loads or runs anything ({@code img}, {@code iframe}, {@code object}, {@code embed}, {@code base},
 * {@code meta refresh}), no event-handler attribute, no {@code javascript:} URL. For the hostile-input tests.
 */
final class Inert {
    private Inert() {}

    static void assertInert(String html) {
        Document doc = Jsoup.parse(html);
        for (Element script : doc.select("script")) {
            assertEquals("/assets/dossier.js", script.attr("src"), "a script not the server's: " + script);
            assertEquals("", script.data(), "an inline script: " + script);
        }
        assertEquals(0, doc.select("img, iframe, object, embed, base, frame, meta[http-equiv]").size(),
                () -> "an element that loads something: " + doc.select("img, iframe, object, embed, base, frame, meta[http-equiv]"));
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), "an event handler: " + e.tagName() + " " + a);
                String v = a.getValue().replaceAll("\\s", "").toLowerCase();
                assertFalse((a.getKey().equals("href") || a.getKey().equals("src") || a.getKey().equals("action"))
                        && (v.startsWith("javascript:") || v.startsWith("data:")), "a script URL: " + e.tagName() + " " + a);
            }
        }
    }
}
