package org.dossier.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.dossier.extract.ExtractionException;
import org.dossier.extract.PageExtractor;
import org.dossier.model.Article;
import org.dossier.model.Credit;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;

/** Line classification of scraped plain-text pages, on small synthetic pages. */
class PlainTextExtractionTest {
    private static final String[] BODY = {
        "The city council voted on Tuesday to close the old harbour bridge for repairs, officials said.",
        "Engineers found cracks in two of the bridge supports during an inspection in the spring.",
        "The council said the harbour bridge repairs would take at least six months and cost the city more.",
        "Ferry service across the harbour will be doubled while the bridge is closed, the council added."};

    private static Article text(String content) throws ExtractionException {
        return new PageExtractor().extract(new RawPage("p", "test", RawPage.Kind.TEXT, content));
    }

    private static String page() {
        return String.join("\n\n", "Daily Harbour", "Home News Sport", "Harbour bridge to close for six months",
                "2021-05-04T08:30:00Z", BODY[0], BODY[1], "Repairs ahead", BODY[2],
                "Famous chef opens a new restaurant downtown with a view of the sea and the hills", BODY[3],
                "#bridge #harbour #council", "kb / AP", "Leave a comment", "Your name", "More stories",
                "Local team wins the cup after a long season of hard...",
                "Weather service warns of storms later this week in the region...",
                "Subscribe to our newsletter for the latest news and special offers.");
    }

    @Test
    void keepsBodyAndSubheadsAndDropsChrome() throws Exception {
        Article a = text(page());
        for (String b : BODY) {
            assertTrue(a.paragraphs().contains(b), b);
        }
        assertTrue(a.paragraphs().contains("Repairs ahead"));
        for (String p : a.paragraphs()) {
            assertFalse(p.startsWith("#") || p.endsWith("...") || p.contains("Famous chef")
                    || p.contains("newsletter") || p.contains("comment") || p.equals("kb / AP"), p);
        }
    }

    @Test
    void headlineTimestampAndAgencyCredit() throws Exception {
        Article a = text(page());
        assertEquals("Harbour bridge to close for six months", a.title());
        assertEquals(LocalDate.of(2021, 5, 4), a.published());
        assertTrue(a.credits().stream().anyMatch(c -> c.kind() == Credit.Kind.AGENCY && c.name().equals("AP")));
    }

    @Test
    void headerDateAloneIsWeakEvidence() throws Exception {
        Article a = text("Monday, March 1, 2021\n\nLatest\n\nHarbour bridge to close for six months\n\n"
                + String.join("\n\n", BODY));
        assertEquals(null, a.published());
        assertTrue(a.pageDates().stream().anyMatch(d -> d.date().equals(LocalDate.of(2021, 3, 1))));
    }

    @Test
    void pageWithoutProseIsRejected() {
        assertThrows(ExtractionException.class, () -> text("Home\nNews\nSport\nContact us"));
    }

