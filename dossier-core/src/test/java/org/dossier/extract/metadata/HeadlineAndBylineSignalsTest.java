package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * One signal per test, on short pages built at run time: a kicker set in its own element inside the h1 (by its
 * class, or as the short first of the elements an h1 is made of), a genre label before the title, ticker
 * marks around a live page's headline, a section before the headline in the title, relative dates read against
 * the fetch time only, time elements of comments and trending stories, compound byline classes, a desk credit, a
 * lone word after a byline name, "Story by" and "for the Outlet".
 */
class HeadlineAndBylineSignalsTest {
    @Test
    void aKickerSpanInsideTheH1IsNotPartOfTheTitle() throws Exception {
        Article de = read(page("de", "Beispielfunk").title("Tarifstreit: Bahn und Gewerkschaft einigen sich")
                .meta("og:title", "Tarifstreit: Bahn und Gewerkschaft einigen sich")
                .article("<h1><span class=\"article-head__dachzeile\">Tarifstreit</span><span class=\"article-head__title\">Bahn und Gewerkschaft einigen sich</span></h1>"));
        Article es = read(page("es", "Diario Ejemplo").title("Sanidad amplía la vacunación")
                .article("<h1><span class=\"antetitulo\">Salud</span> Sanidad amplía la vacunación</h1>"));
        assertEquals("Bahn und Gewerkschaft einigen sich", de.title());
        assertEquals("Sanidad amplía la vacunación", es.title());
    }

    @Test
    void anH1WithoutAKickerElementKeepsItsWholeText() throws Exception {
        Article a = read(page("fr", "Journal Exemple").title("Canicule : les écoles ferment plus tôt")
                .article("<h1><span class=\"title\">Canicule : les écoles ferment plus tôt</span></h1>"));
        assertEquals("Canicule : les écoles ferment plus tôt", a.title());
    }

    @Test
    void aShortFirstPartOfAnH1MadeOfElementsIsAKicker() throws Exception {
        Article a = read(page("de", "Beispielmagazin").title("Russland zieht Truppen ab")
                .article("<h1><span class=\"text-sm\">Ukraine-Krise</span><span class=\"align-middle\">Russland zieht Truppen ab</span></h1>"));
        assertEquals("Russland zieht Truppen ab", a.title());
    }

    @Test
    void inlineMarksInsideAHeadlineAreNoKicker() throws Exception {
        Article a = read(page("en", "Daily Example").title("The real cost of housing")
                .article("<h1>The <em>real</em> cost of <a href=\"/h\">housing</a></h1>"));
        assertEquals("The real cost of housing", a.title());
    }

    @Test
    void aGenreLabelBeforeTheTitleIsDroppedInSeveralLanguages() throws Exception {
        Article de = read(page("de", "Beispielblatt").title("Kommentar | Die Rente braucht mehr Mut")
                .article("<div class=\"headline\">Die Rente braucht mehr Mut</div>"));
        Article en = read(page("en", "Daily Example").title("Opinion: Why the bridge matters")
                .article("<h2>Why the bridge matters</h2>"));
        Article es = read(page("es", "Diario Ejemplo").title("Análisis - La reforma que no llega")
                .article("<h2>La reforma que no llega</h2>"));
        assertEquals("Die Rente braucht mehr Mut", de.title());
        assertEquals("Why the bridge matters", en.title());
        assertEquals("La reforma que no llega", es.title());
    }

    @Test
    void tickerMarksAroundALiveHeadlineAreDropped() throws Exception {
        Article a = read(page("de", "Beispielkurier").title("+++ Sturmtief zieht über Norddeutschland +++")
                .article("<h1>+++ Sturmtief zieht über Norddeutschland +++</h1>"));
        assertEquals("Sturmtief zieht über Norddeutschland", a.title());
    }

    @Test
    void aOneWordSectionBeforeTheHeadlineGoesWithTheSiteName() throws Exception {
        Article a = read(page("en", "The Example Courier").title("Business | Bank raises interest rates again | The Example Courier")
                .article("<div class=\"headline\">Bank raises interest rates again</div>"));
        assertEquals("Bank raises interest rates again", a.title());
    }

    @Test
    void aRelativeDateIsReadAgainstTheFetchTimeInSeveralLanguages() throws Exception {
        String fetched = "2024-02-10T12:00:00Z";
        assertEquals(LocalDate.of(2024, 2, 10), read(page("de", "Beispielblatt").title("Zug entgleist")
                .article("<h1>Zug entgleist</h1><p class=\"meta\">vor 5 Stunden</p>"), fetched).published());
        assertEquals(LocalDate.of(2024, 2, 8), read(page("fr", "Journal Exemple").title("Le pont rouvre")
                .article("<h1>Le pont rouvre</h1><p class=\"meta\">il y a 2 jours</p>"), fetched).published());
        assertEquals(LocalDate.of(2024, 2, 9), read(page("it", "Giornale Esempio").title("Sciopero dei treni")
                .article("<h1>Sciopero dei treni</h1><p class=\"meta\">Ieri alle 18:30</p>"), fetched).published());
        assertEquals(LocalDate.of(2024, 2, 10), read(page("en", "Daily Example").title("Roads reopen after snow")
                .article("<h1>Roads reopen after snow</h1><p class=\"meta\">an hour ago</p>"), fetched).published());
    }

    @Test
    void aRelativeDateWithoutAFetchTimeDatesNothing() throws Exception {
        Article a = read(page("es", "Diario Ejemplo").title("Cortes de luz en el centro")
                .article("<h1>Cortes de luz en el centro</h1><p class=\"meta\">hace 3 horas</p>"));
        assertEquals(null, a.published());
    }

