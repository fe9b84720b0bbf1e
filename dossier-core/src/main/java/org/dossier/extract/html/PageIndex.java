package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.extract.lines.LineShape;
import org.dossier.extract.lines.TextForms;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The metadata-bearing elements of a page gathered in one traversal: meta tags (by property, name and
 * itemprop), JSON-LD scripts, time and datePublished elements, description list terms and table header cells, title, first h1, canonical link, byline elements.
 */
final class PageIndex implements NodeVisitor {
    private static final int MAX_AUTHOR_ELEMENTS = 3;
    /** A link path segment naming an author's page, then the author's own segment ("/author/grace-okafor"). */
    private static final java.util.regex.Pattern AUTHOR_PATH = java.util.regex.Pattern.compile("(?i)/(?:"
            + String.join("|", ElementSemantics.get().authorPaths)
            + ")/(?:\\d+/)?[\\p{L}\\d]+(?:[-_.][\\p{L}\\d]+)+/?$"); // a numeric id may stand before the slug
    /**
     * A link to a profile by its handle ("/@daraquill", "https://x.test/@nia": {@code author-handle} in
     * {@code html-semantics.txt}); it names an author only with a text of two words or more.
     */
    private static final java.util.regex.Pattern AUTHOR_HANDLE = java.util.regex.Pattern.compile(
            "(?i)^(?:https?://[^/]+)?/(?:" + String.join("|", ElementSemantics.get().authorHandles)
                    + ")[\\p{L}\\d._-]{2,40}/?$");
    /** Compound byline elements: a byline line and each of its names' own elements ("c-byline", three names). */
    private static final int MAX_COMPOUND_AUTHOR_ELEMENTS = 6;
    private static final int MAX_H1 = 10;
    /** A site name is this many words at most. */
    static final int MAX_SITE_WORDS = 6;
    private static final int MAX_SITE_CANDIDATES = 5;
    /** Classes of a byline element: the class attribute must contain one and the element have one of them. */
    static final List<String> AUTHOR_CLASSES = ElementSemantics.get().authorClasses;
    /**
     * The byline classes that hold no other one ("autor", not "autorin"): a class attribute contains one of
     * {@link #AUTHOR_CLASSES} exactly when it contains one of these, so the cheap test before the class lookup
     * runs fewer searches over every element's class.
     */
    private static final List<String> AUTHOR_CLASS_CORES = cores(AUTHOR_CLASSES);
    /** Ends of a compound class that, right after a byline word, still name the byline's box ("byline-content"). */
    static final java.util.Set<String> AUTHOR_CLASS_ENDS = ElementSemantics.get().authorClassEnds;

    final Map<String, String> metas = new HashMap<>();
    final List<String> jsonLd = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> datePublished = new ArrayList<>();
    /**
     * The terms of description lists ({@code <dt>Published</dt><dd>14 March 2024</dd>}) and the header cells of
     * tables' rows ({@code <th>Veröffentlicht</th><td>…</td>}), the first few.
     */
    final List<Element> dateTerms = new ArrayList<>();
    private static final int MAX_DATE_TERMS = 12;
    final List<Element> authorElements = new ArrayList<>();
    /** Links to an author's page ("/author/grace-okafor/", {@code author-path}), read when no byline names anyone. */
    final List<Element> authorLinks = new ArrayList<>();
    /**
     * Elements whose compound class names a byline ("article-byline", "author-box__name"), read only when the
     * byline elements name no one.
     */
    final List<Element> compoundAuthorElements = new ArrayList<>();
    /** Icons that stand for a person ({@link PersonIcons}), read only when nothing else names the author. */
    final List<Element> personIcons = new ArrayList<>();
    /** Meta lines of the page ({@link MetaLines}), read only when nothing else names the author. */
    final List<Element> metaLines = new ArrayList<>();
    String title;
    Element h1;
    final List<Element> h1s = new ArrayList<>();
    /** Text of the site's logo element or of the first link to the site's root, or null. */
    String siteLink;
    private int siteCandidates;
    String canonical;
    /** The text of the last link of the page's first breadcrumb trail, or null: it names the page's section. */
    String breadcrumbLast;
    private static final List<String> BREADCRUMB_CLASSES = org.dossier.rules.RuleFiles.lists(PageIndex.class,
            "date-meta.txt").get("breadcrumb-class");

    private final ElementSemantics.Memo profiles;

    PageIndex(ElementSemantics.Memo profiles) {
        this.profiles = profiles;
    }

    static PageIndex of(Document doc) {
        PageIndex index = new PageIndex(new ElementSemantics.Memo());
        NodeTraversor.traverse(index, doc);
        return index;
    }

