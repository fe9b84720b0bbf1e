package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Chooses which text blocks inside the chosen article containers are body text: drops link lists,
 * the repeated headline and other short non-prose blocks, keeps paragraphs, subheads, list items, quotes.
 */
final class BlockFilter {
    /** Blocks this short that are neither headings nor sentences are labels ("Share", "Advert"). */
    private static final int MAX_LABEL_WORDS = 3;
    /** Short non-sentence blocks holding a date are datelines or timestamps. */
    private static final int MAX_DATELINE_WORDS = 10;

    private static final java.util.Set<String> TABLE_CELLS = java.util.Set.of("td", "th", "li", "dd", "dt", "pre");

    private BlockFilter() {
    }

    static List<String> keep(List<TextBlock> blocks, List<Element> parts, BlockCollector c, String title) {
        List<int[]> ranges = new ArrayList<>();
        for (Element p : parts) {
            BlockCollector.Stats st = c.stats(p);
            ranges.add(new int[] {st.pre, st.end});
        }
        String normTitle = title == null ? "" : simplify(title);
        List<String> out = new ArrayList<>();
        for (TextBlock b : blocks) {
            if (inside(b.ownerIndex(), ranges) && isBody(b, normTitle)) {
                out.add(b.text());
            }
        }
        return out;
    }

    private static boolean inside(int idx, List<int[]> ranges) {
        for (int[] r : ranges) {
            if (idx >= r[0] && idx <= r[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBody(TextBlock b, String normTitle) {
        if (b.linkDensity() > 0.5) {
            return false;
        }
        String text = b.text();
        if (text.length() <= normTitle.length() + 20 && !normTitle.isEmpty() && simplify(text).equals(normTitle)) {
            return false;
        }
        int words = LineShape.words(text);
        boolean cell = TABLE_CELLS.contains(b.owner().normalName()) || b.owner().normalName().equals("p");
        if (words == 0 || words <= MAX_LABEL_WORDS && !b.isHeading() && !cell && !LineShape.terminal(text)) {
            return false;
        }
        if (words <= MAX_DATELINE_WORDS && !cell && !LineShape.terminal(text) && !text.startsWith("\u2014")
                && DateParsing.first(text) != null) {
            return false;
        }
        return !CreditFinder.get().isCaption(text);
    }

    /** Lower-cased letters and digits only, for loose text equality. */
    static String simplify(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                sb.append(Character.toLowerCase(ch));
            }
        }
        return sb.toString();
    }
}