    @Test
    void largeTextPagesStayLinear() {
        String big = (String.join("\n", BODY) + "\nMore stories\n").repeat(10_000);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertFalse(text(big).text().isEmpty()));
    }

    @Test
    void sourceLinkRepostTakesTheOutletOfTheRepostNotice() throws Exception {
        Article a = text(String.join("\n\n", "Harbour bridge to close for six months", BODY[0], BODY[1], BODY[2],
                BODY[3], "Source link Harbour bridge to close for six months",
                "The post Harbour bridge to close for six months appeared first on Harbour Gazette."));
        assertTrue(a.credits().stream().allMatch(c -> c.name() != null && !c.name().isBlank()), a.credits()::toString);
        assertTrue(a.credits().stream().anyMatch(c -> c.kind() == Credit.Kind.REPOST
                && c.name().equals("Harbour Gazette")));
        assertEquals("Harbour Gazette", a.outlet());
    }

    @Test
    void sourceLinkWithoutANamedOutletGivesNoCredit() throws Exception {
        Article a = text(String.join("\n\n", "Harbour bridge to close for six months", BODY[0], BODY[1], BODY[2],
                BODY[3], "Source link Harbour bridge to close for six months"));
        assertTrue(a.credits().stream().noneMatch(c -> c.kind() == Credit.Kind.REPOST), a.credits()::toString);
    }

    @Test
    void closingAgencySlugOfATextPageIsACredit() throws Exception {
        Article a = text(String.join("\n\n", "Harbour bridge to close for six months", BODY[0], BODY[1], BODY[2],
                BODY[3], "(QNA/XWS)", "Leave a comment"));
        assertTrue(a.credits().stream().anyMatch(c -> c.kind() == Credit.Kind.AGENCY && c.name().equals("XWS")));
        assertFalse(a.text().contains("QNA"), a.text());
    }

    private static Article withTop(String... top) throws ExtractionException {
        return text("Harbour bridge to close for six months\n\n" + String.join("\n\n", top) + "\n\n"
                + String.join("\n\n", BODY));
    }

    private static double confidenceOf(Article a, LocalDate d) {
        return a.pageDates().stream().filter(p -> p.date().equals(d)).mapToDouble(p -> p.confidence()).max()
                .orElse(-1);
    }

    @Test
    void labelledPublicationDateBeatsTheHeaderDateUnderTheHeadline() throws Exception {
        Article a = withTop("Saturday 15 May 2021", "Home | News | Sport", "Published the 04/05/2021 at 10:12");
        assertEquals(LocalDate.of(2021, 5, 4), a.published());
    }

    @Test
    void ambiguousNumericDateIsNotReadAfterTheHeaderDate() throws Exception {
        // day-first would be 5 July, after the page's own date; month-first is 7 May
        Article a = withTop("Saturday 15 May 2021", "Home | News | Sport", "Posted: 05/07/2021");
        assertEquals(LocalDate.of(2021, 5, 7), a.published());
    }

    @Test
    void ambiguousNumericDateWithoutContextKeepsLowerConfidence() throws Exception {
        Article a = withTop("Published 04/05/2021");
        assertEquals(LocalDate.of(2021, 5, 4), a.published());
        assertTrue(confidenceOf(a, LocalDate.of(2021, 5, 4)) < TextPageDates.LABELLED_PUBLISHED);
        Article b = withTop("Published 24/05/2021");
        assertEquals(TextPageDates.LABELLED_PUBLISHED, confidenceOf(b, LocalDate.of(2021, 5, 24)));
    }

    @Test
    void updatedLabelGivesAWeakModifiedDate() throws Exception {
        Article a = withTop("Published 3 May 2021, updated 9 May 2021");
        assertEquals(LocalDate.of(2021, 5, 3), a.published());
        assertTrue(a.pageDates().stream().anyMatch(d -> d.date().equals(LocalDate.of(2021, 5, 9))
                && d.origin().contains("updated") && d.confidence() < PageExtractor.MIN_PUBLISHED_CONFIDENCE));
    }

    @Test
    void datelineNextToTheBodyBeatsTheHeaderDateUnderTheHeadline() throws Exception {
        Article a = withTop("Thursday, May 20, 2021", "Home", "News", "Jane Roe", "May 12, 2021", "Share post:");
        assertEquals(LocalDate.of(2021, 5, 12), a.published());
        assertTrue(confidenceOf(a, LocalDate.of(2021, 5, 20)) < PageExtractor.MIN_PUBLISHED_CONFIDENCE);
    }

    @Test
    void ambiguousNumericDateFollowsTheOrderOfThePagesOtherNumericDates() throws Exception {
        Article a = text(String.join("\n\n", "Harbour bridge to close for six months", "Published 04/05/2021",
                BODY[0], BODY[1], BODY[2], BODY[3],
                "The council will publish updated figures for the harbour bridge on 05/25/2021, officials said."));
        assertEquals(LocalDate.of(2021, 4, 5), a.published());
        assertEquals(TextPageDates.LABELLED_PUBLISHED, confidenceOf(a, LocalDate.of(2021, 4, 5)));
    }

    @Test
    void textTitleStripsStutteredAndGluedBreadcrumbs() {
        assertEquals("Storm hits the coast", TextTitle.clean("Storm Storm hits the coast", List.of()));
        assertEquals("Storm hits the coast", TextTitle.clean("NewsWeatherStorm hits the coast", List.of()));
    }
}
