package org.dossier.input.feed;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dossier.input.PageReader;
import org.dossier.model.RawPage;

/**
 * The page a feed item with full content becomes. HTML content is wrapped in a small HTML document whose
 * {@code og:title} and {@code <h1>} are the item's title, whose {@code author} meta is the item's author, and whose
 * {@code <article>} holds the content, so that the HTML extractor finds the title, byline and body as on a web
 * page; plain-text content becomes a scraped-text page (the title, a blank line, the text). The id is the hash of
 * the bytes written, so an item read twice is one page.
 */
final class FeedItemPage {
    private FeedItemPage() {}

    /** HTML for Atom {@code html}/{@code xhtml} and RSS content (no type), TEXT for {@code text}, null otherwise. */
    static RawPage.Kind kindOf(String type) {
        if (type == null) {
            return RawPage.Kind.HTML;
        }
        String t = type.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("html") || t.equals("xhtml") || t.equals("text/html")
                || t.equals("application/xhtml+xml")) {
            return RawPage.Kind.HTML;
        }
        if (t.equals("text") || t.equals("text/plain")) {
            return RawPage.Kind.TEXT;
        }
        return null;
    }

    static RawPage page(String source, RawPage.Kind kind, String title, String author, String content,
                        RawPage.Hints hints) throws PageReader.BadPageException {
        String text = kind == RawPage.Kind.HTML ? html(title, author, content) : text(title, content);
        return PageReader.fromBytes(source, text.getBytes(StandardCharsets.UTF_8), kind, StandardCharsets.UTF_8,
                hints);
    }

    static String html(String title, String author, String content) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n");
        if (title != null) {
            String t = escape(title);
            b.append("<title>").append(t).append("</title>\n");
            b.append("<meta property=\"og:title\" content=\"").append(t).append("\">\n");
        }
        if (author != null) {
            b.append("<meta name=\"author\" content=\"").append(escape(author)).append("\">\n");
        }
        b.append("</head><body><article>\n");
        if (title != null) {
            b.append("<h1>").append(escape(title)).append("</h1>\n");
        }
        b.append(content.strip()).append("\n</article></body></html>\n");
        return b.toString();
    }

    /** The characters that would end a text or an attribute value, as entities. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String text(String title, String content) {
        return (title == null ? "" : title.replaceAll("\\s+", " ") + "\n\n") + content.strip() + "\n";
    }
}
