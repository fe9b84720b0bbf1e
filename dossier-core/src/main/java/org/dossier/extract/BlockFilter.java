package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Chooses which text blocks inside the chosen article containers are body text: drops link lists,
 * the repeated headline and other short non-prose blocks, keeps paragraphs, subheads, list items, quotes.
 */
final class BlockFilter {
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
        String simple = simplify(b.text());
        if (!normTitle.isEmpty() && simple.equals(normTitle)) {
            return false;
        }
        return !simple.isEmpty();
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
