package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.extract.credits.AuthorNames;
import org.dossier.extract.lines.LineShape;
import org.dossier.extract.lines.TextForms;
import org.jsoup.nodes.Element;

/**
 * The names a page's byline elements give ({@link PageIndex}'s byline classes, compound byline classes, links to
 * authors' pages, icons that stand for a person), read by {@link HtmlMetadata} when no source declares an author,
 * and the names one byline links one by one, which may name more people than the declared source does; and whether
 * a user link stands in a node's submitted line (Drupal's author).
 */
final class BylineElements {
    /** A user link's class ({@code submitted-name-class}) that names the author inside a submitted line. */
    /** The last path segment of a link to an author's page, two to five parts of lower-case letters. */
    private static final Pattern SLUG = Pattern.compile("/(\\p{Ll}+(?:-\\p{Ll}+){1,4})/?$");
    private static final List<String> SUBMITTED_NAME_CLASSES = org.dossier.rules.RuleFiles.lists(BylineElements.class,
            "html-semantics.txt").get("submitted-name-class");
    /** Classes of a node's submitted line ("Submitted by A on …", {@code submitted-class}). */
    private static final List<String> SUBMITTED_CLASSES = org.dossier.rules.RuleFiles.lists(BylineElements.class,
            "html-semantics.txt").get("submitted-class");
    /** A link's first path segment ("author" of "https://x.test/author/jo-li/"), or "" for a link with none. */
    private static final Pattern FIRST_SEGMENT = Pattern.compile("^(?:https?://[^/]+)?/?([^/?#]*)(?:[/?#].*)?$|^.*$");

    private BylineElements() {
    }

