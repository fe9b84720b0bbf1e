package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.credits.CreditFinder;
import org.dossier.extract.lines.LineShape;
import org.dossier.extract.lines.TextForms;

/**
 * Finds the headline of a scraped text page: the first headline-shaped line before the body, preferring a
 * line the page repeats elsewhere, and strips breadcrumb prefixes glued to it by general means.
 */
final class TextTitle {
    private static final int MIN_WORDS = 4;
    private static final int MAX_WORDS = 30;
    /** Headline candidates are looked for this many lines before the body at most. */
    private static final int WINDOW = 40;
    /** Repetitions of the headline are looked for this many lines past the body start at most. */
    private static final int SCAN_AFTER = 2000;

    private TextTitle() {
    }

    /** Index of the headline line, or -1. */
    static int find(List<String> lines, int bodyStart) {
        int last = Math.min(lines.size() - 1, bodyStart);
        int first = Math.max(0, last - WINDOW);
        List<String> simple = new ArrayList<>();
        for (int j = 0; j < Math.min(lines.size(), last + SCAN_AFTER); j++) {
            simple.add(TextForms.simplify(lines.get(j)));
        }
        for (int i = first; i <= last; i++) {
            if (headline(lines.get(i)) && repeated(simple, i)) {
                return i;
            }
        }
        for (int i = first; i <= last; i++) {
            if (headline(lines.get(i)) && !lines.get(i).endsWith(".")) {
                return i;
            }
        }
        return -1;
    }

    static boolean headline(String l) {
        int w = LineShape.words(l);
        return w >= MIN_WORDS && w <= MAX_WORDS && !LineShape.truncated(l) && !LineShape.dateOnly(l)
                && !LineShape.hashtags(l) && CreditFinder.get().creditLine(l).isEmpty();
    }

    /** The line's text occurs again inside another (simplified) line of the page. */
    private static boolean repeated(List<String> simple, int i) {
        String s = simple.get(i);
        for (int j = 0; j < simple.size(); j++) {
            if (j != i && simple.get(j).contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Removes a stuttered leading word ("Russia Russia …") and camel-glued breadcrumbs ("NewsWorldFoo"). */
    static String clean(String title, List<String> lines) {
        String t = title.strip();
        String[] words = t.split("\\s+", 3);
        if (words.length >= 3 && words[0].equals(words[1])) {
            t = t.substring(words[0].length()).strip();
        }
        String first = t.split("\\s+", 2)[0];
        int hump = lastHump(first);
        if (hump > 0) {
            t = t.substring(hump);
        }
        return t;
    }

    /** Position of the last lower-to-upper case change in a token glued from several words, or -1. */
    private static int lastHump(String token) {
        int pos = -1;
        for (int i = 1; i < token.length(); i++) {
            if (Character.isLowerCase(token.charAt(i - 1)) && Character.isUpperCase(token.charAt(i))) {
                pos = i;
            }
        }
        return pos;
    }
}
