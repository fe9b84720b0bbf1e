package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A live page (a live blog, a ticker) sets its newest entry first: it is dated by its own start or its earliest
 * entry, never by a later entry's time.
 */
class LiveBlogDateSignalsTest {
    @Test
    void liveEntriesTimesDateThePageByTheEarliestEntry() throws Exception {
        assertEquals(LocalDate.of(2024, 3, 14), read(page("en", "Marsh Post").title("Live: storm reaches the coast")
                .article("<h1>Live: storm reaches the coast</h1><div class='liveblog'>"
                        + "<div class='live-entry'><time datetime='2024-03-16T09:00:00Z'>16 March 2024 09:00</time><p>Ferries stay in port for a third day, the harbour office said.</p></div>"
                        + "<div class='live-entry'><time datetime='2024-03-15T12:00:00Z'>15 March 2024 12:00</time><p>Schools along the coast closed at noon.</p></div>"
                        + "<div class='live-entry'><time datetime='2024-03-14T18:00:00Z'>14 March 2024 18:00</time><p>The weather service issued its first warning this evening.</p></div></div>"))
                .published());
        assertEquals(LocalDate.of(2024, 3, 14), read(page("de", "Moorbote").title("Liveticker: Sturm an der Küste")
                .article("<h1>Liveticker: Sturm an der Küste</h1>"
                        + "<div class='update'><time datetime='2024-03-16T08:00'>16.03.2024, 08:00 Uhr</time><p>Die Fähren bleiben auch heute im Hafen.</p></div>"
                        + "<div class='update'><time datetime='2024-03-14T20:00'>14.03.2024, 20:00 Uhr</time><p>Der Wetterdienst warnt vor Sturmböen.</p></div>"))
                .published());
    }

    @Test
    void entriesMarkedUpAsPostsWithTheirOwnPublicationDateDateThePageByTheEarliest() throws Exception {
        assertEquals(LocalDate.of(2024, 3, 14), read(page("fr", "Le Phare du Val").title("En direct : la tempête sur la côte")
                .article("<h1>En direct : la tempête sur la côte</h1>"
                        + "<article itemprop='liveBlogUpdate' itemscope itemtype='https://schema.org/BlogPosting'><time itemprop='datePublished' datetime='2024-03-16T08:00'>16 mars 2024</time><p>Les ferries restent à quai.</p></article>"
                        + "<article itemprop='liveBlogUpdate' itemscope itemtype='https://schema.org/BlogPosting'><time itemprop='datePublished' datetime='2024-03-14T20:00'>14 mars 2024</time><p>Météo-Côte lance une alerte.</p></article>"))
                .published());
    }

    @Test
    void aLiveBlogPostingsOwnStartWinsOverUpdatesListedBeforeIt() throws Exception {
        assertEquals(LocalDate.of(2024, 3, 14), read(page("en", "Marsh Post").title("Live: storm reaches the coast")
                .jsonLd("[{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"headline\":\"Ferries stay in port\",\"datePublished\":\"2024-03-16T09:00:00Z\"},"
                        + "{\"@context\":\"https://schema.org\",\"@type\":\"LiveBlogPosting\",\"headline\":\"Live: storm reaches the coast\",\"coverageStartTime\":\"2024-03-14T18:00:00Z\"}]")
                .article("<h1>Live: storm reaches the coast</h1>")).published());
    }

    @Test
    void aLiveBlogPostingWithNoDateOfItsOwnIsDatedByItsEarliestUpdate() throws Exception {
        assertEquals(LocalDate.of(2024, 3, 14), read(page("es", "Diario de Almenara").title("Directo: el temporal llega a la costa")
                .jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"LiveBlogPosting\",\"headline\":\"Directo: el temporal llega a la costa\",\"liveBlogUpdate\":["
                        + "{\"@type\":\"BlogPosting\",\"headline\":\"Los ferris siguen en puerto\",\"datePublished\":\"2024-03-16T09:00:00+01:00\"},"
                        + "{\"@type\":\"BlogPosting\",\"headline\":\"Primer aviso\",\"datePublished\":\"2024-03-14T18:00:00+01:00\"}]}")
                .article("<h1>Directo: el temporal llega a la costa</h1>")).published());
    }

    @Test
    void aDatelineShownInALiveEntryDoesNotDateThePageAfterItsStart() throws Exception {
        assertEquals(LocalDate.of(2024, 10, 20), read(page("de", "Küstenblatt").title("Liveticker: Sturmflut an der Küste")
                .article("<h1>Liveticker: Sturmflut an der Küste</h1><p class='start'>20.10.2024, 06:00 Uhr</p>"
                        + "<div class='ticker-eintrag'><span class='zeit'>21.10.2024, 09:15 Uhr</span><p>Der Pegel sinkt wieder.</p></div>"))
                .published());
    }

    @Test
    void theTimeOfAPagesOneUpdateIsBelowItsDateline() throws Exception {
        assertEquals(LocalDate.of(2024, 2, 10), read(page("nl", "Kempenbode").title("Liveblog: carnaval in de stad")
                .article("<h1>Liveblog: carnaval in de stad</h1><p class='datum'>10 februari 2024</p>"
                        + "<div class='update'><time>11 februari 2024 00:45</time><p>Het feest gaat door.</p></div>"))
                .published());
    }

    @Test
    void aPageWrappedInOneEntryKeepsItsOwnDatelineOverTheSitesDateBar() throws Exception {
        assertEquals(LocalDate.of(2024, 5, 7), read(page("es", "Diario de Almenara").title("La feria abre sus puertas")
                .top("<div class='fecha-hoy'>9 de mayo de 2024</div>")
                .article("<div class='entrada'><h1>La feria abre sus puertas</h1><p class='fecha'>7 de mayo de 2024</p></div>"))
                .published());
    }

    @Test
    void compoundLiveEntryClassesMarkEntries() throws Exception {
        assertEquals(LocalDate.of(2024, 3, 14), read(page("it", "Gazzetta di Valfonda").title("Diretta: la piena del fiume")
                .article("<h1>Diretta: la piena del fiume</h1>"
                        + "<div class='live-blog__entry'><time datetime='2024-03-16T08:00'>16 marzo 2024, 08:00</time><p>Il livello scende.</p></div>"
                        + "<div class='live-blog__entry'><time datetime='2024-03-14T20:00'>14 marzo 2024, 20:00</time><p>Scatta l'allerta.</p></div>"))
                .published());
    }

    @Test
    void aNewsTickersItemsAreNoEntriesOfThePage() throws Exception {
        assertEquals(LocalDate.of(2024, 3, 16), read(page("en", "Marsh Post").title("Harbour wall to be rebuilt")
                .top("<ul class='news-ticker'><li class='ticker-item'><time datetime='2024-03-15T08:00'>15 March 2024</time> <a href='/a'>Ferry fares rise</a></li>"
                        + "<li class='ticker-item'><time datetime='2024-03-14T08:00'>14 March 2024</time> <a href='/b'>Mill reopens</a></li></ul>")
                .article("<h1>Harbour wall to be rebuilt</h1><time datetime='2024-03-16T09:00'>16 March 2024</time>")).published());
    }
}
