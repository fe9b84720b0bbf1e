package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.SeventeenthMetadataPages.tdRelated;
import static org.dossier.extract.metadata.SeventeenthMetadataPages.tdTopBar;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The pages of the seventeenth held-out metadata set ({@link SeventeenthMetadataPages}) in German, French, Spanish,
 * Italian, Dutch and Portuguese: broadcasters' "Stand:" and "Publié le … Mis à jour le" lines, the Newspaper, Jannah
 * and Soledad themes with today's date in their top bars, Blogger and Hugo in those languages, wire datelines of
 * national agencies, "Von A und B", "Door A en B", "Por A e B" and "di A e B" bylines, e-mail bylines, photo credits
 * beside the byline, authors named only in a link's slug, microdata meta tags and Open Graph alone; invented sites and
 * names.
 */
final class SeventeenthMetadataPagesWest {
    private SeventeenthMetadataPagesWest() {}

    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        out.addAll(german());
        out.addAll(french());
        out.addAll(iberian());
        out.addAll(italianDutch());
        return List.copyOf(out);
    }

    private static List<Case> german() {
        return List.of(
                page("de", "Nordwelle").title("Deichbau an der Küste verzögert sich | nordwelle.test")
                        .article("<div class='seitenkopf'><h1 class='seitenkopf__headline'><span class='seitenkopf__topline'>Küstenschutz</span> <span class='seitenkopf__headline--text'>Deichbau an der Küste verzögert sich</span></h1><p class='metatextline'>Stand: 03.12.2026 14:05 Uhr</p></div><div class='columns twelve'><p class='textabsatz'><strong>Der Ausbau der Deiche verzögert sich um mindestens ein Jahr. Grund sind fehlende Baustoffe.</strong></p></div>")
                        .after("<div class='copytext__authorline'><span class='authorline__author'>Von Henrike Valdes, NW-Landesstudio Kiel</span></div><div class='teaser-xs'><a href='/n/5'><span class='teaser-xs__date'>01.12.2026</span> <span class='teaser-xs__headline'>Sturmflut erwartet</span></a></div>")
                        .states("de-broadcaster-stand", "ARD-like: 'Stand: 03.12.2026 14:05 Uhr', topline in the h1, 'Von A, Studio' after the text",
                                "Deichbau an der Küste verzögert sich", "Henrike Valdes", "2026-12-03"),
                page("de", "Hellweg Anzeiger").title("Stadtwerke erhöhen die Gaspreise - Hellweg Anzeiger")
                        .top(tdTopBar("Freitag, 4. Dezember 2026"))
                        .article("<header class='td-post-title'><h1 class='entry-title'>Stadtwerke erhöhen die Gaspreise</h1><div class='td-module-meta-info'><div class='td-post-author-name'><div class='td-author-by'>Von</div> <a href='/author/jonas-wirtz/'>Jonas Wirtz</a><div class='td-author-line'> - </div></div><span class='td-post-date'><time class='entry-date updated td-module-date' datetime='2026-11-26T10:00:00+01:00'>26. November 2026</time></span></div></header>")
                        .after(tdRelated("Neue Buslinie startet", "Ute Brandl", "20. November 2026"))
                        .states("de-tagdiv-von", "Newspaper theme in German: 'Von' link, td-post-date, today's date in the top bar",
                                "Stadtwerke erhöhen die Gaspreise", "Jonas Wirtz", "2026-11-26"),
                page("de", "Oberland Kurier").title("Bergbahn bekommt neue Gondeln | Oberland Kurier")
                        .article("<h1 class='article__title'>Bergbahn bekommt neue Gondeln</h1><div class='article__meta'><span class='article__author'>Von Lisa Kerner und Anton Weiß</span> <span class='article__date'>02.12.2026, 18:30 Uhr</span></div><figure><img src='/b.jpg' alt=''><figcaption>Die alte Gondel im Winter. Foto: Markus Pfeil</figcaption></figure>")
                        .states("de-von-und-photo", "'Von A und B', a date with 'Uhr', a 'Foto:' credit in the caption",
                                "Bergbahn bekommt neue Gondeln", "Lisa Kerner; Anton Weiß", "2026-12-02"),
                page("de", "Spreewald Rundschau").title("Radweg am Kanal wird gesperrt | Spreewald Rundschau")
                        .article("<h1 class='headline'>Radweg am Kanal wird gesperrt</h1><p class='byline'>Von Greta Albers | greta.albers@spreewald-rundschau.test</p><p class='pubdate'>Veröffentlicht am 17. Oktober 2026</p>")
                        .states("de-byline-email", "'Von A | e-mail address', 'Veröffentlicht am'",
                                "Radweg am Kanal wird gesperrt", "Greta Albers", "2026-10-17"),
                page("de", "Zweites Tal TV").title("Pflegekräfte streiken in drei Kliniken - Zweites Tal TV")
                        .meta("og:title", "Pflegekräfte streiken in drei Kliniken")
                        .article("<div class='article-header'><h2 class='main-heading'><span class='title-overline'>Warnstreik</span><span class='title'>Pflegekräfte streiken in drei Kliniken</span></h2><dl class='metadata'><dt>Datum:</dt><dd>24.11.2026 07:12 Uhr</dd></dl></div>")
                        .states("de-broadcaster-datum-desk", "ZDF-like: 'Datum:' in a description list, no author",
                                "Pflegekräfte streiken in drei Kliniken", "", "2026-11-24"),
                page("de", "Taunus Blog").title("Taunus Blog: Herbstwanderung zum Feldberg")
                        .top("<div class='header-outer'><div class='titlewrapper'><h1 class='title'><a href='/'>Taunus Blog</a></h1></div></div>")
                        .article("<div class='date-outer'><h2 class='date-header'><span>Sonntag, 11. Oktober 2026</span></h2><div class='post hentry' itemprop='blogPost' itemscope itemtype='http://schema.org/BlogPosting'><h3 class='post-title entry-title' itemprop='name'>Herbstwanderung zum Feldberg</h3><div class='post-footer'><span class='post-author vcard'>Eingestellt von <span class='fn' itemprop='author' itemscope itemtype='http://schema.org/Person'><a class='g-profile' href='https://www.blogger.test/profile/55' rel='author'><span itemprop='name'>Rolf Achenbach</span></a></span></span> <span class='post-timestamp'>um <a class='timestamp-link' href='/2026/10/feldberg.html'><abbr class='published' itemprop='datePublished' title='2026-10-11T16:40:00+02:00'>16:40</abbr></a></span></div></div></div>")
                        .states("de-blogger-eingestellt-von", "Blogger in German: 'Eingestellt von', date header with a weekday",
                                "Herbstwanderung zum Feldberg", "Rolf Achenbach", "2026-10-11"));
    }

    private static List<Case> french() {
        return List.of(
                page("fr", "Le Courrier du Bocage").title("La piscine municipale fermera en janvier - Le Courrier du Bocage")
                        .top("<div class='top-nav'><div class='topbar-today-date tie-icon'>vendredi 4 décembre 2026</div></div>")
                        .article("<div class='entry-header'><h1 class='post-title entry-title'>La piscine municipale fermera en janvier</h1><div class='single-post-meta post-meta clearfix'><span class='author-meta single-author no-avatars'><span class='meta-item meta-author-wrapper meta-author-2'><span class='meta-author'><a href='/author/celine-roux/' class='author-name tie-icon' title='Céline Roux'>Céline Roux</a></span></span></span><span class='date meta-item tie-icon'>27 novembre 2026</span></div></div>")
                        .states("fr-jannah", "Jannah in French: meta-author, date meta-item, today's date in the top bar",
                                "La piscine municipale fermera en janvier", "Céline Roux", "2026-11-27"),
                page("fr", "Région Info").title("Les agriculteurs bloquent la rocade de Rennes")
                        .meta("og:title", "Les agriculteurs bloquent la rocade de Rennes")
                        .article("<h1 class='c-title'>Les agriculteurs bloquent la rocade de Rennes</h1><div class='c-signature'><span class='c-signature__names'>Yann Le Gall, Maëlle Jaouen - Région Info Bretagne</span><p class='c-signature__time'>Publié le 03/12/2026 10:44 Mis à jour le 03/12/2026 18:20</p></div>")
                        .states("fr-broadcaster-publie-mis-a-jour", "France TV-like: two names then the station after a dash, 'Publié le … Mis à jour le'",
                                "Les agriculteurs bloquent la rocade de Rennes", "Yann Le Gall; Maëlle Jaouen", "2026-12-03"),
                page("fr", "Vallée Matin").title("Un nouveau pont sur la Dordogne | Vallée Matin")
                        .article("<div class='header-standard single-header'><h1 class='post-title single-post-title entry-title'>Un nouveau pont sur la Dordogne</h1><div class='penci-hide-tagupdated'><span class='author-italic author vcard'>par <a class='author-url url fn n' href='/author/bastien-fol/'>Bastien Fol</a></span><time class='entry-date updated' datetime='2026-11-02T09:00:00+01:00'>2 novembre 2026</time></div><div class='post-box-meta-single'><span class='author-post byline'><span class='author vcard'>par <a class='author-url url fn n' href='/author/bastien-fol/'>Bastien Fol</a></span></span><span><time class='entry-date published' datetime='2026-10-30T07:15:00+01:00'>30 octobre 2026</time></span></div></div>")
                        .states("fr-soledad-par", "Soledad in French: hidden updated time, 'par' link, published time",
                                "Un nouveau pont sur la Dordogne", "Bastien Fol", "2026-10-30"),
                page("fr", "Dépêches Francophones").title("Le prix du blé recule à Paris | Dépêches Francophones")
                        .fetched("2026-11-12T20:00:00Z")
                        .article("<h1 class='depeche-titre'>Le prix du blé recule à Paris</h1><p class='depeche-source'>Par Dépêches Francophones</p><p>PARIS, 12 nov (DF) - Le prix du blé a reculé jeudi sur le marché parisien, les négociants misant sur une bonne récolte.</p>")
                        .after("<aside class='a-lire'><h3>À lire aussi</h3><p><a href='/d/1'>BRUXELLES, 10 nov (DF) - L'UE prolonge les aides</a></p></aside>")
                        .states("fr-wire-dateline-agency", "An agency's wire page: 'PARIS, 12 nov (DF) -' with a fetch time, an earlier dateline in 'À lire aussi'",
                                "Le prix du blé recule à Paris", "", "2026-11-12"),
                page("fr", "L'Écho des Causses").title("L'Écho des Causses - Le marché de Noël s'agrandit")
                        .article("<h1 class='titre-article'>Le marché de Noël s'agrandit</h1><figure><img src='/m.jpg' alt=''><figcaption>Les chalets sur la place. Crédit photo : Odile Marchal</figcaption></figure><p class='auteur'>Par Lucien Baert et Inès Caradec</p><p class='date'>Publié le 1 décembre 2026 à 08h12</p>")
                        .states("fr-par-et-photo", "'Par A et B' under a 'Crédit photo :' caption",
                                "Le marché de Noël s'agrandit", "Lucien Baert; Inès Caradec", "2026-12-01"),
                page("fr", "Carnets de Loire").title("Remonter la Loire en canoë · Carnets de Loire")
                        .bare()
                        .meta("article:published_time", "2026-08-19T00:00:00+02:00")
                        .article("<article class='post'><header><h1 class='post-title'>Remonter la Loire en canoë</h1><div class='post-meta'><span title='2026-08-19 00:00:00 +0200 CEST'>19 août 2026</span>&nbsp;·&nbsp;6 min&nbsp;·&nbsp;<a href='/auteurs/armelle-quenet/'>Armelle Quenet</a></div></header></article>")
                        .states("fr-hugo-post-meta", "Hugo in French: 'date · 6 min · author link' in post-meta, middle dot in the title",
                                "Remonter la Loire en canoë", "Armelle Quenet", "2026-08-19"));
    }

    private static List<Case> iberian() {
        return List.of(
                page("es", "El Faro de la Sierra").title("El ayuntamiento amplía el horario de la biblioteca - El Faro de la Sierra")
                        .top(tdTopBar("viernes, diciembre 4, 2026"))
                        .article("<header class='td-post-title'><h1 class='entry-title'>El ayuntamiento amplía el horario de la biblioteca</h1><div class='td-module-meta-info'><div class='td-post-author-name'><div class='td-author-by'>Por</div> <a href='/author/marisol-ibarra/'>Marisol Ibarra</a><div class='td-author-line'> - </div></div><span class='td-post-date'><time class='entry-date updated td-module-date' datetime='2026-11-21T12:00:00+01:00'>21 noviembre, 2026</time></span></div></header>")
                        .after(tdRelated("Cortes de agua el lunes", "Paco Urrutia", "18 noviembre, 2026"))
                        .states("es-tagdiv-por", "Newspaper theme in Spanish: 'Por' link, '21 noviembre, 2026', today's date in the top bar",
                                "El ayuntamiento amplía el horario de la biblioteca", "Marisol Ibarra", "2026-11-21"),
                page("es", "Canal Meseta").title("La nieve corta tres puertos de montaña | Canal Meseta")
                        .article("<h1 class='titular'>La nieve corta tres puertos de montaña</h1><div class='firma'><span class='autor'>Nerea Galán</span> <span class='lugar'>Burgos</span> <span class='fecha'>03.12.2026 | 14:05</span></div>")
                        .states("es-broadcaster-firma", "RTVE-like: author, place and '03.12.2026 | 14:05' in a signature block",
                                "La nieve corta tres puertos de montaña", "Nerea Galán", "2026-12-03"),
                page("es", "Diario del Estrecho").title("Los pescadores piden más ayudas | Diario del Estrecho")
                        .fetched("2026-11-05T19:00:00Z")
                        .article("<h1 class='titulo'>Los pescadores piden más ayudas</h1><p>Algeciras, 5 nov (Agencia Ibérica).- Las cofradías de pescadores pidieron este jueves más ayudas para renovar la flota.</p>")
                        .after("<div class='relacionadas'><h4>Noticias relacionadas</h4><p><a href='/r/1'>Cádiz, 2 nov (Agencia Ibérica).- Temporal en la costa</a></p></div>")
                        .states("es-wire-dateline", "Wire dateline 'Algeciras, 5 nov (Agencia).-' with a fetch time, another in related news",
                                "Los pescadores piden más ayudas", "", "2026-11-05"),
                page("es", "Crónica del Ebro").title("Crónica del Ebro | Abre el nuevo centro de salud")
                        .article("<h1 class='entry-title'>Abre el nuevo centro de salud</h1><div class='entry-meta'><span class='byline'>Por Ainhoa Larrea | <a href='mailto:alarrea@cronicaebro.test'>alarrea@cronicaebro.test</a></span><span class='posted-on'><time class='entry-date published' datetime='2026-10-14T08:20:00+02:00'>14 de octubre de 2026</time></span></div>")
                        .states("es-byline-email", "'Por A | e-mail link' in an entry-meta line",
                                "Abre el nuevo centro de salud", "Ainhoa Larrea", "2026-10-14"),
                page("pt", "Jornal do Minho").title("Câmara aprova novo mercado municipal - Jornal do Minho")
                        .article("<h1 class='article-title'>Câmara aprova novo mercado municipal</h1><div class='article-byline'>Por Tiago Meireles e Joana Couto</div><div class='article-date'>3 de dezembro de 2026, 11:20</div>")
                        .states("pt-por-e", "'Por A e B', '3 de dezembro de 2026'",
                                "Câmara aprova novo mercado municipal", "Tiago Meireles; Joana Couto", "2026-12-03"),
                page("pt", "Notícias do Alentejo").title("Seca obriga a cortes na rega | Notícias do Alentejo")
                        .top("<div class='top-nav'><div class='topbar-today-date tie-icon'>sexta-feira, 4 dezembro 2026</div></div>")
                        .article("<div class='entry-header'><h1 class='post-title entry-title'>Seca obriga a cortes na rega</h1><div class='single-post-meta post-meta clearfix'><span class='meta-item meta-author-wrapper'><span class='meta-author'><a href='/author/rui-falcao/' class='author-name tie-icon' title='Rui Falcão'>Rui Falcão</a></span></span><span class='date meta-item tie-icon'>28 de novembro de 2026</span></div></div>")
                        .states("pt-jannah", "Jannah in Portuguese: meta-author, date meta-item, today's date in the top bar",
                                "Seca obriga a cortes na rega", "Rui Falcão", "2026-11-28"),
                page("pt", "Rádio Atlântico").title("Greve nos comboios afeta milhares | Rádio Atlântico")
                        .fetched("2026-12-02T21:00:00Z")
                        .article("<h1 class='noticia-titulo'>Greve nos comboios afeta milhares</h1><p class='noticia-fonte'>Lusófona Agência</p><p>Lisboa, 02 dez 2026 (LA) - A greve dos maquinistas deixou milhares de passageiros sem transporte esta quarta-feira.</p>")
                        .states("pt-wire-dateline", "A Portuguese wire dateline 'Lisboa, 02 dez 2026 (LA) -', an agency as the source",
                                "Greve nos comboios afeta milhares", "", "2026-12-02"),
                page("pt", "Gazeta da Serra").title("Feira do queijo bate recorde | Gazeta da Serra")
                        .article("<h1 class='entry-title'>Feira do queijo bate recorde</h1><figure class='wp-block-image'><img src='/q.jpg' alt=''><figcaption>Visitantes na feira. Foto: Ricardo Soeiro</figcaption></figure><div class='entry-meta'><span class='byline'>por <a href='/author/helena-vaz/'>Helena Vaz</a></span> <span class='posted-on'>15 de novembro de 2026</span></div>")
                        .states("pt-photo-then-por", "A 'Foto:' caption before the 'por' byline",
                                "Feira do queijo bate recorde", "Helena Vaz", "2026-11-15"));
    }

    private static List<Case> italianDutch() {
        return List.of(
                page("it", "Il Corriere della Valle").title("Nuova rotonda sulla statale - Il Corriere della Valle")
                        .top("<div class='top-nav'><div class='topbar-today-date tie-icon'>venerdì, 4 Dicembre 2026</div></div>")
                        .article("<div class='entry-header'><h1 class='post-title entry-title'>Nuova rotonda sulla statale</h1><div class='single-post-meta post-meta clearfix'><span class='meta-item meta-author-wrapper'><span class='meta-author'><a href='/author/giada-ferri/' class='author-name tie-icon' title='Giada Ferri'>Giada Ferri</a></span></span><span class='date meta-item tie-icon'>25 Novembre 2026</span></div></div>")
                        .states("it-jannah", "Jannah in Italian: meta-author, '25 Novembre 2026', today's date in the top bar",
                                "Nuova rotonda sulla statale", "Giada Ferri", "2026-11-25"),
                page("it", "Tele Appennino").title("Frana sulla provinciale, strada chiusa | Tele Appennino")
                        .article("<h1 class='titolo'>Frana sulla provinciale, strada chiusa</h1><div class='info-articolo'><span class='autore'>di Marco Pelizzari e Sara Bonetti</span> <span class='data'>Pubblicato il 02/12/2026 ore 19:40</span></div>")
                        .states("it-di-e", "'di A e B', 'Pubblicato il 02/12/2026 ore 19:40'",
                                "Frana sulla provinciale, strada chiusa", "Marco Pelizzari; Sara Bonetti", "2026-12-02"),
                page("it", "La Voce del Lago").title("La Voce del Lago | Il battello torna in servizio")
                        .article("<article itemscope itemtype='https://schema.org/NewsArticle'><meta itemprop='datePublished' content='2026-09-30T07:00:00+02:00'><div itemprop='author' itemscope itemtype='https://schema.org/Person'><meta itemprop='name' content='Elisa Rovati'></div><h1 itemprop='headline'>Il battello torna in servizio</h1></article>")
                        .states("it-microdata-meta", "Microdata meta tags inside the article, the site before the title",
                                "Il battello torna in servizio", "Elisa Rovati", "2026-09-30"),
                page("it", "Diario di Bordo").title("Diario di Bordo: In barca fino a Capraia")
                        .top("<div class='header-outer'><div class='titlewrapper'><h1 class='title'><a href='/'>Diario di Bordo</a></h1></div></div>")
                        .article("<div class='date-outer'><h2 class='date-header'><span>sabato 18 luglio 2026</span></h2><div class='post hentry' itemprop='blogPost' itemscope itemtype='http://schema.org/BlogPosting'><h3 class='post-title entry-title' itemprop='name'>In barca fino a Capraia</h3><div class='post-footer'><span class='post-author vcard'>Pubblicato da <span class='fn' itemprop='author' itemscope itemtype='http://schema.org/Person'><a class='g-profile' href='https://www.blogger.test/profile/81' rel='author'><span itemprop='name'>Dario Landi</span></a></span></span> <span class='post-timestamp'>alle <a class='timestamp-link' href='/2026/07/capraia.html'><abbr class='published' itemprop='datePublished' title='2026-07-18T21:05:00+02:00'>21:05</abbr></a></span></div></div></div>")
                        .states("it-blogger-pubblicato-da", "Blogger in Italian: 'Pubblicato da', date header",
                                "In barca fino a Capraia", "Dario Landi", "2026-07-18"),
                page("nl", "Dagblad van het Oosten").title("Gemeente schrapt parkeervergunning | Dagblad van het Oosten")
                        .article("<h1 class='article__title'>Gemeente schrapt parkeervergunning</h1><div class='article__meta'><span class='article__author'>Door Femke Brink en Joost Lammers</span> <time class='article__time' datetime='2026-11-24T06:30:00+01:00'>24 nov 2026 om 06:30</time></div>")
                        .states("nl-door-en", "'Door A en B', a time '24 nov 2026 om 06:30'",
                                "Gemeente schrapt parkeervergunning", "Femke Brink; Joost Lammers", "2026-11-24"),
                page("nl", "Polderpost").title("Nieuwe sluis na tien jaar klaar - Polderpost")
                        .top(tdTopBar("vrijdag, december 4, 2026"))
                        .article("<header class='td-post-title'><h1 class='entry-title'>Nieuwe sluis na tien jaar klaar</h1><div class='td-module-meta-info'><div class='td-post-author-name'><div class='td-author-by'>Door</div> <a href='/author/pieter-de-wit/'>Pieter de Wit</a><div class='td-author-line'> - </div></div><span class='td-post-date'><time class='entry-date updated td-module-date' datetime='2026-11-13T15:00:00+01:00'>13 november 2026</time></span></div></header>")
                        .states("nl-tagdiv-door", "Newspaper theme in Dutch: 'Door' link, td-post-date, today's date in the top bar",
                                "Nieuwe sluis na tien jaar klaar", "Pieter de Wit", "2026-11-13"),
                page("nl", "Omroep Kempen").title("Brand in loods bij Veldhoven | Omroep Kempen")
                        .article("<h1 class='article-title'>Brand in loods bij Veldhoven</h1><figure><img src='/v.jpg' alt=''><figcaption>De loods na de brand (foto: Stijn Verhoef)</figcaption></figure><div class='article-meta'><a class='author' href='/auteur/noor-bakker'>Noor Bakker</a> <span class='date'>3 december 2026, 14:05</span></div>")
                        .states("nl-photo-in-brackets", "'(foto: A)' in the caption before the author link",
                                "Brand in loods bij Veldhoven", "Noor Bakker", "2026-12-03"),
                page("nl", "Westlands Weekblad").title("Kassen krijgen warmtenet | Westlands Weekblad")
                        .article("<h1 class='entry-title'>Kassen krijgen warmtenet</h1><div class='entry-meta'><a class='author-avatar' href='/auteur/maarten-van-der-sluis/'><img src='/a/3.jpg' alt=''></a><time class='entry-date published' datetime='2026-10-21T09:00:00+02:00'>21 oktober 2026</time></div>")
                        .states("nl-author-slug-only", "The author only in the slug of an avatar link, a particle in the name",
                                "Kassen krijgen warmtenet", "Maarten van der Sluis", "2026-10-21"));
    }
}
