package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The fourteenth metadata set, pages in German, French, Spanish, Italian, Dutch, Portuguese and Norwegian
 * ({@link FourteenthMetadataTest}): bylines "Von A und B", "Par A et B", "Di A e B", "Door A en B", "Por A y B",
 * writers' labels, agencies in brackets, live tickers and labelled dates, invented sites and names.
 */
final class FourteenthMetadataPagesEurope {
    private FourteenthMetadataPagesEurope() {
    }

    static List<Case> all() {
        return List.of(
                page("de", "Moorbote").title("Liveticker: Sturm an der Küste")
                        .article("<h1>Liveticker: Sturm an der Küste</h1><div class='update'><time datetime='2024-03-16T08:00'>16.03.2024, 08:00 Uhr</time><p>Die Fähren bleiben auch heute im Hafen, teilte die Reederei am Morgen mit.</p></div><div class='update'><time datetime='2024-03-14T20:00'>14.03.2024, 20:00 Uhr</time><p>Der Wetterdienst hat für die gesamte Küste eine Unwetterwarnung herausgegeben.</p></div>")
                        .states("de-live-update-class", "live update class", "Liveticker: Sturm an der Küste", "", "2024-03-14"),
                page("de", "Auenblatt").title("Bücherei öffnet sonntags")
                        .article("<h1>Bücherei öffnet sonntags</h1><dl><dt>Veröffentlicht</dt><dd>14. März 2024</dd><dt>Aktualisiert</dt><dd>18. März 2024</dd></dl>")
                        .states("de-dl-de", "dl de", "Bücherei öffnet sonntags", "", "2024-03-14"),
                page("fr", "Le Courrier du Val").title("La médiathèque ouvre le dimanche")
                        .article("<h1>La médiathèque ouvre le dimanche</h1><dl><dt>Publié le</dt><dd>14 mars 2024</dd><dt>Mis à jour le</dt><dd>18 mars 2024</dd></dl>")
                        .states("fr-dl-fr", "dl fr", "La médiathèque ouvre le dimanche", "", "2024-03-14"),
                page("it", "Gazzetta di Valfonda").title("La biblioteca apre la domenica")
                        .article("<h1>La biblioteca apre la domenica</h1><dl><dt>Pubblicato</dt><dd>14 marzo 2024</dd><dt>Aggiornato</dt><dd>18 marzo 2024</dd></dl>")
                        .states("it-dl-it", "dl it", "La biblioteca apre la domenica", "", "2024-03-14"),
                page("nl", "Polderkrant").title("Bibliotheek gaat op zondag open")
                        .article("<h1>Bibliotheek gaat op zondag open</h1><dl><dt>Gepubliceerd</dt><dd>14 maart 2024</dd><dt>Bijgewerkt</dt><dd>18 maart 2024</dd></dl>")
                        .states("nl-dl-nl", "dl nl", "Bibliotheek gaat op zondag open", "", "2024-03-14"),
                page("es", "Diario del Valle").title("La biblioteca abre los domingos")
                        .article("<h1>La biblioteca abre los domingos</h1><dl><dt>Actualizado</dt><dd>18 de marzo de 2024</dd><dt>Publicado</dt><dd>14 de marzo de 2024</dd></dl>")
                        .states("es-dl-es", "dl es", "La biblioteca abre los domingos", "", "2024-03-14"),
                page("es", "Diario del Valle").title("El puente cierra por obras")
                        .article("<h1>El puente cierra por obras</h1><div class='byline'><span class='author'>Ana Ruiz</span><span class='author'>Luis Pardo</span></div>")
                        .states("es-adjacent-two", "adjacent two", "El puente cierra por obras", "Ana Ruiz;Luis Pardo", ""),
                page("es", "Diario del Valle").title("El puente cierra por obras")
                        .article("<h1>El puente cierra por obras</h1><div class='byline'>Por <span class='author'>Ana</span><span class='author'>Ruiz</span></div>")
                        .states("es-adjacent-one-each", "adjacent one each", "El puente cierra por obras", "Ana Ruiz", ""),
                page("de", "Auenblatt").title("Brücke wird saniert")
                        .article("<h1>Brücke wird saniert</h1><p class='article-meta'>Von Jana Feldkamp und Moritz Ebel</p>")
                        .states("de-de-von-und", "de von und", "Brücke wird saniert", "Jana Feldkamp;Moritz Ebel", ""),
                page("fr", "Le Courrier du Val").title("Le pont sera rénové")
                        .article("<h1>Le pont sera rénové</h1><p class='signature'>Par Claire Vautrin et Hugo Marchal</p>")
                        .states("fr-fr-par-et", "fr par et", "Le pont sera rénové", "Claire Vautrin;Hugo Marchal", ""),
                page("it", "Gazzetta di Valfonda").title("Il ponte sarà ristrutturato")
                        .article("<h1>Il ponte sarà ristrutturato</h1><p class='articolo-meta'>di Giulia Ferrante e Marco Alessi</p>")
                        .states("it-it-di-e", "it di e", "Il ponte sarà ristrutturato", "Giulia Ferrante;Marco Alessi", ""),
                page("nl", "Polderkrant").title("Brug wordt gerenoveerd")
                        .article("<h1>Brug wordt gerenoveerd</h1><p class='meta'>Door Sanne de Wit en Joris Bakker</p>")
                        .states("nl-nl-door-en", "nl door en", "Brug wordt gerenoveerd", "Sanne de Wit;Joris Bakker", ""),
                page("es", "Diario del Valle").title("El puente será reformado")
                        .article("<h1>El puente será reformado</h1><p class='meta'>Por Lucía Herrero y Pablo Ibarra</p>")
                        .states("es-es-por-y", "es por y", "El puente será reformado", "Lucía Herrero;Pablo Ibarra", ""),
                page("de", "Auenblatt").title("Brücke wird saniert")
                        .article("<h1>Brücke wird saniert</h1><div class='byline'>Von <span class='author'>Jana Feldkamp</span> und <span class='author'>Moritz Ebel</span></div>")
                        .states("de-de-autor-span", "de autor span", "Brücke wird saniert", "Jana Feldkamp;Moritz Ebel", ""),
                page("fr", "Le Courrier du Val").title("Le pont sera rénové")
                        .article("<h1>Le pont sera rénové</h1><div class='article__authors'>Par <a href='/auteur/claire-vautrin'>Claire Vautrin</a> et <a href='/auteur/hugo-marchal'>Hugo Marchal</a></div>")
                        .states("fr-fr-auteur-links", "fr auteur links", "Le pont sera rénové", "Claire Vautrin;Hugo Marchal", ""),
                page("it", "Gazzetta di Valfonda").title("Il ponte sarà ristrutturato")
                        .article("<h1>Il ponte sarà ristrutturato</h1><span class='firma'>di <strong>Giulia Ferrante</strong></span>")
                        .states("it-it-firma", "it firma", "Il ponte sarà ristrutturato", "Giulia Ferrante", ""),
                page("nl", "Polderkrant").title("Brug wordt gerenoveerd")
                        .article("<h1>Brug wordt gerenoveerd</h1><div class='article-author'><span class='label'>Auteur:</span> <span>Sanne de Wit</span></div>")
                        .states("nl-nl-auteur-label", "nl auteur label", "Brug wordt gerenoveerd", "Sanne de Wit", ""),
                page("es", "Diario del Valle").title("El puente será reformado")
                        .article("<h1>El puente será reformado</h1><div itemprop='author' itemscope itemtype='https://schema.org/Person'><span itemprop='name'>Lucía Herrero</span><span itemprop='jobTitle'>Redactora</span></div>")
                        .states("es-itemprop-author-name", "itemprop author name", "El puente será reformado", "Lucía Herrero", ""),
                page("de", "Auenblatt").title("Brücke wird saniert")
                        .article("<h1>Brücke wird saniert</h1><p class='meta'>Von Jana Feldkamp, dpa</p>")
                        .states("de-de-agency-person", "de agency person", "Brücke wird saniert", "Jana Feldkamp", ""),
                page("es", "Diario del Valle").title("El puente será reformado")
                        .article("<h1>El puente será reformado</h1><p class='meta'>Por Lucía Herrero (EFE)</p>")
                        .states("es-es-agency-person", "es agency person", "El puente será reformado", "Lucía Herrero", ""),
                page("fr", "Le Courrier du Val").title("Le pont sera rénové")
                        .article("<h1>Le pont sera rénové</h1><div class='entry-meta'>Publié le <time datetime='2024-03-10'>10 mars 2024</time> par <span class='author vcard'><a class='url fn n' href='/author/claire/'>Claire Vautrin</a></span></div>")
                        .states("fr-wp-author-link-in-posted-by", "wp author link in posted by", "Le pont sera rénové", "Claire Vautrin", "2024-03-10"),
                page("it", "Gazzetta di Valfonda").title("Il ponte sarà ristrutturato")
                        .jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Il ponte sarà ristrutturato\",\"datePublished\":\"2024-03-10T08:00:00+01:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Giulia Ferrante\"},{\"@type\":\"Person\",\"name\":\"Marco Alessi\"}]}")
                        .article("<h1>Il ponte sarà ristrutturato</h1>")
                        .states("it-it-jsonld-array", "it jsonld array", "Il ponte sarà ristrutturato", "Giulia Ferrante;Marco Alessi", "2024-03-10"),
                page("de", "Auenblatt").title("Brücke wird saniert")
                        .article("<h1>Brücke wird saniert</h1><p class='meta'>Von Jana Feldkamp und Moritz Ebel, dpa</p>")
                        .states("de-x-de-und-dpa", "x de und dpa", "Brücke wird saniert", "Jana Feldkamp;Moritz Ebel", ""),
                page("fr", "Le Courrier du Val").title("Le pont sera rénové")
                        .article("<h1>Le pont sera rénové</h1><p class='meta'>Par Claire Vautrin, AFP</p>")
                        .states("fr-x-fr-par-afp", "x fr par afp", "Le pont sera rénové", "Claire Vautrin", ""),
                page("it", "Gazzetta di Valfonda").title("Il ponte sarà ristrutturato")
                        .article("<h1>Il ponte sarà ristrutturato</h1><p class='meta'>di Giulia Ferrante e Marco Alessi (ANSA)</p>")
                        .states("it-x-it-di-ansa", "x it di ansa", "Il ponte sarà ristrutturato", "Giulia Ferrante;Marco Alessi", ""),
                page("nl", "Polderkrant").title("Brug wordt gerenoveerd")
                        .article("<h1>Brug wordt gerenoveerd</h1><p class='meta'>Door Sanne de Wit en Joris Bakker, ANP</p>")
                        .states("nl-x-nl-door-anp", "x nl door anp", "Brug wordt gerenoveerd", "Sanne de Wit;Joris Bakker", ""),
                page("es", "Diario del Valle").title("El puente será reformado")
                        .article("<h1>El puente será reformado</h1><p class='meta'>Texto: Lucía Herrero</p>")
                        .states("es-x-es-texto", "x es texto", "El puente será reformado", "Lucía Herrero", ""),
                page("es", "Diario del Valle").title("El puente será reformado")
                        .article("<h1>El puente será reformado</h1><div class='autor'>Lucía Herrero / Pablo Ibarra</div>")
                        .states("es-x-es-slash", "x es slash", "El puente será reformado", "Lucía Herrero;Pablo Ibarra", ""),
                page("nl", "Polderkrant").title("Brug wordt gerenoveerd")
                        .article("<h1>Brug wordt gerenoveerd</h1><p class='meta'>Door onze redacteur Sanne de Wit</p>")
                        .states("nl-x-nl-onze-redacteur", "x nl onze redacteur", "Brug wordt gerenoveerd", "Sanne de Wit", ""),
                page("de", "Auenblatt").title("Brücke wird saniert")
                        .article("<h1>Brücke wird saniert</h1><p class='meta'>Ein Beitrag von Jana Feldkamp</p>")
                        .states("de-x-de-ein-beitrag", "x de ein beitrag", "Brücke wird saniert", "Jana Feldkamp", ""),
                page("de", "Auenblatt").title("Brücke wird saniert")
                        .article("<h1>Brücke wird saniert</h1><p class='meta'>Von unserer Korrespondentin Jana Feldkamp</p>")
                        .states("de-x-de-korrespondentin", "x de korrespondentin", "Brücke wird saniert", "Jana Feldkamp", ""),
                page("fr", "Le Courrier du Val").title("Le pont sera rénové")
                        .article("<h1>Le pont sera rénové</h1><div class='auteur'><span class='nom'>Claire Vautrin</span><span class='fonction'>Journaliste</span></div>")
                        .states("fr-x-fr-auteur-meta-role", "x fr auteur meta role", "Le pont sera rénové", "Claire Vautrin", ""),
                page("it", "Gazzetta di Valfonda").title("Il ponte sarà ristrutturato")
                        .article("<h1>Il ponte sarà ristrutturato</h1><div class='firma'><a href='/autori/giulia'>Giulia Ferrante</a><a href='/autori/marco'>Marco Alessi</a></div>")
                        .states("it-x-it-firma-glued", "x it firma glued", "Il ponte sarà ristrutturato", "Giulia Ferrante;Marco Alessi", ""),
                page("de", "Auenblatt").title("Brücke wird saniert")
                        .article("<h1>Brücke wird saniert</h1><ul class='autoren'><li>Jana Feldkamp</li><li>Moritz Ebel</li></ul>")
                        .states("de-x-de-autoren-list", "x de autoren list", "Brücke wird saniert", "Jana Feldkamp;Moritz Ebel", ""),
                page("es", "Diario del Valle").title("El puente será reformado")
                        .article("<h1>El puente será reformado</h1><p class='meta'>Por Lucía Herrero | Agencia EFE</p>")
                        .states("es-x-es-por-agencia", "x es por agencia", "El puente será reformado", "Lucía Herrero", ""),
                page("de", "Auenblatt").title("Brücke wird saniert")
                        .jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Brücke wird saniert\",\"author\":[\"Jana Feldkamp\",\"Moritz Ebel\"]}").article("<h1>Brücke wird saniert</h1>")
                        .states("de-x-ld-array-strings", "x ld array strings", "Brücke wird saniert", "Jana Feldkamp;Moritz Ebel", ""),
                page("nb", "Fjordposten").title("Ny bro over fjorden åpner i høst").meta("cXenseParse:author", "Ola Brekke")
                        .article("<h1>Ny bro over fjorden åpner i høst</h1>")
                        .states("nb-y-cxense-author", "y cxense author", "Ny bro over fjorden åpner i høst", "Ola Brekke", ""),
                page("de", "Auenblatt").title("Brücke wird saniert")
                        .article("<h1>Brücke wird saniert</h1><div class='article-info'><span>Autor:</span><span>Jana Feldkamp</span></div>")
                        .states("de-y-author-label-colon", "y author label colon", "Brücke wird saniert", "Jana Feldkamp", ""),
                page("fr", "Le Courrier du Val").title("Le pont sera rénové")
                        .article("<h1>Le pont sera rénové</h1><div class='article-signature'>Par <a href='/journaliste/claire-vautrin'>Claire Vautrin</a>, le 10 mars 2024 à 08h00</div>")
                        .states("fr-y-fr-par-link-date", "y fr par link date", "Le pont sera rénové", "Claire Vautrin", "2024-03-10"),
                page("it", "Gazzetta di Valfonda").title("Il ponte sarà ristrutturato")
                        .article("<h1>Il ponte sarà ristrutturato</h1><p class='info'>di <a href='/autori/giulia-ferrante'>Giulia Ferrante</a> | 10 marzo 2024</p>")
                        .states("it-y-it-di-link-date", "y it di link date", "Il ponte sarà ristrutturato", "Giulia Ferrante", "2024-03-10"),
                page("es", "Diario del Valle").title("El puente será reformado")
                        .article("<h1>El puente será reformado</h1><p class='meta'>Por Lucía Herrero y Redacción</p>")
                        .states("es-y-es-por-redaccion-y", "y es por redaccion y", "El puente será reformado", "Lucía Herrero", ""),
                page("de", "Auenblatt").title("Brücke wird saniert")
                        .article("<h1>Brücke wird saniert</h1><p class='meta'>Von <a href='/autor/jana-feldkamp'>Jana Feldkamp</a> und <a href='/autor/moritz-ebel'>Moritz Ebel</a></p>")
                        .states("de-y-de-von-link-und-link", "y de von link und link", "Brücke wird saniert", "Jana Feldkamp;Moritz Ebel", ""),
                page("nl", "Polderkrant").title("Brug wordt gerenoveerd")
                        .article("<h1>Brug wordt gerenoveerd</h1><div class='article__meta'>Door <a href='/auteur/sanne-de-wit'>Sanne de Wit</a> · 10 mrt 2024</div>")
                        .states("nl-y-nl-door-link", "y nl door link", "Brug wordt gerenoveerd", "Sanne de Wit", "2024-03-10"),
                page("de", "Auenblatt").title("Brücke wird saniert")
                        .article("<h1>Brücke wird saniert</h1><p class='meta'>Text: Jana Feldkamp, Fotos: Moritz Ebel</p>")
                        .states("de-y-de-text-label", "y de text label", "Brücke wird saniert", "Jana Feldkamp", ""),
                page("it", "Gazzetta di Valfonda").title("Il ponte sarà ristrutturato")
                        .article("<h1>Il ponte sarà ristrutturato</h1><div class='meta'><span itemprop='author' itemscope itemtype='https://schema.org/Person'><span itemprop='name'>Giulia Ferrante</span></span><span itemprop='author' itemscope itemtype='https://schema.org/Person'><span itemprop='name'>Marco Alessi</span></span></div>")
                        .states("it-y-itemprop-author-two", "y itemprop author two", "Il ponte sarà ristrutturato", "Giulia Ferrante;Marco Alessi", ""),
                page("nl", "Polderkrant").title("Brug wordt gerenoveerd").article("<h1>Brug wordt gerenoveerd</h1><p class='meta'>Auteur: Sanne de Wit</p>")
                        .states("nl-z-nl-auteur-colon", "z nl auteur colon", "Brug wordt gerenoveerd", "Sanne de Wit", ""),
                page("de", "Auenblatt").title("Brücke wird saniert").article("<h1>Brücke wird saniert</h1><p class='meta'>Autorin: Jana Feldkamp</p>")
                        .states("de-z-de-autorin-colon", "z de autorin colon", "Brücke wird saniert", "Jana Feldkamp", ""),
                page("it", "Gazzetta di Valfonda").title("Il ponte sarà ristrutturato").article("<h1>Il ponte sarà ristrutturato</h1><p class='meta'>Autore: Giulia Ferrante</p>")
                        .states("it-z-it-autore-colon", "z it autore colon", "Il ponte sarà ristrutturato", "Giulia Ferrante", ""),
                page("fr", "Le Courrier du Val").title("Le pont sera rénové").article("<h1>Le pont sera rénové</h1><p class='meta'>Auteur : Claire Vautrin</p>")
                        .states("fr-z-fr-auteur-colon", "z fr auteur colon", "Le pont sera rénové", "Claire Vautrin", ""),
                page("fr", "Le Courrier du Val").title("Le pont sera rénové").article("<h1>Le pont sera rénové</h1><p class='meta'>Propos recueillis par Claire Vautrin</p>")
                        .states("fr-z-fr-propos", "z fr propos", "Le pont sera rénové", "Claire Vautrin", ""),
                page("fr", "Le Courrier du Val").title("Le pont sera rénové").article("<h1>Le pont sera rénové</h1><p class='meta'>Par Claire VAUTRIN</p>")
                        .states("fr-z-fr-upper-surname", "z fr upper surname", "Le pont sera rénové", "Claire Vautrin", ""),
                page("de", "Auenblatt").title("Brücke wird saniert").article("<h1>Brücke wird saniert</h1><p class='meta'>Von Jana Feldkamp, Berlin</p>")
                        .states("de-z-de-comma-place", "z de comma place", "Brücke wird saniert", "Jana Feldkamp", ""),
                page("fr", "Le Courrier du Val").title("Le pont sera rénové").article("<h1>Le pont sera rénové</h1><p class='meta'>Par Claire Vautrin (avec AFP)</p>")
                        .states("fr-z-fr-avec-afp", "z fr avec afp", "Le pont sera rénové", "Claire Vautrin", ""),
                page("es", "Diario del Valle").title("El puente será reformado").article("<h1>El puente será reformado</h1><div class='autor'>Redacción / Lucía Herrero</div>")
                        .states("es-z-es-redaccion-slash", "z es redaccion slash", "El puente será reformado", "Lucía Herrero", ""),
                page("nl", "Polderkrant").title("Brug wordt gerenoveerd").article("<h1>Brug wordt gerenoveerd</h1><p class='meta'>Door Sanne de Wit · Vandaag, 10:15</p>")
                        .states("nl-z-nl-door-dot-time", "z nl door dot time", "Brug wordt gerenoveerd", "Sanne de Wit", ""),
                page("de", "Auenblatt").title("Brücke wird saniert").article("<h1>Brücke wird saniert</h1><p class='meta'>Von Jana Feldkamp und Moritz Ebel | Stand: 14.03.2024, 10:15 Uhr</p>")
                        .states("de-z-de-von-stand", "z de von stand", "Brücke wird saniert", "Jana Feldkamp;Moritz Ebel", "2024-03-14"),
                page("pt", "Jornal do Vale").title("A ponte vai ser reabilitada").article("<h1>A ponte vai ser reabilitada</h1><p class='meta'>Por Inês Carvalho e Rui Matos</p>")
                        .states("pt-z-pt-por", "z pt por", "A ponte vai ser reabilitada", "Inês Carvalho;Rui Matos", ""),
                page("es", "Diario del Valle").title("El puente será reformado").article("<h1>El puente será reformado</h1><p class='meta'>POR LUCÍA HERRERO</p>")
                        .states("es-z-es-por-upper", "z es por upper", "El puente será reformado", "Lucía Herrero", ""),
                page("it", "Gazzetta di Valfonda").title("Il ponte sarà ristrutturato").article("<h1>Il ponte sarà ristrutturato</h1><p class='meta'>Testo di Giulia Ferrante, foto di Marco Alessi</p>")
                        .states("it-z-it-testo-e-foto", "z it testo e foto", "Il ponte sarà ristrutturato", "Giulia Ferrante", ""),
                page("de", "Auenblatt").title("Brücke wird saniert").article("<h1>Brücke wird saniert</h1><p class='meta'>von Jana Feldkamp</p>")
                        .states("de-z-de-von-lower", "z de von lower", "Brücke wird saniert", "Jana Feldkamp", ""),
                page("de", "Auenblatt").title("Brücke wird saniert").article("<h1>Brücke wird saniert</h1><p class='info'>Erstellt am 14.03.2024, 10:15 Uhr · Aktualisiert am 18.03.2024</p>")
                        .states("de-d-de-erstellt", "d de erstellt", "Brücke wird saniert", "", "2024-03-14"),
                page("de", "Auenblatt").title("Brücke wird saniert").article("<h1>Brücke wird saniert</h1><p class='info'>Stand: 14.03.2024 10:15 Uhr</p>")
                        .states("de-d-de-stand", "d de stand", "Brücke wird saniert", "", "2024-03-14"),
                page("it", "Gazzetta di Valfonda").title("Il ponte sarà ristrutturato").article("<h1>Il ponte sarà ristrutturato</h1><p class='info'>Aggiornato il 18 marzo 2024 - Pubblicato il 14 marzo 2024</p>")
                        .states("it-d-it-aggiornato-pubblicato", "d it aggiornato pubblicato", "Il ponte sarà ristrutturato", "", "2024-03-14"),
                page("nl", "Polderkrant").title("Brug wordt gerenoveerd").article("<h1>Brug wordt gerenoveerd</h1><p class='datum'>14-03-2024, 10:15</p>")
                        .states("nl-d-nl-dashes", "d nl dashes", "Brug wordt gerenoveerd", "", "2024-03-14"),
                page("nl", "Polderkrant").title("Brug wordt gerenoveerd").article("<h1>Brug wordt gerenoveerd</h1><p class='datum'>do 14 mrt 2024 10:15</p>")
                        .states("nl-d-nl-abbrev", "d nl abbrev", "Brug wordt gerenoveerd", "", "2024-03-14"),
                page("es", "Diario del Valle").title("El puente será reformado").article("<h1>El puente será reformado</h1><div class='submitted'>jue, 14/03/2024 - 10:15</div>")
                        .states("es-d-es-drupal", "d es drupal", "El puente será reformado", "", "2024-03-14"),
                page("fr", "Le Courrier du Val").title("Le pont sera rénové").article("<h1>Le pont sera rénové</h1><p class='date'>Publié le 14/03/2024 à 10h15 Mis à jour le 18/03/2024 à 08h00</p>")
                        .states("fr-d-fr-publie-a", "d fr publie a", "Le pont sera rénové", "", "2024-03-14"),
                page("es", "Diario del Valle").title("El puente será reformado").article("<h1>El puente será reformado</h1><p class='fecha'>Publicado el 14 de marzo de 2024 a las 10:15</p>")
                        .states("es-d-es-publicado-el", "d es publicado el", "El puente será reformado", "", "2024-03-14"),
                page("pt", "Jornal do Vale").title("A ponte vai ser reabilitada").article("<h1>A ponte vai ser reabilitada</h1><p class='data'>Publicado em 14/03/2024 às 10h15 Atualizado em 18/03/2024</p>")
                        .states("pt-d-pt-publicado-em", "d pt publicado em", "A ponte vai ser reabilitada", "", "2024-03-14"),
                page("de", "Auenblatt").title("Brücke wird saniert").article("<h1>Brücke wird saniert</h1><table class='meta'><tr><th>Veröffentlicht</th><td>14.03.2024</td></tr><tr><th>Geändert</th><td>18.03.2024</td></tr></table>")
                        .states("de-d-de-table", "d de table", "Brücke wird saniert", "", "2024-03-14"),
                page("nl", "Polderkrant").title("Brug wordt gerenoveerd").article("<h1>Brug wordt gerenoveerd</h1><p class='datum'>Bijgewerkt 18 maart 2024 · Gepubliceerd 14 maart 2024</p>")
                        .states("nl-d-nl-bijgewerkt-first", "d nl bijgewerkt first", "Brug wordt gerenoveerd", "", "2024-03-14"),
                page("it", "Gazzetta di Valfonda").title("Il ponte sarà ristrutturato").article("<h1>Il ponte sarà ristrutturato</h1><p class='data'>14 marzo 2024 ore 10:15</p>")
                        .states("it-d-it-ore", "d it ore", "Il ponte sarà ristrutturato", "", "2024-03-14"),
                page("de", "Auenblatt").title("Brücke wird saniert").article("<h1>Brücke wird saniert</h1><span class='autor'>Jana Feldkamp, Moritz Ebel und Ines Ohl</span>")
                        .states("de-b-de-span-list", "b de span list", "Brücke wird saniert", "Jana Feldkamp;Moritz Ebel;Ines Ohl", ""),
                page("de", "Auenblatt").title("Brücke wird saniert").article("<h1>Brücke wird saniert</h1><p class='meta'>Von Jana Feldkamp | 14.03.2024, 10:15 Uhr | 3 Min. Lesezeit</p>")
                        .states("de-b-de-pipe-lesezeit", "b de pipe lesezeit", "Brücke wird saniert", "Jana Feldkamp", "2024-03-14"),
                page("fr", "Le Courrier du Val").title("Le pont sera rénové").article("<h1>Le pont sera rénové</h1><p class='meta'>Par Claire Vautrin Publié le 14 mars 2024 à 10h15</p>")
                        .states("fr-b-fr-par-publie", "b fr par publie", "Le pont sera rénové", "Claire Vautrin", "2024-03-14"),
                page("it", "Gazzetta di Valfonda").title("Il ponte sarà ristrutturato").article("<h1>Il ponte sarà ristrutturato</h1><p class='meta'>di Giulia Ferrante Pubblicato il 14 marzo 2024</p>")
                        .states("it-b-it-di-pubblicato", "b it di pubblicato", "Il ponte sarà ristrutturato", "Giulia Ferrante", "2024-03-14"),
                page("nl", "Polderkrant").title("Brug wordt gerenoveerd").article("<h1>Brug wordt gerenoveerd</h1><p class='meta'>Door Sanne de Wit Gisteren, 10:15</p>")
                        .states("nl-b-nl-door-gisteren", "b nl door gisteren", "Brug wordt gerenoveerd", "Sanne de Wit", ""),
                page("es", "Diario del Valle").title("El puente será reformado").article("<h1>El puente será reformado</h1><p class='meta'>Por Lucía Herrero 14 de marzo de 2024 - 10:15</p>")
                        .states("es-b-es-por-fecha", "b es por fecha", "El puente será reformado", "Lucía Herrero", "2024-03-14"),
                page("de", "Auenblatt").title("Brücke wird saniert").article("<h1>Brücke wird saniert</h1><p class='meta'>Von Jana Feldkamp, mit Material von dpa</p>")
                        .states("de-b-de-von-mit-material", "b de von mit material", "Brücke wird saniert", "Jana Feldkamp", ""));
    }
}
