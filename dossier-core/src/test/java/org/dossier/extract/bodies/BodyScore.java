package org.dossier.extract.bodies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.extract.PageExtractor;
import org.dossier.extract.bodies.BodyPage.Case;
import org.dossier.model.Article;
import org.dossier.model.RawPage;

/**
 * Scores a body set as an analyst reads it: line precision (the body lines among the lines Dossier gives), line
 * recall (the true lines it gives), both over all lines of the set, and the pages whose body is exactly right
 * (the same lines in the same order). Lines compare with whitespace collapsed. Each page is read alone, as
 * {@code dossier extract} reads a file; every wrong line is named.
 */
final class BodyScore {
    int truthLines;
    int givenLines;
    int rightLines;
    int rightPages;
    int pages;
    final List<String> misses = new ArrayList<>();

    static BodyScore of(List<Case> cases) {
        BodyScore s = new BodyScore();
        for (Case c : cases) {
            List<String> got = new ArrayList<>();
            try {
                Article a = new PageExtractor().extract(new RawPage(c.id(), c.id(), RawPage.Kind.HTML, c.html()));
                a.paragraphs().forEach(p -> got.add(norm(p)));
            } catch (Exception e) {
                s.misses.add(c.id() + " failed: " + e.getMessage());
            }
            s.add(c, got);
        }
        return s;
    }

    private void add(Case c, List<String> got) {
        pages++;
        truthLines += c.body().size();
        givenLines += got.size();
        Map<String, Integer> want = new HashMap<>();
        c.body().forEach(l -> want.merge(l, 1, Integer::sum));
        Map<String, Integer> left = new HashMap<>(want);
        for (String g : got) {
            Integer n = left.get(g);
            if (n != null && n > 0) {
                left.put(g, n - 1);
                rightLines++;
            } else {
                misses.add(c.id() + " kept: " + g);
            }
        }
        Map<String, Integer> gotCounts = new HashMap<>();
        got.forEach(l -> gotCounts.merge(l, 1, Integer::sum));
        for (String l : new LinkedHashSet<>(c.body())) {
            int missing = want.get(l) - Math.min(want.get(l), gotCounts.getOrDefault(l, 0));
            for (int i = 0; i < missing; i++) {
                misses.add(c.id() + " lost: " + l);
            }
        }
        if (got.equals(c.body())) {
            rightPages++;
        } else if (got.size() == c.body().size() && Set.copyOf(got).equals(Set.copyOf(c.body()))) {
            misses.add(c.id() + " order differs");
        }
    }

    double precision() {
        return givenLines == 0 ? 0 : (double) rightLines / givenLines;
    }

    double recall() {
        return truthLines == 0 ? 1 : (double) rightLines / truthLines;
    }

    private static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    String report(String name) {
        StringBuilder b = new StringBuilder(name).append('\n');
        b.append(String.format(Locale.ROOT, "line precision %d/%d = %.3f, line recall %d/%d = %.3f, pages right %d/%d%n",
                rightLines, givenLines, precision(), rightLines, truthLines, recall(), rightPages, pages));
        misses.forEach(m -> b.append("miss: ").append(m).append('\n'));
        return b.toString();
    }

    /** Checks that a set has at least this many pages, each id once, and these languages. */
    static void assertCovers(List<Case> cases, int minPages, Set<String> languages) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        cases.forEach(c -> ids.add(c.id()));
        cases.forEach(c -> seen.add(c.language()));
        assertTrue(cases.size() >= minPages, cases.size() + " pages");
        assertEquals(cases.size(), ids.size(), "page ids are unique");
        assertEquals(languages, seen);
        cases.forEach(c -> assertTrue(!c.body().isEmpty(), c.id() + " states its body"));
    }

    /** Scores a set, prints the figures and every wrong line, and checks them against the given floors. */
    static BodyScore assertAtLeast(String name, List<Case> cases, double precision, double recall, int pagesRight) {
        BodyScore s = of(cases);
        String report = s.report(name + ", " + cases.size() + " pages");
        System.out.print(report);
        assertTrue(s.precision() >= precision, report);
        assertTrue(s.recall() >= recall, report);
        assertTrue(s.rightPages >= pagesRight, report);
        return s;
    }
}
