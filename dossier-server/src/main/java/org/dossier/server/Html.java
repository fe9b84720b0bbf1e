package org.dossier.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Entities;

/**
 * The page frame every server page shares (the stylesheet and script served from the jar, a header linking home)
 * and the two escapes the pages use: {@link #esc} for any text that comes from a page (titles, outlets, bodies)
 * and {@link #seg} for an id put in a URL path.
 */
final class Html {
    private Html() {}

    /** Text escaped for an HTML element or a double-quoted attribute; null becomes a dash. */
    static String esc(String s) {
        return s == null ? "–" : Entities.escape(s);
    }

    /** One URL path segment (or query value), percent-encoded. */
    static String seg(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A whole page: {@code title} (plain text, escaped here), extra head markup ({@code head}, already safe), and
     * the body markup ({@code body}, already safe).
     */
    static String page(String title, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · Dossier</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/dossier.css\">" + head + "</head>\n<body>\n"
                + "<header class=\"site\"><a href=\"/\">Dossier</a> <span class=\"muted\">stories from many outlets, every statement cited</span></header>\n"
                + "<main>\n" + body + "</main>\n<script src=\"/assets/dossier.js\"></script>\n</body></html>\n";
    }

    /** The page for a request that could not be answered. */
    static String errorPage(int status, String message) {
        return page("Error " + status, "", "<h1>" + status + "</h1>\n<p>" + esc(message) + "</p>\n<p><a href=\"/\">All stories</a></p>\n");
    }
}
