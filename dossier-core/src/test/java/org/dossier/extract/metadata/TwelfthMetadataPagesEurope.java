package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.TwelfthMetadataPages.COOKIE;
import static org.dossier.extract.metadata.TwelfthMetadataPages.SHARE;
import static org.dossier.extract.metadata.TwelfthMetadataPages.comment;
import static org.dossier.extract.metadata.TwelfthMetadataPages.ghostCard;
import static org.dossier.extract.metadata.TwelfthMetadataPages.recent;

import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The pages of the twelfth held-out metadata set ({@link TwelfthMetadataPages}) in German, French, Spanish,
 * Italian, Dutch, Portuguese, Polish, Danish, Czech, Finnish and Romanian.
 */
final class TwelfthMetadataPagesEurope {
    private TwelfthMetadataPagesEurope() {}

    static List<Case> all() {
        return List.of(
                // --- German ---
                page("de", "Hauptstadt Radio").title("Bundestag beschließt Reform der Pflegeversicherung")
                        .article("<h1><span class='seitenkopf__topline'>Pflege</span> <span class='seitenkopf__headline--text'>Bundestag beschließt Reform der Pflegeversicherung</span></h1><p class='metatextline'>Stand: 07.03.2024 14:12 Uhr</p><p class='autorenzeile'>Von Lena Hartwig, Hauptstadtstudio</p>")
                        .after(recent("Mehr zum Thema", "Pflegekräfte fordern mehr Personal", "05.03.2024", "Beiträge steigen erneut", "28.02.2024"))
                        .states("de-stand-only-von-studio", "only 'Stand: 07.03.2024 14:12 Uhr' (an update); 'Von A, Hauptstadtstudio'",
                                "Bundestag beschließt Reform der Pflegeversicherung", "Lena Hartwig", "2024-03-07"),
                page("de", "Kiezblick").title("Warum die Ringbahn ständig ausfällt")
                        .head("<meta property='article:published_time' content='2024-02-20T06:30:00.000Z'><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"name\":\"Anouk Berger\"},\"headline\":\"Warum die Ringbahn ständig ausfällt\",\"datePublished\":\"2024-02-20T06:30:00.000Z\"}</script>")
                        .article("<header class='post-full-header'><h1 class='post-full-title'>Warum die Ringbahn ständig ausfällt</h1><div class='post-card-byline'><ul class='author-list'><li class='author-list-item'><a class='static-avatar' href='/author/anouk/'><img class='author-profile-image' src='/a.jpg' alt='Anouk Berger'></a></li><li class='author-list-item'><a class='static-avatar' href='/author/felix/'><img class='author-profile-image' src='/f.jpg' alt='Felix Moraes'></a></li></ul><div class='post-card-byline-content'><span><a href='/author/anouk/'>Anouk Berger</a>, <a href='/author/felix/'>Felix Moraes</a></span><span class='post-card-byline-date'><time datetime='2024-02-20'>20. Feb. 2024</time> <span class='bull'>•</span> 6 Min. Lesezeit</span></div></div></header>")
                        .after(ghostCard("S-Bahn-Chaos: Die Chronik", "Mira Olsen", "2023-11-09", "9. Nov. 2023"))
                        .states("de-ghost-post-card-byline-two", "Ghost: two authors in the article's .post-card-byline, JSON-LD names the first, a read-more card with its own byline",
                                "Warum die Ringbahn ständig ausfällt", "Anouk Berger; Felix Moraes", "2024-02-20"),
                page("de", "Sauerland Nachrichten").title("Neue Buslinie verbindet drei Dörfer – Sauerland Nachrichten")
                        .article("<h1 class='entry-title'>Neue Buslinie verbindet drei Dörfer</h1><div class='entry-meta'><span class='posted-on'><i class='fa fa-calendar'></i> <a href='/neue-buslinie/' rel='bookmark'><time class='entry-date published' datetime='2024-03-11T09:15:00+01:00'>11. März 2024</time></a></span> <span class='byline'><i class='fa fa-user'></i> <span class='author vcard'><a class='url fn n' href='/author/jkessler/'>Jonas Kessler</a></span></span> <span class='comments-link'><i class='fa fa-comment'></i> <a href='#respond'>Keine Kommentare</a></span></div>" + SHARE)
                        .after(comment("Heinz", "12. März 2024 um 08:01", "Endlich!"))
                        .states("de-fontawesome-no-von", "WordPress: Font Awesome icons before the date and the author vcard, no 'Von'",
                                "Neue Buslinie verbindet drei Dörfer", "Jonas Kessler", "2024-03-11"),
                page("de", "Moselkurier").title("Hochwasser an der Mosel: Pegel sinkt langsam | Moselkurier")
                        .head("<link rel='canonical' href='https://moselkurier.test/region/2024-03-05-hochwasser-mosel-pegel-sinkt.html'>")
                        .article("<h1>Hochwasser an der Mosel: Pegel sinkt langsam</h1><p class='author'>Von Ute Brenner</p>")
                        .after(comment("Anwohner", "vor 2 Tagen", "Bei uns ist der Keller noch nass."))
                        .states("de-url-hyphen-date-slug", "the date only as 2024-03-05 at the start of the URL's slug",
                                "Hochwasser an der Mosel: Pegel sinkt langsam", "Ute Brenner", "2024-03-05"),
                page("de", "Gleis Neun").title("Was die Bahn aus dem Streik lernen muss").bare()
                        .head("<meta property='og:title' content='Was die Bahn aus dem Streik lernen muss'>")
                        .article("<div class='post-header'><h1 class='post-title published'>Was die Bahn aus dem Streik lernen muss</h1><div class='post-meta'><a href='https://substack.test/@anna'><img alt='' src='/a.png'></a><div class='pencraft pc-reset'>Mar 13, 2024</div></div></div>")
                        .after("<script>window._preloads = JSON.parse(\"{\\\"post\\\":{\\\"id\\\":512,\\\"title\\\":\\\"Was die Bahn aus dem Streik lernen muss\\\",\\\"post_date\\\":\\\"2024-03-13T05:00:10.000Z\\\",\\\"publishedBylines\\\":[{\\\"id\\\":7,\\\"name\\\":\\\"Anna Lichtner\\\",\\\"handle\\\":\\\"anna\\\"},{\\\"id\\\":9,\\\"name\\\":\\\"Jo Weidner\\\",\\\"handle\\\":\\\"jo\\\"}]}}\")</script>")
                        .states("de-substack-preloads-only", "Substack: the two authors only in _preloads publishedBylines, no meta author",
                                "Was die Bahn aus dem Streik lernen muss", "Anna Lichtner; Jo Weidner", "2024-03-13"),
                page("de", "Turnverein Eichenau").title("Mitglied werden | Turnverein Eichenau").top(COOKIE)
                        .article("<h1>Mitglied werden</h1><p>Der Jahresbeitrag beträgt 60 Euro für Erwachsene, Kinder zahlen die Hälfte.</p>")
                        .after("<p class='stand'>Vereinsgründung 1911</p>")
                        .states("de-verein-page-nothing", "a club's page: no date, no author, a founding year",
                                "Mitglied werden", "", ""),

                // --- French ---
                page("fr", "Business Wire").title("Verdalis annonce l'acquisition de Fromentin Logistique")
                        .article("<h1 class='epi-fontLg'>Verdalis annonce l'acquisition de Fromentin Logistique</h1><div class='bw-release-timestamp'><time datetime='2024-03-05T08:00:00Z'>05 mars 2024 09:00 heure normale d’Europe centrale</time></div><p>PARIS--(BUSINESS WIRE)--Regulatory News: Verdalis annonce aujourd'hui l'acquisition de Fromentin Logistique.</p>")
                        .after("<div class='bw-release-contact'><h2>Contacts</h2><p>Contact presse : Claire Anselme, +33 1 00 00 00 00</p></div>")
                        .states("fr-business-wire-release", "press-release wire: '--(BUSINESS WIRE)--' dateline, press contact no author",
                                "Verdalis annonce l'acquisition de Fromentin Logistique", "", "2024-03-05"),
                page("fr", "Le Fil Ardent").title("Les cantines passent au bio local")
                        .head("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"headline\":\"Les cantines passent au bio local\",\"datePublished\":\"2024-03-06T09:00:00.000+01:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Élise Marchand\"},{\"@type\":\"Person\",\"name\":\"Yanis Belkacem\"}]}</script>")
                        .article("<h1 class='article-title'>Les cantines passent au bio local</h1><div class='article-byline'><ul class='author-list'><li><a href='/auteur/elise/'><img class='author-profile-image' src='/e.jpg' alt=''></a></li><li><a href='/auteur/yanis/'><img class='author-profile-image' src='/y.jpg' alt=''></a></li></ul><time class='byline-meta-date' datetime='2024-03-06'>6 mars 2024</time></div>")
                        .after(ghostCard("Le prix du pain expliqué", "Manon Leroux", "2024-01-18", "18 janv. 2024"))
                        .states("fr-ghost-jsonld-array-avatars", "Ghost: two authors only as a JSON-LD array, avatars without names",
                                "Les cantines passent au bio local", "Élise Marchand; Yanis Belkacem", "2024-03-06"),
                page("fr", "Gazette du Vercors").title("La station de ski ferme plus tôt faute de neige – Gazette du Vercors")
                        .article("<h1 class='entry-title'>La station de ski ferme plus tôt faute de neige</h1><div class='entry-meta'><span class='dashicons dashicons-admin-users'></span> Mathilde Carrel <span class='dashicons dashicons-calendar-alt'></span> 14 mars 2024 <span class='dashicons dashicons-admin-comments'></span> 3</div>")
                        .after(recent("Articles récents", "Le col rouvre à la circulation", "12 mars 2024", "Un nouveau refuge au sommet", "2 mars 2024"))
                        .states("fr-dashicons-no-par", "a name and a date between dashicons, no 'Par'",
                                "La station de ski ferme plus tôt faute de neige", "Mathilde Carrel", "2024-03-14"),
                page("fr", "Atelier Lune").title("Nos céramiques d'hiver — Atelier Lune")
                        .head("<script type='application/ld+json'>{\"url\":\"https://atelierlune.test/blog/ceramiques-hiver\",\"name\":\"Nos céramiques d'hiver\",\"author\":\"Inès Gautier\",\"datePublished\":\"2024-01-30T10:00:00+0100\",\"@context\":\"http://schema.org\",\"@type\":\"Article\",\"headline\":\"Nos céramiques d'hiver\"}</script>")
                        .article("<article class='entry'><header><h1 class='entry-title' data-content-field='title'>Nos céramiques d'hiver</h1><div class='entry-dateline'><a href='/blog/ceramiques-hiver'><time class='published' datetime='2024-01-30'>30 janvier 2024</time></a></div><div class='entry-byline'><span class='entry-author'>Écrit par <a href='/blog?author=6a1b'>Inès Gautier</a></span></div></header></article>")
                        .states("fr-squarespace-70-ecrit-par", "Squarespace 7.0: 'Écrit par', time.published, offset '+0100'",
                                "Nos céramiques d'hiver", "Inès Gautier", "2024-01-30"),
                page("fr", "Le Républicain du Centre").title("Le pont de Saint-Aubin rouvert à la circulation")
                        .article("<h1>Le pont de Saint-Aubin rouvert à la circulation</h1><p class='signature'>Par Benoît Lasalle</p><p class='date'>Mis à jour le 13/03/2024 à 17h05</p>")
                        .after(comment("Lecteur41", "14/03/2024 à 08h12", "Enfin."))
                        .states("fr-mis-a-jour-only", "only 'Mis à jour le 13/03/2024 à 17h05'; 'Par A'",
                                "Le pont de Saint-Aubin rouvert à la circulation", "Benoît Lasalle", "2024-03-13"),
                page("fr", "Le Quotidien").title("Logement : la pénurie s'aggrave dans les villes moyennes")
                        .head("<link rel='canonical' href='https://lequotidien.test/societe/article/2024/03/09/logement-la-penurie-s-aggrave_6221234_3224.html'>")
                        .article("<h1 class='article__title'>Logement : la pénurie s'aggrave dans les villes moyennes</h1><p class='article__author'>Par <a class='article__author-link' href='/signataires/romane-vidal/'>Romane Vidal</a></p>")
                        .states("fr-url-date-article-path", "the date only in '/article/2024/03/09/' of the URL",
                                "Logement : la pénurie s'aggrave dans les villes moyennes", "Romane Vidal", "2024-03-09"),

                // --- Spanish ---
                page("es", "Noticias del Henares").title("El Gobierno aprueba el plan de vivienda joven").fetched("2024-03-07T16:00:00Z")
                        .article("<h1>El Gobierno aprueba el plan de vivienda joven</h1><p class='firma'>EFE</p><p>Madrid, 7 mar (EFE).- El Consejo de Ministros ha aprobado este jueves el plan de vivienda joven.</p>")
                        .states("es-efe-dateline-fetched", "wire dateline 'Madrid, 7 mar (EFE).-' with no year, fetch time known; agency only",
                                "El Gobierno aprueba el plan de vivienda joven", "", "2024-03-07"),
                page("es", "Medium").title("Cómo dejé de temerle a Kubernetes | by Lucía Arrieta | Código Abierto | Medium").bare()
                        .head("<meta property='og:title' content='Cómo dejé de temerle a Kubernetes'><meta property='article:published_time' content='2024-03-04T10:11:12.000Z'>")
                        .article("<h1 class='pw-post-title' data-testid='storyTitle'>Cómo dejé de temerle a Kubernetes</h1><div><a data-testid='authorName' href='/@lucia'>Lucía Arrieta</a><span>·</span><button>Seguir</button></div><div><span>Publicado en</span> <a data-testid='publicationName' href='/codigo-abierto'>Código Abierto</a></div><div><span data-testid='storyReadTime'>6 min de lectura</span><span>·</span><span data-testid='storyPublishDate'>4 mar 2024</span></div>")
                        .states("es-medium-publicado-en", "Medium in Spanish: '| by A | Pub | Medium' title, 'Publicado en', no author meta",
                                "Cómo dejé de temerle a Kubernetes", "Lucía Arrieta", "2024-03-04"),
                page("es", "Huerta Viva").title("Cómo preparar el huerto para la primavera")
                        .head("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"headline\":\"Cómo preparar el huerto para la primavera\",\"datePublished\":\"2024-02-26T08:30:00.000Z\",\"author\":{\"@type\":\"Person\",\"name\":\"Valeria Ocampo\"}}</script>")
                        .article("<div data-hook='post-header'><span data-hook='user-name'>Valeria Ocampo</span> <span data-hook='time-ago' class='time-ago'>hace 5 días</span> <span data-hook='time-to-read'>2 min de lectura</span></div><h1 data-hook='post-title'>Cómo preparar el huerto para la primavera</h1>")
                        .states("es-wix-hace-dias-jsonld", "Wix: 'hace 5 días' with no fetch time, the date in JSON-LD",
                                "Cómo preparar el huerto para la primavera", "Valeria Ocampo", "2024-02-26"),
                page("es", "El Eco de Tudela").title("La ciudad tendrá un nuevo parque fluvial - El Eco de Tudela")
                        .article("<h1>La ciudad tendrá un nuevo parque fluvial</h1><div class='info-nota'><i class='icon-user'></i><span>Joaquín Herrera</span><i class='icon-calendar'></i><span>12/03/2024</span><i class='icon-eye'></i><span>1.204</span></div>" + SHARE)
                        .after(recent("Lo más leído", "Cortes de tráfico por obras", "11/03/2024", "El mercado cumple cien años", "08/03/2024"))
                        .states("es-icons-no-por", "a name and a date between icon elements, no 'Por'",
                                "La ciudad tendrá un nuevo parque fluvial", "Joaquín Herrera", "2024-03-12"),
                page("es", "Diario de Albacete").title("Suben las tasas de la basura en 2024")
                        .article("<h1>Suben las tasas de la basura en 2024</h1><p class='autor'>Por Nerea Salcedo</p><p class='fecha'>Actualizado el 15/03/2024 a las 10:20</p>")
                        .states("es-actualizado-only", "only 'Actualizado el 15/03/2024 a las 10:20'",
                                "Suben las tasas de la basura en 2024", "Nerea Salcedo", "2024-03-15"),
                page("es", "Ayuntamiento de Valdeoliva").title("Preguntas frecuentes sobre el padrón | Ayuntamiento de Valdeoliva")
                        .article("<h1>Preguntas frecuentes sobre el padrón</h1><p>El empadronamiento es gratuito y puede hacerse con cita previa.</p>")
                        .states("es-faq-nothing", "a council FAQ page: no date, no author",
                                "Preguntas frecuentes sobre el padrón", "", ""),

                // --- Italian ---
                page("it", "Il taccuino di Tiziana").title("Il taccuino di Tiziana: Le marmellate di fine inverno").bare()
                        .top("<header class='centered-top-container'><div class='blog-name'><h1 class='title'><a href='/'>Il taccuino di Tiziana</a></h1><p class='description'>Ricette e quaderni di cucina</p></div></header>")
                        .article("<div class='post-outer'><div class='post'><h3 class='post-title entry-title'>Le marmellate di fine inverno</h3><div class='post-header'><div class='post-header-line-1'><span class='byline post-author vcard'><span class='byline-label'>Pubblicato da</span> <span class='fn'><meta content='https://www.blogger.test/profile/1' itemprop='url'><a class='g-profile' href='https://www.blogger.test/profile/1' rel='author' title='author profile'><span itemprop='name'>Tiziana Moro</span></a></span></span> <span class='byline post-timestamp'><a class='timestamp-link' href='/2024/02/marmellate.html' rel='bookmark'><time class='published' datetime='2024-02-25T18:30:00+01:00' title='2024-02-25T18:30:00+01:00'>febbraio 25, 2024</time></a></span></div></div></div></div>")
                        .after("<div class='widget BlogArchive'><h3 class='title'>Archivio</h3><ul><li>2024 (4)</li><li>2023 (31)</li></ul></div>")
                        .states("it-blogger-contempo", "Blogger Contempo: blog name in h1, post title in h3, 'Pubblicato da', time.published",
                                "Le marmellate di fine inverno", "Tiziana Moro", "2024-02-25"),
                page("it", "Notizie Tirreno").title("Il governo vara il decreto sulle bollette")
                        .article("<h1 class='news-title'>Il governo vara il decreto sulle bollette</h1><div class='news-info'><span class='news-author'>Redazione ANSA</span> <span class='news-place'>ROMA</span> <span class='news-date'>06 marzo 2024 14:12</span></div><p>(ANSA) - ROMA, 06 MAR - Il Consiglio dei ministri ha approvato il decreto.</p>")
                        .states("it-ansa-redazione", "ANSA wire page: 'Redazione ANSA' is the desk, the date after the place",
                                "Il governo vara il decreto sulle bollette", "", "2024-03-06"),
                page("it", "Sentieri Liguri").title("Anello del Monte Beigua | Sentieri Liguri")
                        .head("<meta name='generator' content='Hugo 0.121.2'>")
                        .article("<h1>Anello del Monte Beigua</h1><p class='post-meta'><i class='fas fa-calendar'></i> 3 marzo 2024 · <i class='fas fa-user'></i> Nicola Ferrante · <i class='fas fa-clock'></i> 5 minuti</p>")
                        .states("it-hugo-icons", "Hugo theme: date and name after Font Awesome icons, no 'di'",
                                "Anello del Monte Beigua", "Nicola Ferrante", "2024-03-03"),
                page("it", "Il Gazzettino del Sannio").title("Chiusa la statale per una frana")
                        .article("<h1>Chiusa la statale per una frana</h1><p class='firma'>di Paola Serra</p><p class='data'>Aggiornato il 12 marzo 2024 alle 11:30</p>")
                        .states("it-aggiornato-only", "only 'Aggiornato il 12 marzo 2024 alle 11:30'",
                                "Chiusa la statale per una frana", "Paola Serra", "2024-03-12"),
                page("it", "Comune di Valbruna").title("Orari degli uffici comunali - Comune di Valbruna")
                        .article("<h1>Orari degli uffici comunali</h1><p>Gli uffici sono aperti dal lunedì al venerdì dalle 9 alle 12.</p>")
                        .states("it-comune-nothing", "a council office-hours page: no date, no author",
                                "Orari degli uffici comunali", "", ""),

                // --- Dutch ---
                page("nl", "De Stadsfiets").title("Het nieuwe fietsplan van de gemeente, uitgelegd")
                        .head("<meta property='article:published_time' content='2024-03-01T08:00:00.000Z'><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"name\":\"Femke Dijkstra\"},\"headline\":\"Het nieuwe fietsplan van de gemeente, uitgelegd\",\"datePublished\":\"2024-03-01T08:00:00.000Z\"}</script>")
                        .article("<header class='article-header'><h1 class='article-title'>Het nieuwe fietsplan van de gemeente, uitgelegd</h1><div class='post-card-byline-content'><span><a href='/author/femke/'>Femke Dijkstra</a>, <a href='/author/joost/'>Joost van Leeuwen</a></span><span class='post-card-byline-date'><time datetime='2024-03-01'>1 mrt 2024</time></span></div></header>")
                        .after(ghostCard("Waarom de brug weer dicht is", "Sem Bakker", "2024-02-10", "10 feb 2024"))
                        .states("nl-ghost-card-byline-particle", "Ghost: two authors (one with 'van') in post-card-byline-content, JSON-LD names one",
                                "Het nieuwe fietsplan van de gemeente, uitgelegd", "Femke Dijkstra; Joost van Leeuwen", "2024-03-01"),
                page("nl", "Waterland Nieuws").title("Nieuwe sluis bij Purmerend klaar")
                        .article("<h1 class='entry-title'>Nieuwe sluis bij Purmerend klaar</h1><p class='post-meta'>door <span class='author vcard'><a href='/author/marloes/' title='Berichten van Marloes Visser' rel='author'>Marloes Visser</a></span> | <span class='published'>mrt 7, 2024</span> | <a href='/category/nieuws/' rel='tag'>Nieuws</a> | <a href='#respond'>0 Reacties</a></p>")
                        .states("nl-divi-month-day-year", "Divi: 'door A | mrt 7, 2024 | Nieuws | 0 Reacties'",
                                "Nieuwe sluis bij Purmerend klaar", "Marloes Visser", "2024-03-07"),
                page("nl", "Omroep Veluwe").title("Brand in leegstaande boerderij")
                        .head("<meta name='author' content='Ruben Mulder'>")
                        .article("<h1>Brand in leegstaande boerderij</h1><p class='meta'>Bijgewerkt: 14 maart 2024 11:02</p>")
                        .states("nl-bijgewerkt-only", "only 'Bijgewerkt: 14 maart 2024 11:02'; author in meta",
                                "Brand in leegstaande boerderij", "Ruben Mulder", "2024-03-14"),
                page("nl", "ANP Nieuwsdienst").title("Kabinet trekt extra geld uit voor dijken")
                        .article("<h1>Kabinet trekt extra geld uit voor dijken</h1><p class='bron'>ANP</p><p>DEN HAAG (ANP) - Het kabinet trekt extra geld uit voor de versterking van dijken.</p>")
                        .states("nl-anp-no-date", "a wire item 'DEN HAAG (ANP) -' with no date anywhere: no date, no person",
                                "Kabinet trekt extra geld uit voor dijken", "", ""),

                // --- Portuguese ---
                page("pt", "Sabores da Serra").title("Broa de milho como a da avó")
                        .head("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"headline\":\"Broa de milho como a da avó\",\"datePublished\":\"2024-03-03T09:45:00.000Z\",\"dateModified\":\"2024-03-05T12:00:00.000Z\",\"author\":{\"@type\":\"Person\",\"name\":\"Carla Mendes\"}}</script>")
                        .article("<div data-hook='post-header'><span data-hook='user-name'>Carla Mendes</span> <span data-hook='time-ago'>3 de mar.</span> <span data-hook='time-to-read'>2 min de leitura</span></div><h1 data-hook='post-title'>Broa de milho como a da avó</h1><p data-hook='post-updated-date'>Atualizado: 5 de mar.</p>")
                        .states("pt-wix-atualizado-no-year", "Wix: '3 de mar.' and 'Atualizado: 5 de mar.' with no year, JSON-LD dates",
                                "Broa de milho como a da avó", "Carla Mendes", "2024-03-03"),
                page("pt", "Jornal da Beira").title("Governo aprova aumento do salário mínimo")
                        .article("<h1>Governo aprova aumento do salário mínimo</h1><p>Lisboa, 07 mar 2024 (Lusa) - O Governo aprovou hoje em Conselho de Ministros o aumento do salário mínimo.</p>")
                        .after("<p class='copyright'>© 2024 Lusa - Agência de Notícias de Portugal</p>")
                        .states("pt-lusa-dateline-with-year", "Lusa: the only date in the dateline 'Lisboa, 07 mar 2024 (Lusa) -'",
                                "Governo aprova aumento do salário mínimo", "", "2024-03-07"),
                page("pt", "Rádio Planalto").title("Prefeitura reabre o mercado municipal - Rádio Planalto")
                        .article("<h1>Prefeitura reabre o mercado municipal</h1><div class='post-meta'><span class='material-symbols-outlined'>person</span> Renato Farias <span class='material-symbols-outlined'>calendar_month</span> 08/03/2024</div>" + SHARE)
                        .states("pt-material-symbols", "a name and a date after Material Symbols ligatures, no 'Por'",
                                "Prefeitura reabre o mercado municipal", "Renato Farias", "2024-03-08"),
                page("pt", "Correio do Vale").title("Obras interditam avenida central")
                        .article("<h1>Obras interditam avenida central</h1><p class='autor'>Por Luana Prates</p><p class='data'>Atualizado em 09/03/2024 às 14h20</p>")
                        .states("pt-atualizado-em-only", "only 'Atualizado em 09/03/2024 às 14h20'",
                                "Obras interditam avenida central", "Luana Prates", "2024-03-09"),
                page("pt", "Crónicas do Atlântico").title("O mar que nos separa - por Duarte Vaz").bare()
                        .head("<meta property='og:title' content='O mar que nos separa'>")
                        .article("<div class='post-header'><h1 class='post-title published'>O mar que nos separa</h1><div class='post-meta'><div class='pencraft pc-reset'>mar 02, 2024</div></div></div>")
                        .after("<script>window._preloads = JSON.parse(\"{\\\"post\\\":{\\\"title\\\":\\\"O mar que nos separa\\\",\\\"post_date\\\":\\\"2024-03-02T20:00:00.000Z\\\",\\\"publishedBylines\\\":[{\\\"name\\\":\\\"Duarte Vaz\\\"}]}}\")</script>")
                        .states("pt-substack-por-title", "Substack in Portuguese: '- por A' in the title, byline only in _preloads",
                                "O mar que nos separa", "Duarte Vaz", "2024-03-02"),

                // --- Polish ---
                page("pl", "Portal Samorządowy").title("Rząd przyjął projekt ustawy o cyfryzacji")
                        .article("<h1>Rząd przyjął projekt ustawy o cyfryzacji</h1><div class='meta'><span class='date'>06.03.2024, 14:12</span> <span class='autor'>Autor: Anna Kowal (PAP)</span></div>")
                        .states("pl-pap-autor-agency-suffix", "'Autor: A (PAP)': a person with the agency after her",
                                "Rząd przyjął projekt ustawy o cyfryzacji", "Anna Kowal", "2024-03-06"),
                page("pl", "Głos Beskidów").title("Nowy most na Sole otwarty")
                        .article("<h1 class='entry-title'>Nowy most na Sole otwarty</h1><div class='entry-meta'><i class='fa fa-user'></i> Bartosz Wierzbicki <i class='fa fa-calendar'></i> 9 marca 2024 <i class='fa fa-comments'></i> 2 komentarze</div>")
                        .states("pl-fontawesome-no-autor", "a name and a date after Font Awesome icons, no 'Autor'",
                                "Nowy most na Sole otwarty", "Bartosz Wierzbicki", "2024-03-09"),
                page("pl", "Kronika Opolska").title("Szpital kupił nowy tomograf")
                        .article("<h1>Szpital kupił nowy tomograf</h1><p class='autor'>Justyna Mazur</p><p class='data'>Zaktualizowano: 11.03.2024 10:15</p>")
                        .states("pl-zaktualizowano-only", "only 'Zaktualizowano: 11.03.2024 10:15'",
                                "Szpital kupił nowy tomograf", "Justyna Mazur", "2024-03-11"),
                page("pl", "Blog Wędrowca").title("Zimowe wejście na Babią Górę | Blog Wędrowca")
                        .head("<link rel='canonical' href='https://blogwedrowca.test/posty/2024/03/04/zimowe-wejscie-babia-gora/'>")
                        .article("<h1>Zimowe wejście na Babią Górę</h1><p class='post-author'>Piotr Łęcki</p>")
                        .states("pl-url-date-bare-name", "the date only in the URL; a bare name under the title",
                                "Zimowe wejście na Babią Górę", "Piotr Łęcki", "2024-03-04"),

                // --- Danish ---
                page("da", "Fyns Dagblad").title("Regeringen vil sænke elafgiften")
                        .article("<h1>Regeringen vil sænke elafgiften</h1><div class='byline'><span>Ritzau</span> <span>7. marts 2024 kl. 14.12</span></div>")
                        .states("da-ritzau-agency-date", "the agency (Ritzau) as byline, '7. marts 2024 kl. 14.12'",
                                "Regeringen vil sænke elafgiften", "", "2024-03-07"),
                page("da", "Lokalavisen Vest").title("Skolen får ny idrætshal")
                        .article("<h1>Skolen får ny idrætshal</h1><p class='byline'>Af Mette Kjær</p><p class='dato'>Opdateret 12. marts 2024 kl. 09.41</p>")
                        .states("da-opdateret-only", "only 'Opdateret 12. marts 2024 kl. 09.41'; 'Af A'",
                                "Skolen får ny idrætshal", "Mette Kjær", "2024-03-12"),
                page("da", "Nordlys Keramik").title("Sådan brænder vi vores glasurer — Nordlys Keramik")
                        .head("<script type='application/ld+json'>{\"url\":\"https://nordlys.test/blog/glasurer\",\"name\":\"Sådan brænder vi vores glasurer\",\"author\":\"Sofie Lund\",\"datePublished\":\"2024-02-14T08:00:00+0100\",\"@context\":\"http://schema.org\",\"@type\":\"Article\"}</script>")
                        .article("<h1 class='entry-title' data-content-field='title'>Sådan brænder vi vores glasurer</h1><div class='blog-meta-item blog-meta-item--author'><a href='/blog?author=77ab'>Sofie Lund</a></div><time class='blog-meta-item blog-meta-item--date'>14/2/24</time>")
                        .states("da-squarespace-two-digit-year", "Squarespace: '14/2/24' visible, JSON-LD offset '+0100', author string",
                                "Sådan brænder vi vores glasurer", "Sofie Lund", "2024-02-14"),

                // --- Czech ---
                page("cs", "Zprávy z regionu").title("Vláda schválila rozpočet na dopravu").fetched("2024-03-07T12:00:00Z")
                        .article("<h1>Vláda schválila rozpočet na dopravu</h1><p class='zdroj'>ČTK</p><p>Praha 7. března (ČTK) - Vláda dnes schválila rozpočet na dopravní stavby.</p>")
                        .states("cs-ctk-dateline-fetched", "ČTK dateline 'Praha 7. března (ČTK) -' with no year, fetch time known; agency only",
                                "Vláda schválila rozpočet na dopravu", "", "2024-03-07"),
                page("cs", "Zápisník vývojáře").title("Proč jsem přešel na Rust | Zápisník vývojáře")
                        .head("<meta name='generator' content='Jekyll v4.3.3'>")
                        .article("<header class='post-header'><h1 class='post-title p-name' itemprop='name headline'>Proč jsem přešel na Rust</h1><p class='post-meta'><time class='dt-published' datetime='2024-01-28T10:12:00+01:00' itemprop='datePublished'>28. 1. 2024</time> • <span itemprop='author' itemscope itemtype='http://schema.org/Person'><span class='p-author h-card' itemprop='name'>Jan Dvořák</span></span></p></header>")
                        .states("cs-jekyll-minima-hcard", "Jekyll minima: time.dt-published and h-card author",
                                "Proč jsem přešel na Rust", "Jan Dvořák", "2024-01-28"),
                page("cs", "Deník Vysočiny").title("Nemocnice otevře nové oddělení - Deník Vysočiny")
                        .article("<h1>Nemocnice otevře nové oddělení</h1><div class='art-info'><span class='ico ico-user'></span>Tereza Nováková<span class='ico ico-date'></span>11. 3. 2024</div>")
                        .states("cs-icons-no-autor", "a name and a date after icon spans, no 'Autor'",
                                "Nemocnice otevře nové oddělení", "Tereza Nováková", "2024-03-11"),

                // --- Finnish ---
                page("fi", "Savon Uutiset").title("Hallitus esittää lisää rahaa teille")
                        .article("<h1>Hallitus esittää lisää rahaa teille</h1><p class='meta'>STT</p><p class='meta'>Julkaistu 12.3.2024 9:05</p>")
                        .states("fi-stt-julkaistu", "the agency (STT) as byline, 'Julkaistu 12.3.2024 9:05'",
                                "Hallitus esittää lisää rahaa teille", "", "2024-03-12"),
                page("fi", "Järvikylän Sanomat").title("Uusi kirjasto avataan keväällä")
                        .article("<h1 class='entry-title'>Uusi kirjasto avataan keväällä</h1><div class='entry-meta'><i class='fa fa-user'></i> Aino Virtanen <i class='fa fa-clock-o'></i> 8.3.2024</div>")
                        .states("fi-fontawesome-no-word", "a name and a date after Font Awesome icons, no byline word",
                                "Uusi kirjasto avataan keväällä", "Aino Virtanen", "2024-03-08"),
                page("fi", "Retkipäiväkirja").title("Talviretki Kolille | Retkipäiväkirja")
                        .head("<link rel='canonical' href='https://retkipaivakirja.test/2024/02/18/talviretki-kolille/'>")
                        .article("<h1>Talviretki Kolille</h1><p class='kirjoittaja'>Teksti: Eero Laine</p>")
                        .states("fi-url-date-teksti", "the date only in the URL; 'Teksti: A'",
                                "Talviretki Kolille", "Eero Laine", "2024-02-18"),

                // --- Romanian ---
                page("ro", "Știri de Cluj").title("Guvernul aprobă noul buget pentru spitale").fetched("2024-03-07T15:00:00Z")
                        .article("<h1>Guvernul aprobă noul buget pentru spitale</h1><p>București, 7 mar /Agerpres/ - Guvernul a aprobat joi noul buget pentru spitale.</p>")
                        .states("ro-agerpres-dateline-fetched", "Agerpres dateline 'București, 7 mar /Agerpres/ -' with no year, fetch time known",
                                "Guvernul aprobă noul buget pentru spitale", "", "2024-03-07"),
                page("ro", "Gazeta de Argeș").title("Se redeschide podul de la Curtea de Argeș")
                        .article("<h1>Se redeschide podul de la Curtea de Argeș</h1><p class='autor'>de Ioana Mărgineanu</p><p class='data'>Actualizat: 11.03.2024 12:30</p>")
                        .states("ro-actualizat-only", "only 'Actualizat: 11.03.2024 12:30'; 'de A'",
                                "Se redeschide podul de la Curtea de Argeș", "Ioana Mărgineanu", "2024-03-11"));
    }
}
