package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The second held-out metadata set: 22 pages after layouts the first set does not have (WordPress default themes,
 * news magazines, agency bylines in capitals, wire datelines, German commentary bylines, French, Spanish, Italian
 * and Dutch papers' date and author lines), written after the rules were tuned on the first set and kept fixed
 * since: its first read is the honest figure for pages the rules have not seen.
 */
final class SecondMetadataPages {
    private SecondMetadataPages() {}

    static List<Case> all() {
        return List.of(
                page("en", "The Daily Example").title("Glacier retreat speeds up, study finds | World news | The Daily Example")
                        .meta("author", "Tom Hale")
                        .article("<h1>Glacier retreat speeds up, study finds</h1><p class=\"meta\"><time datetime=\"2021-04-07T10:00:00+01:00\">Wed 7 Apr 2021 10.00 BST</time></p>")
                        .states("en-section-in-title-time", "'Headline | Section | Site' title; <time> with a weekday and a short month",
                                "Glacier retreat speeds up, study finds", "Tom Hale", "2021-04-07"),
                page("en", "The Example Times").title("Subway ridership returns to pre-pandemic levels - The Example Times")
                        .meta("byl", "By Sarah Jones and Kim Lee")
                        .meta("article:published_time", "2020-03-15T09:00:00.000Z")
                        .article("<h1>Subway ridership returns to pre-pandemic levels</h1>")
                        .states("en-byl-meta", "'byl' meta with 'By A and B'",
                                "Subway ridership returns to pre-pandemic levels", "Sarah Jones; Kim Lee", "2020-03-15"),
                page("en", "Garden Notes").title("Ten plants that survive a dry summer – Garden Notes")
                        .article("""
                                <h1 class="entry-title">Ten plants that survive a dry summer</h1>
                                <div class="entry-meta"><span class="posted-on">Posted on <a href="/x" rel="bookmark"><time class="entry-date published" datetime="2019-02-11T08:00:00+00:00">February 11, 2019</time><time class="updated" datetime="2019-02-12T09:00:00+00:00">February 12, 2019</time></a></span>
                                <span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/kate">Kate Miller</a></span></span></div>""")
                        .states("en-wordpress-entry-meta", "WordPress theme entry-meta: published and updated <time>s, 'by' author vcard",
                                "Ten plants that survive a dry summer", "Kate Miller", "2019-02-11"),
                page("en", "Prairie Register").title("Senate passes farm aid bill")
                        .article("<h1>Senate passes farm aid bill</h1><div class=\"byline\">By JOHN DOE and MARY ROE Associated Press</div><div class=\"date\">March 3, 2022, 4:12 PM</div>")
                        .states("en-agency-byline-capitals", "byline in capitals followed by the agency",
                                "Senate passes farm aid bill", "John Doe; Mary Roe", "2022-03-03"),
                page("en", "Harbour Weekly").title("Marina plan divides residents")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Marina plan divides residents","datePublished":"2023-05-02T12:00:00Z","author":["Amy Tan","Raj Patel"]}""")
                        .article("<h1>Marina plan divides residents</h1>")
                        .states("en-jsonld-author-strings", "JSON-LD author array of plain strings",
                                "Marina plan divides residents", "Amy Tan; Raj Patel", "2023-05-02"),
                page("en", "World Desk Daily").title("Talks on trade deal resume")
                        .meta("DC.date.issued", "2021-09-01")
                        .article("<h1>Talks on trade deal resume</h1><p>WASHINGTON (Reuters) - Negotiators met again on Wednesday after a pause of two months.</p>")
                        .states("en-wire-dateline", "Dublin Core date; a wire dateline names no author",
                                "Talks on trade deal resume", "", "2021-09-01"),
                page("en", "Evening Example").title("Opinion | Our parks need more than promises")
                        .meta("article:published_time", "2022-06-18T07:00:00Z")
                        .article("<h1>Our parks need more than promises</h1><div class=\"byline\">Opinion by Ellen Ray, contributing columnist</div>")
                        .states("en-opinion-byline", "'Opinion |' title prefix; 'Opinion by Name, contributing columnist'",
                                "Our parks need more than promises", "Ellen Ray", "2022-06-18"),
                page("de", "Beispiel Magazin").title("Die Koalition verliert ihre Mitte - Beispiel Magazin")
                        .meta("og:title", "Die Koalition verliert ihre Mitte")
                        .article("<h1>Die Koalition verliert ihre Mitte</h1><div class=\"author\">Ein Kommentar von Stefan Berg</div><time datetime=\"2022-05-03 17:41:00\">03.05.2022, 17.41 Uhr</time>")
                        .states("de-kommentar-von", "'Ein Kommentar von Name'; <time> with a space in the timestamp",
                                "Die Koalition verliert ihre Mitte", "Stefan Berg", "2022-05-03"),
                page("de", "Allgemeine Beispielzeitung").title("Rentenreform stößt auf Widerstand")
                        .meta("author", "Stefanie Hart, Berlin")
                        .meta("date", "2021-08-30T09:02:11+0200")
                        .article("<h1>Rentenreform stößt auf Widerstand</h1>")
                        .states("de-author-meta-city", "author meta 'Name, City'; meta date with a +0200 offset",
                                "Rentenreform stößt auf Widerstand", "Stefanie Hart", "2021-08-30"),
                page("de", "Süddeutsche Beispiel").title("Mietpreisbremse wird verlängert - Politik - Süddeutsche Beispiel")
                        .meta("og:title", "Mietpreisbremse wird verlängert")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Mietpreisbremse wird verlängert","datePublished":"2020-11-19T18:30:00+01:00","author":[{"@type":"Person","name":"Max Ulrich"}]}""")
                        .article("<h1>Mietpreisbremse wird verlängert</h1>")
                        .states("de-jsonld-title-section", "title 'Headline - Section - Site', og:title clean; JSON-LD author",
                                "Mietpreisbremse wird verlängert", "Max Ulrich", "2020-11-19"),
                page("de", "Kreisbote Beispiel").title("Glätte sorgt für viele Unfälle")
                        .article("<h1>Glätte sorgt für viele Unfälle</h1><div class=\"meta\">Von dpa</div><div class=\"meta\">Erstellt: 14.02.2022, 10:30 Uhr</div>")
                        .states("de-von-dpa-erstellt", "'Von dpa' names no person; 'Erstellt:' date",
                                "Glätte sorgt für viele Unfälle", "", "2022-02-14"),
                page("de", "Sender Süd").title("Schulen öffnen wieder | Sender Süd")
                        .meta("article:published_time", "2021-05-31T06:00:00+02:00")
                        .article("<h1>Schulen öffnen wieder</h1><p class=\"byline\">Von Julia Franke, Sender Süd</p>")
                        .states("de-von-name-site", "'Von Name, Site': the site after the name",
                                "Schulen öffnen wieder", "Julia Franke", "2021-05-31"),
                page("fr", "Le Monde d'Exemple").title("La réforme des retraites divise la majorité")
                        .article("<h1>La réforme des retraites divise la majorité</h1><span class=\"author\">Anne Chemin</span><p class=\"dates\">Publié le 05 octobre 2022 à 06h00 - Mis à jour le 06 octobre 2022 à 10h12</p>")
                        .states("fr-publie-mis-a-jour-dash", "'Publié le … - Mis à jour le …'; author span",
                                "La réforme des retraites divise la majorité", "Anne Chemin", "2022-10-05"),
                page("fr", "Ouest Exemple").title("Tempête : 20 000 foyers privés d'électricité")
                        .meta("og:site_name", "Ouest Exemple")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Tempête : 20 000 foyers privés d'électricité","datePublished":"2020-02-10T07:45:00+01:00","author":"Ouest Exemple"}""")
                        .article("<h1>Tempête : 20 000 foyers privés d'électricité</h1>")
                        .states("fr-jsonld-author-is-site", "JSON-LD author string is the site's name",
                                "Tempête : 20 000 foyers privés d'électricité", "", "2020-02-10"),
                page("es", "El País de Ejemplo").title("El paro baja en diciembre")
                        .article("<h1>El paro baja en diciembre</h1><div class=\"a_md\"><a class=\"author\" href=\"/autor/ana\">Ana Torres</a><span>Madrid - 10 ENE 2022 - 14:05 CET</span></div>")
                        .states("es-ciudad-fecha-mayusculas", "'Madrid - 10 ENE 2022 - 14:05 CET' with the month in capitals",
                                "El paro baja en diciembre", "Ana Torres", "2022-01-10"),
                page("es", "Clarín de Ejemplo").title("Suben las tarifas del transporte")
                        .article("<h1>Suben las tarifas del transporte</h1><p>Por Luis Gómez</p><p>Publicado el 21/06/2023 a las 09:00</p>")
                        .states("es-publicado-a-las", "'Publicado el 21/06/2023 a las 09:00'; 'Por Name'",
                                "Suben las tarifas del transporte", "Luis Gómez", "2023-06-21"),
                page("it", "La Repubblica d'Esempio").title("Caro energia, il governo prepara nuovi aiuti")
                        .article("<h1>Caro energia, il governo prepara nuovi aiuti</h1><p class=\"author\">di Giovanni Bianchi</p><p class=\"date\">03 maggio 2022</p>")
                        .states("it-di-autore-data", "'di Name' author element, date line",
                                "Caro energia, il governo prepara nuovi aiuti", "Giovanni Bianchi", "2022-05-03"),
                page("it", "Corriere d'Esempio").title("Treni, nuovo orario dal lunedì")
                        .meta("author", "Paola Neri")
                        .meta("article:published_time", "2021-09-11T08:00:00+02:00")
                        .article("<h1>Treni, nuovo orario dal lunedì</h1><p class=\"upd\">Ultimo aggiornamento: 12 set 2021</p>")
                        .states("it-ultimo-aggiornamento", "published meta before an 'Ultimo aggiornamento' line",
                                "Treni, nuovo orario dal lunedì", "Paola Neri", "2021-09-11"),
                page("nl", "Omroep Voorbeeld").title("Treinverkeer rond Utrecht hervat")
                        .article("<h1>Treinverkeer rond Utrecht hervat</h1><time datetime=\"2022-01-10T14:05:00+01:00\">maandag 10 januari, 14:05</time>")
                        .states("nl-time-without-year", "<time> whose text has no year; the datetime has",
                                "Treinverkeer rond Utrecht hervat", "", "2022-01-10"),
                page("nl", "Handelsblad Voorbeeld").title("Woningmarkt koelt verder af")
                        .article("<h1>Woningmarkt koelt verder af</h1><p class=\"auteur\">Tekst Marieke de Boer</p><p>10 januari 2022</p>")
                        .states("nl-tekst-lead", "'Tekst Name' lead-in with a particle; date line",
                                "Woningmarkt koelt verder af", "Marieke de Boer", "2022-01-10"),
                page("en", "The Example Post").title("The Example Post | Coastal road to close for repairs")
                        .article("<div class=\"headline\">Coastal road to close for repairs</div><p class=\"date\">April 2, 2018</p>")
                        .states("en-site-first-title-no-h1", "'Site | Headline' <title> and no h1",
                                "Coastal road to close for repairs", "", "2018-04-02"),
                page("en", "Example Star").title("Hospital parking fees scrapped")
                        .article("<h1>Hospital parking fees scrapped</h1><div class=\"byline\">Megan Tull</div><div class=\"dates\">Published Jan 10, 2022 • Last updated Jan 11, 2022</div>")
                        .states("en-published-last-updated", "'Published … • Last updated …' on one line; bare byline name",
                                "Hospital parking fees scrapped", "Megan Tull", "2022-01-10"));
    }
}
