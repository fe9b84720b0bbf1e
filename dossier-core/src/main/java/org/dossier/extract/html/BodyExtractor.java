package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.extract.lines.LineShape;
import org.dossier.rules.RuleFiles;
import org.jsoup.nodes.Element;

/**
 * Finds the article body of a parsed page from its text blocks (non-content elements skipped, see
 * {@link BlockCollector}): scores containers by the paragraph text they hold (length, commas, link density,
 * class/id semantics), picks the best container with its related siblings, and keeps its prose blocks
 * (paragraphs, subheads, lists, quotes).
 */
final class BodyExtractor {
    private static final int MAX_CHAIN = 24;
    /** A dateline is this many words at most. */
    private static final int MAX_DATELINE_WORDS = 10;
    /** The score a container starts with, by tag ({@code container-scores.txt}); other tags start at 0. */
    private static final Map<String, Integer> CONTAINER_SCORES = containerScores();
    private final ElementSemantics sem = ElementSemantics.get();

    /** What the body pass found: paragraphs, and dates, bylines and credits seen as visible text around them. */
    record Body(List<String> paragraphs, List<org.dossier.model.PageDate> dates, List<String> bylines,
                List<org.dossier.model.Credit> credits, List<org.dossier.extract.dates.RelativeDates.Age> ages) {
        Body(List<String> paragraphs, List<org.dossier.model.PageDate> dates, List<String> bylines,
             List<org.dossier.model.Credit> credits) {
            this(paragraphs, dates, bylines, credits, List.of());
        }
    }

    /** Body paragraphs of the page (mutates the document); empty when nothing reads as an article. */
    List<String> paragraphs(Element body, java.util.Collection<String> titles) {
        return extract(body, titles).paragraphs();
    }

    /** The body and the visible datelines and bylines around it (mutates the document). */
    Body extract(Element body, java.util.Collection<String> titles) {
        return extract(body, BlockCollector.collect(body), titles);
    }

    /** The same from the blocks already collected from {@code body}, its non-content elements removed. */
    Body extract(Element body, BlockCollector c, java.util.Collection<String> titles) {
        return extract(body, c, titles, List.of());
    }

    /** The same, knowing the authors the page declares (their bio closing the body is not body). */
    Body extract(Element body, BlockCollector c, java.util.Collection<String> titles,
                 java.util.Collection<String> authors) {
        List<TextBlock> blocks = dropChrome(c);
        Map<Element, Double> scores = score(blocks, c);
        Element top = best(scores, c, body);
        if (top == null) {
            return new Body(List.of(), List.of(), List.of(), List.of());
        }
        top = ProseMass.of(blocks).widen(top, body);
        List<Element> parts = withSiblings(top, scores, c);
        List<TextBlock> kept = BlockFilter.keep(blocks, parts, c, titles, authors);
        kept = kept.subList(LeadingLines.count(kept), kept.size()); // bylines and datelines are evidence
        List<String> paragraphs = new ArrayList<>();
        for (TextBlock b : kept) {
            paragraphs.add(b.text());
        }
        VisibleEvidence ev = VisibleEvidence.around(c.blocks(), kept);
        return new Body(paragraphs, ev.dates(), ev.bylines(), ev.credits(), ev.ages());
    }

    /** Blocks not under a chrome-marked element, unless that element holds most of the page's prose. */
    private List<TextBlock> dropChrome(BlockCollector c) {
        Map<Element, Integer> chromeProse = new IdentityHashMap<>();
        int total = 0;
        for (TextBlock b : c.blocks()) {
            int prose = prose(b);
            total += prose;
            int walked = 0;
            for (ChromeChain ch = b.chrome(); ch != null && walked < MAX_CHAIN; ch = ch.outer(), walked++) {
                chromeProse.merge(ch.element(), prose, Integer::sum);
            }
        }
        List<TextBlock> kept = new ArrayList<>();
        for (TextBlock b : c.blocks()) {
            boolean chrome = false;
            int walked = 0;
            for (ChromeChain ch = b.chrome(); ch != null && walked < MAX_CHAIN && !chrome; ch = ch.outer(), walked++) {
                chrome = chromeProse.get(ch.element()) <= 0.5 * total;
            }
            if (!chrome) {
                kept.add(b);
            }
        }
        return kept;
    }

