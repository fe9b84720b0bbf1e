package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.extract.credits.CreditFinder;
import org.dossier.extract.lines.LineShape;
import org.dossier.model.Article;
import org.dossier.model.Credit;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five scraped seed pages: titles, credits, dates, and bodies free of site chrome. */
class SeedExtractionTest {
    private static final Path SEEDS = Path.of("../shared/corpus/seeds");
    private static final List<Article> ARTICLES = new ArrayList<>();
    private static final List<String> RAW = new ArrayList<>();

    @BeforeAll
    static void extractAll() throws IOException, ExtractionException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String content = Files.readString(p);
                RAW.add(content);
                ARTICLES.add(new PageExtractor().extract(
                        new RawPage(p.getFileName().toString(), p.toString(), RawPage.Kind.TEXT, content)));
            }
        }
    }

    private static Article seedContaining(String phrase) {
        for (int i = 0; i < RAW.size(); i++) {
            if (RAW.get(i).contains(phrase)) {
                return ARTICLES.get(i);
            }
        }
        throw new AssertionError("no seed contains " + phrase);
    }

    private static boolean hasCredit(Article a, Credit.Kind kind, String name) {
        return a.credits().stream().anyMatch(c -> c.kind() == kind && name.equals(c.name()));
    }

    @Test
    void everySeedYieldsABodyOfSeveralParagraphs() {
        assertEquals(5, ARTICLES.size());
        for (Article a : ARTICLES) {
            assertTrue(a.paragraphs().size() >= 8, a.id());
        }
    }

    @Test
    void bodiesHoldNoChromeLines() {
        for (Article a : ARTICLES) {
            for (String p : a.paragraphs()) {
                assertFalse(LineShape.hashtags(p), p);
                assertFalse(LineShape.truncated(p), p);
                assertFalse(p.equals(a.title()), p);
                assertTrue(CreditFinder.get().creditLine(p).isEmpty(), p);
                for (String chrome : new String[] {"comment", "Enlarge image", "Photo:", "See also", "Read also",
                    "More like this", "Latest", "Stay in touch", "appeared first on", "Source link",
                    "All news articles", "You may like", "Related Posts", "Leave a Reply", "Share post",
                    "Exercise maneuvers near Kiev", "The information on this site", "special announcements"}) {
                    assertFalse(p.contains(chrome), a.id() + ": " + p);
                }
            }
        }
    }

    @Test
    void bodiesKeepSubheadsBetweenParagraphs() {
        assertTrue(seedContaining("US side dampens expectations").paragraphs().contains("US side dampens expectations"));
        assertTrue(seedContaining("No intention to").text().contains("No intention to \u201cattack Ukraine\u201d"));
    }

    @Test
    void titlesAreTheHeadlinesWithoutBreadcrumbs() {
        assertEquals("Americans, Russians launch tense European security talks",
                seedContaining("Le Monde with AFP").title());
        assertEquals("Ukraine crisis: Russia rules out concessions before talks with the US",
                seedContaining("Source: spiegel").title());
        assertTrue(seedContaining("#Russia #Russia").title().startsWith("Russia insists NATO"));
        assertTrue(seedContaining("Wednesday, January 26, 2022").title().startsWith("Russia warns to retreat"));
        assertTrue(seedContaining("Please enter your comment").title().startsWith("The Kremlin states"));
    }

    @Test
    void creditsAreFoundWhereStated() {
        Article spiegel = seedContaining("Source: spiegel");
        assertTrue(hasCredit(spiegel, Credit.Kind.AGENCY, "dpa"));
        assertTrue(hasCredit(spiegel, Credit.Kind.AGENCY, "AFP"));
        assertTrue(hasCredit(spiegel, Credit.Kind.SOURCE, "spiegel"));
        Article monde = seedContaining("Le Monde with AFP");
        assertTrue(hasCredit(monde, Credit.Kind.AGENCY, "AFP"));
        assertTrue(hasCredit(monde, Credit.Kind.AGENCY, "Reuters"));
        assertEquals("Le Monde", monde.outlet());
        Article agencies = seedContaining("news agencies AFP and Reuters reported");
        assertTrue(hasCredit(agencies, Credit.Kind.AGENCY, "Reuters"));
        Article repost = seedContaining("Wednesday, January 26, 2022");
        assertTrue(hasCredit(repost, Credit.Kind.REPOST, "Eminetra"));
        assertEquals("Eminetra", repost.outlet());
    }

    @Test
    void photoCreditIsNotAnArticleCredit() {
        Article spiegel = seedContaining("Source: spiegel");
        assertTrue(spiegel.credits().stream().noneMatch(c -> c.text().startsWith("Photo")));
    }

    @Test
    void statedTimestampIsThePublicationDateAndChromeDatesAreNot() {
        assertEquals(LocalDate.of(2022, 1, 9), seedContaining("Source: spiegel").published());
        Article repost = seedContaining("Wednesday, January 26, 2022");
        assertNull(repost.published());
        assertTrue(repost.pageDates().stream().anyMatch(d -> d.date().equals(LocalDate.of(2022, 1, 26))
                && d.confidence() < PageExtractor.MIN_PUBLISHED_CONFIDENCE));
    }
}
