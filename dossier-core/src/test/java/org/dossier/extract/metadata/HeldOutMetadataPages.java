package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The held-out metadata set: 44 pages written after the layouts of common news systems (WordPress with Yoast, Arc
 * XP, Drupal, Brightspot, German public broadcasters and regional papers, French, Spanish, Italian and Dutch
 * papers), written before the rules were tuned on it and kept fixed since, so its first read is the figure to
 * expect on unseen pages. Each page states its headline, its authors and its publication date.
 */
final class HeldOutMetadataPages {
    private HeldOutMetadataPages() {}

    static List<Case> all() {
        return List.of(
                page("en", "Valley Courier").title("Council votes to close two libraries - Valley Courier")
                        .meta("og:title", "Council votes to close two libraries - Valley Courier")
                        .meta("og:site_name", "Valley Courier")
                        .jsonLd("""
                                {"@context":"https://schema.org","@graph":[
                                {"@type":"WebSite","@id":"https://valleycourier.example/#website","name":"Valley Courier"},
                                {"@type":"WebPage","@id":"https://valleycourier.example/council-libraries/","datePublished":"2022-01-11T08:00:00+00:00"},
                                {"@type":"NewsArticle","@id":"https://valleycourier.example/council-libraries/#article","headline":"Council votes to close two libraries","datePublished":"2022-01-10T14:05:00+00:00","dateModified":"2022-01-11T08:00:00+00:00","author":{"@id":"https://valleycourier.example/#/schema/person/abc"}},
                                {"@type":"Person","@id":"https://valleycourier.example/#/schema/person/abc","name":"Grace Whitfield"}]}""")
                        .article("<h1>Council votes to close two libraries</h1><div class=\"byline\">By <a href=\"/author/gwhitfield\">Grace Whitfield</a></div>")
                        .states("en-yoast-graph-author-ref", "WordPress Yoast @graph: the author is an @id reference to a Person node; og:title carries the site name",
                                "Council votes to close two libraries", "Grace Whitfield", "2022-01-10"),
                page("en", "The Harbor Post").title("Shipping firm fined over oil spill - The Harbor Post")
                        .meta("article:published_time", "2021-11-03T09:30:12.345Z")
                        .jsonLd("""
                                {"@context":"http://schema.org","@type":"NewsArticle","headline":"Shipping firm fined over oil spill","datePublished":"2021-11-03T09:30:12.345Z",
                                "author":[{"@type":"Person","name":"Dana Ortiz"},{"@type":"Person","name":"Felix Hunt"}]}""")
                        .article("<h1>Shipping firm fined over oil spill</h1><div class=\"byline\">By Dana Ortiz and Felix Hunt</div><div class=\"date\">November 3, 2021 at 9:30 a.m. EDT</div>")
                        .states("en-arcxp-author-array", "Arc XP: JSON-LD author array, 'By A and B' byline, title with the site after a dash",
                                "Shipping firm fined over oil spill", "Dana Ortiz; Felix Hunt", "2021-11-03"),
                page("en", "Metro Ledger").title("Transit fares to rise in March | Metro Ledger")
                        .meta("article:published_time", "2023-02-14T06:00:00")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Transit fares to rise in March","datePublished":"2023-02-14T06:00:00","author":[{"@type":"Person","name":"Olivia Grant","url":"https://metroledger.example/staff/olivia-grant"}],"publisher":{"@type":"Organization","name":"Metro Ledger"}}""")
                        .article("<h1>Transit fares to rise in March</h1><div class=\"author\">Olivia Grant</div><div class=\"role\">Transportation Reporter</div>")
                        .states("en-brightspot-author-url", "Brightspot: JSON-LD Person with a url; the role in its own element",
                                "Transit fares to rise in March", "Olivia Grant", "2023-02-14"),
                page("en", "County Tribune").title("New school opens after flood repairs | County Tribune")
                        .meta("og:title", "New school opens after flood repairs | County Tribune")
                        .meta("article:published_time", "Mon, 01/10/2022 - 14:05")
                        .article("<h1>New school opens after flood repairs</h1><div class=\"submitted\">Submitted by <span class=\"username\">editor</span> on Mon, 01/10/2022 - 14:05</div>")
                        .states("en-drupal-submitted", "Drupal: 'Mon, 01/10/2022 - 14:05' dates; 'Submitted by' a user name that is no byline",
                                "New school opens after flood repairs", "", "2022-01-10"),
                page("en", "Capital Observer").title("Minister faces questions over contracts")
                        .article("<h1>Minister faces questions over contracts</h1><p class=\"byline\">By Jane Doe, Political Editor</p><p class=\"dateline\">Published 4 March 2021</p>")
                        .states("en-byline-role-visible", "visible byline with a role after a comma; 'Published' date line",
                                "Minister faces questions over contracts", "Jane Doe", "2021-03-04"),
                page("en", "Lakeside Gazette").title("Festival returns after two-year break")
                        .meta("article:published_time", "2022-07-08T10:00:00-05:00")
                        .article("<h1>Festival returns after two-year break</h1><div class=\"byline\">By Alice Smith, Bob Jones and Carol White</div>")
                        .states("en-three-authors-and", "three authors 'A, B and C' in a byline element",
                                "Festival returns after two-year break", "Alice Smith; Bob Jones; Carol White", "2022-07-08"),
                page("en", "Daily Meridian").title("Storm warning issued for the weekend")
                        .meta("article:modified_time", "2022-01-10T20:45:00Z")
                        .article("<h1>Storm warning issued for the weekend</h1><div class=\"byline\">By Sam Patel</div><div class=\"timestamp\">Updated 3:45 PM EST, Mon January 10, 2022</div>")
                        .states("en-updated-only", "only a modified meta and an 'Updated' line state the date",
                                "Storm warning issued for the weekend", "Sam Patel", "2022-01-10"),
                page("en", "Northern Echo Online").title("Power restored to most homes")
                        .article("<h1>Power restored to most homes</h1><div class=\"meta\">By Chris Lowe <time datetime=\"2022-12-19T12:00:00Z\">2 hours ago</time></div>")
                        .states("en-relative-time-datetime", "relative '2 hours ago' text with a datetime attribute",
                                "Power restored to most homes", "Chris Lowe", "2022-12-19"),
                page("en", "Riverside News").title("Bridge repairs to take six months")
                        .meta("author", "@mkellytweets")
                        .meta("article:published_time", "2020-05-06T07:00:00Z")
                        .article("<h1>Bridge repairs to take six months</h1><div class=\"byline\">By Megan Kelly <a href=\"https://twitter.com/mkellytweets\">@mkellytweets</a></div>")
                        .states("en-twitter-handle", "a Twitter handle as the author meta and after the byline name",
                                "Bridge repairs to take six months", "Megan Kelly", "2020-05-06"),
                page("en", "Seaside Herald").title("Pier reopens to the public")
                        .meta("article:published_time", "2019-08-01T09:00:00Z")
                        .article("<h1>Pier reopens to the public</h1><div class=\"byline\">By John Smith | jsmith@seasideherald.example</div>")
                        .states("en-email-byline", "an e-mail address after the byline name",
                                "Pier reopens to the public", "John Smith", "2019-08-01"),
                page("en", "Plains Daily").title("Wheat prices hit record high")
                        .meta("author", "The Associated Press")
                        .article("<h1>Wheat prices hit record high</h1><div class=\"byline\">By The Associated Press</div><div class=\"published\">Published 10:05 AM EST Jan 10, 2022</div>")
                        .states("en-agency-only", "only a news agency is credited: no person; 'Published 10:05 AM EST Jan 10, 2022'",
                                "Wheat prices hit record high", "", "2022-01-10"),
                page("en", "Hilltop Times").title("Hospital waiting lists grow again")
                        .meta("og:url", "https://hilltoptimes.example/2021/11/03/hospital-waiting-lists/")
                        .article("<h1>Hospital waiting lists grow again</h1>")
                        .after("<section class=\"comments\"><div class=\"comment\"><span class=\"when\">November 20, 2021</span><p>This is a disgrace and the council should act now.</p></div></section>")
                        .states("en-url-date-only", "the date only in the og:url path; a comment's date is chrome",
                                "Hospital waiting lists grow again", "", "2021-11-03"),
                page("en", "Western Sentinel").title("Drought forces water restrictions")
                        .article("""
                                <div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Drought forces water restrictions</h1>
                                <span itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">Ruth Adler</span></span>
                                <time itemprop="datePublished" datetime="2018-06-21">June 21, 2018</time></div>""")
                        .states("en-microdata", "microdata: itemprop headline, author Person name, time datePublished",
                                "Drought forces water restrictions", "Ruth Adler", "2018-06-21"),
                page("en", "Midland Press").title("Politics | Election date set for May | Midland Press")
                        .article("<h1>Election date set for May</h1><span class=\"date\">12 January 2023</span>")
                        .states("en-section-prefix", "<title> 'Section | Headline | Site'; date line after the h1",
                                "Election date set for May", "", "2023-01-12"),
                page("en", "The Evening Standard-Bearer").title("The Evening Standard-Bearer")
                        .meta("og:title", "The Evening Standard-Bearer")
                        .meta("article:published_time", "2017-10-30T18:00:00Z")
                        .article("<h1>Zoo welcomes rare twin leopards</h1>")
                        .states("en-og-title-site-only", "og:title and <title> are only the site name; the h1 is the headline",
                                "Zoo welcomes rare twin leopards", "", "2017-10-30"),
                page("en", "Coastline Chronicle").title("Fishermen protest new quotas")
                        .top("<div class=\"today\">Tuesday, December 1, 2026</div>")
                        .article("<h1>Fishermen protest new quotas</h1><div class=\"post-meta\">March 4, 2021 · 4 min read</div>")
                        .after("<aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/a\">Quota talks stall</a> <span>February 2, 2021</span></li></ul></aside>")
                        .states("en-text-date-header-chrome", "date text after the h1; today's date in the header and related dates are chrome",
                                "Fishermen protest new quotas", "", "2021-03-04"),
                page("en", "National Wire Review").title("Factory jobs to move abroad")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"ReportageNewsArticle","headline":"Factory jobs to move abroad","datePublished":"2022-09-21T05:12:00Z","author":{"@type":"Organization","name":"National Wire Review"}}""")
                        .article("<h1>Factory jobs to move abroad</h1><div class=\"byline\"><span>By Nadia Karim</span><span class=\"role\">Business reporter</span></div>")
                        .states("en-org-author-visible-person", "JSON-LD author is the outlet; the visible byline names the reporter",
                                "Factory jobs to move abroad", "Nadia Karim", "2022-09-21"),
                page("en", "Upstate Voice").title("Teachers strike for second day")
                        .meta("article:published_time", "2023-04-14T11:00:00Z")
                        .meta("author", "Staff Reports")
                        .article("<h1>Teachers strike for second day</h1><div class=\"byline\">Staff Reports</div>")
                        .states("en-staff-reports", "author 'Staff Reports' names no person",
                                "Teachers strike for second day", "", "2023-04-14"),
                page("en", "Pine Valley Journal").title("Wildlife park expands to new site")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"Article","headline":"Wildlife park expands to new site","datePublished":"2020-08-19","author":"Tom Reyes, Ana Silva"}""")
                        .article("<h1>Wildlife park expands to new site</h1>")
                        .states("en-jsonld-author-comma-string", "JSON-LD author as one string with two comma-separated names",
                                "Wildlife park expands to new site", "Tom Reyes; Ana Silva", "2020-08-19"),
                page("en", "Bay Area Daily").title("City budget shortfall widens")
                        .meta("article:published_time", "2021-06-30T16:20:00Z")
                        .meta("author", "Lisa Chen")
                        .article("<h1>City budget shortfall widens</h1><div class=\"byline\">By Lisa Chen</div>")
                        .after("<aside class=\"more\"><h3>More from Lisa Chen</h3><ul><li><a href=\"/x\">Mayor unveils plan</a> <time datetime=\"2021-05-01\">May 1, 2021</time></li></ul></aside>")
                        .states("en-meta-author-related-times", "author meta; related-story times after the article are chrome",
                                "City budget shortfall widens", "Lisa Chen", "2021-06-30"),
                page("de", "Rheinblick").title("Landtag beschließt neues Schulgesetz | Rheinblick")
                        .article("<div class=\"meta\">Stand: 10.01.2022 14:05 Uhr</div><h1><span class=\"topline\">Bildung</span> <span class=\"headline\">Landtag beschließt neues Schulgesetz</span></h1>")
                        .states("de-broadcaster-stand-topline", "public broadcaster: 'Stand: 10.01.2022 14:05 Uhr'; the topline (Dachzeile) inside the h1",
                                "Landtag beschließt neues Schulgesetz", "", "2022-01-10"),
                page("de", "Abendpost Online").title("Stadt plant neue Straßenbahnlinie | Abendpost Online")
                        .meta("author", "Anna Müller")
                        .article("<h1>Stadt plant neue Straßenbahnlinie</h1><div class=\"autor\">Von Anna Müller</div><div class=\"datum\">10.01.2022, 14:05 Uhr</div>")
                        .states("de-regional-von-datum", "regional paper: 'Von Name' and a numeric date line; author meta",
                                "Stadt plant neue Straßenbahnlinie", "Anna Müller", "2022-01-10"),
                page("de", "Südkurier Land").title("Autobahn nach Unfall gesperrt")
                        .article("<h1>Autobahn nach Unfall gesperrt</h1><div class=\"quelle\">dpa/AFP</div><div class=\"datum\">Veröffentlicht: 03.02.2021, 18:45</div>")
                        .states("de-agencies-only", "only 'dpa/AFP' credited: no person; 'Veröffentlicht:' line",
                                "Autobahn nach Unfall gesperrt", "", "2021-02-03"),
                page("de", "Westfalen Heute").title("Kliniken klagen über Personalmangel - Westfalen Heute")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Kliniken klagen über Personalmangel","datePublished":"2022-11-24T06:00:00+01:00",
                                "author":[{"@type":"Person","name":"Lena Hoffmann"},{"@type":"Person","name":"Markus Weber"}]}""")
                        .article("<h1>Kliniken klagen über Personalmangel</h1><p class=\"byline\">Von Lena Hoffmann und Markus Weber</p>")
                        .states("de-jsonld-two-authors-und", "JSON-LD Person array; 'Von A und B' byline",
                                "Kliniken klagen über Personalmangel", "Lena Hoffmann; Markus Weber", "2022-11-24"),
                page("de", "Oberland Zeitung").title("Bauern protestieren gegen neue Auflagen")
                        .article("<h1>Bauern protestieren gegen neue Auflagen</h1><p class=\"datum\">10. Januar 2022, 14:05 Uhr</p>")
                        .states("de-text-date-month-name", "'10. Januar 2022, 14:05 Uhr' after the h1",
                                "Bauern protestieren gegen neue Auflagen", "", "2022-01-10"),
                page("de", "Mainblatt").title("Brücke wird ein Jahr früher fertig")
                        .meta("article:modified_time", "2021-03-12T09:10:00+01:00")
                        .article("<h1>Brücke wird ein Jahr früher fertig</h1><p class=\"aktualisiert\">Aktualisiert am 12.03.2021 um 09:10 Uhr</p>")
                        .states("de-aktualisiert-only", "only 'Aktualisiert am' and a modified meta state the date",
                                "Brücke wird ein Jahr früher fertig", "", "2021-03-12"),
                page("de", "Hansestadt Anzeiger").title("EU-Gipfel ringt um Migrationspakt")
                        .meta("article:published_time", "2023-06-29T17:00:00+02:00")
                        .article("<h1>EU-Gipfel ringt um Migrationspakt</h1><p class=\"byline\">Von Anna Keller, Korrespondentin in Brüssel</p>")
                        .states("de-von-role", "'Von Name, Korrespondentin in Brüssel': the role is dropped",
                                "EU-Gipfel ringt um Migrationspakt", "Anna Keller", "2023-06-29"),
                page("de", "Nordsee Rundschau").title("Fähre fällt wegen Sturm aus")
                        .meta("article:published_time", "2022-02-17T07:30:00+01:00")
                        .article("<h1>Fähre fällt wegen Sturm aus</h1><p class=\"byline\">Von Jan Schulz mit Material von dpa</p>")
                        .states("de-mit-material-von", "'Von Name mit Material von dpa': the agency is no author",
                                "Fähre fällt wegen Sturm aus", "Jan Schulz", "2022-02-17"),
                page("de", "Sender Mitte").title("Streik legt Nahverkehr lahm")
                        .article("<h1>Streik legt Nahverkehr lahm</h1><div class=\"info\">Datum: 14.04.2023 06:15 Uhr</div>")
                        .states("de-datum-label", "'Datum: 14.04.2023 06:15 Uhr' label",
                                "Streik legt Nahverkehr lahm", "", "2023-04-14"),
                page("de", "Bergische Post").title("Rathaus wird saniert - Bergische Post")
                        .canonical("https://bergischepost.example/lokales/2020/09/22/rathaus-wird-saniert.html")
                        .article("<h1>Rathaus wird saniert</h1>")
                        .states("de-url-date", "the date only in the canonical URL",
                                "Rathaus wird saniert", "", "2020-09-22"),
                page("de", "Frankenland Online").title("Museum zeigt verschollene Gemälde")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Museum zeigt verschollene Gemälde","datePublished":"2019-05-17T10:00:00+02:00","author":{"@type":"Organization","name":"Frankenland Online"}}""")
                        .article("<h1>Museum zeigt verschollene Gemälde</h1><div class=\"autor\">Autor: Petra Klein</div>")
                        .states("de-autor-label-org-jsonld", "JSON-LD author is the outlet; 'Autor: Name' line",
                                "Museum zeigt verschollene Gemälde", "Petra Klein", "2019-05-17"),
                page("de", "Spree Kurier").title("Mieterverein fordert Mietendeckel")
                        .article("<h1>Mieterverein fordert Mietendeckel</h1><div class=\"byline\">Von Lisa Braun und Tim Roth</div><time datetime=\"2021-12-02T08:00:00+01:00\">02.12.2021</time>")
                        .after("<section class=\"kommentare\"><h3>Kommentare</h3><div><span>05.12.2021, 22:10 Uhr</span><p>Das war überfällig, endlich passiert etwas.</p></div></section>")
                        .states("de-time-comments-chrome", "<time> after the byline; comment dates are chrome",
                                "Mieterverein fordert Mietendeckel", "Lisa Braun; Tim Roth", "2021-12-02"),
                page("de", "Alpenland Nachrichten").title("Lawinengefahr steigt in den Alpen - Alpenland Nachrichten")
                        .meta("og:title", "Lawinengefahr steigt in den Alpen")
                        .meta("date", "2022-01-10T14:05:00+01:00")
                        .meta("author", "Redaktion")
                        .article("<h1>Lawinengefahr steigt in den Alpen</h1>")
                        .states("de-redaktion-meta-date", "meta name=date; author 'Redaktion' is no person",
                                "Lawinengefahr steigt in den Alpen", "", "2022-01-10"),
                page("fr", "Le Courrier du Sud").title("La ville interdit les voitures en centre-ville - Le Courrier du Sud")
                        .article("<h1>La ville interdit les voitures en centre-ville</h1><p class=\"signature\">Par Jean Dupont, publié le 10 janvier 2022 à 14h05, mis à jour le 11 janvier 2022 à 09h00</p>")
                        .states("fr-par-publie-mis-a-jour", "'Par Name, publié le …, mis à jour le …' on one line",
                                "La ville interdit les voitures en centre-ville", "Jean Dupont", "2022-01-10"),
                page("fr", "L'Écho de l'Ouest").title("Les agriculteurs bloquent le périphérique")
                        .article("<h1>Les agriculteurs bloquent le périphérique</h1><p class=\"date\">Publié le 03/02/2021 à 18h45</p>")
                        .states("fr-publie-numeric", "'Publié le 03/02/2021 à 18h45': day first",
                                "Les agriculteurs bloquent le périphérique", "", "2021-02-03"),
                page("fr", "Nouvelles d'Alsace").title("Un pont fermé pour travaux pendant six mois - Nouvelles d'Alsace")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Un pont fermé pour travaux pendant six mois","datePublished":"2023-03-08T07:00:00+01:00",
                                "author":[{"@type":"Person","name":"Claire Martin"},{"@type":"Person","name":"Luc Bernard"}]}""")
                        .article("<h1>Un pont fermé pour travaux pendant six mois</h1><p class=\"auteurs\">Par Claire Martin et Luc Bernard</p>")
                        .states("fr-jsonld-et", "JSON-LD Person array; 'Par A et B'",
                                "Un pont fermé pour travaux pendant six mois", "Claire Martin; Luc Bernard", "2023-03-08"),
                page("fr", "La Dépêche Ouest").title("Incendie dans un entrepôt près du port")
                        .meta("article:published_time", "2022-10-05T12:00:00+02:00")
                        .article("<h1>Incendie dans un entrepôt près du port</h1><p class=\"auteur\">Par La Dépêche Ouest avec AFP</p>")
                        .states("fr-outlet-avec-afp", "'Par Outlet avec AFP': no person",
                                "Incendie dans un entrepôt près du port", "", "2022-10-05"),
                page("fr", "Provence Matin").title("Le festival de jazz dévoile sa programmation")
                        .meta("article:published_time", "2019-03-15T10:00:00+01:00")
                        .meta("author", "Sophie Laurent")
                        .article("<h1>Le festival de jazz dévoile sa programmation</h1><p>Par Sophie Laurent</p>")
                        .states("fr-meta-author", "author meta and 'Par Name' in a plain paragraph",
                                "Le festival de jazz dévoile sa programmation", "Sophie Laurent", "2019-03-15"),
                page("es", "Diario del Centro").title("El Gobierno aprueba la nueva ley de vivienda")
                        .article("<h1>El Gobierno aprueba la nueva ley de vivienda</h1><div class=\"firma\">Por Carlos Ruiz | Madrid | 10 ene 2022 - 14:05 CET</div>")
                        .states("es-por-ciudad-fecha", "'Por Name | City | 10 ene 2022 - 14:05 CET' signature",
                                "El Gobierno aprueba la nueva ley de vivienda", "Carlos Ruiz", "2022-01-10"),
                page("es", "La Voz del Norte").title("Cierran la autopista por la nieve | La Voz del Norte")
                        .meta("author", "Redacción")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Cierran la autopista por la nieve","datePublished":"2021-01-09T08:30:00+01:00"}""")
                        .article("<h1>Cierran la autopista por la nieve</h1><div class=\"fecha\">Actualizado: 10/01/2021 14:05h</div>")
                        .states("es-redaccion-actualizado", "'Redacción' no person; JSON-LD datePublished before an 'Actualizado' line",
                                "Cierran la autopista por la nieve", "", "2021-01-09"),
                page("es", "Heraldo Andino").title("La inflación baja por tercer mes")
                        .meta("article:published_time", "2023-06-21T09:00:00-03:00")
                        .article("<h1>La inflación baja por tercer mes</h1><div class=\"autores\">Por María López y Pedro Sánchez</div>")
                        .states("es-por-y", "'Por A y B' byline",
                                "La inflación baja por tercer mes", "María López; Pedro Sánchez", "2023-06-21"),
                page("it", "Gazzetta del Lago").title("Il sindaco presenta il nuovo piano traffico")
                        .article("<h1>Il sindaco presenta il nuovo piano traffico</h1><p class=\"firma\">di Mario Rossi, 10 gennaio 2022</p>")
                        .states("it-di-data", "'di Name, 10 gennaio 2022' on one line",
                                "Il sindaco presenta il nuovo piano traffico", "Mario Rossi", "2022-01-10"),
                page("it", "Corriere della Valle").title("Sciopero dei medici, ambulatori chiusi")
                        .article("<h1>Sciopero dei medici, ambulatori chiusi</h1><div class=\"meta\">Redazione ROMA 03 febbraio 2021 18:45</div>")
                        .states("it-redazione-citta-data", "'Redazione CITY 03 febbraio 2021 18:45': no person",
                                "Sciopero dei medici, ambulatori chiusi", "", "2021-02-03"),
                page("it", "Il Tirreno Oggi").title("Nuovo ospedale, via ai lavori - Il Tirreno Oggi")
                        .meta("article:published_time", "2022-05-03T08:00:00+02:00")
                        .article("<h1>Nuovo ospedale, via ai lavori</h1><p class=\"autori\">di Luca Conti e Sara Greco</p>")
                        .states("it-di-e", "'di A e B' byline",
                                "Nuovo ospedale, via ai lavori", "Luca Conti; Sara Greco", "2022-05-03"),
                page("nl", "Dagblad Oost").title("Gemeente bouwt nieuwe sporthal")
                        .article("<h1>Gemeente bouwt nieuwe sporthal</h1><div class=\"meta\">Door Jan de Vries · 10 jan 2022</div>")
                        .states("nl-door-punt-datum", "'Door Name · 10 jan 2022' on one line",
                                "Gemeente bouwt nieuwe sporthal", "Jan de Vries", "2022-01-10"),
                page("nl", "Het Westland Nieuws").title("Kassen getroffen door hagel | Het Westland Nieuws")
                        .article("<h1>Kassen getroffen door hagel</h1><div class=\"meta\">Gepubliceerd: 21 juni 2023 14:05 | Bijgewerkt: 22 juni 2023 09:00</div>")
                        .states("nl-gepubliceerd-bijgewerkt", "'Gepubliceerd: … | Bijgewerkt: …' on one line",
                                "Kassen getroffen door hagel", "", "2023-06-21"),
                page("nl", "Noorder Courant").title("Provincie investeert in fietspaden")
                        .meta("article:published_time", "2020-02-27T06:00:00+01:00")
                        .article("<h1>Provincie investeert in fietspaden</h1><p class=\"auteur\">Door Eva Visser en Daan Mulder</p>")
                        .states("nl-door-en", "'Door A en B' byline",
                                "Provincie investeert in fietspaden", "Eva Visser; Daan Mulder", "2020-02-27"));
    }
}
