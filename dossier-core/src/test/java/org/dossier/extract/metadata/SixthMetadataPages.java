package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The sixth held-out metadata set: 25 pages in 13 languages written after the rules were tuned on the fifth set
 * and kept fixed since (bylines with reading times after a dot, "Updated … | Published …" in that order,
 * an article:author profile URL, "Ein Beitrag von", a kicker only a JSON-LD BreadcrumbList names, French
 * "modifié le", Italian "Pubblicato il:", a Dutch byline carrying its date, Portuguese "às 10h30", a Polish author
 * line with its date, Swedish and Norwegian "idag"/"i dag", Danish roles after a comma, Czech "Aktualizováno před",
 * Turkish numeric dates, amp-timeago, a syndication credit, a JSON-LD author string with a role): its first read
 * is the honest figure for pages the rules have not seen.
 */
final class SixthMetadataPages {
    private SixthMetadataPages() {}

    static List<Case> all() {
        return List.of(
                page("en", "Northside Review").title("The last video shop in town")
                        .article("<h1>The last video shop in town</h1><p class=\"meta\">By Ada Whitcombe · March 3, 2022 · 3 min read</p>")
                        .states("en-by-name-dot-date-dot-reading-time", "'By Name · date · 3 min read' in one line",
                                "The last video shop in town", "Ada Whitcombe", "2022-03-03"),
                page("en", "Capital Post Example").title("Senate stalls on rail funding - Capital Post Example")
                        .article("<h1>Senate stalls on rail funding</h1><div class=\"byline\">By Tom Hale</div><div class=\"display-date\">Updated March 6, 2023 at 9:12 a.m. EST | Published March 5, 2023 at 6:00 a.m. EST</div>")
                        .states("en-updated-before-published", "'Updated … | Published …': the published date second on the line",
                                "Senate stalls on rail funding", "Tom Hale", "2023-03-05"),
                page("en", "Lowland Times").title("Dairy farmers protest milk prices")
                        .meta("article:author", "https://www.facebook.com/anaruiz.reports")
                        .meta("article:published_time", "2023-07-11T05:00:00Z")
                        .article("<h1>Dairy farmers protest milk prices</h1><p class=\"byline\">By Ana Ruiz</p>")
                        .states("en-article-author-profile-url", "article:author is a profile URL; the visible byline names her",
                                "Dairy farmers protest milk prices", "Ana Ruiz", "2023-07-11"),
                page("en", "Regional Express").title("Hospital waiting lists grow")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Hospital waiting lists grow","datePublished":"2023-01-19T07:00:00Z","author":"Jane Roe, Senior Health Reporter"}""")
                        .article("<h1>Hospital waiting lists grow</h1>")
                        .states("en-jsonld-author-string-with-role", "JSON-LD author as a string 'Name, Role'",
                                "Hospital waiting lists grow", "Jane Roe", "2023-01-19"),
                page("en", "Mountain Herald Online").title("Ski resort cuts jobs")
                        .article("<h1>Ski resort cuts jobs</h1><p class=\"byline\">By Jo Kim, ProPublica</p><p><amp-timeago datetime=\"2023-01-02T10:00:00Z\" layout=\"fixed\">Jan 2</amp-timeago></p>")
                        .after("<p class=\"note\">This story was originally published by ProPublica.</p>")
                        .states("en-amp-timeago-syndicated", "amp-timeago with a datetime; 'By Name, Outlet' of a syndicated story",
                                "Ski resort cuts jobs", "Jo Kim", "2023-01-02"),
                page("en", "Gulf Coast Daily").title("Hurricane season outlook: busier than usual")
                        .meta("article:section", "Weather")
                        .meta("article:published_time", "2024-05-23T14:00:00Z")
                        .article("<h1>Hurricane season outlook: busier than usual</h1><p class=\"byline\">By Marcus Bell and Priya Shah</p>")
                        .states("en-colon-title-not-a-kicker", "a colon title whose first part no section names; two authors",
                                "Hurricane season outlook: busier than usual", "Marcus Bell; Priya Shah", "2024-05-23"),
                page("de", "Mittelland Zeitung").title("Stadt kauft altes Kino")
                        .article("<h1>Stadt kauft altes Kino</h1><p class=\"author\">Ein Beitrag von Sabine Voss</p><p class=\"date\">Erstellt: 13.05.2023, 18:40 Uhr</p><p class=\"date\">Aktualisiert: 14.05.2023, 09:12 Uhr</p>")
                        .states("de-ein-beitrag-von-erstellt", "'Ein Beitrag von Name'; 'Erstellt:' before 'Aktualisiert:'",
                                "Stadt kauft altes Kino", "Sabine Voss", "2023-05-13"),
                page("de", "Sportblatt Beispiel").title("Fußball-WM: DFB-Team scheidet aus")
                        .meta("og:title", "Fußball-WM: DFB-Team scheidet aus")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Sport"},{"@type":"ListItem","position":2,"name":"Fußball-WM"}]}""")
                        .meta("article:published_time", "2022-12-01T22:10:00+01:00")
                        .article("<h1>Fußball-WM: DFB-Team scheidet aus</h1>")
                        .states("de-kicker-in-jsonld-breadcrumb", "plain-text kicker that only the JSON-LD BreadcrumbList names",
                                "DFB-Team scheidet aus", "", "2022-12-01"),
                page("fr", "La Voix d'Exemple").title("Le tramway prolongé jusqu'à la gare")
                        .article("<h1>Le tramway prolongé jusqu'à la gare</h1><p class=\"auteur\">Par Marie Blanc et Luc Roy</p><p class=\"date\">Publié le 03/04/2023 à 08h00, modifié le 04/04/2023 à 10h00</p>")
                        .states("fr-publie-modifie-le", "'Par A et B'; 'Publié le dd/mm/yyyy à 08h00, modifié le …'",
                                "Le tramway prolongé jusqu'à la gare", "Marie Blanc; Luc Roy", "2023-04-03"),
                page("es", "El Diario Ejemplo").title("La ciudad estrena carril bici")
                        .article("<h1>La ciudad estrena carril bici</h1><p class=\"firma\">Carmen Ruiz</p><p class=\"fecha\">Actualizado: 05/04/2023 10:00 · Publicado: 04/04/2023 19:30</p>")
                        .states("es-actualizado-before-publicado", "'Actualizado: … · Publicado: …': the update first; a bare name byline",
                                "La ciudad estrena carril bici", "Carmen Ruiz", "2023-04-04"),
                page("it", "Il Corriere d'Esempio").title("Scuole, arrivano i nuovi banchi")
                        .article("<h1>Scuole, arrivano i nuovi banchi</h1><p class=\"autore\">di Marco Bianchi e Sara Neri</p><p class=\"data\">Pubblicato il: 04/05/2023 – 10:15</p>")
                        .states("it-pubblicato-il-colon-di-e", "'di A e B'; 'Pubblicato il: dd/mm/yyyy – 10:15'",
                                "Scuole, arrivano i nuovi banchi", "Marco Bianchi; Sara Neri", "2023-05-04"),
                page("nl", "Het Voorbeeld Dagblad").title("Gemeente bouwt nieuwe sporthal")
                        .article("<h1>Gemeente bouwt nieuwe sporthal</h1><p class=\"byline\">Door Anouk Visser en Tim Bakker, 4 april 2023 08:00</p>")
                        .states("nl-door-en-with-date", "'Door A en B, 4 april 2023 08:00' on one line",
                                "Gemeente bouwt nieuwe sporthal", "Anouk Visser; Tim Bakker", "2023-04-04"),
                page("pt", "Diário Exemplo").title("Porto abre novo terminal de cruzeiros")
                        .article("<h1>Porto abre novo terminal de cruzeiros</h1><p class=\"autor\">Por Pedro Alves e Rita Sousa</p><p class=\"data\">Publicado em 12/06/2023, às 10h30</p>")
                        .states("pt-publicado-em-as", "'Por A e B'; 'Publicado em dd/mm/yyyy, às 10h30'",
                                "Porto abre novo terminal de cruzeiros", "Pedro Alves; Rita Sousa", "2023-06-12"),
                page("pl", "Gazeta Przykładowa").title("Nowy most na Wiśle otwarty")
                        .article("<h1>Nowy most na Wiśle otwarty</h1><p class=\"author\">Autor: Anna Kowalska, 12 czerwca 2023, 10:00</p>")
                        .states("pl-autor-with-date", "'Autor: Name, 12 czerwca 2023, 10:00' in one line",
                                "Nowy most na Wiśle otwarty", "Anna Kowalska", "2023-06-12"),
                page("sv", "Lokalbladet").title("Isen på sjön bär inte").fetched("2024-03-02T12:00:00Z")
                        .article("<h1>Isen på sjön bär inte</h1><p class=\"byline\">Av Karin Sjöberg</p><p class=\"date\">Publicerad idag 07:30</p>")
                        .states("sv-publicerad-idag", "'Publicerad idag 07:30', fetch time known",
                                "Isen på sjön bär inte", "Karin Sjöberg", "2024-03-02"),
                page("nb", "Bygdeposten").title("Fergen innstilt på grunn av storm").fetched("2024-01-15T14:00:00Z")
                        .article("<h1>Fergen innstilt på grunn av storm</h1><p class=\"date\">Publisert i dag kl. 06:00</p>")
                        .states("nb-publisert-i-dag", "'Publisert i dag kl. 06:00', fetch time known",
                                "Fergen innstilt på grunn av storm", "", "2024-01-15"),
                page("da", "Vestegnens Avis").title("Ny svømmehal til 200 millioner")
                        .article("<h1>Ny svømmehal til 200 millioner</h1><p class=\"byline\">Af Peter Lund, journalist</p><p class=\"date\">Publiceret 8. maj 2023</p>")
                        .states("da-af-name-role", "Danish 'Af Name, journalist' (a role after the comma); 'maj'",
                                "Ny svømmehal til 200 millioner", "Peter Lund", "2023-05-08"),
                page("da", "Byavisen").title("Torvet lukkes for biler")
                        .meta("article:published_time", "2023-09-04T07:00:00+02:00")
                        .article("<h1>Torvet lukkes for biler</h1><p class=\"byline\">Tekst: Mads Kjær Foto: Line Bech</p>")
                        .states("da-tekst-foto", "Danish 'Tekst: Name Foto: Name'",
                                "Torvet lukkes for biler", "Mads Kjær", "2023-09-04"),
                page("cs", "Krajské listy").title("Obec dostane nový vodovod").fetched("2024-04-10T10:00:00Z")
                        .article("<h1>Obec dostane nový vodovod</h1><p class=\"author\">Tomáš Černý</p><p class=\"date\">Aktualizováno před 2 hodinami</p>")
                        .states("cs-aktualizovano-pred-hodinami", "Czech 'Aktualizováno před 2 hodinami' alone, fetch time known",
                                "Obec dostane nový vodovod", "Tomáš Černý", "2024-04-10"),
                page("cs", "Týdeník Příklad").title("Město opraví náměstí")
                        .article("<h1>Město opraví náměstí</h1><p class=\"date\">Publikováno: 3. května 2023, 14:20</p>")
                        .states("cs-publikovano-kvetna", "Czech 'Publikováno: 3. května 2023, 14:20'",
                                "Město opraví náměstí", "", "2023-05-03"),
                page("tr", "Kent Haber").title("Metro hattında yeni istasyon")
                        .article("<h1>Metro hattında yeni istasyon</h1><p class=\"author\">Yazan: Burak Şahin</p><p class=\"date\">Yayınlanma: 11.06.2023 08:00</p><p class=\"date\">Güncelleme: 12.06.2023 10:00</p>")
                        .states("tr-yazan-numeric-dates", "Turkish 'Yazan: Name'; numeric 'Yayınlanma:' before 'Güncelleme:'",
                                "Metro hattında yeni istasyon", "Burak Şahin", "2023-06-11"),
                page("tr", "Anadolu Örnek").title("Baraj doluluk oranı yükseldi")
                        .article("<h1>Baraj doluluk oranı yükseldi</h1><p class=\"date\">12 Nisan 2024, Cuma 09:15</p>")
                        .states("tr-nisan-weekday-after-comma", "Turkish '12 Nisan 2024, Cuma'",
                                "Baraj doluluk oranı yükseldi", "", "2024-04-12"),
                page("ja", "例タイムズ").title("市バスの路線を再編 | 例タイムズ")
                        .article("<h1>市バスの路線を再編</h1><p class=\"date\">2023年9月1日 午前8時</p>")
                        .states("ja-date-gozen", "Japanese '2023年9月1日 午前8時'",
                                "市バスの路線を再編", "", "2023-09-01"),
                page("en", "Suburban Weekly").title("Youth club reopens - Suburban Weekly")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Youth club reopens","dateCreated":"2021-04-29T16:00:00Z","author":{"@type":"Person","name":"Ben Ashdown"}}""")
                        .article("<h1>Youth club reopens</h1>")
                        .states("en-jsonld-datecreated-only", "JSON-LD with dateCreated and no datePublished",
                                "Youth club reopens", "Ben Ashdown", "2021-04-29"),
                page("en", "Metro Bulletin").title("Power cut hits 4,000 homes")
                        .article("<h1>Power cut hits 4,000 homes</h1><div class=\"ArticleMeta_authors__k3J9q\"><a href=\"/by/lena-ortiz\">Lena Ortiz</a>, <a href=\"/by/raj-mehta\">Raj Mehta</a></div><time class=\"ArticleMeta_date__p0Q1z\" datetime=\"2024-02-20T19:45:00Z\">Feb 20, 2024</time>")
                        .states("en-css-module-authors-links", "CSS-module 'ArticleMeta_authors' class with two linked names",
                                "Power cut hits 4,000 homes", "Lena Ortiz; Raj Mehta", "2024-02-20"));
    }
}
