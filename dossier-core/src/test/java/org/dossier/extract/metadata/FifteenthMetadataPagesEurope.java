package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.FifteenthMetadataPages.more;
import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The pages of the fifteenth held-out metadata set ({@link FifteenthMetadataPages}) in German, French, Spanish,
 * Italian, Dutch, Portuguese, Swedish and Polish: layouts like those of Swiss and German regional papers, agencies'
 * own pages, columns with a columnist box, "Text: A und B, Fotos: C", Le Monde's and Ouest-France's bylines, El
 * País's and Vocento's, Corriere's and Repubblica's, DPG Media's two-digit years, Público's and Folha's dates, Swedish
 * "Uppdaterad … Publicerad", Polish genitive months; invented sites and names.
 */
final class FifteenthMetadataPagesEurope {
    private FifteenthMetadataPagesEurope() {}

    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        out.addAll(german());
        out.addAll(romance());
        out.addAll(northern());
        return List.copyOf(out);
    }

    private static List<Case> german() {
        return List.of(
                page("de", "Limmat Zeitung").title("Bundesrat will Bahnausbau strecken | Limmat Zeitung")
                        .article("<h1 class='headline__title'>Bundesrat will Bahnausbau strecken</h1><div class='metainfo'><span class='metainfo__item metainfo__item--author'><a href='/impressum/anja-burri'>Anja Burri</a>, Bern</span><span class='metainfo__item metainfo__item--date'><time datetime='2024-03-13T05:30:00.000Z'>13.03.2024, 06.30 Uhr</time></span></div>")
                        .states("de-swiss-metainfo-place", "Swiss layout: metainfo author 'A, Bern', '13.03.2024, 06.30 Uhr'",
                                "Bundesrat will Bahnausbau strecken", "Anja Burri", "2024-03-13"),
                page("de", "Saale-Kurier").title("Neue Buslinie verbindet Ortsteile")
                        .article("<h1>Neue Buslinie verbindet Ortsteile</h1><p class='autor'>Von Dörte Kranich</p><p class='zeit'><time datetime='2024-04-02T08:15:00+02:00'>vor 3 Stunden</time></p>")
                        .states("de-vor-stunden-datetime", "'vor 3 Stunden' shown, the absolute date in the time's datetime, no fetch time",
                                "Neue Buslinie verbindet Ortsteile", "Dörte Kranich", "2024-04-02"),
                page("de", "Hannoversche Abendpost").title("Klinikum baut Notaufnahme aus")
                        .article("<h1>Klinikum baut Notaufnahme aus</h1><div data-testid='authorline' class='authorline'>Von <a href='/autor/jens-moeller'>Jens Möller</a></div><div class='article-dates'><span>Aktualisiert: 03.04.2024, 08:12 Uhr</span> | <span>Erstmals veröffentlicht: 02.04.2024, 17:38 Uhr</span></div>")
                        .states("de-aktualisiert-vor-erstmals", "'Aktualisiert' before 'Erstmals veröffentlicht'",
                                "Klinikum baut Notaufnahme aus", "Jens Möller", "2024-04-02"),
                page("de", "Alpenland Presse").title("Lawinengefahr in Tirol steigt")
                        .article("<h1>Lawinengefahr in Tirol steigt</h1><p class='meta'>APA · 14.03.2024 10:32</p><p>Innsbruck (APA) - Die Lawinenwarnstufe wurde am Donnerstag auf vier angehoben.</p>")
                        .states("de-agentur-meta", "agency page: 'APA · 14.03.2024 10:32', an agency dateline, no person",
                                "Lawinengefahr in Tirol steigt", "", "2024-03-14"),
                page("de", "Mainzer Tagblatt").title("Kolumne: Das Ende der Gemütlichkeit")
                        .article("<p class='kicker'>Kolumne</p><h1>Das Ende der Gemütlichkeit</h1><aside class='kolumnist'><img src='/k.jpg' alt=''><span class='kolumnist-name'>Helga Morgenroth</span><p class='kolumnist-text'>Helga Morgenroth schreibt jeden Freitag über das Leben in der Stadt.</p></aside><p class='datum'>Freitag, 15. März 2024</p>")
                        .states("de-kolumne-kolumnist-box", "column: a columnist box with the name and a bio, 'Freitag, 15. März 2024'",
                                "Das Ende der Gemütlichkeit", "Helga Morgenroth", "2024-03-15"),
                page("de", "Elbtal Magazin").title("Die letzten Fährleute an der Elbe")
                        .article("<h1>Die letzten Fährleute an der Elbe</h1><p class='credits'>Text: Lena Brück und Tom Ahrens, Fotos: Ina Vogt</p><p class='datum'>16. März 2024 um 18:03 Uhr</p>")
                        .states("de-text-und-fotos", "'Text: A und B, Fotos: C'",
                                "Die letzten Fährleute an der Elbe", "Lena Brück; Tom Ahrens", "2024-03-16"));
    }

    private static List<Case> romance() {
        List<Case> out = new ArrayList<>();
        out.addAll(List.of(
                page("fr", "Le Quotidien du Rhône").title("La ville lance un plan vélo de 40 millions")
                        .article("<h1 class='article__title'>La ville lance un plan vélo de 40 millions</h1><p class='article__desc'>Le projet prévoit 80 kilomètres de pistes.</p><span class='meta__author'>Par <a class='article__author-link' href='/signataires/margaux-tellier/'><span class='author__name'>Margaux Tellier</span></a> (Lyon, correspondante)</span><span class='meta__date meta__date--header'>Publié le 14 mars 2024 à 05h30, modifié le 14 mars 2024 à 10h12</span><span class='meta__reading-time'>Temps de Lecture 3 min.</span>")
                        .states("fr-publie-modifie-correspondante", "'Par A (Lyon, correspondante)', 'Publié le ... à 05h30, modifié le ...'",
                                "La ville lance un plan vélo de 40 millions", "Margaux Tellier", "2024-03-14"),
                page("fr", "Ouest-Littoral").title("Le port de pêche modernise sa criée")
                        .article("<h1>Le port de pêche modernise sa criée</h1><div class='signature'><span class='source'>Ouest-Littoral</span> <span class='auteur'>Yann Le Goff</span>.</div><p class='date'>Publié le <time datetime='2024-03-12T18:30:00+01:00'>12/03/2024 à 18h30</time></p>")
                        .states("fr-outlet-before-author", "the outlet's name before the author's in the signature, 'Publié le 12/03/2024 à 18h30'",
                                "Le port de pêche modernise sa criée", "Yann Le Goff", "2024-03-12"),
                page("fr", "Info Sud-Ouest").title("Sécheresse : restrictions d'eau dans trois départements")
                        .article("<h1>Sécheresse : restrictions d'eau dans trois départements</h1><p class='byline'>Par AFP</p><p class='date'>Publié le mercredi 13 mars 2024 à 14:52</p>")
                        .states("fr-par-afp", "an agency as the byline 'Par AFP', a weekday before the date",
                                "Sécheresse : restrictions d'eau dans trois départements", "", "2024-03-13"),
                page("fr", "Le Petit Normand").title("Chronique : L'hôpital n'est pas une entreprise")
                        .article("<p class='rubrique'>Chronique</p><h1>L'hôpital n'est pas une entreprise</h1><div class='chroniqueur'><p class='chroniqueur__nom'>Bérénice Valois</p><p class='chroniqueur__bio'>Bérénice Valois est économiste de la santé.</p></div><p class='date'>Le 8 mars 2024 à 7h00</p>")
                        .states("fr-chronique-chroniqueur-box", "column: 'Chronique :' title, a columnist box with name and bio",
                                "L'hôpital n'est pas une entreprise", "Bérénice Valois", "2024-03-08"),
                page("fr", "Paris Soir Info").title("Grève dans les transports : la journée en direct")
                        .fetched("2024-03-20T11:00:00Z")
                        .article("<p class='label-direct'>En direct</p><h1>Grève dans les transports : la journée en direct</h1><p class='auteurs'>Par Anaïs Dufour et Karim Benali</p><p class='dates'>Publié le 20 mars 2024 à 06h00 · Mis à jour il y a 15 minutes</p><div class='post-direct'><span class='heure'>10h42</span><p>Le trafic reprend sur la ligne 4.</p></div><div class='post-direct'><span class='heure'>08h15</span><p>Les premiers cortèges se forment.</p></div>")
                        .states("fr-direct-mis-a-jour-il-y-a", "live page: 'Publié le ... · Mis à jour il y a 15 minutes', entries timed by clock only",
                                "Grève dans les transports : la journée en direct", "Anaïs Dufour; Karim Benali", "2024-03-20"),
                page("es", "El Diario Peninsular").title("El Gobierno aprueba el plan de vivienda | El Diario Peninsular")
                        .article("<h1 class='a_t'>El Gobierno aprueba el plan de vivienda</h1><div class='a_md'><div class='a_md_a'><a class='a_md_a_n' href='/autor/lucia-bermejo/'>Lucía Bermejo</a></div><span class='a_md_a_l'>Madrid</span> - <div class='a_md_f'><span><a data-date='2024-03-12T05:40:00+01:00' href='/hemeroteca/2024-03-12/'>12 mar 2024 - 05:40 CET</a></span><span class='a_md_f_u'>Actualizado: 12 mar 2024 - 10:15 CET</span></div></div>")
                        .states("es-diario-a-md", "author link, place, '12 mar 2024 - 05:40 CET' in a data-date link, 'Actualizado' after",
                                "El Gobierno aprueba el plan de vivienda", "Lucía Bermejo", "2024-03-12"),
                page("es", "Diario del Guadalquivir").title("La Feria estrena nuevo recinto")
                        .article("<h1 class='v-a-t'>La Feria estrena nuevo recinto</h1><div class='v-mdl-ath'><p class='v-mdl-ath__p'><a href='/autor/rocio-canete'>Rocío Cañete</a></p><p class='v-mdl-ath__p--2'>Sevilla</p></div><div class='v-mdl-ath__time'><time>Martes, 19 de marzo 2024, 07:35</time></div>")
                        .states("es-vocento-martes-de-marzo", "author and place in two paragraphs, 'Martes, 19 de marzo 2024, 07:35' with no datetime",
                                "La Feria estrena nuevo recinto", "Rocío Cañete", "2024-03-19"),
                page("es", "Agencia Meseta").title("Detenidos tres sospechosos por el robo del museo")
                        .article("<h1>Detenidos tres sospechosos por el robo del museo</h1><p class='fecha'>12/03/2024 14:20</p><p>Toledo (Agencia Meseta).- La Guardia Civil ha detenido a tres personas por el robo de cuatro cuadros.</p>")
                        .states("es-agencia-fecha", "agency page: a numeric date paragraph, an agency dateline, no person",
                                "Detenidos tres sospechosos por el robo del museo", "", "2024-03-12"),
                page("es", "La Tribuna de Aragón").title("Opinión | La despoblación no espera")
                        .article("<p class='antetitulo'>Opinión</p><h1>La despoblación no espera</h1><div class='columnista'><span class='columnista__nombre'>Ignacio Lahoz</span><span class='columnista__cargo'>Catedrático de Geografía</span></div><p class='fecha'>13/03/2024</p>")
                        .states("es-opinion-columnista", "opinion column: a columnist box with name and job title, a numeric date",
                                "La despoblación no espera", "Ignacio Lahoz", "2024-03-13"),
                page("es", "El Litoral Austral").title("El Congreso debate la reforma jubilatoria")
                        .article("<h1>El Congreso debate la reforma jubilatoria</h1><div class='author'><p class='name'>Por Martina Ocampo y Julián Ferreyra</p></div><span class='publishedDate'>13/03/2024 06:05</span><span class='modifiedDate'>Actualizado al 13/03/2024 10:22</span>")
                        .states("es-por-y-actualizado-al", "'Por A y B', 'Actualizado al ...' after the publication",
                                "El Congreso debate la reforma jubilatoria", "Martina Ocampo; Julián Ferreyra", "2024-03-13")));
        out.addAll(italianAndPortuguese());
        return out;
    }

    private static List<Case> italianAndPortuguese() {
        return List.of(
                page("it", "Corriere del Nord").title("Milano, via libera alla nuova linea del tram")
                        .article("<h1 class='title-art'>Milano, via libera alla nuova linea del tram</h1><div class='info-art'><span class='writer'>di <a href='/firme/chiara-belotti/'>Chiara Belotti</a></span><p class='is-last-update'>12 marzo 2024 (modifica il 13 marzo 2024 | 08:12)</p></div>")
                        .states("it-modifica-il", "'di A', '12 marzo 2024 (modifica il 13 marzo 2024 | 08:12)'",
                                "Milano, via libera alla nuova linea del tram", "Chiara Belotti", "2024-03-12"),
                page("it", "La Gazzetta Tirrenica").title("Porto, arriva la prima nave a idrogeno")
                        .article("<h1 class='story__title'>Porto, arriva la prima nave a idrogeno</h1><em class='story__author'>di Davide Marchetti</em><time class='story__date' datetime='2024-03-12T18:42:00+01:00'>12 Marzo 2024 alle 18:42</time><span class='story__update'>aggiornato alle 20:10</span>")
                        .states("it-alle-aggiornato", "'di A', '12 Marzo 2024 alle 18:42', 'aggiornato alle 20:10'",
                                "Porto, arriva la prima nave a idrogeno", "Davide Marchetti", "2024-03-12"),
                page("it", "Agenzia Italica").title("Maltempo, allerta rossa in Liguria")
                        .article("<h1>Maltempo, allerta rossa in Liguria</h1><p class='news-date'><time>14 marzo 2024 14:22</time></p><p>(AIT) - GENOVA, 14 MAR - La protezione civile ha diramato l'allerta rossa per la giornata di venerdì.</p><p class='firma'>Redazione Agenzia Italica</p>")
                        .states("it-agenzia-redazione", "agency page: dateline with no year, a desk signature, no person",
                                "Maltempo, allerta rossa in Liguria", "", "2024-03-14"),
                page("it", "Il Corriere Apuano").title("Nuovo ospedale, cantiere al via")
                        .article("<h1>Nuovo ospedale, cantiere al via</h1><p class='autore'>Elena Guidi</p><p class='data'>martedì 16 aprile 2024, 18:42</p><figure><img src='/o.jpg' alt=''><figcaption>Il cantiere (foto di Marco Rinaldi)</figcaption></figure>")
                        .states("it-martedi-foto-di", "a bare author paragraph, 'martedì 16 aprile 2024, 18:42', '(foto di A)' in a caption",
                                "Nuovo ospedale, cantiere al via", "Elena Guidi", "2024-04-16"),
                page("it", "Il Giornale Lagunare").title("L'editoriale: La città non è un parco a tema")
                        .article("<p class='occhiello'>L'editoriale</p><h1>La città non è un parco a tema</h1><p class='firma'>Giorgio Dal Molin</p><p class='data'>Pubblicato il 10/03/2024</p>")
                        .states("it-editoriale-firma", "editorial: 'L'editoriale:' title, a 'firma' paragraph, 'Pubblicato il'",
                                "La città non è un parco a tema", "Giorgio Dal Molin", "2024-03-10"),
                page("pt", "Diário do Tejo").title("Governo aprova novo aeroporto")
                        .article("<h1>Governo aprova novo aeroporto</h1><div class='byline'><span class='byline__name'>Inês Carvalhal</span></div><time datetime='2024-03-12T18:42:00Z'>12 de Março de 2024, 18:42</time>")
                        .states("pt-marco-capital", "'12 de Março de 2024, 18:42' with a capital month",
                                "Governo aprova novo aeroporto", "Inês Carvalhal", "2024-03-12"),
                page("pt", "Portal Paulista").title("Chuva forte alaga avenidas em Campinas")
                        .fetched("2024-03-12T23:30:00Z")
                        .article("<h1 class='content-head__title'>Chuva forte alaga avenidas em Campinas</h1><p class='content-publication-data__from'>Por Thiago Brandão, Portal Paulista Campinas — Campinas</p><p class='content-publication-data__updated'><time datetime='2024-03-12T21:42:00.000Z'>12/03/2024 18h42</time> Atualizado há 2 horas</p>")
                        .states("pt-por-outlet-region", "'Por A, Outlet Region — City', '12/03/2024 18h42 Atualizado há 2 horas'",
                                "Chuva forte alaga avenidas em Campinas", "Thiago Brandão", "2024-03-12"),
                page("pt", "Gazeta Bandeirante").title("Prefeitura anuncia nova linha de metrô")
                        .article("<h1 class='c-content-head__title'>Prefeitura anuncia nova linha de metrô</h1><div class='c-signature'><strong class='c-signature__author'>Renata Siqueira</strong><strong class='c-signature__location'>São Paulo</strong></div><time class='c-more-options__published-date'>5.mar.2024 às 18h42</time><span>Atualizado: 6.mar.2024 às 7h12</span>")
                        .states("pt-ponto-mar-as", "'5.mar.2024 às 18h42', an update after it, author and place in signature",
                                "Prefeitura anuncia nova linha de metrô", "Renata Siqueira", "2024-03-05"),
                page("pt", "Agência Atlântica").title("Incêndio consome hectares na Serra da Estrela")
                        .article("<h1>Incêndio consome hectares na Serra da Estrela</h1><p class='data'>21-05-2024 14:20</p><p>Guarda, 21 mai 2024 (Agência Atlântica) – Um incêndio consumiu esta terça-feira cerca de 300 hectares.</p>")
                        .states("pt-agencia-data", "agency page: '21-05-2024 14:20', a dateline '21 mai 2024 (Agency) –', no person",
                                "Incêndio consome hectares na Serra da Estrela", "", "2024-05-21"));
    }

    private static List<Case> northern() {
        return List.of(
                page("nl", "Het Avondnieuws").title("Kabinet trekt extra geld uit voor dijken")
                        .article("<h1 class='article__title'>Kabinet trekt extra geld uit voor dijken</h1><ul class='article__byline'><li><a class='article__byline__author-name' href='/auteur/sanne-de-wit'>Sanne de Wit</a></li><li><time class='article__byline__date' datetime='2024-03-12T15:30:00+01:00'>12 maart 2024</time></li><li>Leestijd 3 minuten</li></ul>")
                        .states("nl-byline-list-leestijd", "byline list: author, date, reading time",
                                "Kabinet trekt extra geld uit voor dijken", "Sanne de Wit", "2024-03-12"),
                page("nl", "Dagblad Oost").title("Nieuwe brug over de IJssel klaar")
                        .article("<h1>Nieuwe brug over de IJssel klaar</h1><p class='article__meta'><span class='article__source'>Bart Huisman</span> <time class='article__time'>12-03-24, 18:42</time> <span class='article__update'>Laatste update: 13-03-24, 07:12</span></p>")
                        .states("nl-two-digit-year-laatste-update", "'12-03-24, 18:42' then 'Laatste update: 13-03-24'",
                                "Nieuwe brug over de IJssel klaar", "Bart Huisman", "2024-03-12"),
                page("nl", "Omroep Nederland Nieuws").title("Storing bij treinverkeer rond Utrecht")
                        .fetched("2024-03-14T13:00:00Z")
                        .article("<h1>Storing bij treinverkeer rond Utrecht</h1><p class='meta'>Vandaag, 10:42 · Aangepast vandaag, 12:10</p>")
                        .states("nl-vandaag-aangepast", "'Vandaag, 10:42 · Aangepast vandaag, 12:10' with a fetch time, no author",
                                "Storing bij treinverkeer rond Utrecht", "", "2024-03-14"),
                page("nl", "De Vlaamse Post").title("Stad plant nieuw zwembad aan de Schelde")
                        .article("<h1>Stad plant nieuw zwembad aan de Schelde</h1><p class='auteurs'>Lotte Verbeke en Pieter Claes</p><p class='datum'>wo 13 maart 2024 om 18.03 uur</p><figure><figcaption>Het terrein aan de kaai. Foto: Belga</figcaption></figure>")
                        .states("nl-en-om-uur", "'A en B', 'wo 13 maart 2024 om 18.03 uur', 'Foto: Belga'",
                                "Stad plant nieuw zwembad aan de Schelde", "Lotte Verbeke; Pieter Claes", "2024-03-13"),
                page("sv", "Dagens Riksnytt").title("Regeringen vill bygga ut kärnkraften")
                        .article("<h1>Regeringen vill bygga ut kärnkraften</h1><div class='byline'><span class='byline__name'>Klara Lindqvist</span><span class='byline__title'>Reporter</span></div><div class='timestamps'><span>Uppdaterad 13 mars 2024 07.12</span> <span>Publicerad 12 mars 2024 18.42</span></div>")
                        .states("sv-uppdaterad-publicerad", "'Uppdaterad ...' before 'Publicerad ...', dotted times, a job title span",
                                "Regeringen vill bygga ut kärnkraften", "Klara Lindqvist", "2024-03-12"),
                page("sv", "Norrlandsbladet").title("Ny skola byggs i centrum")
                        .article("<h1>Ny skola byggs i centrum</h1><p class='credits'>Text: Oskar Berglund Foto: Maja Nyström</p><p class='datum'>Publicerad: 5 mars 2024, 18:42</p>")
                        .states("sv-text-foto", "'Text: A Foto: B', 'Publicerad: 5 mars 2024, 18:42'",
                                "Ny skola byggs i centrum", "Oskar Berglund", "2024-03-05"),
                page("sv", "Riksbyrån").title("Storm orsakar strömavbrott i Norrland")
                        .article("<h1>Storm orsakar strömavbrott i Norrland</h1><p class='byline'>TT</p><p class='datum'>Publicerad: tisdag 12 mars 2024 kl 14.20</p>")
                        .states("sv-tt-tisdag-kl", "an agency as the byline, 'tisdag 12 mars 2024 kl 14.20'",
                                "Storm orsakar strömavbrott i Norrland", "", "2024-03-12"),
                page("sv", "Göta Tidning").title("Krönika: Tåget som aldrig kom")
                        .article("<h1>Krönika: Tåget som aldrig kom</h1><div class='columnist'><span class='columnist__name'>Sigrid Holm</span><span class='columnist__role'>Krönikör</span></div><p class='datum'>9 mar 2024</p>")
                        .states("sv-kronika-columnist", "a columnist box with name and role, '9 mar 2024'",
                                "Tåget som aldrig kom", "Sigrid Holm", "2024-03-09"),
                page("pl", "Gazeta Nadwiślańska").title("Rząd przyjął plan budowy mieszkań")
                        .article("<h1>Rząd przyjął plan budowy mieszkań</h1><div class='art-meta'><span class='art-author'>Katarzyna Wolska</span><span class='art-datetime'>12 marca 2024 | 18:42</span></div>")
                        .states("pl-marca-bar-time", "'12 marca 2024 | 18:42' with a genitive month",
                                "Rząd przyjął plan budowy mieszkań", "Katarzyna Wolska", "2024-03-12"),
                page("pl", "Dziennik Mazurski").title("Nowy most na Łynie otwarty")
                        .article("<h1>Nowy most na Łynie otwarty</h1><p class='autor'>Autor: Piotr Zieliński</p><p class='daty'>Aktualizacja: 13.03.2024 07:12 Publikacja: 12.03.2024 18:42</p><figure><figcaption>Most nocą. fot. Anna Kowal</figcaption></figure>")
                        .states("pl-aktualizacja-przed-publikacja", "'Aktualizacja' before 'Publikacja', 'fot. A' in a caption",
                                "Nowy most na Łynie otwarty", "Piotr Zieliński", "2024-03-12"),
                page("pl", "Polska Agencja Informacyjna").title("Sejm uchwalił nowelizację ustawy o lasach")
                        .article("<h1>Sejm uchwalił nowelizację ustawy o lasach</h1><p class='data'>14.03.2024 14:20</p><p>Warszawa (PAI) - Sejm uchwalił w czwartek nowelizację ustawy o lasach.</p><p class='skrot'>ann/ mk/</p>")
                        .after(more("Czytaj także", "Rolnicy protestują", "Jan Nowak", "13.03.2024"))
                        .states("pl-agencja-skrot", "agency page: an agency dateline, editors' initials, no person",
                                "Sejm uchwalił nowelizację ustawy o lasach", "", "2024-03-14"));
    }
}