    @Test
    void aRelativeUpdateLineDoesNotBeatAStatedPublicationDate() throws Exception {
        Article a = read(page("pt", "Jornal Exemplo").title("Metro fecha mais cedo")
                .meta("article:published_time", "2024-02-01T08:00:00Z")
                .article("<h1>Metro fecha mais cedo</h1><p class=\"meta\">Atualizado há 2 horas</p>"),
                "2024-02-10T12:00:00Z");
        assertEquals(LocalDate.of(2024, 2, 1), a.published());
    }

    @Test
    void timeElementsOfCommentsAndTrendingStoriesDoNotDateThePage() throws Exception {
        Article a = read(page("en", "Daily Example").title("Museum extends opening hours")
                .top("<div class=\"trending-bar\"><a href=\"/t\">Snow closes schools</a> <time datetime=\"2023-01-05T08:00:00Z\">Jan 5</time></div>")
                .article("<h1>Museum extends opening hours</h1><time datetime=\"2023-01-09T10:00:00Z\">January 9, 2023</time>")
                .after("<ol class=\"comment-list\"><li><time datetime=\"2023-01-10T10:00:00Z\">Jan 10</time> Good.</li></ol>"));
        assertEquals(LocalDate.of(2023, 1, 9), a.published());
    }

    @Test
    void aCompoundBylineClassNamesTheAuthor() throws Exception {
        Article a = read(page("nl", "Dagblad Voorbeeld").title("Gemeente bouwt nieuwe sporthal")
                .meta("article:published_time", "2023-04-04T08:00:00Z")
                .article("<h1>Gemeente bouwt nieuwe sporthal</h1><div class=\"article__byline\"><span class=\"byline__name\">Eva Jansen</span> <span class=\"byline__role\">verslaggever</span></div>"));
        assertEquals(List.of("Eva Jansen"), a.authors());
    }

    @Test
    void aCommentAuthorClassNamesNoAuthor() throws Exception {
        Article a = read(page("en", "Daily Example").title("Harbour walls repaired")
                .meta("article:published_time", "2023-04-04T08:00:00Z")
                .article("<h1>Harbour walls repaired</h1>")
                .after("<div class=\"comments\"><div class=\"comment-author\">Peter Miller</div><p>Took long enough.</p></div>"));
        assertEquals(List.of(), a.authors());
    }

    @Test
    void aDeskCreditLineIsNotBodyTextAndNamesNoAuthor() throws Exception {
        Article a = read(page("it", "Giornale Esempio").title("Neve in Appennino")
                .article("<h1>Neve in Appennino</h1><p>Redazione Online</p><p>BOLOGNA, 12 gennaio 2024</p>"));
        assertEquals(List.of(), a.authors());
        assertEquals(LocalDate.of(2024, 1, 12), a.published());
        assertEquals(false, a.text().contains("Redazione"));
    }

    @Test
    void aLoneWordAfterABylineNameIsAPlaceOrDeskNotAnAuthor() throws Exception {
        Article a = read(page("de", "Beispielfunk").title("Landtag debattiert über Schulen")
                .article("<h1>Landtag debattiert über Schulen</h1><p class=\"byline\">Von Jan Peters, Landesstudio</p>"));
        assertEquals(List.of("Jan Peters"), a.authors());
    }

    @Test
    void storyByAndForTheOutletBylinesGiveTheNames() throws Exception {
        Article story = read(page("en", "Portal Example").title("Airline cancels flights")
                .article("<h1>Airline cancels flights</h1><p>Story by Rachel Moss • 3h</p>"));
        Article forOutlet = read(page("en", "Daily Example").title("Farmers protest price cuts")
                .article("<h1>Farmers protest price cuts</h1><div class=\"byline\">By Omar Hadid for the Example Times</div>"));
        assertEquals(List.of("Rachel Moss"), story.authors());
        assertEquals(List.of("Omar Hadid"), forOutlet.authors());
    }

    @Test
    void leadInsNamingTheWritersPostGiveTheName() throws Exception {
        Article de = read(page("de", "Beispielblatt").title("Wahlkampf in Washington")
                .article("<h1>Wahlkampf in Washington</h1><p>Von unserem Korrespondenten Frank Heller</p>"));
        Article fr = read(page("fr", "Journal Exemple").title("À Gaza, l'attente")
                .article("<h1>À Gaza, l'attente</h1><p>De notre envoyée spéciale Claire Roux</p>"));
        Article it = read(page("it", "Giornale Esempio").title("Il festival chiude in attivo")
                .article("<h1>Il festival chiude in attivo</h1><p>A cura di Sara Conti</p>"));
        assertEquals(List.of("Frank Heller"), de.authors());
        assertEquals(List.of("Claire Roux"), fr.authors());
        assertEquals(List.of("Sara Conti"), it.authors());
    }

    @Test
    void austrianAndPolishMonthNamesAreRead() throws Exception {
        Article at = read(page("de", "Beispielzeitung").title("Budget beschlossen")
                .article("<h1>Budget beschlossen</h1><p class=\"date\">3. Jänner 2024</p>"));
        Article pl = read(page("pl", "Gazeta Przykładowa").title("Nowy most otwarty")
                .article("<h1>Nowy most otwarty</h1><p class=\"date\">7 lutego 2024</p>"));
        assertEquals(LocalDate.of(2024, 1, 3), at.published());
        assertEquals(LocalDate.of(2024, 2, 7), pl.published());
    }
}
