package org.dossier.extract.bodies;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a news page at run time as a content management system lays it out (WordPress, Ghost, Drupal, Arc, a
 * Next.js app, a plain site template), with the article's body written line by line and what is not body (inserts,
 * boxes, embeds, comments) written beside it; each page states its true body lines, the lines an analyst reads as
 * the article. Used by the held-out body sets.
 */
final class BodyPage {
    /** One page and its true body lines, in reading order. */
    record Case(String id, String pattern, String html, List<String> body) {
        String language() {
            return id.substring(0, 2);
        }
    }

    /**
     * A site template: the markup before the headline, between headline block and body, around the body, and after
     * the article; {@code %s} in {@code open} is the site name; paragraphs get {@code pClass} when it is not empty.
     */
    record Template(String open, String bodyOpen, String bodyClose, String close, String pClass) {}

    static final Template WORDPRESS = new Template(
            "<div id=\"page\" class=\"site\"><a class=\"skip-link screen-reader-text\" href=\"#content\">Skip to content</a>"
                    + "<header id=\"masthead\" class=\"site-header\"><p class=\"site-title\"><a href=\"/\" rel=\"home\">%s</a></p>"
                    + "<nav id=\"site-navigation\" class=\"main-navigation\"><ul id=\"primary-menu\" class=\"menu\"><li><a href=\"/news\">News</a></li>"
                    + "<li><a href=\"/politics\">Politics</a></li><li><a href=\"/business\">Business</a></li></ul></nav></header>"
                    + "<div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\">"
                    + "<article id=\"post-4821\" class=\"post-4821 post type-post status-publish format-standard hentry category-news\">"
                    + "<header class=\"entry-header\">",
            "</header><div class=\"entry-content\">",
            "</div><footer class=\"entry-footer\"><span class=\"cat-links\">Posted in <a href=\"/news\">News</a></span>"
                    + "<span class=\"tags-links\">Tagged <a href=\"/t/city\">city</a>, <a href=\"/t/council\">council</a></span></footer></article>",
            "</main></div><aside id=\"secondary\" class=\"widget-area\"><section class=\"widget widget_recent_entries\">"
                    + "<h2 class=\"widget-title\">Recent Posts</h2><ul><li><a href=\"/a\">Market hall reopens after repairs</a></li>"
                    + "<li><a href=\"/b\">Cycle lanes planned for the ring road</a></li></ul></section></aside></div>"
                    + "<footer id=\"colophon\" class=\"site-footer\"><div class=\"site-info\">Proudly powered by WordPress</div></footer></div>",
            "");

    static final Template GHOST = new Template(
            "<div class=\"viewport\"><header id=\"gh-head\" class=\"gh-head outer\"><div class=\"gh-head-inner inner\">"
                    + "<a class=\"gh-head-logo\" href=\"/\">%s</a><nav class=\"gh-head-menu\"><ul class=\"nav\"><li class=\"nav-home\"><a href=\"/\">Home</a></li>"
                    + "<li class=\"nav-about\"><a href=\"/about/\">About</a></li></ul></nav><div class=\"gh-head-actions\"><a class=\"gh-head-button\" href=\"#/portal/signup\">Subscribe</a></div></div></header>"
                    + "<div class=\"site-content\"><main id=\"site-main\" class=\"site-main\"><article class=\"article post tag-news\">"
                    + "<header class=\"article-header gh-canvas\">",
            "</header><section class=\"gh-content gh-canvas\">",
            "</section></article>",
            "</main></div><footer class=\"site-footer outer\"><div class=\"inner\"><section class=\"copyright\"><a href=\"/\">%s</a> © 2024</section>"
                    + "<div class=\"gh-powered-by\"><a href=\"https://ghost.org/\">Powered by Ghost</a></div></div></footer></div>",
            "");

    static final Template DRUPAL = new Template(
            "<div class=\"dialog-off-canvas-main-canvas\"><div class=\"layout-container\"><header role=\"banner\" class=\"site-header\">"
                    + "<div class=\"region region-header\"><a href=\"/\" rel=\"home\" class=\"site-logo\">%s</a></div>"
                    + "<div class=\"region region-primary-menu\"><ul class=\"menu\"><li class=\"menu-item\"><a href=\"/news\">News</a></li>"
                    + "<li class=\"menu-item\"><a href=\"/events\">Events</a></li></ul></div></header>"
                    + "<main role=\"main\"><div class=\"region region-content\"><article role=\"article\" class=\"node node--type-article node--view-mode-full\">",
            "<div class=\"node__content\"><div class=\"clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item\">",
            "</div></div></article>",
            "</div></main><footer role=\"contentinfo\" class=\"site-footer\"><div class=\"region region-footer\"><p>© %s. All rights reserved.</p></div></footer></div></div>",
            "");

    static final Template ARC = new Template(
            "<div id=\"fusion-app\" class=\"layout-section\"><header class=\"nav-wrapper\"><div class=\"nav-logo\"><a href=\"/\">%s</a></div>"
                    + "<div class=\"nav-sections\"><a href=\"/world/\">World</a><a href=\"/business/\">Business</a><a href=\"/opinion/\">Opinion</a></div></header>"
                    + "<section class=\"main-content\"><article class=\"b-article\"><div class=\"b-article__header\">",
            "</div><div class=\"b-article-body article-body-wrapper\">",
            "</div></article>",
            "</section><footer class=\"b-footer\"><p class=\"b-footer__copyright\">Copyright © 2024 %s</p><a href=\"/terms\">Terms of Use</a></footer></div>",
            "c-paragraph");

