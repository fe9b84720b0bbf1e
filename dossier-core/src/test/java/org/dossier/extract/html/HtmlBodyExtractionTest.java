package org.dossier.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.extract.ExtractionException;
import org.dossier.extract.PageExtractor;
import org.dossier.extract.credits.AuthorNames;
import org.dossier.model.Article;
import org.dossier.model.Credit;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;

/** Body and metadata extraction from small synthetic HTML pages. */
class HtmlBodyExtractionTest {
    private static final String PROSE = "The council met on Tuesday to discuss the budget, which has grown for three "
            + "years in a row, and members argued about schools, roads and the new library for hours. ";

    private static String page() {
        return "<html><head><title>Council passes budget | Daily Example</title>"
                + "<meta property='og:site_name' content='Daily Example'>"
                + "<meta property='article:published_time' content='2021-03-04T10:00:00Z'>"
                + "<meta name='author' content='By Jane Roe and John Doe'>"
                + "<link rel='canonical' href='https://example.org/2021/03/04/budget'></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                + "<header><p>Tuesday, March 9, 2021</p></header>"
                + "<div class='content'><article><h1>Council passes budget</h1>"
                + "<div class='byline'>By Jane Roe</div>"
                + "<figure><img src='x.jpg'><figcaption>The council chamber on Tuesday.</figcaption></figure>"
                + "<p>" + PROSE + "First paragraph.</p><h2>Schools first</h2><p>" + PROSE + "Second paragraph.</p>"
                + "<ul><li>Roads get four million, more than last year's three million, the clerk said.</li>"
                + "<li>Schools get nine million, mostly for repairs to old buildings, the clerk said.</li></ul>"
                + "<blockquote>We did what we could with what we had, the mayor said after the vote.</blockquote>"
                + "<p>" + PROSE + "Third paragraph.</p>"
                + "<div class='share-bar'><a href='#'>Share on Facebook</a> <a href='#'>Tweet this</a></div>"
                + "</article>"
                + "<div class='related-links'><h3>Related</h3><ul><li><a href='/a'>Another story about the council"
                + " and its long meetings</a></li><li><a href='/b'>Library opening delayed again this spring</a>"
                + "</li></ul></div>"
                + "<section id='comments'><p>Reader one: this budget is a disgrace, and I will vote against every "
                + "one of them, mark my words, at the next election.</p></section></div>"
                + "<footer><p>Copyright Daily Example. All rights reserved.</p></footer></body></html>";
    }

    private static Article extract(String html) throws ExtractionException {
        return new PageExtractor().extract(new RawPage("t", "test", RawPage.Kind.HTML, html));
    }

    @Test
    void keepsParagraphsSubheadsListsAndQuotes() throws Exception {
        String text = extract(page()).text();
        assertTrue(text.contains("First paragraph."));
        assertTrue(text.contains("Third paragraph."));
        assertTrue(text.contains("Schools first"));
        assertTrue(text.contains("Roads get four million"));
        assertTrue(text.contains("We did what we could"));
    }

    @Test
    void dropsNavigationCaptionsShareBarsRelatedLinksCommentsAndFooter() throws Exception {
        String text = extract(page()).text();
        for (String chrome : new String[] {"Home", "council chamber", "Share on Facebook", "Another story",
            "disgrace", "Copyright", "By Jane Roe", "March 9"}) {
            assertFalse(text.contains(chrome), chrome);
        }
    }

    @Test
    void doesNotRepeatTheHeadlineInTheBody() throws Exception {
        Article a = extract(page());
        assertFalse(a.paragraphs().contains("Council passes budget"));
    }

    @Test
    void readsTitleWithoutSiteSuffixAndMetadata() throws Exception {
        Article a = extract(page());
        assertEquals("Council passes budget", a.title());
        assertEquals("Daily Example", a.outlet());
        assertEquals("https://example.org/2021/03/04/budget", a.url());
        assertEquals(LocalDate.of(2021, 3, 4), a.published());
        assertEquals(java.util.List.of("Jane Roe", "John Doe"), a.authors());
        assertTrue(a.pageDates().stream().anyMatch(d -> d.origin().equals("url")));
    }

    @Test
    void separatesParagraphsWithBlankLines() throws Exception {
        Article a = extract(page());
        assertTrue(a.paragraphs().size() >= 6);
        assertFalse(a.text().contains("\n\n\n"));
    }

    @Test
    void fallsBackToJsonLdArticleBodyWhenTheDomHasNoProse() throws Exception {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Storm hits coast\",\"datePublished\":\"2020-05-06\",\"articleBody\":\"" + PROSE + "\"}"
                + "</script></head><body><div id='app'></div></body></html>";
        Article a = extract(html);
        assertTrue(a.text().startsWith("The council met"));
        assertEquals(LocalDate.of(2020, 5, 6), a.published());
        assertNotNull(a.title());
    }

