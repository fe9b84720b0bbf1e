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
 * One signal per test, on short pages built at run time, for the rules the seventh metadata set led to: month
 * names and labels of Romanian, Hungarian, Greek, Indonesian and Arabic pages, year-first and "14.mar.2023" dates,
 * relative dates of more languages and in the page's own offset, an update stated before the first publication,
 * ISO dates in URL paths, epoch times and authors in script page data, live pages' coverage start, byline lead-ins
 * and joiners of more languages, roles between names, breadcrumb trails and "| Section | Site" titles.
 */
class UnseenLanguageSignalsTest {
    @Test
    void monthNamesOfRomanianGreekIndonesianAndArabicPagesDateThem() throws Exception {
        assertEquals(LocalDate.of(2022, 11, 3), read(page("ro", "Cotidianul Nou").title("Școala se redeschide")
                .article("<h1>Școala se redeschide</h1><p class=\"data\">3 noiembrie 2022, 08:40</p>")).published());
        assertEquals(LocalDate.of(2022, 8, 21), read(page("el", "Νέα Πόλη").title("Ανοίγει το νέο πάρκο")
                .article("<h1>Ανοίγει το νέο πάρκο</h1><p class=\"date\">21 Αυγούστου 2022</p>")).published());
        assertEquals(LocalDate.of(2022, 8, 17), read(page("id", "Warta Kota").title("Pasar baru dibuka")
                .article("<h1>Pasar baru dibuka</h1><p class=\"date\">Rabu, 17 Agustus 2022 10:00 WIB</p>")).published());
        assertEquals(LocalDate.of(2022, 10, 9), read(page("ar", "الخبر اليومي").title("افتتاح مكتبة عامة")
                .article("<h1>افتتاح مكتبة عامة</h1><p class=\"date\">9 أكتوبر 2022</p>")).published());
    }

    @Test
    void aYearFirstHungarianDateIsRead() throws Exception {
        Article words = read(page("hu", "Városi Lap").title("Megnyílt az új piac")
                .article("<h1>Megnyílt az új piac</h1><p class=\"date\">2022. okt. 4. 11:20</p>"));
        Article digits = read(page("hu", "Városi Lap").title("Megnyílt az új piac")
                .article("<h1>Megnyílt az új piac</h1><p class=\"date\">Frissítve: 2022.10.05. 09:00</p><p class=\"date\">2022.10.04. 11:20</p>"));
        assertEquals(LocalDate.of(2022, 10, 4), words.published());
        assertEquals(LocalDate.of(2022, 10, 4), digits.published());
    }

    @Test
    void aDayShortMonthAndYearJoinedByDotsIsRead() throws Exception {
        Article a = read(page("pt", "Jornal da Serra").title("Ponte interditada após chuva")
                .article("<h1>Ponte interditada após chuva</h1><p class=\"date\">2.out.2022 às 18h40</p>"));
        assertEquals(LocalDate.of(2022, 10, 2), a.published());
    }

    @Test
    void anUpdateStatedBeforeTheFirstPublicationGivesWayToIt() throws Exception {
        Article ro = read(page("ro", "Gazeta Nouă").title("Trenurile întârzie")
                .article("<h1>Trenurile întârzie</h1><p class=\"meta\">Actualizat: 12.10.2022 | Publicat: 11.10.2022</p>"));
        Article it = read(page("it", "Il Giornale Nuovo").title("Treni in ritardo")
                .article("<h1>Treni in ritardo</h1><p class=\"meta\">Aggiornato il 12 ottobre 2022 – Pubblicato l'11 ottobre 2022</p>"));
        Article de = read(page("de", "Stadtblatt Neu").title("Züge verspätet")
                .article("<h1>Züge verspätet</h1><p class=\"meta\">Aktualisiert am 12.10.2022 · Erstmals veröffentlicht am 11.10.2022</p>"));
        assertEquals(LocalDate.of(2022, 10, 11), ro.published());
        assertEquals(LocalDate.of(2022, 10, 11), it.published());
        assertEquals(LocalDate.of(2022, 10, 11), de.published());
    }