    static final Template NEXT = new Template(
            "<div id=\"__next\"><div class=\"Layout_root__a1B2c\"><header class=\"Header_header__x9Y8z\"><a class=\"Header_logo__p0Q1r\" href=\"/\">%s</a>"
                    + "<ul class=\"Header_menu__k3L4m\"><li><a href=\"/latest\">Latest</a></li><li><a href=\"/tech\">Tech</a></li></ul></header>"
                    + "<main class=\"Layout_main__s5T6u\"><article class=\"Article_article__h7J8k\"><div class=\"Article_head__g9H0i\">",
            "</div><div class=\"ArticleBody_body__z8Y7x\">",
            "</div></article>",
            "</main><footer class=\"Footer_footer__w2E3r\"><p>© 2024 %s</p></footer></div></div>",
            "Paragraph_paragraph__3kL2m");

    static final Template PLAIN = new Template(
            "<div class=\"wrapper\"><div id=\"header\"><a href=\"/\" class=\"logo\">%s</a><ul class=\"menu\"><li><a href=\"/\">Home</a></li>"
                    + "<li><a href=\"/local\">Local</a></li><li><a href=\"/sport\">Sport</a></li></ul></div>"
                    + "<div class=\"container\"><div class=\"col-main\"><div class=\"article\">",
            "<div class=\"article-text\">",
            "</div></div>",
            "</div><div class=\"col-side\"><h3>Most read</h3><ol><li><a href=\"/x\">Fire at the old mill</a></li><li><a href=\"/y\">New head for the school</a></li></ol></div></div>"
                    + "<div id=\"footer\"><p>© %s 2024 · <a href=\"/imprint\">Imprint</a> · <a href=\"/privacy\">Privacy</a></p></div></div>",
            "");

    private final String lang;
    private final String site;
    private final Template t;
    private final StringBuilder head = new StringBuilder();
    private final StringBuilder top = new StringBuilder();
    private final StringBuilder headline = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder after = new StringBuilder();
    private final List<String> truth = new ArrayList<>();
    private String title;

    private BodyPage(String lang, String site, Template t) {
        this.lang = lang;
        this.site = site;
        this.t = t;
    }

    /** A page in a language ("en", "de", ...) from a site with this name, laid out by this template. */
    static BodyPage page(String lang, String site, Template t) {
        return new BodyPage(lang, site, t);
    }

    /** The headline (the page title and the h1) and the markup after it in the article head (byline, date). */
    BodyPage headline(String h1, String meta) {
        title = h1;
        headline.append("<h1>").append(h1).append("</h1>").append(meta);
        return this;
    }

    /** Raw markup in the head. */
    BodyPage head(String html) {
        head.append(html);
        return this;
    }

    /** Raw markup before the article (a cookie banner, a breaking-news bar). */
    BodyPage top(String html) {
        top.append(html);
        return this;
    }

    /** Body paragraphs, each a true body line. */
    BodyPage p(String... texts) {
        for (String s : texts) {
            body.append(t.pClass().isEmpty() ? "<p>" : "<p class=\"" + t.pClass() + "\">").append(s).append("</p>\n");
            truth.add(strip(s));
        }
        return this;
    }

    /** A subhead of the body. */
    BodyPage h2(String text) {
        body.append("<h2>").append(text).append("</h2>\n");
        truth.add(strip(text));
        return this;
    }

    /** A bullet list of the body, each item a body line. */
    BodyPage ul(String... items) {
        body.append("<ul>");
        for (String s : items) {
            body.append("<li>").append(s).append("</li>");
            truth.add(strip(s));
        }
        body.append("</ul>\n");
        return this;
    }

    /** Markup of the body whose body lines are the given ones (a table, a quote, a live entry). */
    BodyPage body(String html, String... lines) {
        body.append(html).append('\n');
        for (String s : lines) {
            truth.add(strip(s));
        }
        return this;
    }

    /** Markup inside the body that is not body (an insert, a box, an embed's chrome). */
    BodyPage noise(String html) {
        body.append(html).append('\n');
        return this;
    }

    /** Markup after the article (related stories, author box, comments). */
    BodyPage after(String html) {
        after.append(html).append('\n');
        return this;
    }

    /** The page, stated to have exactly the body lines written with {@link #p}, {@link #h2}, {@link #ul}, {@link #body}. */
    Case states(String id, String pattern) {
        return new Case(id, pattern, html(), List.copyOf(truth));
    }

    private static String strip(String html) {
        return org.jsoup.Jsoup.parseBodyFragment(html).text().strip().replaceAll("\\s+", " ");
    }

    String html() {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head>")
                .append("<meta charset=\"utf-8\"><title>").append(title).append(" | ").append(site).append("</title>")
                .append("<meta property=\"og:site_name\" content=\"").append(site).append("\">").append(head)
                .append("</head><body>\n").append(top).append('\n');
        b.append(t.open().replace("%s", site)).append(headline).append(t.bodyOpen()).append('\n').append(body)
                .append(t.bodyClose()).append('\n').append(after).append(t.close().replace("%s", site));
        return b.append("</body></html>\n").toString();
    }
}
