package org.dossier.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.extract.credits.AuthorNames;
import org.dossier.extract.dates.DateParsing;
import org.dossier.extract.lines.TextForms;
import org.dossier.rules.RuleFiles;
import org.jsoup.nodes.Element;

/**
 * A post's meta line that names its writer among its other items with no byline word ("February 11, 2024 · 4 min ·
 * Orla Finch", "Murat Kaya | 8 Şubat 2024"): an element a {@code meta-line-word} class part marks
 * ({@code html-semantics.txt}), whose items, parted by dots, bars or bullets, are a date, counts, and one person's
 * name, or items in elements of their own with no mark between them. Read only when nothing else names the author.
 */
final class MetaLines {
    private static final Set<String> WORDS = Set.copyOf(RuleFiles.lists(MetaLines.class, "html-semantics.txt")
            .get("meta-line-word"));
    private static final Pattern CLASS_PARTS = Pattern.compile("[\\s_-]+");
    private static final Pattern ITEMS = Pattern.compile("\\s*[·|•\u2022]\\s*");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int MAX_LINE = 160;

    private MetaLines() {
    }

    /** Whether the element's class marks a meta line ({@code meta-line-word} among its parts). */
    static boolean is(String cls) {
        if (cls.isEmpty()) {
            return false;
        }
        for (String w : CLASS_PARTS.split(cls.toLowerCase(Locale.ROOT))) {
            if (WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one person the line names, when its items are a date, items with digits (a reading time, a count) and
     * exactly one other item that is a person's name of two words or more; else null.
     */
    static String person(Element line) {
        String text = TextForms.normalize(line.text());
        if (text.length() > MAX_LINE) {
            return null;
        }
        String name = null;
        boolean dated = false;
        List<String> items = List.of(ITEMS.split(text));
        if (items.size() == 1 && line.children().size() >= 2) {
            // items set in elements of their own with no mark between ("<span>A</span> <time>…</time>")
            items = line.children().stream().map(c -> TextForms.normalize(c.text())).toList();
        }
        for (String item : items) {
            if (item.isBlank()) {
                continue;
            }
            if (DIGIT.matcher(item).find()) {
                dated |= DateParsing.first(item) != null;
                continue;
            }
            if (name != null) {
                return null; // two items that are no count: a category, a place
            }
            name = item.strip();
        }
        if (!dated || name == null) {
            return null;
        }
        List<String> clean = AuthorNames.clean(List.of(name));
        return clean.size() == 1 && clean.get(0).indexOf(' ') > 0 ? clean.get(0) : null;
    }
}
