package org.dossier.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.extract.ExtractionException;
import org.dossier.extract.PageExtractor;
import org.dossier.extract.metadata.PageBuilder.Case;
import org.dossier.model.Article;
import org.dossier.model.RawPage;

/**
 * Scores a metadata set as an analyst reads it: the publication date and the title right on every page, the
 * author list right (the same people, in any order and case) on the pages that name people, and no person on the
 * pages that name none. Each page is read alone with no hint but the fetch time where the case states one (as a
 * WARC record gives it), as {@code dossier extract} reads a file. A page that states no date is right only when
 * no date is read from it. Gives the
 * shares per field and per language and names every miss.
 */
final class MetadataScore {
    /** Right and counted pages of one field. */
    record Share(int right, int of) {
        double value() {
            return of == 0 ? 1.0 : (double) right / of;
        }

        Share plus(boolean counted, boolean ok) {
            return counted ? new Share(right + (ok ? 1 : 0), of + 1) : this;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d/%d = %.2f", right, of, value());
        }
    }

    /** The shares of one set (or one language of it). */
    record Shares(Share date, Share title, Share author, Share noAuthor) {
        static final Shares NONE = new Shares(new Share(0, 0), new Share(0, 0), new Share(0, 0), new Share(0, 0));
    }

    final Map<String, Shares> byLanguage = new TreeMap<>();
    final List<String> misses = new ArrayList<>();
    Shares all = Shares.NONE;

    static MetadataScore of(List<Case> cases) throws Exception {
        MetadataScore s = new MetadataScore();
        for (Case c : cases) {
            Article a;
            try {
                a = new PageExtractor().extract(new RawPage(c.id(), c.id(), RawPage.Kind.HTML, c.html(),
                        new RawPage.Hints(null, c.fetchedAt(), null, null)));
            } catch (ExtractionException e) {
                // a page the extractor refuses reads wrong on all three (no author is right only when none is stated)
                s.misses.add(c.id() + " no article: " + e.getMessage());
                boolean none = c.authors().isEmpty();
                Shares before = s.byLanguage.getOrDefault(c.language(), Shares.NONE);
                s.byLanguage.put(c.language(), add(before, false, false, none, false));
                s.all = add(s.all, false, false, none, false);
                continue;
            }
            boolean date = java.util.Objects.equals(c.date(), a.published());
            String title = a.title() == null ? null : a.title().strip().replaceAll("\\s+", " ");
            boolean titleOk = c.title().equals(title);
            Set<String> want = lower(c.authors());
            Set<String> got = lower(a.authors());
            boolean authorsOk = want.equals(got);
            Shares before = s.byLanguage.getOrDefault(c.language(), Shares.NONE);
            s.byLanguage.put(c.language(), add(before, date, titleOk, want.isEmpty(), authorsOk));
            s.all = add(s.all, date, titleOk, want.isEmpty(), authorsOk);
            if (!date) {
                s.misses.add(c.id() + " date: " + a.published() + " (stated " + c.date() + ")");
            }
            if (!titleOk) {
                s.misses.add(c.id() + " title: " + title + " (stated " + c.title() + ")");
            }
            if (!authorsOk) {
                s.misses.add(c.id() + " authors: " + got + " (stated " + want + ")");
            }
        }
        return s;
    }

    private static Shares add(Shares s, boolean date, boolean title, boolean noPerson, boolean authors) {
        return new Shares(s.date().plus(true, date), s.title().plus(true, title), s.author().plus(!noPerson, authors),
                s.noAuthor().plus(noPerson, authors));
    }

    private static Set<String> lower(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        names.forEach(n -> out.add(n.strip().toLowerCase(Locale.ROOT)));
        return out;
    }

    /** Checks that a set has at least this many pages, each id once, and exactly these languages. */
    static void assertCovers(List<Case> cases, int minPages, Set<String> languages) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        cases.forEach(c -> seen.add(c.language()));
        cases.forEach(c -> ids.add(c.id()));
        assertTrue(cases.size() >= minPages, cases.size() + " pages");
        assertEquals(cases.size(), ids.size(), "page ids are unique");
        assertEquals(languages, seen);
    }

    /**
     * Scores a set, prints its table and misses, and checks that every page was scored for its date and that the
     * set meets the goals for unseen pages (date and title on 85 % of the pages, authors on 75 % of those naming
     * people).
     */
    static MetadataScore assertMeetsGoals(String name, List<Case> cases) throws Exception {
        MetadataScore s = of(cases);
        String report = s.report(name + ", " + cases.size() + " pages");
        System.out.print(report);
        assertEquals(cases.size(), s.all.date().of(), report);
        assertTrue(s.all.date().value() >= 0.85, report);
        assertTrue(s.all.title().value() >= 0.85, report);
        assertTrue(s.all.author().value() >= 0.75, report);
        return s;
    }

    /** A table of the shares per language and in all, then the misses, one a line. */
    String report(String name) {
        StringBuilder b = new StringBuilder(name).append('\n');
        b.append("| language | date | title | author (pages naming people) | no author (pages naming none) |\n");
        byLanguage.forEach((lang, sh) -> row(b, lang, sh));
        row(b, "all", all);
        misses.forEach(m -> b.append("miss: ").append(m).append('\n'));
        return b.toString();
    }

    private static void row(StringBuilder b, String label, Shares s) {
        b.append("| ").append(label).append(" | ").append(s.date()).append(" | ").append(s.title()).append(" | ")
                .append(s.author()).append(" | ").append(s.noAuthor()).append(" |\n");
    }
}