    @Test
    void aBareDateBesideALabelledUpdateIsTheDateline() throws Exception {
        Article a = read(page("fi", "Paikallislehti").title("Kirjasto laajenee")
                .article("<h1>Kirjasto laajenee</h1><p class=\"meta\">4.10.2022 11:20 | Päivitetty 6.10.2022 08:00</p>"));
        assertEquals(LocalDate.of(2022, 10, 4), a.published());
    }

    @Test
    void relativeDatesOfMoreLanguagesDateAPageAgainstItsFetchTime() throws Exception {
        String fetched = "2022-10-04T15:00:00Z";
        assertEquals(LocalDate.of(2022, 10, 3), read(page("ru", "Новости дня").title("Открыли новый парк")
                .article("<h1>Открыли новый парк</h1><p class=\"date\">вчера в 19:10</p>"), fetched).published());
        assertEquals(LocalDate.of(2022, 10, 4), read(page("uk", "Новини дня").title("Відкрили новий парк")
                .article("<h1>Відкрили новий парк</h1><p class=\"date\">2 години тому</p>"), fetched).published());
        assertEquals(LocalDate.of(2022, 10, 4), read(page("id", "Warta Kota").title("Taman baru dibuka")
                .article("<h1>Taman baru dibuka</h1><p class=\"date\">3 jam yang lalu</p>"), fetched).published());
        assertNull(read(page("ru", "Новости дня").title("Открыли новый парк")
                .article("<h1>Открыли новый парк</h1><p class=\"date\">вчера в 19:10</p>")).published());
    }

    @Test
    void aRelativeDateTakesTheDayInThePagesStatedOffset() throws Exception {
        PageBuilder east = page("en", "Harbour Live").title("Ferry runs aground")
                .meta("article:modified_time", "2022-10-05T07:10:00+09:00")
                .article("<h1>Ferry runs aground</h1><p class=\"meta\">40 minutes ago</p>");
        PageBuilder unstated = page("en", "Harbour Live").title("Ferry runs aground")
                .article("<h1>Ferry runs aground</h1><p class=\"meta\">40 minutes ago</p>");
        assertEquals(LocalDate.of(2022, 10, 5), read(east, "2022-10-04T22:30:00Z").published());
        assertEquals(LocalDate.of(2022, 10, 4), read(unstated, "2022-10-04T22:30:00Z").published());
    }

    @Test
    void anIsoDateInTheUrlPathDatesThePage() throws Exception {
        Article a = read(page("en", "Metro Wire").title("Council rejects tower")
                .canonical("https://metro.example/local/2022-10-04/council-rejects-tower")
                .article("<h1>Council rejects tower</h1>"));
        Article id = read(page("en", "Metro Wire").title("Council rejects tower")
                .canonical("https://metro.example/local/story-2022-10-04/council-rejects-tower")
                .article("<h1>Council rejects tower</h1>"));
        assertEquals(LocalDate.of(2022, 10, 4), a.published());
        assertEquals(LocalDate.of(2022, 10, 4), id.published());
    }

    @Test
    void epochMillisecondsInNuxtPageDataDateThePageAndItsAuthorNamesTheWriter() throws Exception {
        Article a = read(page("en", "Tech Current").title("Chip plant delayed")
                .article("<h1>Chip plant delayed</h1>")
                .after("<script>window.__NUXT__={data:[{post:{publishedAt:1664890200000,author:{name:\"Iris Vale\",id:7}}}]}</script>"));
        assertEquals(LocalDate.of(2022, 10, 4), a.published());
        assertEquals(List.of("Iris Vale"), a.authors());
    }

