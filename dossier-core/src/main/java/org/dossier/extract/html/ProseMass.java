package org.dossier.extract.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * How much prose (long, link-poor blocks) and how much kept text each element holds; used to widen a
 * chosen container to a parent when the article is split over sibling wrappers.
 */
final class ProseMass {
    private static final int MAX_LEVELS = 40;
    private final Map<Element, int[]> mass = new IdentityHashMap<>();

    static ProseMass of(List<TextBlock> blocks) {
        ProseMass m = new ProseMass();
        for (TextBlock b : blocks) {
            int prose = isProse(b) ? b.length() : 0;
            Element e = b.owner();
            for (int level = 0; e != null && level < MAX_LEVELS; level++, e = e.parent()) {
                int[] v = m.mass.computeIfAbsent(e, k -> new int[3]);
                v[0] += prose;
                v[1] += b.length();
                v[2] += b.linkChars();
            }
        }
        return m;
    }

    static boolean isProse(TextBlock b) {
        return b.length() >= 60 && b.linkDensity() < 0.25 && !b.isHeading();
    }

    int prose(Element e) {
        int[] v = mass.get(e);
        return v == null ? 0 : v[0];
    }

    int text(Element e) {
        int[] v = mass.get(e);
        return v == null ? 0 : v[1];
    }

    int links(Element e) {
        int[] v = mass.get(e);
        return v == null ? 0 : v[2];
    }

    /**
     * Climbs while the parent adds a real share of prose and what it adds is mostly prose. A container holding no
     * prose at all (a post wrapper its class favours, holding only the headline and a meta line, the paragraphs
     * beside it) first climbs to the nearest element below the root that holds some.
     */
    Element widen(Element top, Element root) {
        Element c = withProse(top, root);
        while (c != root && c.parent() != null) {
            Element p = c.parent();
            int extraProse = prose(p) - prose(c);
            int extraText = text(p) - text(c);
            int extraLinks = links(p) - links(c);
            if (extraProse >= 0.1 * prose(c) && extraProse >= 0.6 * extraText && extraProse > 0
                    && extraLinks <= 0.1 * extraText) {
                c = p;
            } else if (extraText == 0) {
                c = p;
            } else {
                break;
            }
        }
        return c;
    }

    private Element withProse(Element top, Element root) {
        if (prose(top) > 0) {
            return top;
        }
        for (Element p = top.parent(); p != null && p != root; p = p.parent()) {
            if (prose(p) > 0) {
                return p;
            }
        }
        return top;
    }
}
