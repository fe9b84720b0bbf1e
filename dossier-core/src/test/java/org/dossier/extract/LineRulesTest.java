package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Credit;
import org.junit.jupiter.api.Test;

/** Unit behaviour of the credit, date, title and translation rules on synthetic strings. */
class LineRulesTest {
    private final CreditFinder credits = CreditFinder.get();

    @Test
    void agencySlugLineNamesOnlyAgencies() {
        List<Credit> c = credits.creditLine("jdo / AP / Reuters");
        assertEquals(List.of("AP", "Reuters"), c.stream().map(Credit::name).toList());
        assertTrue(c.stream().allMatch(x -> x.kind() == Credit.Kind.AGENCY));
    }

    @Test
    void closingSlugOfAcronymsNamesAgenciesAndSkipsInitials() {
        assertEquals(List.of("QNA", "XWS"), credits.closingSlug("(QNA/XWS)").stream().map(Credit::name).toList());
        assertEquals(List.of("ZPA"), credits.closingSlug("kl / ZPA").stream().map(Credit::name).toList());
        assertTrue(credits.closingSlug("(kl/mb)").isEmpty());
        assertTrue(credits.closingSlug("Rain / Snow / Fog").isEmpty());
        assertTrue(credits.closingSlug("AA/BB/CC/DD/EE/FF").isEmpty());
    }

    @Test
    void outletWithAgenciesLineGivesSourceAndAgencies() {
        List<Credit> c = credits.creditLine("The Daily Planet with AP and dpa");
        assertEquals(Credit.Kind.SOURCE, c.get(0).kind());
        assertEquals("The Daily Planet", c.get(0).name());
        assertEquals(3, c.size());
    }

    @Test
    void repostAndSourceLines() {
        assertEquals("Example News", credits.creditLine("The post Big storm appeared first on Example News.").get(0).name());
        assertEquals(Credit.Kind.SOURCE, credits.creditLine("Source: welt").get(0).kind());
        assertTrue(credits.creditLine("The source of the leak said on Monday that talks were over.").isEmpty());
        Credit unnamed = credits.creditLine("Source link Big storm").get(0);
        assertEquals(Credit.Kind.REPOST, unnamed.kind());
        assertNull(unnamed.name());
    }

    @Test
    void bylineNamesAreSplitAndLeadInsStripped() {
        assertEquals(List.of("Jane Doe", "John Roe"), credits.byline("By Jane Doe and John Roe"));
        assertEquals(List.of("Jane Doe", "John Roe"), HtmlMetadata.Authors.clean(List.of("by Jane Doe and John Roe")));
        assertEquals(List.of("Ana Ruiz"), HtmlMetadata.Authors.clean(List.of("Por Ana Ruiz")));
    }

    @Test
    void agenciesNamedInRunningText() {
        List<Credit> c = credits.inText("Talks failed, the news agency AP reported on Sunday.");
        assertEquals("AP", c.get(0).name());
        assertTrue(credits.inText("The AP style guide is long.").isEmpty());
    }

    @Test
    void datesInTextAndUrls() {
        assertEquals(List.of(LocalDate.of(2021, 2, 3), LocalDate.of(2020, 12, 24)),
                DateParsing.inText("Posted 2021-02-03, updated December 24, 2020"));
        assertEquals(LocalDate.of(2019, 11, 19), DateParsing.inUrl("https://x.org/2019/11/19/story.html"));
        assertEquals(LocalDate.of(2019, 11, 19), DateParsing.first("19 Nov 2019 05:44 GMT"));
        assertNull(DateParsing.first("Room 2021-13-45"));
        assertEquals(LocalDate.of(2025, 3, 3), DateParsing.first("el 3 de marzo de 2025"));
        assertEquals(LocalDate.of(2025, 3, 3), DateParsing.first("March 3rd, 2025"));
        assertEquals(LocalDate.of(2025, 3, 3), DateParsing.first("3rd March 2025"));
    }

    @Test
    void numericDatesWithTwoPossibleOrdersCarryTheOtherReading() {
        DateParsing.Reading r = DateParsing.readings("on 07/03/2025 at 10:12").get(0);
        assertEquals(LocalDate.of(2025, 3, 7), r.date());
        assertEquals(LocalDate.of(2025, 7, 3), r.alternative());
        assertNull(DateParsing.readings("25/03/2025").get(0).alternative());
        assertEquals(Boolean.TRUE, DateParsing.readings("25/03/2025").get(0).dayFirst());
        assertEquals(Boolean.FALSE, DateParsing.readings("03/25/2025").get(0).dayFirst());
        assertNull(DateParsing.readings("07/03/2025").get(0).dayFirst());
        assertEquals(LocalDate.of(2025, 3, 25), DateParsing.readings("03/25/2025").get(0).date());
        assertNull(DateParsing.readings("03/03/2025").get(0).alternative());
    }

    @Test
    void dateLabelsArePublicationOrUpdate() {
        assertTrue(DateLabels.get().published("Publié le 3 mai 2021"));
        assertFalse(DateLabels.get().published("The report was published on 3 May 2021"));
        assertTrue(DateLabels.get().updatedAt("3 May 2021 | Updated 4 May 2021") > 0);
        assertEquals(-1, DateLabels.get().updatedAt("Outdated maps, 4 May 2021"));
    }

    @Test
    void titleSiteSuffixIsRemoved() {
        assertEquals("Storm hits the coast", TitleCleaner.clean("Storm hits the coast | Example News", "Example News"));
        assertEquals("Storm hits the coast", TitleCleaner.clean("Storm hits the coast - Example", null));
        assertEquals("Why it rains: a guide", TitleCleaner.clean("Why it rains: a guide", null));
    }

    @Test
    void textTitleStripsStutteredAndGluedBreadcrumbs() {
        assertEquals("Storm hits the coast", TextTitle.clean("Storm Storm hits the coast", List.of()));
        assertEquals("Storm hits the coast", TextTitle.clean("NewsWeatherStorm hits the coast", List.of()));
    }

    @Test
    void brokenTranslationScoresHigherThanEditedProse() {
        String clean = "The minister said the talks would continue. \u201cWe are ready,\u201d she told reporters. "
                + "Officials expect a deal by Friday.\n\nThe opposition criticised the plan.";
        String broken = "The minister said the talks would continue. Said. \u201cWe are ready, she told reporters. "
                + "rice field. Officials expect a deal by Friday ” , he added.\n\nThe opposition criticised. Is.";
        assertTrue(TranslationScorer.score(broken) > TranslationScorer.score(clean) + 0.3);
        assertTrue(TranslationScorer.score(clean) < 0.2);
    }

    @Test
    void lineShapes() {
        assertTrue(LineShape.hashtags("#Russia #NATO #talks"));
        assertTrue(LineShape.truncated("Lately, the market has found it challenging to..."));
        assertTrue(LineShape.prose("Officials said on Monday that the bridge would reopen next week."));
        assertFalse(LineShape.prose("Latest news"));
        assertTrue(LineShape.dateOnly("Wednesday, January 26, 2022"));
    }
}