    @Test
    void authorsInNextJsPageDataCountOnlyWhenThePageNamesNone() throws Exception {
        String data = "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":{\"authors\":[{\"name\":\"Pia Holm\"},{\"name\":\"Taro Sato\"}]}}}</script>";
        Article only = read(page("en", "Tech Current").title("Chip plant delayed")
                .article("<h1>Chip plant delayed</h1>").after(data));
        Article byline = read(page("en", "Tech Current").title("Chip plant delayed")
                .article("<h1>Chip plant delayed</h1><p class=\"byline\">By Lena Moss</p>").after(data));
        assertEquals(List.of("Pia Holm", "Taro Sato"), only.authors());
        assertEquals(List.of("Lena Moss"), byline.authors());
    }

    @Test
    void aLivePageIsDatedByTheStartOfItsCoverage() throws Exception {
        Article a = read(page("en", "World Desk").title("Live: Election night")
                .jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"LiveBlogPosting\",\"headline\":\"Live: Election night\",\"coverageStartTime\":\"2022-11-08T22:00:00Z\"}")
                .article("<h1>Live: Election night</h1>"));
        assertEquals(LocalDate.of(2022, 11, 8), a.published());
    }

    @Test
    void bylineLeadInsOfMoreLanguagesAreNotPartOfTheName() throws Exception {
        assertEquals(List.of("Szabó Éva"), read(page("hu", "Városi Lap").title("Megnyílt az új piac")
                .article("<h1>Megnyílt az új piac</h1><p class=\"author\">Szerző: Szabó Éva</p>")).authors());
        assertEquals(List.of("Дмитрий Орлов"), read(page("ru", "Новости дня").title("Открыли новый парк")
                .article("<h1>Открыли новый парк</h1><p class=\"author\">Текст: Дмитрий Орлов</p>")).authors());
        assertEquals(List.of("Ioan Vlad"), read(page("ro", "Gazeta Nouă").title("Trenurile întârzie")
                .article("<h1>Trenurile întârzie</h1><p class=\"autor\">de Ioan Vlad</p>")).authors());
        assertEquals(List.of("De Luca Marco"), read(page("it", "Il Giornale Nuovo").title("Treni in ritardo")
                .article("<h1>Treni in ritardo</h1><p class=\"autore\">De Luca Marco</p>")).authors());
    }

    @Test
    void namesInAScriptWithoutCapitalsAreNames() throws Exception {
        Article a = read(page("ar", "الخبر اليومي").title("افتتاح مكتبة عامة")
                .article("<h1>افتتاح مكتبة عامة</h1><p class=\"author\">بقلم: سارة حسن</p>"));
        assertEquals(List.of("سارة حسن"), a.authors());
    }

    @Test
    void namesJoinedInMoreLanguagesAreReadApart() throws Exception {
        assertEquals(List.of("Ana Pop", "Dan Rus"), read(page("ro", "Gazeta Nouă").title("Trenurile întârzie")
                .article("<h1>Trenurile întârzie</h1><p class=\"autor\">de Ana Pop și Dan Rus</p>")).authors());
        assertEquals(List.of("Ewa Lis", "Jan Bąk"), read(page("pl", "Gazeta Nowa").title("Pociągi spóźnione")
                .article("<h1>Pociągi spóźnione</h1><p class=\"author\">Ewa Lis i Jan Bąk</p>")).authors());
        assertEquals(List.of("Sari Dewi", "Agus Salim"), read(page("id", "Warta Kota").title("Pasar baru dibuka")
                .article("<h1>Pasar baru dibuka</h1><p class=\"author\">Sari Dewi dan Agus Salim</p>")).authors());
    }

    @Test
    void rolesBetweenNamesLeaveTheNames() throws Exception {
        Article a = read(page("en", "State Ledger").title("Tax bill passes")
                .article("<h1>Tax bill passes</h1><p class=\"byline\">By Mia Ford, Chief Reporter, and Raj Bell, Data Editor</p>"));
        assertEquals(List.of("Mia Ford", "Raj Bell"), a.authors());
    }

    @Test
    void aNameBeforeADashAndTheSitesDeskIsTheAuthor() throws Exception {
        Article a = read(page("id", "Warta Kota").title("Pasar baru dibuka")
                .article("<h1>Pasar baru dibuka</h1><div class=\"detail__author\">Rudi Hartono - wartaNews</div>"));
        assertEquals(List.of("Rudi Hartono"), a.authors());
    }

