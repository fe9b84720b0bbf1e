package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The signals the twelfth metadata set showed missing, one behaviour a test, on small pages written for each: wire
 * datelines closed by an agency in slashes or with a full stop, an agency's credit line above the dateline, names
 * after icons that stand for a person, dates parted from their neighbours only by icons, Substack's page data, and
 * bylines or page data that name the declared author and more, Blogger's label, a bracketed agency after a name,
 * links to profile handles, a meta line's one name beside its date.
 */
class PageShapeSignalsTest {
    @Test
    void aSpanishWireDatelineWithAFullStopAfterTheAgencyIsDatedByTheFetchYear() throws Exception {
        Article a = PageBuilder.read(page("es", "Diario Test").title("Suben las pensiones")
                .article("<h1>Suben las pensiones</h1><p>Sevilla, 11 abr (EFE).- La Junta ha anunciado hoy una subida.</p>"),
                "2023-04-11T18:00:00Z");
        assertEquals(LocalDate.of(2023, 4, 11), a.published());
    }

    @Test
    void aWireDatelineClosedByAnAgencyInSlashesIsDatedByTheFetchYear() throws Exception {
        Article a = PageBuilder.read(page("ro", "Ziarul Test").title("Se deschide un nou spital")
                .article("<h1>Se deschide un nou spital</h1><p>Iași, 3 aprilie /Agerpres/ - Un nou spital se deschide luni.</p>"),
                "2023-04-03T10:00:00Z");
        assertEquals(LocalDate.of(2023, 4, 3), a.published());
    }

    @Test
    void theAgencyCreditLineAboveADatelineLeavesTheDatelineFirst() throws Exception {
        Article a = PageBuilder.read(page("cs", "Noviny Test").title("Parlament schválil zákon")
                .article("<h1>Parlament schválil zákon</h1><p>ČTK</p><p>Brno 4. dubna (ČTK) - Poslanci dnes schválili zákon.</p>"),
                "2023-04-04T09:00:00Z");
        assertEquals(LocalDate.of(2023, 4, 4), a.published());
        assertEquals(List.of(), a.authors());
    }

    @Test
    void theNameAfterAPersonIconWithNoBylineWordIsTheAuthor() throws Exception {
        Article a = PageBuilder.read(page("de", "Lokal Test").title("Freibad öffnet früher")
                .article("<h1>Freibad öffnet früher</h1><div class='meta'><i class='fas fa-user-circle'></i> Greta Albers "
                        + "<i class='fas fa-calendar'></i> 02.05.2023</div>"));
        assertEquals(List.of("Greta Albers"), a.authors());
    }

    @Test
    void theNameAfterAMaterialPersonLigatureIsTheAuthor() throws Exception {
        Article a = PageBuilder.read(page("en", "Town Test").title("Skate park plans unveiled")
                .article("<h1>Skate park plans unveiled</h1><p class='info'><span class='material-icons-round'>person</span>"
                        + "<span>Dana Whitlow</span><span class='material-icons-round'>schedule</span><span>3 May 2023</span></p>"));
        assertEquals(List.of("Dana Whitlow"), a.authors());
    }

    @Test
    void aPersonIconInALoginLinkNamesNoAuthor() throws Exception {
        Article a = PageBuilder.read(page("en", "Town Test").title("Skate park plans unveiled")
                .top("<a class='account' href='/login'><i class='fa fa-user'></i> Sign In</a>")
                .article("<h1>Skate park plans unveiled</h1><p class='date'>3 May 2023</p>"));
        assertEquals(List.of(), a.authors());
    }

    @Test
    void aDateGluedToTheTextsAroundItBetweenIconsIsRead() throws Exception {
        Article a = PageBuilder.read(page("es", "Diario Test").title("Abre la nueva biblioteca")
                .article("<h1>Abre la nueva biblioteca</h1><div class='info'><span>Marta Gil</span><i class='icon-calendar'></i>"
                        + "<span>09/05/2023</span><i class='icon-eye'></i><span>312</span></div>"));
        assertEquals(LocalDate.of(2023, 5, 9), a.published());
    }

    @Test
    void substackBylinesHeldInPreloadsNameTheAuthorsAndTheDate() throws Exception {
        Article a = PageBuilder.read(page("en", "Test Letter").title("Notes on the port strike").bare()
                .article("<h1 class='post-title'>Notes on the port strike</h1>")
                .after("<script>window._preloads = JSON.parse(\"{\\\"post\\\":{\\\"post_date\\\":\\\"2023-06-02T09:00:00.000Z\\\","
                        + "\\\"publishedBylines\\\":[{\\\"id\\\":1,\\\"name\\\":\\\"Lior Ashton\\\"}]}}\")</script>"));
        assertEquals(List.of("Lior Ashton"), a.authors());
        assertEquals(LocalDate.of(2023, 6, 2), a.published());
    }

