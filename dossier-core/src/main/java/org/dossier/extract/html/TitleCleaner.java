package org.dossier.extract.html;

import java.util.regex.Pattern;
import org.dossier.extract.lines.LineShape;
import org.dossier.extract.lines.TextForms;

/**
 * Removes a site-name suffix or prefix (" | Site", " - Site", "Site: ") from a page title, with a one-word section
 * before the headline when the site's name followed it ("Politics - Headline - Site"), and the ticker marks of a
 * live page ("+++ Headline +++").
 */
final class TitleCleaner {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u00b7\u2022:-]{1,2}\\s+");
    private static final int MAX_SITE_WORDS = 5;
    /** A kicker before a colon is this many words at most. */
    private static final int MAX_KICKER_WORDS = 3;
    /** A section before a headline is separated by a bar or a dash (not a colon, which joins a kicker). */
    private static final Pattern SECTION = Pattern.compile("\\s+[|\u2013\u2014\u00b7-]\\s+");
    private static final int MIN_HEADLINE_WORDS = 3;
    /** A section after a headline is set off by a bar, a dot or an em dash ("Headline | Business | Site"). */
    private static final Pattern SECTION_TAIL = Pattern.compile("\\s+[|\u00b7\u2014]\\s+");
    private static final java.util.Set<String> GENRES = org.dossier.rules.RuleFiles.words(TitleCleaner.class,
            "title-genres.txt");
    private static final Pattern GENRE_SEPARATOR = Pattern.compile("\\s*[|:\u2013\u2014]\\s+|\\s+-\\s+");
    private static final Pattern TICKER_MARKS = Pattern.compile("^\\s*\\+{2,}\\s*|\\s*\\+{2,}\\s*$");
    /** The separators after a site's name, with "Site: Title" as well. */
    private static final Pattern HOST_SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u00b7\u2022:-]{1,2}\\s+|:\\s+");

    private TitleCleaner() {
    }

    static String clean(String title, String site) {
        if (title == null) {
            return null;
        }
        String t = TextForms.normalize(title);
        if (site != null && t.length() > site.length() + 2 && t.regionMatches(true, 0, site, 0, site.length())
                && t.charAt(site.length()) == ':' && Character.isWhitespace(t.charAt(site.length() + 1))) {
            return t.substring(site.length() + 1).strip(); // "Site: Title", the colon against the name
        }
        Separators sep = Separators.in(SEPARATOR, t);
        if (sep == null) {
            return t;
        }
        int firstStart = sep.firstStart(), firstEnd = sep.firstEnd(), lastStart = sep.lastStart(), lastEnd = sep.lastEnd();
        String suffix = t.substring(lastEnd);
        String prefix = t.substring(0, firstStart);
        if (site != null && same(suffix, site) || site == null && isSiteLike(suffix, t.substring(0, lastStart))) {
            return withoutSection(withoutSectionTail(t.substring(0, lastStart).strip()));
        }
        if (site != null && same(prefix, site)) {
            return t.substring(firstEnd).strip();
        }
        return t;
    }

    /**
     * The title without a first or last part that spells the page's host ("Northern Gazette: …" on
     * northerngazette.example, "… | Cleveland.com" on cleveland.com): equal to the host or one of its names
     * (labels before the top-level domain, hyphens dropped) once reduced to letters and digits.
     */
    static String cleanByHost(String title, String host) {
        if (title == null || host == null || host.isBlank()) {
            return title;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        String h = host.toLowerCase(java.util.Locale.ROOT);
        h = h.startsWith("www.") ? h.substring(4) : h;
        names.add(TextForms.simplify(h));
        String[] labels = h.split("\\.");
        for (int i = 0; i < labels.length - 1; i++) {
            if (labels[i].length() >= 3) {
                names.add(TextForms.simplify(labels[i]));
            }
        }
        String t = TextForms.normalize(title);
        Separators sep = Separators.in(HOST_SEPARATOR, t);
        if (sep == null) {
            return t;
        }
        int firstStart = sep.firstStart(), firstEnd = sep.firstEnd(), lastStart = sep.lastStart(), lastEnd = sep.lastEnd();
        if (names.contains(TextForms.simplify(t.substring(lastEnd)))
                && LineShape.words(t.substring(0, lastStart)) >= 2) {
            return t.substring(0, lastStart).strip();
        }
        if (names.contains(TextForms.simplify(t.substring(0, firstStart)))
                && LineShape.words(t.substring(firstEnd)) >= 2) {
            return t.substring(firstEnd).strip();
        }
        return t;
    }

    /**
     * "Headline | Section" (what is left of "Headline | Section | Site"): the headline, when the section after the
     * last bar, dot or em dash is one or two words and the headline has at least {@value #MIN_HEADLINE_WORDS}.
     */
    private static String withoutSectionTail(String rest) {
        var m = SECTION_TAIL.matcher(rest);
        int start = -1;
        int end = -1;
        while (m.find()) {
            start = m.start();
            end = m.end();
        }
        if (start > 0 && LineShape.words(rest.substring(end)) <= 2
                && LineShape.words(rest.substring(0, start)) >= MIN_HEADLINE_WORDS) {
            return rest.substring(0, start).strip();
        }
        return rest;
    }

    /** "Section - Headline" (what is left of "Section - Headline - Site"): the headline, when the section is one word. */
    private static String withoutSection(String rest) {
        var m = SECTION.matcher(rest);
        if (m.find() && LineShape.words(rest.substring(0, m.start())) == 1
                && LineShape.words(rest.substring(m.end())) >= MIN_HEADLINE_WORDS) {
            return rest.substring(m.end()).strip();
        }
        return rest;
    }

    /**
     * The title without a genre label before its first bar, colon or dash ("Kommentar | Die Rente braucht mehr Mut",
     * "Opinion: Why the bridge matters"; {@code title-genres.txt}), when at least two words follow.
     */
    static String withoutGenre(String title) {
        if (title == null) {
            return null;
        }
        var m = GENRE_SEPARATOR.matcher(title);
        if (m.find() && GENRES.contains(title.substring(0, m.start()).strip().toLowerCase(java.util.Locale.ROOT))
                && LineShape.words(title.substring(m.end())) >= 2) {
            return title.substring(m.end()).strip();
        }
        return title;
    }

    /**
     * The title without a kicker written as plain text before a colon when the page names that kicker as its
     * section or one of its keywords ("Energiekrise: Stadtwerke erhöhen die Preise" with the section
     * "Energiekrise"). "Harmon: We will respond" keeps its speaker, whom no section or keyword names.
     */
    static String withoutNamedKicker(String title, java.util.Collection<String> sections) {
        if (title == null || sections.isEmpty()) {
            return title;
        }
        int colon = title.indexOf(": ");
        if (colon <= 0) {
            return title;
        }
        String kicker = title.substring(0, colon).strip();
        String rest = title.substring(colon + 2).strip();
        if (LineShape.words(kicker) > MAX_KICKER_WORDS || LineShape.words(rest) < 2 || rest.isEmpty()
                || !Character.isUpperCase(rest.codePointAt(0))) {
            return title;
        }
        String k = TextForms.simplify(kicker);
        for (String s : sections) {
            if (!k.isEmpty() && k.equals(TextForms.simplify(s))) {
                return rest;
            }
        }
        return title;
    }

    /** The title without the ticker marks a live page sets around it ("+++ Pegel steigt weiter +++"). */
    static String withoutTickerMarks(String title) {
        if (title == null || title.indexOf("++") < 0) {
            return title;
        }
        String t = TICKER_MARKS.matcher(title).replaceAll("").strip();
        return t.isEmpty() ? title : t;
    }

    private static boolean isSiteLike(String suffix, String rest) {
        return LineShape.words(suffix) <= MAX_SITE_WORDS && LineShape.words(rest) >= 3 && !suffix.endsWith("?")
                && !suffix.endsWith(".");
    }

    private static boolean same(String a, String b) {
        String x = TextForms.simplify(a);
        String y = TextForms.simplify(b);
        return !x.isEmpty() && (x.equals(y) || x.contains(y) || y.contains(x));
    }

    /** Where the first and the last separator of a title are, or null when it has none. */
    /**
     * The name a page title sets beside the page's headline with a separator ("Headline | Site", "Site – Headline"):
     * the other end part, when the rest is the headline (once reduced to letters and digits) and that part reads as
     * a name (at most {@value #MAX_SITE_WORDS} words, a capital, no end punctuation, no genre or section word of
     * {@code title-genres.txt}); else null. For a page that declares no site name.
     */
    static String siteBeside(String pageTitle, String headline) {
        if (pageTitle == null || headline == null || TextForms.simplify(headline).isEmpty()) {
            return null;
        }
        String t = TextForms.normalize(pageTitle);
        Separators sep = Separators.in(SEPARATOR, t);
        if (sep == null) {
            return null;
        }
        String h = TextForms.simplify(headline);
        String candidate = TextForms.simplify(t.substring(0, sep.lastStart())).equals(h) ? t.substring(sep.lastEnd())
                : TextForms.simplify(t.substring(sep.firstEnd())).equals(h) ? t.substring(0, sep.firstStart()) : null;
        if (candidate == null) {
            return null;
        }
        String c = candidate.strip();
        int words = LineShape.words(c);
        if (words < 1 || words > MAX_SITE_WORDS || c.matches(".*[.!?]$") || !c.matches(".*\\p{Lu}.*")
                || GENRES.contains(c.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        return c;
    }

    private record Separators(int firstStart, int firstEnd, int lastStart, int lastEnd) {
        static Separators in(java.util.regex.Pattern separator, String title) {
            var m = separator.matcher(title);
            if (!m.find()) {
                return null;
            }
            int firstStart = m.start();
            int firstEnd = m.end();
            int lastStart = firstStart;
            int lastEnd = firstEnd;
            while (m.find()) {
                lastStart = m.start();
                lastEnd = m.end();
            }
            return new Separators(firstStart, firstEnd, lastStart, lastEnd);
        }
    }
}
