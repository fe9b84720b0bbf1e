package org.dossier.extract.html;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.rules.RuleFiles;
import org.jsoup.nodes.Element;

/**
 * Tag and class/id semantics for HTML body extraction, read from {@code html-semantics.txt}
 * so the rules stay data apart from the code that applies them.
 */
final class ElementSemantics {
    private static final ElementSemantics INSTANCE =
            new ElementSemantics(RuleFiles.lists(ElementSemantics.class, "html-semantics.txt"));

    final Set<String> dropTags;
    final Set<String> blockTags;
    final Set<String> paragraphTags;
    final Set<String> headingTags;
    final Set<String> chromeTags;
    /** Tags whose bodies are cut before parsing, in file order. */
    final List<String> rawTextTags;
    /** Block owners that hold table or list cells. */
    final Set<String> cellTags;
    /** Classes of a byline element, in file order. */
    final List<String> authorClasses;
    /** Path segments of links to an author's page ("author", "autor", "auteur"). */
    final List<String> authorPaths;
    /** Link handles of profiles ("/@"), which name an author ({@code author-handle}). */
    final List<String> authorHandles;
    /** Ends of a compound class that, right after a byline word, still name the byline's box ("byline-content"). */
    final Set<String> authorClassEnds;
    /** Last words of a compound class naming the element of a byline's name ("author-box__name", "…__nombre"). */
    final Set<String> authorNameEnds;
    private final Set<String> negativeWords;
    private final Set<String> positiveWords;
    private final Set<String> siteNameWords;
    private final Set<String> homeWords;
    private static final int MAX_CACHE = 50_000;
    private final java.util.Map<String, Profile> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private ElementSemantics(Map<String, List<String>> p) {
        dropTags = Set.copyOf(p.get("drop-tag"));
        blockTags = Set.copyOf(p.get("block-tag"));
        paragraphTags = Set.copyOf(p.get("paragraph-tag"));
        headingTags = Set.copyOf(p.get("heading-tag"));
        chromeTags = Set.copyOf(p.get("chrome-tag"));
        rawTextTags = p.get("raw-text-tag");
        cellTags = Set.copyOf(p.get("cell-tag"));
        authorClasses = p.get("author-class");
        authorPaths = p.get("author-path");
        authorHandles = p.get("author-handle");
        authorClassEnds = Set.copyOf(p.get("author-class-end"));
        authorNameEnds = Set.copyOf(p.get("author-name-end"));
        negativeWords = Set.copyOf(p.get("negative-word"));
        positiveWords = Set.copyOf(p.get("positive-word"));
        siteNameWords = Set.copyOf(p.get("sitename-word"));
        homeWords = Set.copyOf(p.get("home-word"));
    }

    static ElementSemantics get() {
        return INSTANCE;
    }

    /** What an element's class and id say: net weight (+1 per positive, -1 per negative name), site-name mark. */
    record Profile(int weight, boolean siteName) {}

    /**
     * The profile of the element last asked about: visitors of one traversal share one, so that an element's
     * class and id are read once however many of them ask.
     */
    static final class Memo {
        private Element last;
        private Profile profile;

        Profile of(Element e) {
            if (e != last) {
                profile = INSTANCE.profile(e);
                last = e;
            }
            return profile;
        }
    }

    private static final Profile NONE = new Profile(0, false);

    /** Net class/id weight of an element: each positive word +1, each negative word -1. */
    int classWeight(Element e) {
        return profile(e).weight();
    }

    /**
     * The element's class/id profile: the class text's and the id's, each computed once per distinct text, added
     * (weights summed, site-name marks joined), as {@link #weigh} of the two texts together gives.
     */
    Profile profile(Element e) {
        if (e.attributesSize() == 0) {
            return NONE;
        }
        String cls = attr(e, "class").trim();
        String id = attr(e, "id");
        if (id.isEmpty()) {
            return cls.isEmpty() ? NONE : cached(cls);
        }
        if (cls.isEmpty()) {
            return cached(id);
        }
        Profile a = cached(cls);
        Profile b = cached(id);
        return b == NONE ? a : a == NONE ? b : new Profile(a.weight() + b.weight(), a.siteName() || b.siteName());
    }

    private Profile cached(String names) {
        Profile p = cache.get(names);
        if (p == null) {
            p = weigh(names);
            p = p.weight() == 0 && !p.siteName() ? NONE : p;
            if (cache.size() < MAX_CACHE) {
                cache.put(names, p);
            }
        }
        return p;
    }

    private Profile weigh(String names) {
        int w = 0;
        boolean site = false;
        for (String name : names.split("\\s+")) {
            if (name.isEmpty()) {
                continue;
            }
            String whole = name.toLowerCase();
            boolean pos = positiveWords.contains(whole);
            boolean neg = negativeWords.contains(whole);
            site |= siteNameWords.contains(whole);
            for (String token : tokens(name)) {
                pos |= positiveWords.contains(token);
                neg |= negativeWords.contains(token);
                site |= siteNameWords.contains(token);
            }
            w += (pos ? 1 : 0) - (neg ? 1 : 0);
        }
        return new Profile(w, site);
    }

    /**
     * An attribute's value, "" if absent. The HTML parser lower-cases attribute names, so an exact lookup
     * does what jsoup's case-insensitive {@code attr} does, without comparing names case-insensitively.
     */
    static String attr(Element e, String key) {
        return e.attributesSize() == 0 ? "" : e.attributes().get(key);
    }

    /** An element that never holds article text: a dropped tag, or hidden (attribute, aria or inline style). */
    boolean isNonContent(Element e) {
        if (dropTags.contains(e.normalName())) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.attributes().hasKey("hidden")
                || "true".equals(attr(e, "aria-hidden")) && e.childrenSize() > 0
                && !e.normalName().equals("span")) {
            return true;
        }
        String style = attr(e, "style");
        return !style.isEmpty() && hidesDisplay(style);
    }

    /** Whether an inline style says "display: none" (spaces and case aside). */
    static boolean hidesDisplay(String style) {
        for (int i = indexOfIgnoreCase(style, "display", 0); i >= 0; i = indexOfIgnoreCase(style, "display", i + 1)) {
            int k = skipSpaces(style, i + "display".length());
            if (k < style.length() && style.charAt(k) == ':'
                    && style.regionMatches(true, skipSpaces(style, k + 1), "none", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfIgnoreCase(String s, String word, int from) {
        for (int i = from; i + word.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Whether a link text is a generic "home" label rather than a site name. */
    boolean isHomeWord(String text) {
        return homeWords.contains(text.strip().toLowerCase());
    }

    /** Splits a class name on '-', '_' and camelCase humps, lower-cased. */
    static String[] tokens(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1))) {
                sb.append(' ');
            }
            sb.append(c == '-' || c == '_' || c == ':' || c == '.' ? ' ' : Character.toLowerCase(c));
        }
        return sb.toString().trim().split(" +");
    }
}
