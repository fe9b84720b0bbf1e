package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.SixteenthMetadataPages.more;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The pages of the sixteenth held-out metadata set ({@link SixteenthMetadataPages}) in German, French, Spanish,
 * Italian, Dutch, Portuguese, Polish, Swedish and Danish: Joomla, Ghost, Drupal, WordPress (Yoast graphs, Newspaper),
 * Arc XP and Brightspot pages in those languages, wire datelines in the body's opening ("PARIS, 3 mars (Reuters) -",
 * "MADRID, 12 mar (EFE).-", "(ANSA) - ROMA, 12 MAR -") with a fetch time, bylines joined by "und", "et", "y", "e",
 * "en", "i", "och", "og" with roles and places after them, relative dates over a datetime attribute, updates stated
 * first, today's date in the header, dates only in the URL, desk and agency bylines naming no person; invented sites
 * and names.
 */
final class SixteenthMetadataPagesEurope {
    private SixteenthMetadataPagesEurope() {}

    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        out.addAll(german());
        out.addAll(french());
        out.addAll(iberian());
        out.addAll(italianDutch());
        out.addAll(northern());
        return List.copyOf(out);
    }

    private static List<Case> german() {
        return List.of(
                page("de", "Werra-Bote").title("Freibad öffnet zwei Wochen früher - Werra-Bote")
                        .article("<div class='com-content-article item-page' itemscope itemtype='https://schema.org/Article'><div class='page-header'><h1 itemprop='headline'>Freibad öffnet zwei Wochen früher</h1></div><dl class='article-info text-muted'><dt class='article-info-term'>Details</dt><dd class='createdby' itemprop='author' itemscope itemtype='https://schema.org/Person'>Geschrieben von: <span itemprop='name'>Karl Wendt</span></dd><dd class='category-name'>Kategorie: <a href='/lokales'>Lokales</a></dd><dd class='published'><time datetime='2024-04-16T07:20:00+02:00' itemprop='datePublished'>Veröffentlicht: 16. April 2024</time></dd><dd class='hits'>Zugriffe: 1204</dd></dl></div>")
                        .states("de-joomla-geschrieben-von", "Joomla in German: 'Geschrieben von:', 'Veröffentlicht:', 'Zugriffe:'",
                                "Freibad öffnet zwei Wochen früher", "Karl Wendt", "2024-04-16"),
                page("de", "Rheinpfalz Echo").title("Landtag streitet über Schulbau | Rheinpfalz Echo")
                        .article("<h1 class='article-title'>Landtag streitet über Schulbau</h1><p class='article-author'>Von Mara Lindqvist und Peter Haas, Mainz</p><p class='article-date'>14.03.2024, 17:03 Uhr</p>")
                        .states("de-von-und-ort", "'Von A und B, Mainz'",
                                "Landtag streitet über Schulbau", "Mara Lindqvist; Peter Haas", "2024-03-14"),
                page("de", "Oberland Anzeiger").title("Gemeinderat beschließt neue Parkgebühren")
                        .top("<div class='header-date'>Donnerstag, 21. März 2024</div>")
                        .article("<h1>Gemeinderat beschließt neue Parkgebühren</h1><div class='autor-zeile'>Von Ulrike Sand</div><div class='datum-zeile'>Veröffentlicht am 18.03.2024 um 16:40 Uhr</div>")
                        .states("de-header-heute", "today's date in the header above 'Veröffentlicht am … um … Uhr'",
                                "Gemeinderat beschließt neue Parkgebühren", "Ulrike Sand", "2024-03-18"),
                page("de", "Nordwest Nachrichten").title("Deichbau kostet mehr als geplant")
                        .article("<h1>Deichbau kostet mehr als geplant</h1><div class='meta'><span class='zeit'>zuletzt aktualisiert: 14.03.2024, 17:03 Uhr</span> <span class='zeit'>erschienen am 13.03.2024, 09:45 Uhr</span></div><p class='quelle'>Quelle: dpa</p>")
                        .states("de-aktualisiert-vor-erschienen-quelle", "'zuletzt aktualisiert' before 'erschienen am', 'Quelle: dpa' and no person",
                                "Deichbau kostet mehr als geplant", "", "2024-03-13"),
                page("de", "Stadtblog Kassel").title("Warum der Tram-Ausbau stockt")
                        .jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"name\":\"Jonas Krebs\"},\"headline\":\"Warum der Tram-Ausbau stockt\",\"datePublished\":\"2024-02-08T18:00:00.000Z\"}")
                        .article("<header class='gh-article-header gh-canvas'><h1 class='gh-article-title is-title'>Warum der Tram-Ausbau stockt</h1><div class='gh-article-meta'><h4 class='gh-article-author-name'><a href='/author/jonas/'>Jonas Krebs</a>, <a href='/author/edda/'>Edda Marquardt</a></h4><time class='gh-article-meta-date' datetime='2024-02-08'>8. Feb. 2024</time></div></header>")
                        .states("de-ghost-zwei-autoren", "Ghost in German: two authors shown, JSON-LD naming only the first",
                                "Warum der Tram-Ausbau stockt", "Jonas Krebs; Edda Marquardt", "2024-02-08"),
                page("de", "Allgäuer Rundschau").title("Bergbahn erhöht die Preise")
                        .article("<h1>Bergbahn erhöht die Preise</h1><div class='byline'><span class='autor'>Theresa Gruber</span><span class='rolle'>Redakteurin</span> <time datetime='2024-03-05T10:00:00+01:00'>vor 45 Minuten</time></div>")
                        .states("de-rolle-und-vor-minuten", "author and role elements, 'vor 45 Minuten' over a datetime",
                                "Bergbahn erhöht die Preise", "Theresa Gruber", "2024-03-05"));
    }

    private static List<Case> french() {
        return List.of(
                page("fr", "Dépêches Continentales").title("La Bourse de Paris ouvre en hausse")
                        .fetched("2024-03-03T15:00:00Z")
                        .article("<h1>La Bourse de Paris ouvre en hausse</h1><div class='byline'>Par Jeanne Martin</div><p>PARIS, 3 mars (Reuters) - La Bourse de Paris a ouvert en hausse dimanche soir dans les échanges électroniques, portée par les valeurs bancaires.</p>")
                        .states("fr-dateline-reuters", "a dateline 'PARIS, 3 mars (Reuters) -' the only date, a fetch time",
                                "La Bourse de Paris ouvre en hausse", "Jeanne Martin", "2024-03-03"),
                page("fr", "L'Écho du Littoral").title("Guerre en Ukraine : le port d'Odessa sous les frappes")
                        .article("<h1>Guerre en Ukraine : le port d'Odessa sous les frappes</h1><p class='signature'>Par Hélène Vasseur, envoyée spéciale à Odessa, et Marc Tissier</p><p class='date'>Publié le 12 mars 2024 à 18h20</p>")
                        .states("fr-envoyee-speciale-et", "'Par A, envoyée spéciale à Odessa, et B'",
                                "Guerre en Ukraine : le port d'Odessa sous les frappes", "Hélène Vasseur; Marc Tissier", "2024-03-12"),
                page("fr", "Le Républicain de l'Est").title("Le tramway prolongé jusqu'à l'hôpital")
                        .article("<h1 class='fig-headline'>Le tramway prolongé jusqu'à l'hôpital</h1><div class='fig-content-metas'><span class='fig-content-metas__author'>Par <a href='/auteur/claire-dumont'>Claire Dumont</a> et <a href='/auteur/yann-le-bihan'>Yann Le Bihan</a></span><span class='fig-content-metas__pub'>Publié le 14/03/2024 à 06:00, mis à jour le 14/03/2024 à 10:12</span></div>")
                        .states("fr-et-liens-publie-mis-a-jour", "'Par A et B' links, 'Publié le …, mis à jour le …' numeric",
                                "Le tramway prolongé jusqu'à l'hôpital", "Claire Dumont; Yann Le Bihan", "2024-03-14"),
                page("fr", "Info Savoie").title("Avalanche : deux skieurs secourus")
                        .article("<h1>Avalanche : deux skieurs secourus</h1><div class='meta'><span class='auteur'>Léa Roux</span> · <time datetime='2024-03-12T08:15:00+01:00'>il y a 3 heures</time></div>")
                        .states("fr-il-y-a-datetime", "'il y a 3 heures' over a datetime, no fetch time",
                                "Avalanche : deux skieurs secourus", "Léa Roux", "2024-03-12"),
                page("fr", "Le Courrier picard du Nord").title("Fermeture de la maternité : les élus mobilisés")
                        .top("<div class='bandeau-date'>Mercredi 20 mars 2024</div>")
                        .article("<h1>Fermeture de la maternité : les élus mobilisés</h1><p class='auteur'>Par La Rédaction</p><p class='date'>Le 18/03/2024 à 17h45</p>")
                        .states("fr-bandeau-date-redaction", "today's date in a banner, 'Par La Rédaction' naming no person, 'Le 18/03/2024 à 17h45'",
                                "Fermeture de la maternité : les élus mobilisés", "", "2024-03-18"),
                page("fr", "Ville Durable").title("Ville Durable - Rennes teste les rues scolaires")
                        .article("<article class='node node--type-article node--view-mode-full'><h1 class='page-title'><span class='field field--name-title'>Rennes teste les rues scolaires</span></h1><div class='node__meta'><span>Par <span class='field field--name-uid'><a href='/user/31' class='username'>Solène Marchal</a></span></span><span class='node__date'>, le mar 09/04/2024 - 11:30</span></div></article>")
                        .states("fr-drupal-olivero-date", "Drupal Olivero in French: 'Par' the uid field, 'le mar 09/04/2024 - 11:30', site before the title",
                                "Rennes teste les rues scolaires", "Solène Marchal", "2024-04-09"));
    }

    private static List<Case> iberian() {
        return List.of(
                page("es", "Agencia Meridional").title("El Gobierno aprueba el plan de vivienda")
                        .fetched("2024-03-12T14:00:00Z")
                        .article("<h1>El Gobierno aprueba el plan de vivienda</h1><p>MADRID, 12 mar (EFE).- El Consejo de Ministros aprobó este martes un plan de vivienda dotado con 2.000 millones de euros.</p>")
                        .states("es-dateline-efe", "a dateline 'MADRID, 12 mar (EFE).-' the only date and credit, a fetch time",
                                "El Gobierno aprueba el plan de vivienda", "", "2024-03-12"),
                page("es", "Diario del Cantábrico").title("La factura de la luz baja un 12% | Economía")
                        .canonical("https://cantabrico.test/economia/2024-03-14/la-factura-de-la-luz-baja.html")
                        .article("<h1 class='a_t'>La factura de la luz baja un 12%</h1><div class='a_md'><div class='a_md_a'><a class='a_md_a_n' href='/autor/lucia-ferrer/'>Lucía Ferrer</a></div></div>")
                        .states("es-fecha-en-url", "the date only in the canonical URL as /2024-03-14/, 'Headline | Section'",
                                "La factura de la luz baja un 12%", "Lucía Ferrer", "2024-03-14"),
                page("es", "Heraldo Andino").title("Bruselas pide más controles en los puertos")
                        .article("<h1>Bruselas pide más controles en los puertos</h1><p class='firma'>Por Andrea Solís y Tomás Vidal, corresponsales en Bruselas</p><p class='fecha'>Actualizado: 15/03/2024 09:10h · Publicado: 14/03/2024 18:30h</p>")
                        .states("es-y-corresponsales-actualizado", "'Por A y B, corresponsales en Bruselas', 'Actualizado' before 'Publicado'",
                                "Bruselas pide más controles en los puertos", "Andrea Solís; Tomás Vidal", "2024-03-14"),
                page("es", "Noticias de Levante").title("Cortes de tráfico por la maratón")
                        .article("<h1>Cortes de tráfico por la maratón</h1><div class='autor'>Redacción</div><time datetime='2024-03-09T07:00:00+01:00'>Hace 5 horas</time>")
                        .states("es-redaccion-hace-horas", "'Redacción' naming no person, 'Hace 5 horas' over a datetime",
                                "Cortes de tráfico por la maratón", "", "2024-03-09"),
                page("es", "El Faro Digital").title("Récord de turistas en febrero - El Faro Digital")
                        .jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Récord de turistas en febrero\",\"datePublished\":\"2024-03-20T10:00:00+01:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Pilar Ortega y Rubén Sastre\"}}")
                        .article("<h1>Récord de turistas en febrero</h1>")
                        .states("es-jsonld-nombre-con-y", "JSON-LD: one Person whose name is 'A y B'",
                                "Récord de turistas en febrero", "Pilar Ortega; Rubén Sastre", "2024-03-20"),
                page("pt", "Jornal do Planalto").title("Governo anuncia novo programa de habitação")
                        .article("<h1 class='content-head__title'>Governo anuncia novo programa de habitação</h1><div class='content-publication-data'><p class='content-publication-data__from'>Por Ana Lopes e Rui Matos, Jornal do Planalto — Brasília</p><p class='content-publication-data__updated'><time itemprop='datePublished' datetime='2024-03-14T09:00:00.000Z'>14/03/2024 06h00</time> Atualizado há 2 horas</p></div>")
                        .states("pt-por-e-outlet-place", "'Por A e B, Outlet — Place', a time then 'Atualizado há 2 horas'",
                                "Governo anuncia novo programa de habitação", "Ana Lopes; Rui Matos", "2024-03-14"),
                page("pt", "Diário da Ribeira").title("Câmara aprova orçamento para 2024")
                        .article("<h1>Câmara aprova orçamento para 2024</h1><p class='autor'>Joana Faria</p><p class='data'>Atualizado em 15/03/2024 - 09h10 | Publicado em 14/03/2024 - 18h30</p>")
                        .states("pt-atualizado-antes-publicado", "'Atualizado em' before 'Publicado em'",
                                "Câmara aprova orçamento para 2024", "Joana Faria", "2024-03-14"),
                page("pt", "Notícias do Tejo").title("Greve dos comboios marcada para sexta")
                        .fetched("2024-03-12T16:00:00Z")
                        .article("<h1>Greve dos comboios marcada para sexta</h1><p>Lisboa, 12 mar 2024 (Lusa) – Os sindicatos dos trabalhadores ferroviários marcaram uma greve para sexta-feira.</p>")
                        .states("pt-dateline-lusa", "a dateline 'Lisboa, 12 mar 2024 (Lusa) –', no person",
                                "Greve dos comboios marcada para sexta", "", "2024-03-12"),
                page("pt", "Gazeta Minhota").title("Barragem atinge cota máxima")
                        .article("<h1>Barragem atinge cota máxima</h1><div class='meta'><span class='autor'>Por Tiago Neves</span> <time datetime='2024-02-28T15:30:00+00:00'>há 3 horas</time></div>")
                        .states("pt-ha-horas-datetime", "'há 3 horas' over a datetime",
                                "Barragem atinge cota máxima", "Tiago Neves", "2024-02-28"));
    }

    private static List<Case> italianDutch() {
        return List.of(
                page("it", "Il Corriere Adriatico").title("Porto, via libera al nuovo terminal")
                        .article("<h1 class='article-title'>Porto, via libera al nuovo terminal</h1><p class='article-author'>di Marco Rizzi e Giulia Ferro</p><p class='article-date'>14 marzo 2024 (modifica il 14 marzo 2024 | 10:12)</p>")
                        .states("it-di-e-modifica", "'di A e B', 'date (modifica il … | 10:12)'",
                                "Porto, via libera al nuovo terminal", "Marco Rizzi; Giulia Ferro", "2024-03-14"),
                page("it", "Agenzia Tirrenica").title("Maltempo, allerta rossa in Liguria")
                        .fetched("2024-03-12T11:00:00Z")
                        .article("<h1>Maltempo, allerta rossa in Liguria</h1><p>(ANSA) - GENOVA, 12 MAR - La protezione civile ha diramato l'allerta rossa per piogge su tutta la regione.</p>")
                        .states("it-dateline-ansa", "a dateline '(ANSA) - GENOVA, 12 MAR -', no person, a fetch time",
                                "Maltempo, allerta rossa in Liguria", "", "2024-03-12"),
                page("it", "La Voce del Garda").title("Nuove piste ciclabili sul lago - La Voce del Garda")
                        .article("<h1>Nuove piste ciclabili sul lago</h1><div class='meta'><span class='autore'>Sara Colombo</span> <span class='data'>Aggiornato il 15 marzo 2024 alle 09:10</span> <span class='data'>Pubblicato il 14 marzo 2024 alle 18:30</span></div>")
                        .states("it-aggiornato-prima-pubblicato", "'Aggiornato il' before 'Pubblicato il'",
                                "Nuove piste ciclabili sul lago", "Sara Colombo", "2024-03-14"),
                page("it", "Cronache Lucane").title("Incendio in un capannone, nessun ferito")
                        .jsonLd("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"Article\",\"@id\":\"https://lucane.test/incendio/#article\",\"author\":{\"@id\":\"https://lucane.test/#/schema/person/77\"},\"headline\":\"Incendio in un capannone, nessun ferito\",\"datePublished\":\"2024-03-02T21:10:00+00:00\"},{\"@type\":\"Person\",\"@id\":\"https://lucane.test/#/schema/person/77\",\"name\":\"Redazione\"}]}")
                        .article("<h1 class='tdb-title-text'>Incendio in un capannone, nessun ferito</h1><div class='tdb-author-name-wrap'><span class='tdb-author-by'>Di</span> <a class='tdb-author-name' href='/author/redazione/'>Redazione</a></div><time class='entry-date' datetime='2024-03-02T21:10:00+00:00'>2 Marzo 2024</time>")
                        .states("it-redazione-person-node", "Yoast Person node and byline 'Di Redazione': no person",
                                "Incendio in un capannone, nessun ferito", "", "2024-03-02"),
                page("nl", "Dagblad van het Oosten").title("Gemeente schrapt parkeervergunning")
                        .article("<h1 class='article__title'>Gemeente schrapt parkeervergunning</h1><div class='article__meta'><span class='article__author'>Door Sanne de Vries en Joris Bakker</span><time class='article__date' datetime='2024-03-14T06:30:00+01:00'>14 mrt. 2024</time></div>")
                        .states("nl-door-en", "'Door A en B', '14 mrt. 2024'",
                                "Gemeente schrapt parkeervergunning", "Sanne de Vries; Joris Bakker", "2024-03-14"),
                page("nl", "Brabants Nieuwsblad").title("Brand in loods Tilburg")
                        .article("<h1>Brand in loods Tilburg</h1><div class='meta'><span class='auteur'>Noor Vermeulen</span> <time datetime='2024-03-11T19:05:00+01:00'>3 uur geleden</time></div>")
                        .states("nl-uur-geleden-datetime", "'3 uur geleden' over a datetime",
                                "Brand in loods Tilburg", "Noor Vermeulen", "2024-03-11"),
                page("nl", "De Kustkrant").title("Strandopgang krijgt lift")
                        .top("<div class='datum-vandaag'>Donderdag 21 maart 2024</div>")
                        .article("<h1>Strandopgang krijgt lift</h1><p class='artikel-auteur'>Bram Dekker</p><p class='artikel-datum'>18 maart 2024, 16:40</p>")
                        .states("nl-kop-datum-vandaag", "today's date in the header above '18 maart 2024, 16:40'",
                                "Strandopgang krijgt lift", "Bram Dekker", "2024-03-18"),
                page("nl", "Nieuws Noord").title("Treinverkeer hervat na storing")
                        .article("<h1>Treinverkeer hervat na storing</h1><p class='bron'>ANP</p><p class='datum'>12 maart 2024 08:14</p>")
                        .states("nl-anp-geen-persoon", "the agency 'ANP' as the only credit: no person",
                                "Treinverkeer hervat na storing", "", "2024-03-12"));
    }

    private static List<Case> northern() {
        return List.of(
                page("pl", "Kurier Mazowiecki").title("Nowa linia tramwajowa na Białołęce")
                        .article("<h1>Nowa linia tramwajowa na Białołęce</h1><p class='autor'>Anna Nowak i Piotr Zieliński</p><p class='data'>14 marca 2024, 06:00</p>")
                        .states("pl-i-joiner", "'A i B' as the byline, genitive month",
                                "Nowa linia tramwajowa na Białołęce", "Anna Nowak; Piotr Zieliński", "2024-03-14"),
                page("pl", "Gazeta Pomorska Online").title("Sztorm zerwał molo w Orłowie")
                        .article("<h1>Sztorm zerwał molo w Orłowie</h1><div class='meta'><span class='autor'>Kasia Wrona</span> <time datetime='2024-02-12T09:00:00+01:00'>3 godziny temu</time></div>")
                        .states("pl-godziny-temu-datetime", "'3 godziny temu' over a datetime",
                                "Sztorm zerwał molo w Orłowie", "Kasia Wrona", "2024-02-12"),
                page("pl", "Rzecz Regionalna").title("Samorządy chcą więcej pieniędzy na drogi")
                        .article("<h1>Samorządy chcą więcej pieniędzy na drogi</h1><div class='article-meta'><span class='author'>Tomasz Lis, Łukasz Kral</span><span class='date'>Aktualizacja: 15.03.2024 09:10</span><span class='date'>Publikacja: 14.03.2024 18:30</span></div>")
                        .states("pl-aktualizacja-publikacja", "'Aktualizacja' before 'Publikacja', two names with a comma",
                                "Samorządy chcą więcej pieniędzy na drogi", "Tomasz Lis; Łukasz Kral", "2024-03-14"),
                page("sv", "Norrlandsposten").title("Nytt sjukhus byggs i Umeå")
                        .article("<h1>Nytt sjukhus byggs i Umeå</h1><p class='byline'>Av Elin Sjöberg och Jonas Ek</p><p class='datum'>Publicerad 14 mars 2024 kl 06.00</p>")
                        .states("sv-av-och-kl", "'Av A och B', 'Publicerad 14 mars 2024 kl 06.00'",
                                "Nytt sjukhus byggs i Umeå", "Elin Sjöberg; Jonas Ek", "2024-03-14"),
                page("sv", "Västkustens Tidning").title("Färjan ställs in under helgen")
                        .article("<h1>Färjan ställs in under helgen</h1><div class='meta'><span class='forfattare'>Maja Lund</span> <time datetime='2024-03-08T11:20:00+01:00'>2 timmar sedan</time></div>")
                        .after(more("Mest läst", "Ny rektor på gymnasiet", "Olle Berg", "7 mars 2024"))
                        .states("sv-timmar-sedan-datetime", "'2 timmar sedan' over a datetime, an older most-read story",
                                "Färjan ställs in under helgen", "Maja Lund", "2024-03-08"),
                page("da", "Fyns Dagblad Online").title("Ny bro over havnen åbner i maj")
                        .article("<h1>Ny bro over havnen åbner i maj</h1><p class='byline'>Af Mette Holm og Søren Kjær</p><p class='dato'>14. marts 2024 kl. 06:00</p>")
                        .states("da-af-og", "'Af A og B', '14. marts 2024 kl. 06:00'",
                                "Ny bro over havnen åbner i maj", "Mette Holm; Søren Kjær", "2024-03-14"),
                page("da", "Jysk Nyt").title("Skolen lukker efter vandskade")
                        .article("<h1>Skolen lukker efter vandskade</h1><div class='meta'><span class='forfatter'>Anders Vig</span> <time datetime='2024-03-06T13:00:00+01:00'>for 3 timer siden</time></div>")
                        .states("da-timer-siden-datetime", "'for 3 timer siden' over a datetime",
                                "Skolen lukker efter vandskade", "Anders Vig", "2024-03-06"));
    }
}