    String meta(String key) {
        return metas.get(key.toLowerCase(Locale.ROOT));
    }

    @Override
    public void head(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return;
        }
        switch (e.normalName()) {
            case "meta" -> addMeta(e);
            case "script" -> {
                if (ElementSemantics.attr(e, "type").contains("ld+json")) {
                    jsonLd.add(e.data());
                }
            }
            case "time", "amp-timeago" -> times.add(e);
            case "dt", "th" -> {
                if (dateTerms.size() < MAX_DATE_TERMS) {
                    dateTerms.add(e);
                }
            }
            case "title" -> title = title == null ? e.text() : title;
            case "h1" -> {
                h1 = h1 == null ? e : h1;
                if (h1s.size() < MAX_H1) {
                    h1s.add(e);
                }
            }
            case "a" -> {
                String href = ElementSemantics.attr(e, "href").strip();
                if (siteLink == null && siteCandidates < MAX_SITE_CANDIDATES && isRootHref(href)) {
                    siteCandidate(e);
                }
                if (authorLinks.size() < MAX_AUTHOR_ELEMENTS && (AUTHOR_PATH.matcher(href).find()
                        || AUTHOR_HANDLE.matcher(href).matches() && LineShape.words(e.text()) >= 2)) {
                    authorLinks.add(e);
                }
            }
            case "link" -> {
                if (canonical == null && ElementSemantics.attr(e, "rel").equalsIgnoreCase("canonical")) {
                    canonical = ElementSemantics.attr(e, "href").strip();
                }
            }
            default -> {
                if (MachineTimes.of(e) != null) {
                    times.add(e); // a relative "2 hours ago" over its data-datetime
                }
            }
        }
        if (e.attributesSize() == 0) {
            return;
        }
        if (siteLink == null && siteCandidates < MAX_SITE_CANDIDATES && profiles.of(e).siteName()) {
            siteCandidate(e);
        }
        if (breadcrumbLast == null && isBreadcrumb(e)) {
            var links = e.getElementsByTag("a");
            breadcrumbLast = links.isEmpty() ? null : links.last().text();
        }
        String itemprop = ElementSemantics.attr(e, "itemprop");
        if (itemprop.isEmpty() && !"meta".equals(e.normalName())) {
            itemprop = rdfaProperty(ElementSemantics.attr(e, "property")); // RDFa Lite: property="datePublished"
        }
        if (itemprop.equals("datePublished")) {
            datePublished.add(e);
        }
        // the cheap test before the class lookups, run once for both kinds of byline element
        String cls = ElementSemantics.attr(e, "class");
        boolean authorClass = containsAny(cls, AUTHOR_CLASS_CORES);
        if (metaLines.size() < MAX_AUTHOR_ELEMENTS && MetaLines.is(cls)) {
            metaLines.add(e);
        }
        if (personIcons.size() < MAX_AUTHOR_ELEMENTS && PersonIcons.is(e, cls)) {
            personIcons.add(e);
        }
        if (authorElements.size() < MAX_AUTHOR_ELEMENTS && isAuthorElement(e, itemprop, authorClass)) {
            authorElements.add(e);
        } else if ((authorClass || cls.indexOf("__") > 0 || CompoundClasses.hasUpperCase(cls))
                && compoundAuthorElements.size() < MAX_COMPOUND_AUTHOR_ELEMENTS
                && isCompoundAuthorElement(e)) { // CSS-module and CSS-in-JS classes: cores tested in lower case
            compoundAuthorElements.add(e);
        }
    }

    /** An element whose class, ARIA label or microdata type names a breadcrumb trail ({@code breadcrumb-class}). */
    private static boolean isBreadcrumb(Element e) {
        String tag = e.normalName();
        if (!tag.equals("nav") && !tag.equals("ol") && !tag.equals("ul") && !tag.equals("div")) {
            return false;
        }
        String names = (ElementSemantics.attr(e, "class") + " " + ElementSemantics.attr(e, "aria-label") + " "
                + ElementSemantics.attr(e, "itemtype")).toLowerCase(Locale.ROOT);
        return names.length() > 2 && containsAny(names, BREADCRUMB_CLASSES);
    }

    /** A link to a site's root: "/", "./" or a scheme and host with at most a trailing slash. */
    static boolean isRootHref(String href) {
        if (href.equals("/") || href.equals("./")) {
            return true;
        }
        int host;
        if (href.regionMatches(true, 0, "http://", 0, 7)) {
            host = 7;
        } else if (href.regionMatches(true, 0, "https://", 0, 8)) {
            host = 8;
        } else {
            return false;
        }
        int end = href.endsWith("/") ? href.length() - 1 : href.length();
        if (end <= host) {
            return false;
        }
        for (int i = host; i < end; i++) {
            char c = href.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return false;
            }
        }
        return true;
    }

    /** Takes the element's text (or its image's alt text) as the site name if it is short and not "Home". */
    private void siteCandidate(Element e) {
        if (siteLink != null || siteCandidates >= MAX_SITE_CANDIDATES) {
            return;
        }
        siteCandidates++;
        String text = TextForms.normalize(e.text());
        if (text.isEmpty()) {
            Element img = e.selectFirst("img[alt]");
            text = img == null ? "" : TextForms.normalize(img.attr("alt"));
        }
        int words = LineShape.words(text);
        if (words >= 1 && words <= MAX_SITE_WORDS && !ElementSemantics.get().isHomeWord(text)) {
            siteLink = text;
        }
    }

    /**
     * The schema.org term an RDFa {@code property} names ("datePublished", "schema:author" → "author"); the
     * attribute itself when it has no such prefix. Only body elements: a meta tag's property is Open Graph's.
     */
    static String rdfaProperty(String property) {
        if (property.startsWith("schema:")) {
            return property.substring("schema:".length());
        }
        int slash = property.lastIndexOf('/');
        return slash >= 0 && property.contains("schema.org") ? property.substring(slash + 1) : property;
    }

    /** An element a byline's itemprop, rel or class marks (the class test as the visitor runs it). */
    static boolean isAuthorElement(Element e, String itemprop) {
        return isAuthorElement(e, itemprop, containsAny(ElementSemantics.attr(e, "class"), AUTHOR_CLASS_CORES));
    }

    /** {@code authorClass}: whether the class attribute contains one of {@link #AUTHOR_CLASS_CORES}. */
    private static boolean isAuthorElement(Element e, String itemprop, boolean authorClass) {
        if (itemprop.equals("author") || ElementSemantics.attr(e, "rel").equals("author")) {
            return true;
        }
        if (BylineElements.submittedName(e)) {
            return true;
        }
        if (!authorClass) {
            return false;
        }
        for (String c : AUTHOR_CLASSES) {
            if (e.hasClass(c)) {
                return true;
            }
        }
        return false;
    }

    /** The words of {@code words} that contain no other word of it (in their order; a repeated word once). */
    static List<String> cores(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            boolean holdsAnother = false;
            for (String other : words) {
                holdsAnother |= !other.equals(w) && w.contains(other);
            }
            if (!holdsAnother && !out.contains(w)) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    /**
     * An element whose compound class names a byline ({@link CompoundClasses#isAuthorClassName}), not the page's
     * body; a CSS-module class ("ArticleByline_root__x1y2z", {@link CompoundClasses#cssModuleName}) by its
     * component's name, a CSS-in-JS class by the label it ends with ({@link CompoundClasses#componentLabel}).
     */
    private static boolean isCompoundAuthorElement(Element e) {
        if (e.normalName().equals("body") || e.normalName().equals("html")) {
            return false;
        }
        String cls = ElementSemantics.attr(e, "class");
        boolean cased = CompoundClasses.hasUpperCase(cls);
        boolean module = cls.indexOf("__") > 0 && cased;
        if (!containsAny(cased ? cls.toLowerCase(Locale.ROOT) : cls, AUTHOR_CLASS_CORES)) {
            return false;
        }
        for (String c : e.classNames()) {
            String name = module ? CompoundClasses.cssModuleName(c) : null;
            if (CompoundClasses.isAuthorClassName(name != null ? name : c.toLowerCase(Locale.ROOT))) {
                return true;
            }
            String label = module ? null : CompoundClasses.componentLabel(c);
            if (label != null && CompoundClasses.isAuthorClassName(label)) {
                return true; // "ssrcss-68pt20-Text-TextContributorName"
            }
            String local = name == null ? null : CompoundClasses.cssModuleLocalName(c);
            if (local != null && CompoundClasses.isAuthorClassName(name + "-" + local)) {
                return true; // "ArticleMeta_authors__k3J9q"
            }
        }
        return false;
    }

    private static boolean containsAny(String s, List<String> parts) {
        for (String p : parts) {
            if (s.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private void addMeta(Element m) {
        String content = ElementSemantics.attr(m, "content").strip();
        if (content.isEmpty()) {
            return;
        }
        for (String attr : new String[] {"property", "name", "itemprop"}) {
            String k = ElementSemantics.attr(m, attr).strip().toLowerCase(Locale.ROOT);
            if (!k.isEmpty()) {
                metas.putIfAbsent(k, content);
            }
        }
    }
}