    @Test
    void aBylineNamingTheDeclaredAuthorAndAnotherNamesBoth() throws Exception {
        Article a = PageBuilder.read(page("en", "Test Post").title("The long road to the bypass")
                .jsonLd("{\"@type\":\"Article\",\"headline\":\"The long road to the bypass\",\"author\":{\"@type\":\"Person\",\"name\":\"Ada Quist\"}}")
                .article("<h1>The long road to the bypass</h1><div class='post-card-byline-content'><span><a href='/author/ada/'>Ada Quist</a>, "
                        + "<a href='/author/ben/'>Ben Orlo</a></span></div>"));
        assertEquals(List.of("Ada Quist", "Ben Orlo"), a.authors());
    }

    @Test
    void aBylineNamingSomeoneElseThanTheDeclaredAuthorLeavesTheDeclaredOne() throws Exception {
        Article a = PageBuilder.read(page("en", "Test Post").title("The long road to the bypass")
                .jsonLd("{\"@type\":\"Article\",\"headline\":\"The long road to the bypass\",\"author\":{\"@type\":\"Person\",\"name\":\"Ada Quist\"}}")
                .article("<h1>The long road to the bypass</h1><div class='byline'><a href='/a/'>Cy Marr</a>, <a href='/b/'>Ben Orlo</a></div>"));
        assertEquals(List.of("Ada Quist"), a.authors());
    }

    @Test
    void pageDataNamingTheMetaAuthorAndAnotherNamesBoth() throws Exception {
        Article a = PageBuilder.read(page("en", "Test Letter").title("Notes on the port strike").bare()
                .meta("author", "Lior Ashton")
                .article("<h1 class='post-title'>Notes on the port strike</h1>")
                .after("<script id='__NEXT_DATA__' type='application/json'>{\"props\":{\"authors\":[{\"name\":\"Lior Ashton\"},{\"name\":\"Remi Voss\"}]}}</script>"));
        assertEquals(List.of("Lior Ashton", "Remi Voss"), a.authors());
    }

    @Test
    void aBylineLinkingTheDeclaredAuthorAndAButtonElsewhereNamesOnlyTheDeclaredOne() throws Exception {
        Article a = PageBuilder.read(page("en", "Test Post").title("The long road to the bypass")
                .jsonLd("{\"@type\":\"Article\",\"headline\":\"The long road to the bypass\",\"author\":{\"@type\":\"Person\",\"name\":\"Ada Quist\"}}")
                .article("<h1>The long road to the bypass</h1><div class='byline'><a href='/author/ada-quist/'>Ada Quist</a> "
                        + "<a href='/share/copy'>Copy Link</a></div>"));
        assertEquals(List.of("Ada Quist"), a.authors());
    }

    @Test
    void bloggersPostedByLabelInItalianIsNoPartOfTheName() throws Exception {
        Article a = PageBuilder.read(page("it", "Blog Test").title("Blog Test: Pane di casa")
                .article("<h3 class='post-title entry-title'>Pane di casa</h3><span class='byline post-author vcard'>"
                        + "<span class='byline-label'>Pubblicato da</span> <span class='fn'>Silvia Conti</span></span>"));
        assertEquals(List.of("Silvia Conti"), a.authors());
    }

    @Test
    void anAgencyInBracketsAfterTheNameIsNoPartOfIt() throws Exception {
        Article a = PageBuilder.read(page("pl", "Portal Test").title("Sejm przyjął ustawę")
                .article("<h1>Sejm przyjął ustawę</h1><p class='autor'>Autor: Ewa Nowicka (PAP)</p><p>12.05.2023</p>"));
        assertEquals(List.of("Ewa Nowicka"), a.authors());
    }

    @Test
    void aLinkToAProfileHandleNamesTheAuthorWhenNothingElseDoes() throws Exception {
        Article a = PageBuilder.read(page("en", "Medium").title("Notes on caching | by Kit Amari | Medium").bare()
                .article("<h1>Notes on caching</h1><div><a data-testid='authorName' href='/@kitamari'>Kit Amari</a></div>"));
        assertEquals(List.of("Kit Amari"), a.authors());
    }

    @Test
    void aOneWordLinkToAChannelHandleNamesNoAuthor() throws Exception {
        Article a = PageBuilder.read(page("en", "Town Test").title("Skate park plans unveiled")
                .article("<h1>Skate park plans unveiled</h1><p class='follow'>Follow us: <a href='https://video.test/@towntest'>Video</a></p>"));
        assertEquals(List.of(), a.authors());
    }

    @Test
    void theOneNameAmongADateAndCountsInAMetaLineIsTheAuthor() throws Exception {
        Article a = PageBuilder.read(page("en", "Blog Test").title("Moving to a static site").bare()
                .article("<h1>Moving to a static site</h1><div class='post-meta'><span>May 4, 2023</span>&nbsp;·&nbsp;6 min&nbsp;·&nbsp;Rosa Lindqvist</div>"));
        assertEquals(List.of("Rosa Lindqvist"), a.authors());
    }

    @Test
    void aMetaLineWithTwoItemsBesideItsDateNamesNoAuthor() throws Exception {
        Article a = PageBuilder.read(page("en", "Blog Test").title("Moving to a static site").bare()
                .article("<h1>Moving to a static site</h1><div class='post-meta'>May 4, 2023 · Web Design · New Zealand</div>"));
        assertEquals(List.of(), a.authors());
    }
}
