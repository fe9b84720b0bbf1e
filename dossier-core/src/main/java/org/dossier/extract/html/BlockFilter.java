package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.credits.CreditFinder;
import org.dossier.extract.dates.DateParsing;
import org.dossier.extract.lines.ChromeLines;
import org.dossier.extract.lines.LineShape;
import org.dossier.extract.lines.TextForms;
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

    private static final java.util.Set<String> TABLE_CELLS = ElementSemantics.get().cellTags;

    /** A link-heavy block still counts when this much of its text is not link text. */
    private static final int MIN_UNLINKED_PROSE = 100;

    private static final int MIN_TEASER_RUN = 3;
    private static final int MAX_HEADLINE_WORDS = 20;
    /** Labels before the headline ("Chronique", "En direct") are this many blocks at most, of this many words. */
    private static final int MAX_KICKERS = 2;
    private static final int MAX_KICKER_WORDS = 4;

    private BlockFilter() {
    }

    static List<TextBlock> keep(List<TextBlock> blocks, List<Element> parts, BlockCollector c,
                             java.util.Collection<String> titles) {
        return keep(blocks, parts, c, titles, List.of());
    }

    /**
     * The body blocks among {@code blocks} inside {@code parts}; {@code authors} are the people the page declares
     * as its authors (their bio at the end of the body is not body).
     */
    static List<TextBlock> keep(List<TextBlock> blocks, List<Element> parts, BlockCollector c,
                             java.util.Collection<String> titles, java.util.Collection<String> authors) {
        List<int[]> ranges = new ArrayList<>();
        for (Element p : parts) {
            BlockCollector.Stats st = c.stats(p);
            if (st != null) { // elements outside the collected root (e.g. <head> beside <body>) hold no blocks
                ranges.add(new int[] {st.pre, st.end});
            }
        }
        java.util.Set<String> normTitles = new java.util.HashSet<>();
        int longest = 0;
        for (String t : titles) {
            String n = TextForms.simplify(t);
            if (!n.isEmpty()) {
                normTitles.add(n);
                longest = Math.max(longest, t.length());
            }
        }
        List<TextBlock> kept = new ArrayList<>();
        boolean titleSeen = false;
        for (TextBlock b : blocks) {
            if (!inside(b.ownerIndex(), ranges)) {
                continue;
            }
            if (isBody(b, normTitles, longest)) {
                kept.add(b);
            } else if (!titleSeen && isTitle(b, normTitles, longest)) {
                titleSeen = true;
                dropKickers(kept);
            }
        }
        List<TextBlock> out = new ArrayList<>();
        boolean[] teaser = teaserRuns(kept);
        for (int i = 0; i < kept.size(); i++) {
            if (!teaser[i]) {
                out.add(kept.get(i));
            }
        }
        return BodyRepeats.withoutAsides(out, authors);
    }

    /**
     * Drops the short labels kept before the headline ("Chronique", "L'editoriale", "En direct" over the h1): a
     * kicker naming the kind of piece, not its text; only where the headline follows within the first blocks.
     */
    private static void dropKickers(List<TextBlock> kept) {
        if (kept.size() > MAX_KICKERS) {
            return;
        }
        for (TextBlock b : kept) {
            String t = b.text();
            if (LineShape.words(t, MAX_KICKER_WORDS + 1) > MAX_KICKER_WORDS || LineShape.terminal(t)) {
                return;
            }
        }
        kept.clear();
    }

    private static boolean isTitle(TextBlock b, java.util.Set<String> normTitles, int longestTitle) {
        String text = b.text();
        return text.length() <= longestTitle + 20 && normTitles.contains(TextForms.simplify(text));
    }

    /** A trailing run of headline-shaped blocks (no sentence end, outside lists): a teaser list. */
    private static boolean[] teaserRuns(List<TextBlock> kept) {
        boolean[] out = new boolean[kept.size()];
        int start = kept.size();
        while (start > 0 && headlineShaped(kept.get(start - 1))) {
            start--;
        }
        if (kept.size() - start >= MIN_TEASER_RUN) {
            for (int j = start; j < kept.size(); j++) {
                out[j] = true;
            }
        }
        return out;
    }

    private static boolean headlineShaped(TextBlock b) {
        String t = b.text();
        int w = LineShape.words(t, MAX_HEADLINE_WORDS);
        return w >= 3 && w <= MAX_HEADLINE_WORDS && (!LineShape.terminal(t) || t.endsWith("?")) && !t.endsWith(":")
                && !TABLE_CELLS.contains(b.owner().normalName());
    }

    private static boolean inside(int idx, List<int[]> ranges) {
        for (int[] r : ranges) {
            if (idx >= r[0] && idx <= r[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBody(TextBlock b, java.util.Set<String> normTitles, int longestTitle) {
        String text = b.text();
        if (b.linkDensity() > 0.5 && text.length() - b.linkChars() < MIN_UNLINKED_PROSE) {
            return false;
        }
        if (text.length() <= longestTitle + 20 && normTitles.contains(TextForms.simplify(text))) {
            return false;
        }
        int words = LineShape.words(text, MAX_DATELINE_WORDS + 2); // exact up to the largest threshold below
        if (CreditFinder.get().startsAsByline(text) && words <= MAX_DATELINE_WORDS + 2 && !LineShape.terminal(text)) {
            return false;
        }
        boolean cell = TABLE_CELLS.contains(b.owner().normalName()) || b.owner().normalName().equals("p");
        if (!TABLE_CELLS.contains(b.owner().normalName()) && LineShape.menuRow(text)) {
            return false;
        }
        if (words == 0 || words <= MAX_LABEL_WORDS && !b.isHeading() && !cell && !LineShape.terminal(text)
                && !BodyRepeats.clockLine(text)) {
            return false;
        }
        if (words <= MAX_DATELINE_WORDS && !cell && !LineShape.terminal(text) && !text.startsWith("\u2014")
                && DateParsing.first(text) != null) {
            return false;
        }
        return !CreditFinder.get().isCaption(text) && !ChromeLines.get().isAside(text);
    }
}
