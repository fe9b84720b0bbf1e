package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The third held-out metadata set: 45 pages after layouts the first two sets do not have — German regional papers
 * and public broadcasters (a kicker inside the h1, "Stand:", "Aktualisiert am", "Von … und …", guest pieces, author
 * boxes after the text, dpa-infocom), Austrian and Swiss sites, French, Spanish, Italian, Dutch, Portuguese and
 * Polish bylines and dates, English "Staff Writers" and "Story by" bylines, JSON-LD authors with roles, dates
 * only in the text near the headline, related-story and comment dates that must not win, titles with section
 * prefixes and site names, AMP pages, and relative dates ("vor 2 Stunden") on pages whose fetch time is known.
 * Written before any rule was changed for it and kept fixed since: its first read is in docs/BENCHMARKS.md.
 */
final class ThirdMetadataPages {
    private ThirdMetadataPages() {}

    private static final String RELATED_DE = "<aside class=\"related\"><h3>Mehr zum Thema</h3><ul>"
            + "<li><a href=\"/a\">Streit um den Haushalt geht weiter</a> <span class=\"date\">02.01.2020</span></li>"
            + "<li><a href=\"/b\">Was die Einigung bedeutet</a> <span class=\"date\">28.12.2019</span></li></ul></aside>";

    static List<Case> all() {
        return List.of(
                page("de", "Nachrichten Erste").title("Ukraine-Krise: Russland zieht Truppen ab | Nachrichten Erste")
                        .meta("og:title", "Ukraine-Krise: Russland zieht Truppen ab")
                        .article("<h1><span class=\"topline\">Ukraine-Krise</span> <span class=\"headline\">Russland zieht Truppen ab</span></h1><p class=\"metatextline\">Stand: 16.02.2022 14:32 Uhr</p>")
                        .after(RELATED_DE)
                        .states("de-topline-span-stand", "kicker span inside the h1, og:title 'Kicker: Headline'; 'Stand:' date",
                                "Russland zieht Truppen ab", "", "2022-02-16"),
                page("de", "Hauptstadt Funk").title("Haushaltsstreit: Ampel einigt sich auf Eckpunkte")
                        .article("<h1 class=\"seitenkopf__title\"><span class=\"seitenkopf__topline\">Haushaltsstreit</span><span class=\"seitenkopf__headline\">Ampel einigt sich auf Eckpunkte</span></h1><p class=\"metatextline\">Stand: 13.12.2023 08:15 Uhr</p><div class=\"authorline\">Von Anna Beispiel, Hauptstadtstudio</div>")
                        .states("de-broadcaster-topline-von-studio", "topline and headline spans without a space; 'Von Name, Studio'",
                                "Ampel einigt sich auf Eckpunkte", "Anna Beispiel", "2023-12-13"),
                page("de", "Allgemeine Beispiel").title("Kommentar | Die Rente braucht mehr Mut")
                        .meta("og:title", "Kommentar | Die Rente braucht mehr Mut")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Die Rente braucht mehr Mut","datePublished":"2023-09-04T17:00:00+02:00"}""")
                        .article("<h1><span class=\"kicker\">Kommentar</span> Die Rente braucht mehr Mut</h1><p class=\"byline\">Ein Kommentar von Petra Lang</p>")
                        .states("de-kommentar-pipe-kicker", "'Kommentar | …' og:title, kicker in the h1, 'Ein Kommentar von'",
                                "Die Rente braucht mehr Mut", "Petra Lang", "2023-09-04"),
                page("de", "Bayern Kurier").title("+++ Pegel in Passau steigt weiter +++ | Bayern Kurier")
                        .meta("article:published_time", "2024-06-02T06:30:00+02:00")
                        .article("<h1>+++ Pegel in Passau steigt weiter +++</h1><p class=\"date\">Aktualisiert am 03.06.2024, 09:12 Uhr</p>")
                        .states("de-liveblog-plus-title", "'+++ … +++' liveblog headline; 'Aktualisiert am' after the published meta",
                                "Pegel in Passau steigt weiter", "", "2024-06-02"),
                page("de", "Weserland Zeitung").title("Neues Hallenbad kostet mehr als geplant - Weserland Zeitung")
                        .article("<h1>Neues Hallenbad kostet mehr als geplant</h1><div class=\"article-info\"><span>Erstellt am 12.05.2023 um 17:45 Uhr</span> <span>Aktualisiert am 13.05.2023 um 06:10 Uhr</span></div>")
                        .states("de-erstellt-aktualisiert-am", "'Erstellt am … Aktualisiert am …' in one line",
                                "Neues Hallenbad kostet mehr als geplant", "", "2023-05-12"),
                page("de", "Rhein Anzeiger").title("Stadt plant neue Radwege")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Stadt plant neue Radwege","datePublished":"2021-04-20T10:00:00+02:00"}""")
                        .article("<h1>Stadt plant neue Radwege</h1><div class=\"article-author\">Von Katrin Maier und Jonas Roth</div>")
                        .states("de-von-und-two-authors", "'Von A und B' in an author element",
                                "Stadt plant neue Radwege", "Katrin Maier; Jonas Roth", "2021-04-20"),
                page("de", "Debatte Online").title("Warum wir mehr Windkraft brauchen")
                        .meta("article:published_time", "2022-10-07T12:00:00+02:00")
                        .article("<h1>Warum wir mehr Windkraft brauchen</h1><p class=\"byline\">Ein Gastbeitrag von Prof. Dr. Martin Keller</p>")
                        .states("de-gastbeitrag-academic-title", "'Ein Gastbeitrag von Prof. Dr. Name'",
                                "Warum wir mehr Windkraft brauchen", "Martin Keller", "2022-10-07"),
                page("de", "Elbe Nachrichten").title("Theater feiert Jubiläum | Elbe Nachrichten")
                        .meta("article:published_time", "2023-01-28T08:00:00+01:00")
                        .article("<h1>Theater feiert Jubiläum</h1>")
                        .after("<div class=\"author-box\"><span class=\"author-box__name\">Lisa Brandt</span><p>Lisa Brandt ist Redakteurin im Ressort Kultur.</p></div>")
                        .states("de-author-box-after-text", "the only author in an author box after the text",
                                "Theater feiert Jubiläum", "Lisa Brandt", "2023-01-28"),
                page("de", "Mosel Blatt").title("Brand in Lagerhalle: Hoher Sachschaden")
                        .meta("author", "dpa-infocom, dpa:230412-99-286445/3")
                        .article("<h1>Brand in Lagerhalle: Hoher Sachschaden</h1><time datetime=\"2023-04-12T15:20:00+02:00\">12.04.2023, 15:20 Uhr</time>")
                        .after("<p class=\"copyright\">© dpa-infocom, dpa:230412-99-286445/3</p>")
                        .states("de-dpa-infocom-meta", "'dpa-infocom, dpa:…' as author meta names no person",
                                "Brand in Lagerhalle: Hoher Sachschaden", "", "2023-04-12"),
                page("de", "Saale Echo").title("Kreistag beschließt Haushalt")
                        .meta("article:published_time", "2022-03-17T19:00:00+01:00")
                        .article("<h1>Kreistag beschließt Haushalt</h1><p class=\"author\">Von Thomas Berg und dpa</p>")
                        .states("de-von-name-und-dpa", "'Von Name und dpa': the agency is no author",
                                "Kreistag beschließt Haushalt", "Thomas Berg", "2022-03-17"),
                page("de", "Sender Nord").title("Sturmflut an der Küste erwartet")
                        .article("<h1>Sturmflut an der Küste erwartet</h1><div class=\"stand\">Stand: 04.11.2022, 18:03 Uhr</div>")
                        .after("<section class=\"teaser\"><h3>Weitere Meldungen</h3><p>Deiche werden verstärkt</p><p>Stand: 05.11.2022, 07:00 Uhr</p><p>Fähren fallen aus</p><p>Stand: 06.11.2022, 12:00 Uhr</p></section>")
                        .states("de-stand-related-later", "'Stand:' of the article; later 'Stand:' lines of teasers after it",
                                "Sturmflut an der Küste erwartet", "", "2022-11-04"),
                page("de", "Nordhessen Bote").title("Stichwahl in Kassel entschieden · Nordhessen Bote")
                        .article("<div class=\"article-title\">Stichwahl in Kassel entschieden</div><p class=\"date\">26.03.2023</p>")
                        .states("de-title-middle-dot-no-h1", "'Headline · Site' title, no h1",
                                "Stichwahl in Kassel entschieden", "", "2023-03-26"),
                page("de", "Main Post Beispiel").title("Neuer Bahnhof eröffnet")
                        .article("<h1>Neuer Bahnhof eröffnet</h1><p class=\"meta\">12. März 2024, 15:30 Uhr</p>")
                        .after("<section class=\"comments\"><h3>Kommentare</h3><div class=\"comment\"><b>Leser123</b> 13.03.2024, 08:00 Uhr<p>Endlich!</p></div><div class=\"comment\"><b>Anwohner</b> 14.03.2024, 21:10 Uhr<p>Zu teuer.</p></div></section>")
                        .states("de-text-date-comment-dates", "date only in the text under the headline; comment dates after",
                                "Neuer Bahnhof eröffnet", "", "2024-03-12"),
                page("de", "Ruhr Nachrichten Beispiel").title("Autobahn nach Unfall gesperrt").fetched("2023-03-15T10:00:00Z")
                        .article("<h1>Autobahn nach Unfall gesperrt</h1><p class=\"meta\">vor 2 Stunden</p>")
                        .states("de-vor-stunden-fetched", "'vor 2 Stunden' alone, fetch time known",
                                "Autobahn nach Unfall gesperrt", "", "2023-03-15"),
                page("de", "Oberland Zeitung").title("Bergbahn nimmt Betrieb wieder auf").fetched("2023-03-15T10:00:00Z")
                        .article("<h1>Bergbahn nimmt Betrieb wieder auf</h1><div class=\"byline\">Von Simon Huber</div><span class=\"ago\">vor 3 Tagen</span>")
                        .states("de-vor-tagen-fetched", "'vor 3 Tagen' alone, fetch time known",
                                "Bergbahn nimmt Betrieb wieder auf", "Simon Huber", "2023-03-12"),
                page("de", "Der Beispiel-Standard").title("Koalition ringt um Budget - Inland - Der Beispiel-Standard")
                        .article("<h1>Koalition ringt um Budget</h1><div class=\"article-byline\"><span class=\"article-origins\">Maria Huber</span></div><p class=\"article-pubdate\">12. Jänner 2023, 14:05</p>")
                        .states("de-at-jaenner-origins", "Austrian 'Jänner'; the name in an article-origins span",
                                "Koalition ringt um Budget", "Maria Huber", "2023-01-12"),
                page("de", "Rundfunk Österreich").title("Inflation sinkt leicht - news.rundfunk.example")
                        .article("<h1>Inflation sinkt leicht</h1><p class=\"date\">Publiziert am 05.04.2023</p>")
                        .after("<div class=\"related\"><p>Lohnrunde beginnt</p><p>Publiziert am 01.04.2023</p></div>")
                        .states("de-at-publiziert-am", "Austrian 'Publiziert am'; an earlier related date after the text",
                                "Inflation sinkt leicht", "", "2023-04-05"),
                page("de", "Kleine Beispielzeitung").title("Skigebiete ziehen Bilanz")
                        .article("<h1>Skigebiete ziehen Bilanz</h1><div class=\"byline\">Von Stefan Gruber | 08.00 Uhr, 22. Februar 2023</div>")
                        .states("de-at-von-pipe-time-date", "'Von Name | 08.00 Uhr, 22. Februar 2023'",
                                "Skigebiete ziehen Bilanz", "Stefan Gruber", "2023-02-22"),
                page("de", "Zürcher Beispielzeitung").title("Die Nationalbank senkt den Leitzins | Zürcher Beispielzeitung")
                        .meta("og:title", "Die Nationalbank senkt den Leitzins | Zürcher Beispielzeitung")
                        .article("<h1>Die Nationalbank senkt den Leitzins</h1><div class=\"metainfo\"><span class=\"author\">Peter A. Fischer, Zürich</span><span class=\"date\">22.03.2024, 09.45 Uhr</span></div>")
                        .states("de-ch-author-city-dot-time", "Swiss 'Name, City' author and '09.45 Uhr'",
                                "Die Nationalbank senkt den Leitzins", "Peter A. Fischer", "2024-03-22"),
                page("de", "Radio Schweiz Beispiel").title("Zinsentscheid: Franken legt zu - News - Radio Schweiz Beispiel")
                        .article("<h1><span class=\"article-title__overline\">Zinsentscheid</span> <span class=\"article-title__text\">Franken legt zu</span></h1><p class=\"article-meta\">Montag, 18.03.2024, 07:05 Uhr</p><p class=\"article-meta\">Aktualisiert: 18.03.2024, 11:20 Uhr</p>")
                        .states("de-ch-overline-weekday-date", "overline span in the h1; weekday date line and update line",
                                "Franken legt zu", "", "2024-03-18"),
                page("fr", "La Voix d'Exemple").title("Inondations : le Nord en vigilance orange")
                        .article("<h1>Inondations : le Nord en vigilance orange</h1><p class=\"byline\">Par Claire Martin et Julien Dubois avec AFP</p><p class=\"date\">Publié le 14/11/2023 à 18h05</p>")
                        .states("fr-par-et-avec-afp", "'Par A et B avec AFP'",
                                "Inondations : le Nord en vigilance orange", "Claire Martin; Julien Dubois", "2023-11-14"),
                page("fr", "Le Parisien d'Exemple").title("Le périphérique fermé ce week-end - Le Parisien d'Exemple")
                        .article("<h1>Le périphérique fermé ce week-end</h1><div class=\"author\">Par Nicolas Leroy</div><div class=\"timestamp\">Le 12 mai 2023 à 18h30, modifié le 13 mai 2023 à 07h12</div>")
                        .states("fr-le-date-modifie-le", "'Le 12 mai 2023 à 18h30, modifié le …'",
                                "Le périphérique fermé ce week-end", "Nicolas Leroy", "2023-05-12"),
                page("fr", "Le Figaro d'Exemple").title("Grève : la SNCF prévoit un trafic très perturbé - Le Figaro d'Exemple")
                        .meta("article:published_time", "2023-03-06T19:10:00+01:00")
                        .article("<h1>Grève : la SNCF prévoit un trafic très perturbé</h1><span class=\"auteur\">Sophie Bernard</span>")
                        .states("fr-colon-headline-site-dash", "a French headline with ' : ' and the site after a dash",
                                "Grève : la SNCF prévoit un trafic très perturbé", "Sophie Bernard", "2023-03-06"),
                page("fr", "Sud Exemple").title("Le marché couvert rouvre ses portes")
                        .top("<aside class=\"plus-lus\"><h3>Les plus lus</h3><p>Un incendie ravage un entrepôt</p><p>Publié le 28 mai 2022</p><p>Le maire démissionne</p><p>Publié le 30 mai 2022</p></aside>")
                        .article("<h1>Le marché couvert rouvre ses portes</h1><p class=\"date\">Publié le 3 juin 2022 à 10h05</p>")
                        .states("fr-most-read-dates-before", "'Les plus lus' teasers with earlier 'Publié le' dates before the article",
                                "Le marché couvert rouvre ses portes", "", "2022-06-03"),
                page("es", "Diario de Ejemplo").title("Sube el precio del aceite")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Sube el precio del aceite","datePublished":"2023-03-14T12:45:00+01:00","author":{"@type":"Person","name":"Redacción"}}""")
                        .article("<h1>Sube el precio del aceite</h1><p class=\"firma\">Redacción / Agencias</p>")
                        .states("es-redaccion-agencias", "JSON-LD 'Redacción' and 'Redacción / Agencias' name no person",
                                "Sube el precio del aceite", "", "2023-03-14"),
                page("es", "El Mundo de Ejemplo").title("El Gobierno aprueba la reforma | El Mundo de Ejemplo")
                        .article("<h1>El Gobierno aprueba la reforma</h1><div class=\"ue-c-article__byline\"><span class=\"ue-c-article__byline-name\">MARÍA LÓPEZ</span> <span class=\"ue-c-article__byline-name\">CARLOS RUIZ</span> Madrid</div><time datetime=\"2022-06-28T13:40:00Z\">Actualizado Martes, 28 junio 2022 - 15:40</time>")
                        .states("es-byline-capitals-city", "two names in capitals in byline-name spans, then the city",
                                "El Gobierno aprueba la reforma", "María López; Carlos Ruiz", "2022-06-28"),
                page("es", "La Voz de Ejemplo").title("Cortada la autovía por la nieve").fetched("2022-09-20T12:00:00Z")
                        .article("<h1>Cortada la autovía por la nieve</h1><p class=\"autor\">Por Javier Castro</p><p class=\"fecha\">hace 2 horas</p>")
                        .states("es-hace-horas-fetched", "'hace 2 horas' alone, fetch time known",
                                "Cortada la autovía por la nieve", "Javier Castro", "2022-09-20"),
                page("es", "Heraldo de Ejemplo").title("Actualidad | El Ayuntamiento amplía el horario de las bibliotecas")
                        .article("<h1>El Ayuntamiento amplía el horario de las bibliotecas</h1><p>Zaragoza, 05/10/2021 - 08:30h</p>")
                        .states("es-section-prefix-city-date", "'Section | Headline' title; 'City, dd/mm/yyyy - hh:mmh'",
                                "El Ayuntamiento amplía el horario de las bibliotecas", "", "2021-10-05"),
                page("it", "Il Messaggero d'Esempio").title("Roma, chiusa la metro per lavori")
                        .article("<h1>Roma, chiusa la metro per lavori</h1><p class=\"autore\">di Marco Rossi e Laura Bianchi</p><p class=\"data\">Pubblicato il: 15/02/2023 - 11:20</p>")
                        .states("it-di-e-two-authors-colon", "'di A e B'; 'Pubblicato il:' with a colon",
                                "Roma, chiusa la metro per lavori", "Marco Rossi; Laura Bianchi", "2023-02-15"),
                page("it", "Agenzia d'Esempio").title("Maltempo, allerta in Liguria - Cronaca - Agenzia d'Esempio")
                        .article("<h1>Maltempo, allerta in Liguria</h1><p class=\"firma\">Redazione ANSA</p><p class=\"dateline\">ROMA, 08 marzo 2023, 14:22</p>")
                        .states("it-redazione-ansa-dateline", "'Redazione ANSA' names no person; 'CITY, dd month yyyy, hh:mm'",
                                "Maltempo, allerta in Liguria", "", "2023-03-08"),
                page("nl", "Dagblad Voorbeeld").title("Nieuwe brug over de Maas geopend")
                        .article("<h1>Nieuwe brug over de Maas geopend</h1><div class=\"byline\">Door Jan de Vries en Sanne Bakker</div><div class=\"date\">3 mrt. 2023 om 14:05</div>")
                        .states("nl-door-en-mrt-dot", "'Door A en B'; '3 mrt. 2023 om 14:05'",
                                "Nieuwe brug over de Maas geopend", "Jan de Vries; Sanne Bakker", "2023-03-03"),
                page("nl", "Omroep Oost Voorbeeld").title("Brand in loods bij Zwolle").fetched("2023-03-04T09:00:00Z")
                        .article("<h1>Brand in loods bij Zwolle</h1><p class=\"meta\">Gisteren, 22:10</p>")
                        .states("nl-gisteren-fetched", "'Gisteren, 22:10' alone, fetch time known",
                                "Brand in loods bij Zwolle", "", "2023-03-03"),
                page("pt", "Jornal de Exemplo").title("Governo aprova novo orçamento | Jornal de Exemplo")
                        .article("<h1>Governo aprova novo orçamento</h1><p class=\"autor\">Por João Silva e Ana Costa</p><p class=\"data\">Publicado em 12/04/2023 às 10h30</p><p>Atualizado há 2 horas</p>")
                        .states("pt-por-e-publicado-em", "'Por A e B'; 'Publicado em dd/mm/yyyy às 10h30'",
                                "Governo aprova novo orçamento", "João Silva; Ana Costa", "2023-04-12"),
                page("pt", "Portal Exemplo").title("Chuva forte causa alagamentos em São Paulo | Portal Exemplo")
                        .article("<h1>Chuva forte causa alagamentos em São Paulo</h1><p class=\"content-publication-data__from\">Por Portal Exemplo — São Paulo</p><p class=\"content-publication-data__updated\">15/06/2023 10h05 Atualizado há 3 horas</p>")
                        .states("pt-br-por-site-city", "'Por Site — City' names no person; 'dd/mm/yyyy 10h05 Atualizado há …'",
                                "Chuva forte causa alagamentos em São Paulo", "", "2023-06-15"),
                page("pl", "Gazeta Przykładowa").title("Nowa linia tramwajowa w Krakowie")
                        .article("<h1>Nowa linia tramwajowa w Krakowie</h1><p class=\"author\">Autor: Anna Kowalska</p><p class=\"date\">Opublikowano: 12.05.2023, 14:30</p>")
                        .states("pl-autor-opublikowano", "'Autor: Name'; 'Opublikowano: dd.mm.yyyy'",
                                "Nowa linia tramwajowa w Krakowie", "Anna Kowalska", "2023-05-12"),
                page("pl", "Serwis Przykładowy").title("Sejm przyjął ustawę o mediach - Serwis Przykładowy")
                        .article("<h1>Sejm przyjął ustawę o mediach</h1><p class=\"date\">12 maja 2023 14:30</p><p class=\"source\">Źródło: PAP</p>")
                        .states("pl-genitive-month-pap", "Polish genitive month 'maja'; 'Źródło: PAP' names no person",
                                "Sejm przyjął ustawę o mediach", "", "2023-05-12"),
                page("en", "Bay Area Chronicle").title("Wildfire forces evacuations in hills")
                        .meta("article:published_time", "2021-08-16T18:00:00-07:00")
                        .article("<h1>Wildfire forces evacuations in hills</h1><div class=\"byline\">By Emily Chen and Robert Diaz, Staff Writers</div>")
                        .states("en-and-staff-writers", "'By A and B, Staff Writers'",
                                "Wildfire forces evacuations in hills", "Emily Chen; Robert Diaz", "2021-08-16"),
                page("en", "Portal Hub").title("Markets rally as inflation cools")
                        .article("<h1>Markets rally as inflation cools</h1><div class=\"attribution\">Story by Jake Miller • Mar 3, 2023</div>")
                        .states("en-story-by-bullet-date", "'Story by Name • Mar 3, 2023'",
                                "Markets rally as inflation cools", "Jake Miller", "2023-03-03"),
                page("en", "Tech Daily Example").title("Chipmaker unveils faster processor")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Chipmaker unveils faster processor","datePublished":"2022-05-10T09:00:00Z",
                                "author":[{"@type":"Person","name":"Ana Ruiz","jobTitle":"Senior Reporter"},{"@type":"Person","name":"Ben Okafor","jobTitle":"Contributor"}],
                                "editor":{"@type":"Person","name":"Carla Stone"}}""")
                        .article("<h1>Chipmaker unveils faster processor</h1>")
                        .states("en-jsonld-authors-job-titles-editor", "JSON-LD authors with job titles; an editor who is no author",
                                "Chipmaker unveils faster processor", "Ana Ruiz; Ben Okafor", "2022-05-10"),
                page("en", "Wire Weekly").title("Port strike enters second week")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Port strike enters second week","datePublished":"2022-09-12T07:00:00Z","author":[{"@type":"Person","name":"Mia Long, Senior Correspondent"},{"@type":"Person","name":"Staff"}]}""")
                        .article("<h1>Port strike enters second week</h1>")
                        .states("en-jsonld-name-with-role", "JSON-LD author names carrying a role; a 'Staff' author",
                                "Port strike enters second week", "Mia Long", "2022-09-12"),
                page("en", "Coast Times").title("Ferry service cut over winter").bare()
                        .canonical("https://coasttimes.example/news/ferry-service-cut")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry service cut over winter","datePublished":"2022-11-21T06:00:00Z","author":{"@type":"Person","name":"Tom Reed"}}""")
                        .top("<header class=\"amp-header\"><a href=\"/\"><amp-img alt=\"Coast Times\" src=\"/logo.png\" width=\"120\" height=\"30\"></amp-img></a></header>")
                        .article("<h1 class=\"amp-title\">Ferry service cut over winter</h1><div class=\"amp-byline\">By Tom Reed</div><amp-img src=\"/ferry.jpg\" width=\"800\" height=\"450\"></amp-img>")
                        .states("en-amp-page", "AMP page: amp-img logo, canonical link, JSON-LD",
                                "Ferry service cut over winter", "Tom Reed", "2022-11-21"),
                page("en", "Metro Daily").title("City approves new stadium")
                        .top("<div class=\"trending\"><span>Trending:</span><a href=\"/x\">Mayor race tightens</a> <time datetime=\"2023-02-27T09:00:00Z\">Feb 27</time><a href=\"/y\">Snow day closures</a> <time datetime=\"2023-02-28T07:00:00Z\">Feb 28</time></div>")
                        .article("<h1>City approves new stadium</h1><div class=\"byline\">By Nora Quinn</div><time datetime=\"2023-03-02T16:30:00Z\">March 2, 2023</time>")
                        .states("en-trending-times-before-article", "trending teasers' <time> elements before the article's own",
                                "City approves new stadium", "Nora Quinn", "2023-03-02"),
                page("en", "Valley Voice").title("Library extends weekend hours")
                        .article("<h1>Library extends weekend hours</h1><p class=\"dateline\">Mar. 3, 2023 4:15 PM ET</p>")
                        .after("<section id=\"comments\"><div class=\"comment\"><span class=\"who\">reader22</span> <time datetime=\"2023-03-04T10:00:00Z\">Mar. 4, 2023</time><p>Great news.</p></div><div class=\"comment\"><span class=\"who\">jd</span> <time datetime=\"2023-03-05T10:00:00Z\">Mar. 5, 2023</time><p>Finally.</p></div></section>")
                        .states("en-text-date-comment-times", "date only in the text near the headline; comment <time> elements after",
                                "Library extends weekend hours", "", "2023-03-03"),
                page("en", "The Example Times").title("Politics - Senate passes budget bill - The Example Times")
                        .article("<div class=\"headline\">Senate passes budget bill</div><p class=\"date\">June 5, 2023</p>")
                        .states("en-section-and-site-no-h1", "'Section - Headline - Site' title, no h1",
                                "Senate passes budget bill", "", "2023-06-05"),
                page("en", "Evening Standard Example").title("Tube strike called off").fetched("2023-05-01T15:00:00Z")
                        .article("<h1>Tube strike called off</h1><div class=\"byline\">By Harry Cole</div><span class=\"ago\">2 hours ago</span>")
                        .states("en-hours-ago-fetched", "'2 hours ago' alone, fetch time known",
                                "Tube strike called off", "Harry Cole", "2023-05-01"),
                page("en", "Global Example").title("Drought hits wheat harvest")
                        .meta("article:published_time", "2022-08-09T05:00:00Z")
                        .article("<h1>Drought hits wheat harvest</h1><div class=\"byline\">By Sarah Kim for the Global Example</div>")
                        .states("en-by-name-for-outlet", "'By Name for the Outlet'",
                                "Drought hits wheat harvest", "Sarah Kim", "2022-08-09"),
                page("en", "Northern Record").title("Live: Storm Eunice latest updates | Northern Record")
                        .meta("article:published_time", "2022-02-18T06:00:00Z")
                        .article("<h1>Live: Storm Eunice latest updates</h1><div class=\"byline\">By Lucy Hart, Liam Ford and Zara Malik</div>")
                        .states("en-live-prefix-three-authors", "'Live:' kept in the headline; three authors 'A, B and C'",
                                "Live: Storm Eunice latest updates", "Lucy Hart; Liam Ford; Zara Malik", "2022-02-18"));
    }
}