    @Test
    void aKickerTheBreadcrumbTrailNamesIsDropped() throws Exception {
        PageBuilder named = page("en", "Daily Example").title("Transport: Night buses return")
                .article("<nav class=\"breadcrumbs\"><a href=\"/\">Home</a> / <a href=\"/transport\">Transport</a></nav><h1>Transport: Night buses return</h1>");
        PageBuilder other = page("en", "Daily Example").title("Harmon: We will appeal")
                .article("<nav class=\"breadcrumbs\"><a href=\"/\">Home</a> / <a href=\"/politics\">Politics</a></nav><h1>Harmon: We will appeal</h1>");
        assertEquals("Night buses return", read(named).title());
        assertEquals("Harmon: We will appeal", read(other).title());
    }

    @Test
    void aSectionBetweenTheHeadlineAndTheSiteIsDropped() throws Exception {
        Article a = read(page("en", "The Valley Post").title("Orchard harvest starts early | Food | The Valley Post")
                .article("<h2>Orchard harvest starts early</h2>"));
        assertEquals("Orchard harvest starts early", a.title());
    }

    @Test
    void aFirstPublicationAfterTheStandLineDatesThePage() throws Exception {
        Article a = read(page("de", "Stadtblatt Neu").title("Brücke gesperrt")
                .article("<h1>Brücke gesperrt</h1><p class=\"meta\">Stand: 06.10.2022, 09:00 Uhr | Erstveröffentlichung: 05.10.2022, 17:30 Uhr</p>"));
        assertEquals(LocalDate.of(2022, 10, 5), a.published());
    }

    @Test
    void theDataOfAnArcXpPageGivesItsFirstPublication() throws Exception {
        Article a = read(page("en", "Metro Wire").title("Library hours cut")
                .article("<h1>Library hours cut</h1>")
                .after("<script>Fusion.globalContent={\"display_date\":\"2022-10-06T08:00:00Z\",\"first_publish_date\":\"2022-10-05T21:00:00Z\"};</script>"));
        assertEquals(LocalDate.of(2022, 10, 5), a.published());
    }

    @Test
    void aMicrodataBreadcrumbListNamesTheKicker() throws Exception {
        Article a = read(page("en", "Daily Example").title("Tennis: Local champion retires")
                .article("<ol itemscope itemtype=\"https://schema.org/BreadcrumbList\"><li><a href=\"/sport\">Sport</a></li><li><a href=\"/sport/tennis\">Tennis</a></li></ol><h1>Tennis: Local champion retires</h1>"));
        assertEquals("Local champion retires", a.title());
    }

    @Test
    void anEmDashSectionBeforeTheSiteIsDropped() throws Exception {
        Article a = read(page("en", "The Valley Post").title("Orchard harvest starts early — Food — The Valley Post")
                .article("<h2>Orchard harvest starts early</h2>"));
        assertEquals("Orchard harvest starts early", a.title());
    }

    @Test
    void anUpdateFirstLineWithoutASeparatorGivesWayToItsPublication() throws Exception {
        Article es = read(page("es", "Diario Nuevo").title("Cierra el puerto")
                .article("<h1>Cierra el puerto</h1><p class=\"fecha\">Actualizado 06/10/2022 09:00 Publicado 05/10/2022 17:30</p>"));
        Article en = read(page("en", "Metro Wire").title("Port closes")
                .article("<h1>Port closes</h1><p class=\"date\">Updated Oct. 6, 2022 Posted Oct. 5, 2022</p>"));
        assertEquals(LocalDate.of(2022, 10, 5), es.published());
        assertEquals(LocalDate.of(2022, 10, 5), en.published());
    }

    @Test
    void aMicrodataAuthorNamedOnlyByAMetaTagIsTheAuthor() throws Exception {
        Article a = read(page("en", "Test Courier").title("Mill site sold")
                .article("<h1>Mill site sold</h1><span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><meta itemprop=\"name\" content=\"Ruth Gale\"></span>"));
        assertEquals(List.of("Ruth Gale"), a.authors());
    }
}
