package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * One signal per test, on short pages built at run time, for the rules the fifth metadata set led to: the page
 * data of a Next.js page, a Twitter card's "Written by" field, names linked one by one, CSS-module byline classes,
 * an author meta that names the site, where a byline's names end ("on", a picture credit, a date label), names
 * joined in Danish, Swedish and Turkish, outlet names beside a name, a kicker the page's section names, month
 * names and date shapes of more languages, a live page's "First published" line, a relative date after a byline.
 */
class PublishingSystemSignalsTest {
    @Test
    void theDataOfANextJsPageDatesItWhenNothingElseDoes() throws Exception {
        Article a = read(page("en", "Valley Bulletin").title("Water rates frozen for a year")
                .article("<h1>Water rates frozen for a year</h1>")
                .after("<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":{\"story\":{\"title\":\"Water rates frozen for a year\",\"firstPublished\":\"2022-05-17T09:30:00Z\"}}}}</script>"));
        assertEquals(LocalDate.of(2022, 5, 17), a.published());
    }

    @Test
    void pageDataWithoutAPublicationKeyDatesNothing() throws Exception {
        Article a = read(page("en", "Valley Bulletin").title("Water rates frozen for a year")
                .article("<h1>Water rates frozen for a year</h1>")
                .after("<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":{\"buildTime\":\"2022-05-17T09:30:00Z\"}}}</script>"));
        assertNull(a.published());
    }

    @Test
    void aTwitterCardWrittenByFieldNamesTheAuthor() throws Exception {
        Article a = read(page("en", "Quiet Essays").title("On walking")
                .meta("twitter:label1", "Written by").meta("twitter:data1", "Ruth Ainsley")
                .meta("article:published_time", "2023-02-02T08:00:00Z")
                .article("<h1>On walking</h1>"));
        Article other = read(page("en", "Quiet Essays").title("On walking")
                .meta("twitter:label1", "Reading time").meta("twitter:data1", "5 Minutes")
                .article("<h1>On walking</h1>"));
        assertEquals(List.of("Ruth Ainsley"), a.authors());
        assertEquals(List.of(), other.authors());
    }

    @Test
    void namesLinkedOneByOneInABylineElementAreReadApart() throws Exception {
        Article a = read(page("en", "Open Ledger").title("Rents keep climbing")
                .article("<h1>Rents keep climbing</h1><div class=\"article-byline\"><a href=\"/a/1\">Dora Quist</a> <a href=\"/a/2\">Felipe Arce</a></div>"));
        assertEquals(List.of("Dora Quist", "Felipe Arce"), a.authors());
    }

    @Test
    void aCssModuleBylineClassIsReadByItsComponentName() throws Exception {
        Article a = read(page("en", "City Pulse").title("Tram depot to be rebuilt")
                .article("<h1>Tram depot to be rebuilt</h1><div class=\"StoryByline_wrapper__9fK2a\"><span>Owen Tilly</span></div>"));
        assertEquals(List.of("Owen Tilly"), a.authors());
    }

    @Test
    void anAuthorMetaNamingTheSiteGivesWayToTheByline() throws Exception {
        Article a = read(page("en", "Marsh Valley Post").title("Bridge toll scrapped")
                .meta("og:site_name", "Marsh Valley Post").meta("author", "Marsh Valley Post")
                .article("<h1>Bridge toll scrapped</h1><p class=\"byline\">By Leah Moreno</p>"));
        assertEquals(List.of("Leah Moreno"), a.authors());
    }

    @Test
    void aBylinesNamesEndWhereTheLineGoesOnWithItsDate() throws Exception {
        Article en = read(page("en", "Shore Notes").title("Beach huts for rent")
                .article("<h1>Beach huts for rent</h1><p class=\"post-info\">Posted by Gil Haddon on June 3, 2021</p>"));
        Article de = read(page("de", "Seeblatt").title("Badestrand wird erweitert")
                .article("<h1>Badestrand wird erweitert</h1><p class=\"info\">Von Jana Reuter am 3. Juni 2021</p>"));
        assertEquals(List.of("Gil Haddon"), en.authors());
        assertEquals(List.of("Jana Reuter"), de.authors());
        assertEquals(LocalDate.of(2021, 6, 3), en.published());
    }

    @Test
    void aPictureCreditEndsTheByline() throws Exception {
        Article sv = read(page("sv", "Lokaltidningen").title("Badhuset renoveras")
                .article("<h1>Badhuset renoveras</h1><p class=\"info\">Text: Maja Lund Foto: Nils Ek</p>"));
        Article en = read(page("en", "Hill Weekly").title("Orchard saved by volunteers")
                .article("<h1>Orchard saved by volunteers</h1><p class=\"info\">By Rosa Kemp Photos: Dan Field</p>"));
        assertEquals(List.of("Maja Lund"), sv.authors());
        assertEquals(List.of("Rosa Kemp"), en.authors());
    }

    @Test
    void namesJoinedInDanishSwedishAndTurkishAreTwoAuthors() throws Exception {
        Article da = read(page("da", "Lokalavisen").title("Ny cykelsti langs åen")
                .article("<h1>Ny cykelsti langs åen</h1><p class=\"byline\">Af Lars Winther og Ida Krogh</p>"));
        Article sv = read(page("sv", "Lokaltidningen").title("Ny cykelväg längs ån")
                .article("<h1>Ny cykelväg längs ån</h1><p class=\"byline\">Av Per Holm och Sara Ek</p>"));
        Article tr = read(page("tr", "Yerel Haber").title("Sahil yolu yenileniyor")
                .article("<h1>Sahil yolu yenileniyor</h1><p class=\"byline\">Ali Çelik ve Zeynep Arslan</p>"));
        assertEquals(List.of("Lars Winther", "Ida Krogh"), da.authors());
        assertEquals(List.of("Per Holm", "Sara Ek"), sv.authors());
        assertEquals(List.of("Ali Çelik", "Zeynep Arslan"), tr.authors());
    }

    @Test
    void anOutletNamedBesideABylineNameIsNoPerson() throws Exception {
        Article a = read(page("en", "Bay Reader").title("Harbour dredging approved")
                .article("<h1>Harbour dredging approved</h1><p class=\"byline\">Colm Foley, Western Gazette</p>"));
        assertEquals(List.of("Colm Foley"), a.authors());
    }

    @Test
    void aDateLabelWithItsColonEndsTheNamesOfAByline() throws Exception {
        Article a = read(page("en", "Print Edition").title("Ferry timetable changes")
                .article("<h1>Ferry timetable changes</h1><p class=\"byline\">By Tess Arnold<br>Updated: Jan 9, 2020</p>"));
        assertEquals(List.of("Tess Arnold"), a.authors());
    }

    @Test
    void aKickerThePagesSectionOrKeywordsNameIsNotPartOfTheTitle() throws Exception {
        Article de = read(page("de", "Kreisblatt").title("Hochwasser: Deiche halten stand")
                .meta("article:section", "Hochwasser").article("<h1>Hochwasser: Deiche halten stand</h1>"));
        Article en = read(page("en", "Coast Daily").title("Wildfires: Evacuations ordered in two towns")
                .meta("keywords", "wildfires, evacuation, weather").article("<h1>Wildfires: Evacuations ordered in two towns</h1>"));
        assertEquals("Deiche halten stand", de.title());
        assertEquals("Evacuations ordered in two towns", en.title());
    }

    @Test
    void aKickerTheLastBreadcrumbOrTheArticleSectionNamesIsNotPartOfTheTitle() throws Exception {
        Article it = read(page("it", "Cronaca Locale").title("Maltempo: Chiuse le scuole in provincia")
                .jsonLd("""
                        {"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@id":"/cronaca","name":"Cronaca"}},{"@type":"ListItem","position":2,"item":{"@id":"/maltempo","name":"Maltempo"}}]}""")
                .article("<h1>Maltempo: Chiuse le scuole in provincia</h1>"));
        Article en = read(page("en", "River Daily").title("Transport: Night buses return")
                .jsonLd("""
                        {"@context":"https://schema.org","@type":"NewsArticle","headline":"Transport: Night buses return","articleSection":"Transport"}""")
                .article("<h1>Transport: Night buses return</h1>"));
        assertEquals("Chiuse le scuole in provincia", it.title());
        assertEquals("Night buses return", en.title());
    }

    @Test
    void aColonTitleWhoseFirstPartNoSectionNamesIsKept() throws Exception {
        Article a = read(page("en", "Capital Wire").title("Okafor: Talks will resume next week")
                .meta("article:section", "World").article("<h1>Okafor: Talks will resume next week</h1>"));
        assertEquals("Okafor: Talks will resume next week", a.title());
    }

    @Test
    void monthNamesOfNordicCzechAndTurkishPagesDateThePage() throws Exception {
        Article nb = read(page("nb", "Lokalposten").title("Ny skole åpner")
                .article("<h1>Ny skole åpner</h1><p class=\"date\">Publisert 9. mai 2023</p>"));
        Article sv = read(page("sv", "Lokaltidningen").title("Ny skola öppnar")
                .article("<h1>Ny skola öppnar</h1><p class=\"date\">Publicerad 2 augusti 2023</p>"));
        Article cs = read(page("cs", "Místní listy").title("Nová škola otevřena")
                .article("<h1>Nová škola otevřena</h1><p class=\"date\">7. října 2023</p>"));
        Article tr = read(page("tr", "Yerel Haber").title("Yeni okul açıldı")
                .article("<h1>Yeni okul açıldı</h1><p class=\"date\">21 Ağustos 2023</p>"));
        assertEquals(LocalDate.of(2023, 5, 9), nb.published());
        assertEquals(LocalDate.of(2023, 8, 2), sv.published());
        assertEquals(LocalDate.of(2023, 10, 7), cs.published());
        assertEquals(LocalDate.of(2023, 8, 21), tr.published());
    }

    @Test
    void aNumericDateSpacedAfterItsDotsIsRead() throws Exception {
        Article a = read(page("cs", "Místní listy").title("Most bude opraven")
                .article("<h1>Most bude opraven</h1><p class=\"date\">15. 3. 2024 9:40</p>"));
        assertEquals(LocalDate.of(2024, 3, 15), a.published());
    }

    @Test
    void aJapaneseYearMonthDayDateIsRead() throws Exception {
        Article a = read(page("ja", "例日報").title("市立図書館が改装")
                .article("<h1>市立図書館が改装</h1><p class=\"date\">2023年11月3日</p>"));
        assertEquals(LocalDate.of(2023, 11, 3), a.published());
    }

    @Test
    void aLivePagesFirstPublishedLineBeatsItsEntryTimes() throws Exception {
        Article a = read(page("en", "Evening Desk").title("Storm: live updates")
                .article("<h1>Storm: live updates</h1><p class=\"meta\">First published on Sat 12 Oct 2024 18.00 BST</p><div class=\"entry\"><time datetime=\"2024-10-13T07:00:00+01:00\">7.00am</time><p>Roads reopen.</p></div>"));
        assertEquals(LocalDate.of(2024, 10, 12), a.published());
    }

    @Test
    void aRelativeDateAfterABylineIsReadAgainstTheFetchTimeOnly() throws Exception {
        PageBuilder p = page("es", "Diario Local").title("Abre el nuevo mercado")
                .article("<h1>Abre el nuevo mercado</h1><p class=\"meta\">Por Inés Vidal | <time>hace 3 horas</time></p>");
        assertEquals(LocalDate.of(2024, 9, 30), read(p, "2024-10-01T01:00:00Z").published());
        assertNull(read(p).published());
    }
}