    private static int prose(TextBlock b) {
        return b.length() >= 25 && b.linkDensity() < 0.3 ? b.length() - b.linkChars() : 0;
    }

    private Map<Element, Double> score(List<TextBlock> blocks, BlockCollector c) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            if (b.length() < 25 || b.isHeading()) {
                continue;
            }
            double s = 1 + commas(b.text()) + Math.min(b.length() / 100.0, 3);
            s *= 1 - b.linkDensity();
            Element anc = b.owner().parent();
            // only elements inside the collected root compete (its ancestors have no link statistics)
            for (int level = 0; anc != null && c.stats(anc) != null && level < 5; level++, anc = anc.parent()) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                if (!scores.containsKey(anc)) {
                    scores.put(anc, initial(anc));
                }
                scores.merge(anc, s * share, Double::sum);
            }
            // a block whose owner is itself a container (text directly in a div) also scores the owner, unless it is
            // a dateline ("Published May 3, 2024 at 6:12 PM CDT" in a div whose class names the article)
            if (!b.owner().normalName().equals("p") && !b.isHeading() && !dateline(b.text())) {
                scores.merge(b.owner(), initial(b.owner()) + s, Double::sum);
            }
        }
        scores.replaceAll((e, s) -> s * (1 - linkDensity(e, c)));
        return scores;
    }

    private double initial(Element e) {
        double s = CONTAINER_SCORES.getOrDefault(e.normalName(), 0);
        return s + 25 * Math.signum(sem.classWeight(e));
    }

    private static Map<String, Integer> containerScores() {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : RuleFiles.pairs(BodyExtractor.class, "container-scores.txt").entrySet()) {
            out.put(e.getKey(), Integer.parseInt(e.getValue()));
        }
        return Map.copyOf(out);
    }

    static double linkDensity(Element e, BlockCollector c) {
        BlockCollector.Stats st = c.stats(e);
        return st == null || st.text == 0 ? 0 : Math.min(1, st.links / (double) st.text);
    }

    /** A short line, no sentence, holding a date: a dateline, not body text. */
    private static boolean dateline(String s) {
        return LineShape.words(s, MAX_DATELINE_WORDS + 1) <= MAX_DATELINE_WORDS && !LineShape.terminal(s)
                && org.dossier.extract.dates.DateParsing.first(s) != null;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ',' || ch == '\uff0c' || ch == '\u3001' || ch == '\u060c') {
                n++;
            }
        }
        return n;
    }

    private Element best(Map<Element, Double> scores, BlockCollector c, Element body) {
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            if (en.getValue() > topScore) {
                top = en.getKey();
                topScore = en.getValue();
            }
        }
        if (top == null) {
            return null;
        }
        return climb(top, topScore, scores, body);
    }

    /** Moves up to a parent that scores higher than the chain below it (article split in wrappers). */
    private Element climb(Element top, double topScore, Map<Element, Double> scores, Element body) {
        double last = topScore;
        double threshold = topScore / 3;
        Element parent = top.parent();
        while (parent != null && parent != body && !parent.normalName().equals("html")) {
            Double ps = scores.get(parent);
            if (ps != null) {
                if (ps < threshold) {
                    break;
                }
                if (ps > last) {
                    return parent;
                }
                last = ps;
            }
            parent = parent.parent();
        }
        return top;
    }

    private List<Element> withSiblings(Element top, Map<Element, Double> scores, BlockCollector c) {
        List<Element> parts = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null || c.stats(parent) == null) {
            parts.add(top);
            return parts;
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        boolean topIsArticle = top.normalName().equals("article");
        for (Element sib : parent.children()) {
            if (sib == top) {
                parts.add(sib);
                continue;
            }
            if (topIsArticle && sib.normalName().equals("article")) {
                continue; // another story of a list
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? topScore * 0.2 : 0;
            Double s = scores.get(sib);
            if (s != null && s + bonus >= threshold) {
                parts.add(sib);
            } else if (sib.normalName().equals("p")) {
                String text = sib.text();
                double ld = linkDensity(sib, c);
                if (text.length() > 80 && ld < 0.25
                        || text.length() <= 80 && ld == 0 && text.matches("(?s).*[.!?][\"'\u201d\u2019)]?$")) {
                    parts.add(sib);
                }
            }
        }
        return parts;
    }
}