    @Test
    void visibleDatelineIsUsedWhenNoDateIsDeclaredAndTeaserDatesAreNot() throws Exception {
        String html = "<html><body><article><h1>Bridge reopens</h1><div>By Ann Lee</div>"
                + "<div>March 5, 2021</div><p>" + PROSE + "</p><p>" + PROSE + "</p></article>"
                + "<div><p>More: other story</p><div>January 2, 2020</div></div></body></html>";
        Article a = extract(html);
        assertEquals(LocalDate.of(2021, 3, 5), a.published());
        assertEquals(java.util.List.of("Ann Lee"), a.authors());
        assertTrue(a.pageDates().stream().noneMatch(d -> d.date().getYear() == 2020
                && d.confidence() >= PageExtractor.MIN_PUBLISHED_CONFIDENCE));
    }

    @Test
    void agencyAsAuthorBecomesACreditAndJobTitlesAreDropped() throws Exception {
        String html = "<html><head><meta name='author' content='Reuters'>"
                + "<meta property='og:site_name' content='Example | News | Sport'></head><body><article><p>"
                + PROSE + "</p><p>" + PROSE + "</p></article></body></html>";
        Article a = extract(html);
        assertTrue(a.authors().isEmpty());
        assertTrue(a.credits().stream().anyMatch(c -> c.kind() == org.dossier.model.Credit.Kind.AGENCY
                && c.name().equals("Reuters")));
        assertEquals("Example", a.outlet());
        assertEquals(java.util.List.of("Tom Doe"),
                AuthorNames.clean(java.util.List.of("By Tom Doe, AP Auto Writer")));
    }

    @Test
    void closingAgencySlugBecomesCreditsAndLeavesTheBody() throws Exception {
        Article a = extract("<html><head><title>Council passes budget</title></head><body><article>"
                + "<h1>Council passes budget</h1><p>" + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p>"
                + "<p class='agency'>(QNA/XWS)</p></article></body></html>");
        assertTrue(a.credits().stream().anyMatch(c -> c.kind() == Credit.Kind.AGENCY && c.name().equals("QNA")));
        assertTrue(a.credits().stream().anyMatch(c -> c.kind() == Credit.Kind.AGENCY && c.name().equals("XWS")));
        assertFalse(a.text().contains("QNA"), a.text());
    }

    @Test
    void slugShapedLineInsideTheBodyStaysBodyText() throws Exception {
        Article a = extract("<html><head><title>Council passes budget</title></head><body><article>"
                + "<h1>Council passes budget</h1><p>" + PROSE + "</p><p>QNA/XWS</p><p>" + PROSE + "</p><p>" + PROSE
                + "</p><p>" + PROSE + "</p></article></body></html>");
        assertTrue(a.credits().isEmpty(), a.credits()::toString);
    }

    private static String sitePage(String title, String top) {
        return "<html><head><title>" + title + "</title></head><body>" + top
                + "<ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul><div class='post'>"
                + "<h1 class='post-title'>Council passes budget after a long night</h1>"
                + "<div class='post-text'><p>" + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p></div></div>"
                + "</body></html>";
    }

    @Test
    void titleThatIsTheLogoTextGivesWayToTheMainHeadline() throws Exception {
        Article a = extract(sitePage("Harbour Times", "<a href='/' class='logo'>Harbour Times</a>"));
        assertEquals("Council passes budget after a long night", a.title());
        assertEquals("Harbour Times", a.outlet());
    }

    @Test
    void titleSharingNoWordWithTheHeadlineIsTheSiteName() throws Exception {
        Article a = extract(sitePage("Harbour Times", ""));
        assertEquals("Council passes budget after a long night", a.title());
        assertEquals("Harbour Times", a.outlet());
    }

    @Test
    void logoInAnH1IsNotTheHeadline() throws Exception {
        Article a = extract(sitePage("Harbour Times", "<h1 class='site-title'><a href='/'>Harbour Times</a></h1>"));
        assertEquals("Council passes budget after a long night", a.title());
    }

    @Test
    void headlineTitleKeepsItsWordsAndLosesTheLogoName() throws Exception {
        Article a = extract(sitePage("Budget passed after long council night | Harbour Times",
                "<a href='/'><img src='l.png' alt='Harbour Times'></a>"));
        assertEquals("Budget passed after long council night", a.title());
        assertEquals("Harbour Times", a.outlet());
    }

    @Test
    void homeLinkTextIsNotAnOutlet() throws Exception {
        Article a = extract(sitePage("Council passes budget after a long night", ""));
        assertEquals(null, a.outlet());
    }

    @Test
    void visiblePublishedLabelBeatsAnUpdatedDatelineNextToTheBody() throws Exception {
        Article a = extract("<html><head><title>Council passes budget</title></head><body><article>"
                + "<h1>Council passes budget</h1><div class='info'>Published 3 May 2021</div>"
                + "<div class='info'>Updated 9 May 2021</div><p>" + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE
                + "</p></article></body></html>");
        assertEquals(LocalDate.of(2021, 5, 3), a.published());
        assertTrue(a.pageDates().stream().anyMatch(d -> d.date().equals(LocalDate.of(2021, 5, 9))
                && d.confidence() < PageExtractor.MIN_PUBLISHED_CONFIDENCE));
    }
}