    /**
     * A user link inside a node's submitted line (Drupal's {@code <a class="username">} in
     * {@code <div class="node__submitted">}): the node's author, where a user link elsewhere may be a reader's.
     */
    static boolean submittedName(Element e) {
        String cls = ElementSemantics.attr(e, "class");
        if (!SUBMITTED_NAME_CLASSES.stream().anyMatch(cls::contains)) {
            return false;
        }
        boolean named = false;
        for (String c : SUBMITTED_NAME_CLASSES) {
            named |= e.hasClass(c);
        }
        for (Element p = e.parent(); named && p != null && !p.normalName().equals("body"); p = p.parent()) {
            for (String c : SUBMITTED_CLASSES) {
                if (p.hasClass(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The names one byline element links one by one (two or more, to pages under one path: "/author/…"), outside
     * other stories' containers; or none.
     */
    static List<String> linkedInOne(PageIndex doc) {
        List<Element> all = new ArrayList<>(doc.authorElements);
        all.addAll(doc.compoundAuthorElements);
        for (Element e : all) {
            if (HtmlMetadata.elsewhere(e)) {
                continue;
            }
            List<String> names = new ArrayList<>();
            Set<String> sections = new java.util.HashSet<>();
            for (Element a : e.getElementsByTag("a")) {
                String t = TextForms.normalize(a.text());
                if (LineShape.words(t) >= 2) {
                    names.add(t);
                    sections.add(FIRST_SEGMENT.matcher(a.attr("href")).replaceFirst("$1"));
                }
            }
            List<String> clean = names.size() >= 2 && sections.size() == 1 && !sections.contains("")
                    ? AuthorNames.clean(names) : List.of();
            if (clean.size() >= 2) {
                return clean;
            }
        }
        return List.of();
    }

    /**
     * {@code more} where it names everyone {@code declared} names and others besides (a source that names only the
     * first of two authors; with {@code inOrder}, the declared ones first), or where {@code declared} names no one;
     * else {@code declared}.
     */
    static List<String> widened(List<String> declared, List<String> more, boolean inOrder) {
        if (declared.isEmpty()) {
            return more;
        }
        if (more.size() <= declared.size()) {
            return declared;
        }
        List<String> all = new ArrayList<>();
        more.forEach(n -> all.add(n.toLowerCase(java.util.Locale.ROOT)));
        for (int i = 0; i < declared.size(); i++) {
            int at = all.indexOf(declared.get(i).toLowerCase(java.util.Locale.ROOT));
            if (at < 0 || inOrder && at != i) {
                return declared;
            }
        }
        return more;
    }

    /**
     * The names of the byline elements: the plain byline classes', else the compound ones', else their parts', else
     * those of links to authors' pages, else the texts after icons that stand for a person.
     */
    static List<String> names(PageIndex doc) {
        List<Element> own = own(doc.authorElements);
        Set<String> plain = new LinkedHashSet<>();
        for (Element e : own) {
            plain.addAll(texts(e));
        }
        List<String> found = withoutExtended(withoutParts(AuthorNames.clean(plain)));
        if (found.isEmpty()) {
            Set<String> raw = new LinkedHashSet<>();
            List<Element> compound = own(doc.compoundAuthorElements);
            for (Element e : compound) {
                if (!holdsAnother(e, compound)) { // the names' own elements, not their line
                    raw.addAll(texts(e));
                }
            }
            found = AuthorNames.clean(raw);
        }
        for (int i = 0; found.isEmpty() && i < own.size(); i++) {
            // a byline whose name and role sit in elements of their own ("By Jane Doe" "Business reporter")
            Set<String> parts = new LinkedHashSet<>();
            for (Element child : own.get(i).children()) {
                parts.add(child.text());
            }
            found = AuthorNames.clean(parts);
        }
        if (found.isEmpty()) {
            // links to authors' pages in a line no class names a byline ("<a href=/author/grace-okafor/>")
            Set<String> linked = new LinkedHashSet<>();
            for (Element a : own(doc.authorLinks)) {
                String text = TextForms.normalize(a.text());
                linked.add(text.isEmpty() ? slugName(a.attr("href")) : text); // an avatar: the name in its slug
            }
            found = AuthorNames.clean(linked);
        }
        if (found.isEmpty()) {
            // a name after an icon that stands for a person ("<i class=fa-user></i> Jonas Kessler"), no byline word
            Set<String> named = new LinkedHashSet<>();
            for (Element icon : doc.personIcons) {
                String name = HtmlMetadata.elsewhere(icon) ? null : PersonIcons.nameAfter(icon);
                if (name != null) {
                    named.add(name);
                }
            }
            found = AuthorNames.clean(named);
        }
        for (int i = 0; found.isEmpty() && i < doc.metaLines.size(); i++) {
            // a meta line whose items are a date, counts and one name ("February 11, 2024 · 4 min · Orla Finch")
            Element line = doc.metaLines.get(i);
            String name = HtmlMetadata.elsewhere(line) ? null : MetaLines.person(line);
            found = name == null ? found : List.of(name);
        }
        return found;
    }

    /**
     * The text of a byline element, or the texts of its links when it links two or more names one by one (a
     * Ghost "author-list": "Jo Alvarez" "Sam Okafor", whose joined text would read as one name), or the content of
     * its microdata name tag when it shows no text.
     */
    private static List<String> texts(Element e) {
        List<String> links = new ArrayList<>();
        for (Element a : e.getElementsByTag("a")) {
            String t = TextForms.normalize(a.text());
            if (LineShape.words(t) >= 2) {
                links.add(t);
            }
        }
        if (links.size() >= 2) {
            return links;
        }
        if (e.text().isBlank()) {
            // a microdata Person that names its writer only in a meta tag (<meta itemprop="name" content="…">)
            Element name = e.selectFirst("meta[itemprop=name]");
            return name == null ? List.of() : List.of(name.attr("content"));
        }
        return List.of(BylineText.of(e)); // glued names parted ("Ana RuizLuis Pardo" is two people)
    }

    /**
     * The byline elements outside other stories' containers (a "More news" teaser's byline, a related list's), when
     * any is; else those not inside a container named for other stories or readers (a footer's byline stays).
     */
    private static List<Element> own(List<Element> elements) {
        List<Element> out = new ArrayList<>();
        for (Element e : elements) {
            if (!HtmlMetadata.elsewhere(e)) {
                out.add(e);
            }
        }
        if (out.isEmpty()) {
            for (Element e : elements) {
                if (!HtmlMetadata.elsewhereByName(e)) {
                    out.add(e); // an article's own byline in a <footer> or <aside>, but not a related story's
                }
            }
        }
        return out;
    }

    /**
     * The names without a one-word name that is a word of another one: a byline's name read whole and its parts'
     * own elements ("Ana Ruiz" and the "Ana" and "Ruiz" spans it is made of) are one person.
     */
    /**
     * The names without those that are another of them and more words (a byline box's text "Ana Ruiz Burgos" around
     * the name's own element "Ana Ruiz" and a place in an element of its own).
     */
    static List<String> withoutExtended(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            boolean extended = false;
            for (String other : names) {
                extended |= n.startsWith(other + " ");
            }
            if (!extended) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * The name a link to an author's page spells in its slug ("/author/meera-saltonstall/" is Meera Saltonstall):
     * two to five parts of letters only ({@link AuthorNames#fromSlug}); empty for any other.
     */
    static String slugName(String href) {
        java.util.regex.Matcher m = SLUG.matcher(href);
        if (!m.find()) {
            return "";
        }
        return AuthorNames.fromSlug(m.group(1));
    }

    static List<String> withoutParts(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            boolean part = false;
            for (String other : names) {
                part |= n.indexOf(' ') < 0 && other.indexOf(' ') > 0
                        && java.util.Arrays.asList(other.split(" ")).contains(n);
            }
            if (!part) {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean holdsAnother(Element e, List<Element> all) {
        for (Element o : all) {
            if (o != e && o.parents().contains(e)) {
                return true;
            }
        }
        return false;
    }

}
