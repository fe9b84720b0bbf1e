package org.dossier.extract.html;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.extract.dates.DateParsing;
import org.dossier.rules.RuleFiles;
import org.jsoup.nodes.Element;

/**
 * The entries of a live page (a live blog, a ticker): elements classed as one ({@code live-entry-class} in
 * {@code date-meta.txt}; a compound class with a {@code live-entry-word} part and a {@code live-entry-end} last) or
 * holding the microdata property of one ({@code live-entry-property}). A page whose dated
 * elements (time elements, datePublished items) stand in two entries or more is live; it was published no later
 * than its earliest entry, so no element dated after that entry (the newest entry, which such pages set first) gives
 * its publication date, and the earliest entry's does.
 */
final class LiveEntries {
    private static final Map<String, List<String>> RULES = RuleFiles.lists(LiveEntries.class, "date-meta.txt");
    private static final Set<String> CLASSES = lowerCase(RULES.get("live-entry-class"));
    private static final Set<String> PROPERTIES = Set.copyOf(RULES.get("live-entry-property"));
    private static final Set<String> WORDS = Set.copyOf(RULES.get("live-entry-word"));
    private static final Set<String> ENDS = Set.copyOf(RULES.get("live-entry-end"));
    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("[-_]+");
    /** Entries are looked for this many ancestors up from a dated element. */
    private static final int MAX_DEPTH = 12;
    private static final LiveEntries NONE = new LiveEntries(null);
    /** The most a time in the one entry of a page is trusted: below a visible dateline (0.6), above the threshold. */
    private static final double ONE_ENTRY = 0.55;

    /** The earliest entry's date on a live page; null on any other page. */
    private final LocalDate earliest;

    private LiveEntries(LocalDate earliest) {
        this.earliest = earliest;
    }

    /** The live entries of the dated elements given, outside other stories' and readers' containers. */
    static LiveEntries of(List<Element> times, List<Element> datePublished) {
        Set<Element> entries = new HashSet<>();
        LocalDate earliest = null;
        for (List<Element> list : List.of(times, datePublished)) {
            for (Element e : list) {
                Element entry = entry(e);
                LocalDate d = entry == null || HtmlMetadata.elsewhere(e) ? null : date(e);
                if (d != null) {
                    entries.add(entry);
                    earliest = earliest == null || d.isBefore(earliest) ? d : earliest;
                }
            }
        }
        return entries.size() >= 2 ? new LiveEntries(earliest) : NONE;
    }

    /**
     * The confidence of a dated element: {@code weak} on a live page for one dated after the earliest entry,
     * {@code first} for an entry's on the earliest entry's day, else {@code own}; on another page the time of its one
     * entry is trusted below a visible dateline.
     */
    double confidence(Element e, double own, double first, double weak) {
        if (earliest == null) {
            // one entry's time (a live page's only update, a page's "update" box): below the page's own dateline
            return entry(e) == null ? own : Math.min(own, ONE_ENTRY);
        }
        LocalDate d = date(e);
        if (d == null) {
            return own;
        }
        if (d.isAfter(earliest)) {
            return weak;
        }
        return d.equals(earliest) && entry(e) != null ? first : own;
    }

    /** The date an element states (a meta content, a datetime attribute, its text), or null. */
    static LocalDate date(Element e) {
        return DateParsing.first(HtmlMetadata.firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
    }

    /** Whether a block's element is a live entry or stands in one. */
    static boolean inEntry(Element owner) {
        return owner != null && (isEntry(owner) || entry(owner) != null);
    }

    /** The live entry the element stands in, or null. */
    private static Element entry(Element e) {
        int depth = 0;
        for (Element p = e.parent(); p != null && depth++ < MAX_DEPTH && !p.normalName().equals("body");
                p = p.parent()) {
            if (isEntry(p)) {
                return p;
            }
        }
        return null;
    }

    private static boolean isEntry(Element p) {
        if (p.attributesSize() == 0) {
            return false;
        }
        if (PROPERTIES.contains(ElementSemantics.attr(p, "itemprop"))) {
            return true;
        }
        for (String c : p.classNames()) {
            String name = c.toLowerCase(Locale.ROOT);
            if (CLASSES.contains(name) || compound(name)) {
                return true;
            }
        }
        return false;
    }

    /** A compound class of a live entry: a live word among its parts, an entry word last ("live-blog__entry"). */
    private static boolean compound(String name) {
        String[] parts = PARTS.split(name);
        if (parts.length < 2 || !ENDS.contains(parts[parts.length - 1])) {
            return false;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (WORDS.contains(parts[i])) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> lowerCase(List<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }
}
