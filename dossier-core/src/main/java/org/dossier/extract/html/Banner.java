package org.dossier.extract.html;

import java.util.Locale;
import java.util.Set;
import org.dossier.rules.RuleFiles;
import org.jsoup.nodes.Element;

/**
 * The page's banner: the site header above every page of the site (a {@code <header>} or {@code role="banner"}
 * element outside the article and the main content, holding the site's navigation or its logo link, or an element
 * whose whole class name marks a masthead or top bar, {@code banner-class} in {@code date-meta.txt}), and no
 * headline of its own. A date shown there is the day the page was served ("Friday, March 22, 2024" over the
 * masthead), never the article's: use it to keep such dates from dating the page.
 */
final class Banner {
    private static final Set<String> CLASSES = Set.copyOf(
            RuleFiles.lists(Banner.class, "date-meta.txt").get("banner-class"));

    private Banner() {}

    /** Whether the element stands in the page's banner. */
    static boolean holds(Element e) {
        for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("article") || tag.equals("main")) {
                return false;
            }
            if (isBanner(p)) {
                return !inContent(p);
            }
        }
        return false;
    }

    private static boolean isBanner(Element p) {
        boolean marked = ElementSemantics.attr(p, "role").equalsIgnoreCase("banner") || byClass(p);
        boolean header = p.normalName().equals("header");
        if (!marked && !header) {
            return false;
        }
        for (Element h : p.getElementsByTag("h1")) {
            if (!logo(h)) {
                return false; // an entry header holding the headline
            }
        }
        return marked || !p.getElementsByTag("nav").isEmpty() || hasRootLink(p);
    }

    private static boolean byClass(Element p) {
        for (String c : ElementSemantics.attr(p, "class").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (CLASSES.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** An h1 that holds the site's logo link (a blog's name over its posts), no headline. */
    private static boolean logo(Element h1) {
        for (Element a : h1.getElementsByTag("a")) {
            if (PageIndex.isRootHref(ElementSemantics.attr(a, "href").strip())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRootLink(Element p) {
        for (Element a : p.getElementsByTag("a")) {
            if (PageIndex.isRootHref(ElementSemantics.attr(a, "href").strip())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the banner candidate itself lies inside an article or the main content. */
    private static boolean inContent(Element p) {
        for (Element a = p.parent(); a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("article") || tag.equals("main")) {
                return true;
            }
        }
        return false;
    }
}
