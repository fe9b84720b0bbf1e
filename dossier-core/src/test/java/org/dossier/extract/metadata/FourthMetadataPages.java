package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The fourth held-out metadata set: 24 pages written after the rules were tuned on the third set and kept fixed
 * since (author links in an "article-authors" line, "Lesedauer", Swiss "Publiziert:", relative dates near midnight
 * UTC and beside labels, "envoyée spéciale", "Redacción EFE", "A cura di", "Door onze verslaggever", "da Redação",
 * "and agencies", "Written by … | Edited by …", Organization authors, "Opinion by", update-only relative lines):
 * its first read is the honest figure for pages the rules have not seen.
 */
final class FourthMetadataPages {
    private FourthMetadataPages() {}

    static List<Case> all() {
        return List.of(
                page("de", "Westfalen Bote").title("Schwimmbad bleibt im Sommer geschlossen")
                        .meta("article:published_time", "2024-05-06T07:00:00+02:00")
                        .article("<h1>Schwimmbad bleibt im Sommer geschlossen</h1><p class=\"article-authors\">Von <a href=\"/autor/lena-vogt\">Lena Vogt</a> und <a href=\"/autor/paul-weber\">Paul Weber</a></p>")
                        .states("de-author-links-in-line", "'Von <a>A</a> und <a>B</a>' in an 'article-authors' line",
                                "Schwimmbad bleibt im Sommer geschlossen", "Lena Vogt; Paul Weber", "2024-05-06"),
                page("de", "Hanse Blatt").title("Hafen meldet Rekordumschlag | Hanse Blatt")
                        .article("<h1>Hafen meldet Rekordumschlag</h1><p class=\"meta\">Veröffentlicht am 02.02.2024 | Lesedauer: 3 Minuten</p>")
                        .states("de-veroeffentlicht-lesedauer", "'Veröffentlicht am … | Lesedauer: 3 Minuten' (no relative date)",
                                "Hafen meldet Rekordumschlag", "", "2024-02-02"),
                page("de", "Wiener Beispielblatt").title("Neue U-Bahn-Linie verzögert sich")
                        .article("<h1>Neue U-Bahn-Linie verzögert sich</h1><div class=\"article-meta\"><span class=\"author__name\">Julia Schmid</span> <time datetime=\"2024-03-03T10:00:00+01:00\">3. März 2024, 10:00</time></div>")
                        .states("de-at-author-name-class", "Austrian page: 'author__name' span and <time>",
                                "Neue U-Bahn-Linie verzögert sich", "Julia Schmid", "2024-03-03"),
                page("de", "Blick Beispiel").title("Lawinengefahr in den Alpen steigt").fetched("2024-03-12T21:00:00Z")
                        .article("<h1>Lawinengefahr in den Alpen steigt</h1><p class=\"meta\">Publiziert: 12.03.2024, 18:05 Uhr</p><p class=\"meta\">Aktualisiert: vor 3 Stunden</p>")
                        .states("de-ch-publiziert-aktualisiert-vor", "Swiss 'Publiziert:' beside 'Aktualisiert: vor 3 Stunden'",
                                "Lawinengefahr in den Alpen steigt", "", "2024-03-12"),
                page("de", "Nacht Nachrichten").title("Großbrand in Industriegebiet").fetched("2024-01-05T00:20:00Z")
                        .article("<h1>Großbrand in Industriegebiet</h1><p class=\"meta\">vor 45 Minuten</p>")
                        .states("de-vor-minuten-near-midnight", "'vor 45 Minuten' fetched 20 minutes after midnight UTC",
                                "Großbrand in Industriegebiet", "", "2024-01-04"),
                page("de", "Beispielzeitung").title("Politik: Neue Regierung steht | Beispielzeitung")
                        .meta("og:title", "Politik: Neue Regierung steht")
                        .meta("article:published_time", "2024-04-23T16:00:00+02:00")
                        .article("<h1>Neue Regierung steht</h1><p class=\"byline\">Kommentar von Anne Roth</p>")
                        .states("de-og-title-section-colon-kommentar-von", "og:title 'Section: Headline', h1 the headline; 'Kommentar von'",
                                "Neue Regierung steht", "Anne Roth", "2024-04-23"),
                page("fr", "Le Journal d'Exemple").title("Les écoles rouvrent après la tempête").fetched("2024-04-10T12:00:00Z")
                        .article("<h1>Les écoles rouvrent après la tempête</h1><p class=\"date\">Publié aujourd'hui à 09h15</p>")
                        .states("fr-publie-aujourdhui", "'Publié aujourd'hui à 09h15', fetch time known",
                                "Les écoles rouvrent après la tempête", "", "2024-04-10"),
                page("fr", "L'Exemple Quotidien").title("Kyiv sous les frappes")
                        .meta("article:published_time", "2024-01-14T08:00:00+01:00")
                        .article("<h1>Kyiv sous les frappes</h1><p class=\"byline\">Par <a href=\"/auteur/lea-martin\">Léa Martin</a>, envoyée spéciale à Kyiv</p>")
                        .states("fr-envoyee-speciale", "'Par Name, envoyée spéciale à City'",
                                "Kyiv sous les frappes", "Léa Martin", "2024-01-14"),
                page("es", "Noticias de Ejemplo").title("El Gobierno anuncia nuevas ayudas")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"El Gobierno anuncia nuevas ayudas","datePublished":"2024-02-14T11:00:00+01:00"}""")
                        .article("<h1>El Gobierno anuncia nuevas ayudas</h1><p class=\"firma\">Por Redacción EFE</p><p>Madrid, 14 feb (EFE).-</p>")
                        .states("es-redaccion-efe", "'Por Redacción EFE' names no person; dateline without a year",
                                "El Gobierno anuncia nuevas ayudas", "", "2024-02-14"),
                page("es", "Periódico Ejemplo").title("La sequía obliga a restringir el riego")
                        .meta("article:published_time", "2024-02-14T20:00:00+01:00")
                        .article("<h1>La sequía obliga a restringir el riego</h1><p class=\"fecha\">Actualizado 15/02/2024 - 10:25 CET</p>")
                        .states("es-actualizado-after-meta", "'Actualizado …' line after a published meta",
                                "La sequía obliga a restringir el riego", "", "2024-02-14"),
                page("it", "Cronaca d'Esempio").title("Incidente sulla statale, due feriti")
                        .article("<h1>Incidente sulla statale, due feriti</h1><p class=\"autore\">di Redazione Cronaca</p><p class=\"data\">Pubblicato: 11 aprile 2024 ore 08:15</p>")
                        .states("it-di-redazione-ore", "'di Redazione …' names no person; 'Pubblicato: … ore 08:15'",
                                "Incidente sulla statale, due feriti", "", "2024-04-11"),
                page("it", "Rivista d'Esempio").title("Il ritorno del cinema d'autore")
                        .meta("article:published_time", "2024-03-02T09:00:00+01:00")
                        .article("<h1>Il ritorno del cinema d'autore</h1><p class=\"firma\">A cura di Chiara Ferri</p>")
                        .states("it-a-cura-di", "'A cura di Name'",
                                "Il ritorno del cinema d'autore", "Chiara Ferri", "2024-03-02"),
                page("nl", "Krant Voorbeeld").title("Dijk bij Kampen versterkt")
                        .meta("article:published_time", "2024-01-19T06:00:00+01:00")
                        .article("<h1>Dijk bij Kampen versterkt</h1><p class=\"byline\">Door onze verslaggever Kees Smit</p>")
                        .states("nl-door-onze-verslaggever", "'Door onze verslaggever Name'",
                                "Dijk bij Kampen versterkt", "Kees Smit", "2024-01-19"),
                page("nl", "Omroep Voorbeeld West").title("Nieuwe veerpont in gebruik").fetched("2024-01-20T15:00:00Z")
                        .article("<h1>Nieuwe veerpont in gebruik</h1><time datetime=\"2024-01-19T09:30:00+01:00\">19 januari 2024</time><p class=\"meta\">Bijgewerkt 3 uur geleden</p>")
                        .states("nl-bijgewerkt-uur-geleden", "<time> beside 'Bijgewerkt 3 uur geleden'",
                                "Nieuwe veerpont in gebruik", "", "2024-01-19"),
                page("pt", "Folha de Exemplo").title("Inflação desacelera em abril")
                        .article("<h1>Inflação desacelera em abril</h1><p class=\"autor\">Por Maria Santos, da Redação</p><p class=\"data\">Publicado 10 de maio de 2024 às 14h</p>")
                        .states("pt-da-redacao-publicado", "'Por Name, da Redação'; 'Publicado 10 de maio de 2024 às 14h'",
                                "Inflação desacelera em abril", "Maria Santos", "2024-05-10"),
                page("pl", "Dziennik Przykładowy").title("Nowe przepisy o podatkach - Dziennik Przykładowy")
                        .article("<h1>Nowe przepisy o podatkach</h1><span class=\"article-author__name\">Jan Nowak</span><p class=\"date\">Opublikowano 3 kwietnia 2024 o 12:00</p>")
                        .states("pl-author-name-kwietnia", "'article-author__name'; 'Opublikowano 3 kwietnia 2024 o 12:00'",
                                "Nowe przepisy o podatkach", "Jan Nowak", "2024-04-03"),
                page("en", "The Example Guardian").title("Floods displace thousands | World news | The Example Guardian")
                        .meta("article:published_time", "2024-02-20T10:00:00Z")
                        .article("<h1>Floods displace thousands</h1><div class=\"byline\">Kate Lyons and agencies</div>")
                        .states("en-name-and-agencies", "'Name and agencies'",
                                "Floods displace thousands", "Kate Lyons", "2024-02-20"),
                page("en", "Review Example").title("A quieter kind of thriller")
                        .meta("article:published_time", "2024-03-08T12:00:00Z")
                        .article("<h1>A quieter kind of thriller</h1><p class=\"credits\">Written by Dan Ross | Edited by Amy Lin</p>")
                        .states("en-written-by-edited-by", "'Written by A | Edited by B': the editor is no author",
                                "A quieter kind of thriller", "Dan Ross", "2024-03-08"),
                page("en", "Example News").title("Council tax to rise by five per cent")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Council tax to rise by five per cent","datePublished":"2024-02-02T09:00:00Z","author":{"@type":"Organization","name":"Example News"}}""")
                        .article("<h1>Council tax to rise by five per cent</h1><div class=\"byline\">By Staff</div>")
                        .states("en-organization-author-by-staff", "JSON-LD Organization author; 'By Staff'",
                                "Council tax to rise by five per cent", "", "2024-02-02"),
                page("en", "Example Herald").title("Opinion | Why the bridge matters")
                        .meta("article:published_time", "2024-01-30T15:00:00Z")
                        .article("<h1>Why the bridge matters</h1><p class=\"byline\">Opinion by Lee Harper</p>")
                        .states("en-opinion-pipe-opinion-by", "'Opinion | Headline' title; 'Opinion by Name'",
                                "Why the bridge matters", "Lee Harper", "2024-01-30"),
                page("en", "Example Wire").title("Stocks slip as oil climbs")
                        .article("<h1>Stocks slip as oil climbs</h1><span class=\"timestamp\">Published 11:03 AM EST Jan. 12, 2024</span>")
                        .states("en-published-time-first", "'Published 11:03 AM EST Jan. 12, 2024': the time before the date",
                                "Stocks slip as oil climbs", "", "2024-01-12"),
                page("en", "Example Live").title("Rail strike: what we know").fetched("2024-06-01T18:00:00Z")
                        .article("<h1>Rail strike: what we know</h1><p class=\"meta\">Updated 2 hours ago</p>")
                        .states("en-updated-hours-ago-only", "only 'Updated 2 hours ago', fetch time known",
                                "Rail strike: what we know", "", "2024-06-01"),
                page("en", "Example Sentinel").title("Zoo welcomes twin pandas")
                        .top("<aside class=\"most-read\"><h3>Most read</h3><p>Storm knocks out power</p><p>May 1, 2024</p></aside>")
                        .article("<h1>Zoo welcomes twin pandas</h1><div class=\"byline\">By Grace Liu</div><p class=\"date\">May 3, 2024</p>")
                        .states("en-most-read-aside-date-before", "a 'Most read' aside with an earlier date before the article",
                                "Zoo welcomes twin pandas", "Grace Liu", "2024-05-03"),
                page("de", "Schwaben Echo").title("Neues Baugebiet beschlossen")
                        .article("<h1>Neues Baugebiet beschlossen</h1><div class=\"autor\">Von <strong>Markus Eder</strong></div><div class=\"datum\">Montag, 15. April 2024</div>")
                        .states("de-von-strong-weekday-date", "'Von <strong>Name</strong>'; 'Montag, 15. April 2024'",
                                "Neues Baugebiet beschlossen", "Markus Eder", "2024-04-15"));
    }
}
