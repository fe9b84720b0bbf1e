package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.dossier.extract.lines.ChromeLines;
import org.dossier.extract.lines.LineShape;
import org.dossier.extract.lines.TextForms;
import org.jsoup.nodes.Element;

/**
 * The last pass over the body blocks of an HTML page, which judges a block by its neighbours: a pull quote that
 * repeats words of a body paragraph (not a list item or table cell), an author's bio closing the body (set in italics, or naming a declared
 * author), and the clock times of live-blog entries ("10:42", "14h32"), which are body when they head an entry
 * between body blocks. Use it after the blocks are filtered one by one.
 */
final class BodyRepeats {
    /** A block this many words or more that repeats part of a longer block is a pull quote. */
    private static final int MIN_REPEAT_WORDS = 8;
    /** A bio is one of the body's last this many blocks. */
    private static final int BIO_REACH = 2;
    /** List items and table cells repeat one another by design (a menu each day, a row per match). */
    private static final java.util.Set<String> CELLS = ElementSemantics.get().cellTags;

    private BodyRepeats() {}

    /** The blocks without pull quotes, a closing author bio and clock lines that head no entry. */
    static List<TextBlock> withoutAsides(List<TextBlock> kept, Collection<String> authors) {
        int n = kept.size();
        boolean[] drop = new boolean[n];
        String[] simple = null;
        for (int i = 0; i < n; i++) {
            TextBlock b = kept.get(i);
            if (clockLine(b.text()) && b.length() <= 16) {
                drop[i] = i == 0 || i == n - 1 || clockLine(kept.get(i + 1).text());
                continue;
            }
            if (b.isHeading() || CELLS.contains(b.owner().normalName())
                    || LineShape.words(b.text(), MIN_REPEAT_WORDS) < MIN_REPEAT_WORDS) {
                continue;
            }
            for (int j = 0; j < n && !drop[i]; j++) {
                if (j == i || drop[j] || besideItsSource(b, kept.get(j))) {
                    continue;
                }
                if (simple == null) {
                    simple = new String[n]; // made only when some block is set apart from another
                }
                drop[i] = repeats(simplified(simple, kept, i), simplified(simple, kept, j), b);
            }
        }
        for (int i = Math.max(0, n - BIO_REACH); i < n; i++) {
            drop[i] |= n > 1 && isBio(kept.get(i), authors);
        }
        List<TextBlock> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                out.add(kept.get(i));
            }
        }
        return out;
    }

    /** A paragraph beside the one it would repeat (a meal plan's dishes, day by day) is no pull quote. */
    private static boolean besideItsSource(TextBlock block, TextBlock other) {
        return block.owner().normalName().equals("p") && other.owner().normalName().equals("p")
                && block.owner().parent() == other.owner().parent();
    }

    private static String simplified(String[] simple, List<TextBlock> kept, int i) {
        if (simple[i] == null) {
            simple[i] = TextForms.simplify(kept.get(i).text());
        }
        return simple[i];
    }

    /** Whether block text {@code a} repeats within the longer {@code b}, or repeats it whole from a quote element. */
    private static boolean repeats(String a, String b, TextBlock block) {
        if (a.isEmpty()) {
            return false;
        }
        if (a.length() < b.length()) {
            return b.contains(a);
        }
        return a.equals(b) && block.owner().normalName().equals("blockquote");
    }

    private static boolean isBio(TextBlock b, Collection<String> authors) {
        String name = ChromeLines.get().bioName(b.text());
        if (name == null) {
            return false;
        }
        for (String a : authors) {
            if (a.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return italicWhole(b);
    }

    /** The block's element holds nothing but one italic element with all its text. */
    private static boolean italicWhole(TextBlock b) {
        Element o = b.owner();
        if (o.childrenSize() != 1) {
            return false;
        }
        Element c = o.child(0);
        String tag = c.normalName();
        return (tag.equals("em") || tag.equals("i")) && c.text().length() >= b.length() - 2;
    }

    /** A line that is only a clock time, with a zone or "Uhr" after it: "10:42", "14h32", "9.15 Uhr", "10:42 GMT". */
    static boolean clockLine(String t) {
        int n = t.length();
        if (n < 4 || n > 16) {
            return false;
        }
        int i = 0;
        while (i < n && i < 2 && Character.isDigit(t.charAt(i))) {
            i++;
        }
        if (i == 0 || i >= n || ":.h".indexOf(t.charAt(i)) < 0) {
            return false;
        }
        i++;
        if (i + 2 > n || !Character.isDigit(t.charAt(i)) || !Character.isDigit(t.charAt(i + 1))) {
            return false;
        }
        i += 2;
        if (i == n) {
            return true;
        }
        if (t.charAt(i) != ' ') {
            return false;
        }
        for (String rest : t.substring(i + 1).split(" ")) {
            if (rest.isEmpty() || rest.length() > 5) {
                return false;
            }
            for (int k = 0; k < rest.length(); k++) {
                if (!Character.isLetter(rest.charAt(k)) && rest.charAt(k) != '.') {
                    return false;
                }
            }
        }
        return true;
    }
}
