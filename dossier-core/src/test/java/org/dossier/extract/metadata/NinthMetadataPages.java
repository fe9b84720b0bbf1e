package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The ninth held-out metadata set: pages written after the rules were tuned on the eighth set, weighted to authors
 * and dates, after publishing systems the first eight sets do not have (Nuxt 3 payloads with revived dates and a
 * Storyblok story, Remix loader data, Blogger, Squarespace, Wix, Joomla, TYPO3 news, TownNews Blox, Vox Chorus,
 * microformats h-entry, the WordPress AMP template) and layouts known to be missed: dates only in the first
 * paragraph's wire dateline, "Reporter: … | Editor: …" and "Reported by … | Edited by …" credits, byline words of
 * Polish, Czech, Swedish, Dutch, Italian and Spanish, several authors joined by "och", "i", "a", "og", "&", author
 * pages linked by /author/ slugs, JSON-LD authors as @id references into a @graph, photographers beside the byline,
 * the desk or the outlet as author, print-edition dates beside the online one, unlabelled {@code <time datetime>},
 * updates stated before the publication and related stories' dates before the article's. Its first read is recorded
 * in {@link NinthMetadataTest}.
 */
final class NinthMetadataPages {
    private NinthMetadataPages() {}

    static List<Case> all() {
        return List.of(
                // --- page data of JavaScript frameworks ---
                page("en", "Harbour Line News").title("Port strike ends after nine days | Harbour Line News")
                        .article("<h1>Port strike ends after nine days</h1>")
                        .after("<script type=\"application/json\" data-nuxt-data=\"nuxt-app\" data-ssr=\"true\" id=\"__NUXT_DATA__\">[[\"ShallowReactive\",1],{\"data\":2,\"state\":-1,\"once\":-1},[\"ShallowReactive\",3],{\"article-port-strike\":4},{\"title\":5,\"publishedAt\":6,\"updatedAt\":7,\"authors\":8},\"Port strike ends after nine days\",[\"Date\",\"2024-03-14T07:30:00.000Z\"],[\"Date\",\"2024-03-15T10:00:00.000Z\"],[9,11],{\"name\":10},\"Maya Chen\",{\"name\":12},\"Luis Ortega\"]</script>")
                        .states("en-nuxt3-revived-dates-author-refs", "Nuxt 3 payload: dates revived as [\"Date\", iso], authors an array of index references",
                                "Port strike ends after nine days", "Maya Chen; Luis Ortega", "2024-03-14"),
                page("en", "Northfield Current").title("Library wins national design prize")
                        .article("<h1>Library wins national design prize</h1>")
                        .after("<script type=\"application/json\" id=\"__NUXT_DATA__\">[[\"Reactive\",1],{\"data\":2},{\"story\":3},{\"name\":4,\"created_at\":5,\"published_at\":6,\"first_published_at\":7,\"content\":8},\"Library wins national design prize\",\"2024-03-08T16:02:11.000Z\",\"2024-03-18T09:40:00.000Z\",\"2024-03-12T06:00:00.000Z\",{\"component\":9,\"author\":10},\"article\",\"Priya Nair\"]</script>")
                        .states("en-nuxt3-storyblok-first-published", "Storyblok story in a Nuxt 3 payload: published_at is the latest publish, first_published_at the first",
                                "Library wins national design prize", "Priya Nair", "2024-03-12"),
                page("en", "Tidewater Ledger").title("Ferry operator orders two electric boats")
                        .article("<h1>Ferry operator orders two electric boats</h1>")
                        .after("<script>window.__remixContext = {\"url\":\"/news/ferry-electric\",\"state\":{\"loaderData\":{\"root\":{\"site\":\"Tidewater Ledger\"},\"routes/news.$slug\":{\"article\":{\"headline\":\"Ferry operator orders two electric boats\",\"publishedAt\":\"2024-03-14T12:05:00Z\",\"author\":{\"name\":\"Owen Pryce\",\"slug\":\"owen-pryce\"}}}}}};</script>")
                        .states("en-remix-loader-data", "Remix: the date and author only in window.__remixContext loader data",
                                "Ferry operator orders two electric boats", "Owen Pryce", "2024-03-14"),

                // --- datelines of wire copy in the first paragraph ---
                page("en", "Test Wire Desk").title("Germany raises defence spending target").bare().fetched("2024-03-15T08:00:00Z")
                        .article("<h1>Germany raises defence spending target</h1><p>BERLIN, March 14 (Reuters) - Germany will raise its defence spending target for next year, the finance ministry said on Thursday.</p>")
                        .after("<p>Reporting by Anna Schmidt; Editing by Tom Hogue</p>")
                        .states("en-reuters-dateline-no-year-reporting-by", "'CITY, March 14 (Reuters) -' without a year, fetch time known; 'Reporting by A; Editing by B'",
                                "Germany raises defence spending target", "Anna Schmidt", "2024-03-14"),
                page("de", "Nachrichten Testdienst").title("Bund erhöht Zuschuss für Nahverkehr").bare().fetched("2024-03-14T18:00:00Z")
                        .article("<h1>Bund erhöht Zuschuss für Nahverkehr</h1><p>BERLIN, 14. März (Reuters) - Die Bundesregierung erhöht ihren Zuschuss für den Nahverkehr, wie das Verkehrsministerium am Donnerstag mitteilte.</p>")
                        .states("de-reuters-dateline-no-year", "'BERLIN, 14. März (Reuters) -' without a year, fetch time known",
                                "Bund erhöht Zuschuss für Nahverkehr", "", "2024-03-14"),
                page("fr", "Le Fil Test").title("Le gouvernement présente son plan logement")
                        .article("<h1>Le gouvernement présente son plan logement</h1><p>PARIS, 14 mars 2024 (AFP) - Le gouvernement a présenté jeudi son plan pour le logement, attendu depuis des mois par les maires.</p>")
                        .states("fr-afp-dateline-year", "'PARIS, 14 mars 2024 (AFP) -' the only date, in the first paragraph",
                                "Le gouvernement présente son plan logement", "", "2024-03-14"),
                page("es", "Agencia Prueba Noticias").title("El Gobierno aprueba el plan de vivienda").fetched("2024-03-14T20:00:00Z")
                        .article("<h1>El Gobierno aprueba el plan de vivienda</h1><p>MADRID, 14 Mar. (EUROPA PRESS) - El Consejo de Ministros ha aprobado este jueves el plan estatal de vivienda.</p>")
                        .states("es-europa-press-dateline-short-month", "'MADRID, 14 Mar. (EUROPA PRESS) -' without a year, fetch time known",
                                "El Gobierno aprueba el plan de vivienda", "", "2024-03-14"),

                // --- reporter and editor credits ---
                page("en", "Test Metro India").title("Metro phase two opens to commuters")
                        .article("<h1>Metro phase two opens to commuters</h1><div class=\"author-info\">Reported by: Rohan Mehta | Edited by: Sneha Kapoor</div><div class=\"date\">Mar 14, 2024, 21:30 IST</div>")
                        .states("en-reported-by-edited-by", "'Reported by: A | Edited by: B' (the editor is no author); 'Mar 14, 2024, 21:30 IST'",
                                "Metro phase two opens to commuters", "Rohan Mehta", "2024-03-14"),
                page("en", "Straits Test Times").title("Hawker centre reopens after upgrade")
                        .article("<h1>Hawker centre reopens after upgrade</h1><p class=\"credits\">Reporter: Lim Wei Jie | Editor: Sarah Goh | Photographer: Ahmad Faiz</p><p class=\"date\">14 Mar 2024 06:00 PM</p>")
                        .states("en-reporter-editor-photographer", "'Reporter: A | Editor: B | Photographer: C'; '14 Mar 2024 06:00 PM'",
                                "Hawker centre reopens after upgrade", "Lim Wei Jie", "2024-03-14"),
                page("pl", "Kurier Testowy").title("Miasto kupi nowe autobusy elektryczne")
                        .article("<h1>Miasto kupi nowe autobusy elektryczne</h1><p class=\"author\">Autor: Piotr Wiśniewski | Redakcja: Anna Kaczmarek</p><p class=\"date\">14 marca 2024, 18:30</p>")
                        .states("pl-autor-redakcja-line", "'Autor: A | Redakcja: B' (the editor is no author); '14 marca 2024'",
                                "Miasto kupi nowe autobusy elektryczne", "Piotr Wiśniewski", "2024-03-14"),

                // --- byline words and joined authors in many languages ---
                page("pl", "Dziennik Testowy").title("Nowy most na Wiśle gotowy")
                        .article("<h1>Nowy most na Wiśle gotowy</h1><p class=\"autor\">Tekst: Jan Kowalski i Anna Nowak</p><p class=\"data\">Opublikowano: 14.03.2024, 18:30</p>")
                        .states("pl-tekst-i-two-authors", "Polish 'Tekst: A i B'; 'Opublikowano: 14.03.2024'",
                                "Nowy most na Wiśle gotowy", "Jan Kowalski; Anna Nowak", "2024-03-14"),
                page("pl", "Gazeta Regionalna Test").title("Szpital otwiera nowy oddział")
                        .article("<h1>Szpital otwiera nowy oddział</h1><p class=\"author\">Redakcja</p><p class=\"date\">czwartek, 14 marca 2024</p>")
                        .states("pl-redakcja-no-person", "Polish 'Redakcja' (the desk) as the author names no person; weekday date",
                                "Szpital otwiera nowy oddział", "", "2024-03-14"),
                page("pl", "Portal Testowy").title("Rekordowa frekwencja na maratonie")
                        .article("<h1>Rekordowa frekwencja na maratonie</h1><p class=\"author\">Autor: Marek Zieliński, fot. Tomasz Lis</p><time datetime=\"2024-03-14T18:30:00+01:00\">14.03.2024</time>")
                        .states("pl-autor-fot-photographer", "Polish 'Autor: A, fot. B' (the photographer is no author)",
                                "Rekordowa frekwencja na maratonie", "Marek Zieliński", "2024-03-14"),
                page("cs", "Testovací noviny").title("Praha otevře novou linku metra")
                        .article("<h1>Praha otevře novou linku metra</h1><p class=\"author\">Autor: Tomáš Novák a Jana Dvořáková</p><p class=\"date\">14. března 2024 18:30</p>")
                        .states("cs-autor-a-two-authors", "Czech 'Autor: A a B'; '14. března 2024'",
                                "Praha otevře novou linku metra", "Tomáš Novák; Jana Dvořáková", "2024-03-14"),
                page("sv", "Testbladet").title("Ny pendeltågslinje öppnar i höst")
                        .article("<h1>Ny pendeltågslinje öppnar i höst</h1><p class=\"byline\">Av Anna Lindqvist och Erik Berg</p><p class=\"date\">Publicerad 14 mars 2024 kl. 18.30</p>")
                        .states("sv-av-och-two-authors", "Swedish 'Av A och B'; 'Publicerad 14 mars 2024 kl. 18.30'",
                                "Ny pendeltågslinje öppnar i höst", "Anna Lindqvist; Erik Berg", "2024-03-14"),
                page("sv", "Kvällsposten Test").title("Skolan får nya lärare")
                        .article("<h1>Skolan får nya lärare</h1><p class=\"byline\">Av Johan Ek</p><p class=\"date\">Uppdaterad 15 mars 2024 09.12 | Publicerad 14 mars 2024 18.30</p>")
                        .states("sv-uppdaterad-before-publicerad", "Swedish 'Uppdaterad … | Publicerad …': the update first",
                                "Skolan får nya lärare", "Johan Ek", "2024-03-14"),
                page("nb", "Testavisen").title("Ny bybane til Fyllingsdalen")
                        .article("<h1>Ny bybane til Fyllingsdalen</h1><p class=\"byline\">Av Kari Nordmann, NTB</p><p class=\"date\">Publisert 14.03.2024 18:30</p>")
                        .states("nb-av-name-agency", "Norwegian 'Av Name, NTB'; 'Publisert 14.03.2024'",
                                "Ny bybane til Fyllingsdalen", "Kari Nordmann", "2024-03-14"),
                page("da", "Testbladet DK").title("Ny bro over havnen åbner")
                        .article("<h1>Ny bro over havnen åbner</h1><p class=\"byline\">Af Mette Holm og Lars Bo Jensen</p><p class=\"date\">Opdateret 15. marts 2024 kl. 09.12 | Publiceret 14. marts 2024 kl. 18.30</p>")
                        .states("da-af-og-opdateret-first", "Danish 'Af A og B'; 'Opdateret … | Publiceret …': the update first",
                                "Ny bro over havnen åbner", "Mette Holm; Lars Bo Jensen", "2024-03-14"),
                page("nl", "Het Testblad").title("Gemeente bouwt nieuwe fietsbrug")
                        .article("<h1>Gemeente bouwt nieuwe fietsbrug</h1><div class=\"meta\">Door <a href=\"/auteur/pieter-de-vries\">Pieter de Vries</a> · Foto: Sanne Bakker</div><p class=\"date\">14 maart 2024, 18:30</p>")
                        .states("nl-door-link-foto", "Dutch 'Door' + author link, 'Foto: B' beside it (the photographer is no author)",
                                "Gemeente bouwt nieuwe fietsbrug", "Pieter de Vries", "2024-03-14"),
                page("nl", "Regio Testkrant").title("Nieuwe school geopend in Zuid")
                        .article("<h1>Nieuwe school geopend in Zuid</h1><p class=\"byline\">Redactie</p><p class=\"date\">do 14 mrt 2024, 18:30</p>")
                        .states("nl-redactie-no-person", "Dutch 'Redactie' as the author names no person; 'do 14 mrt 2024'",
                                "Nieuwe school geopend in Zuid", "", "2024-03-14"),
                page("nl", "Weekblad Test").title("Het museum krijgt een nieuwe vleugel")
                        .article("<h1>Het museum krijgt een nieuwe vleugel</h1><p class=\"credits\">Tekst: Anouk Visser | Fotografie: Bram Jansen</p><time datetime=\"2024-03-14T10:00:00+01:00\">14 maart 2024</time>")
                        .states("nl-tekst-fotografie", "Dutch 'Tekst: A | Fotografie: B' (the photographer is no author)",
                                "Het museum krijgt een nieuwe vleugel", "Anouk Visser", "2024-03-14"),
                page("it", "Il Giornale di Prova").title("Nuova linea del tram entro l'estate")
                        .article("<h1>Nuova linea del tram entro l'estate</h1><p class=\"autore\">Di Marco Rossi | foto di Luca Neri</p><p class=\"data\">Pubblicato il 14 marzo 2024 ore 18:30</p>")
                        .states("it-di-foto-di", "Italian 'Di A | foto di B' (the photographer is no author); 'Pubblicato il … ore …'",
                                "Nuova linea del tram entro l'estate", "Marco Rossi", "2024-03-14"),
                page("it", "Cronaca di Prova").title("Il comune assume cento insegnanti")
                        .article("<h1>Il comune assume cento insegnanti</h1><span class=\"author\">Redazione</span><p class=\"data\">14/03/2024 - 18:30</p>")
                        .states("it-redazione-no-person", "Italian 'Redazione' as the author names no person",
                                "Il comune assume cento insegnanti", "", "2024-03-14"),
                page("it", "Quotidiano Test").title("Ospedale, via libera al nuovo reparto")
                        .article("<h1>Ospedale, via libera al nuovo reparto</h1><p class=\"firma\">di <a href=\"/autori/giulia-conti\">Giulia Conti</a> e <a href=\"/autori/paolo-ferri\">Paolo Ferri</a></p><time datetime=\"2024-03-14T18:30:00+01:00\">14 marzo 2024</time>")
                        .states("it-di-links-e", "Italian 'di' + two author links joined by 'e'",
                                "Ospedale, via libera al nuovo reparto", "Giulia Conti; Paolo Ferri", "2024-03-14"),
                page("es", "El Diario de Prueba").title("La ciudad estrena carril bici")
                        .article("<h1>La ciudad estrena carril bici</h1><div class=\"autores\"><a href=\"/autor/lucia-fernandez/\">Lucía Fernández</a> y <a href=\"/autor/javier-torres/\">Javier Torres</a></div><p class=\"fecha\">Madrid, 14 mar 2024 - 18:30 CET</p>")
                        .states("es-autor-links-y-no-por", "Spanish author links joined by 'y' with no 'Por'; 'Madrid, 14 mar 2024'",
                                "La ciudad estrena carril bici", "Lucía Fernández; Javier Torres", "2024-03-14"),
                page("es", "Revista Prueba").title("Un pueblo que vuelve a tener escuela")
                        .article("<h1>Un pueblo que vuelve a tener escuela</h1><p class=\"creditos\">Texto: Carmen Vidal | Fotos: Pablo Sanz</p><p class=\"fecha\">Publicado el 14 de marzo de 2024</p>")
                        .states("es-texto-fotos", "Spanish 'Texto: A | Fotos: B' (the photographer is no author)",
                                "Un pueblo que vuelve a tener escuela", "Carmen Vidal", "2024-03-14"),
                page("pt", "Jornal de Teste").title("Câmara aprova novo parque urbano")
                        .article("<h1>Câmara aprova novo parque urbano</h1><p class=\"autor\">Texto: Ana Costa | Fotografia: Rui Matos</p><p class=\"data\">14 de março de 2024, 18:30</p>")
                        .states("pt-texto-fotografia", "Portuguese 'Texto: A | Fotografia: B' (the photographer is no author)",
                                "Câmara aprova novo parque urbano", "Ana Costa", "2024-03-14"),
                page("pt", "Portal Notícias Teste").title("Prefeitura anuncia nova linha de ônibus")
                        .article("<h1>Prefeitura anuncia nova linha de ônibus</h1><p class=\"autor\">Por Redação Portal Notícias Teste</p><p class=\"data\">14/03/2024 18h30</p>")
                        .states("pt-br-por-redacao-outlet", "Brazilian 'Por Redação <outlet>' names no person",
                                "Prefeitura anuncia nova linha de ônibus", "", "2024-03-14"),
                page("de", "Stadtanzeiger Test").title("Neues Hallenbad öffnet im Herbst")
                        .article("<h1>Neues Hallenbad öffnet im Herbst</h1><p class=\"author\">Von Lea Sommer und Jonas Brandt, Fotos: Uwe Krause</p><p class=\"date\">14.03.2024, 18:30 Uhr</p>")
                        .states("de-von-und-fotos", "German 'Von A und B, Fotos: C' (the photographer is no author)",
                                "Neues Hallenbad öffnet im Herbst", "Lea Sommer; Jonas Brandt", "2024-03-14"),
                page("de", "Kreisblatt Test").title("Gemeinde plant neues Baugebiet")
                        .article("<h1>Gemeinde plant neues Baugebiet</h1><p class=\"author\">Autor: Markus Weber</p><p class=\"date\">Donnerstag, 14. März 2024</p>")
                        .states("de-autor-colon", "German 'Autor: Name'; 'Donnerstag, 14. März 2024'",
                                "Gemeinde plant neues Baugebiet", "Markus Weber", "2024-03-14"),
                page("de", "Landeszeitung Test").title("Kreistag beschließt Haushalt")
                        .jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Kreistag beschließt Haushalt\",\"datePublished\":\"2024-03-14T18:30:00+01:00\",\"author\":{\"@type\":\"Organization\",\"name\":\"Landeszeitung Test\"}}")
                        .article("<h1>Kreistag beschließt Haushalt</h1><p class=\"author\">Redaktion</p>")
                        .states("de-redaktion-org-jsonld", "German 'Redaktion' visible and the outlet as JSON-LD author: no person",
                                "Kreistag beschließt Haushalt", "", "2024-03-14"),
                page("fr", "La Gazette Test").title("La ville rénove ses écoles")
                        .article("<h1>La ville rénove ses écoles</h1><p class=\"auteur\">Par <a href=\"/auteur/claire-dubois\">Claire Dubois</a> et <a href=\"/auteur/hugo-lambert\">Hugo Lambert</a></p><p class=\"date\">Publié le 14/03/2024 à 18h30, mis à jour le 15/03/2024 à 09h12</p>")
                        .states("fr-par-links-et-publie-mis-a-jour", "French 'Par' + two author links joined by 'et'; 'Publié le …, mis à jour le …'",
                                "La ville rénove ses écoles", "Claire Dubois; Hugo Lambert", "2024-03-14"),
                page("fr", "Le Quotidien Test").title("Le tramway prolongé jusqu'à l'aéroport")
                        .article("<h1>Le tramway prolongé jusqu'à l'aéroport</h1><p class=\"auteur\">Par La Rédaction</p><p class=\"date\">14 mars 2024</p>")
                        .states("fr-par-la-redaction", "French 'Par La Rédaction' names no person",
                                "Le tramway prolongé jusqu'à l'aéroport", "", "2024-03-14"),
                page("fr", "Magazine Test").title("Dans les vignes, la récolte avance")
                        .article("<h1>Dans les vignes, la récolte avance</h1><p class=\"credits\">Texte : Julie Martin. Photos : Marc Petit</p><time datetime=\"2024-03-14T09:00:00+01:00\">14/03/2024</time>")
                        .states("fr-texte-photos", "French 'Texte : A. Photos : B' (the photographer is no author)",
                                "Dans les vignes, la récolte avance", "Julie Martin", "2024-03-14"),

                // --- publishing systems the earlier sets do not have ---
                page("en", "Backroads Notebook").title("Backroads Notebook: The mill that came back")
                        .article("<h2 class=\"date-header\"><span>Thursday, March 14, 2024</span></h2><h3 class=\"post-title entry-title\">The mill that came back</h3><div class=\"post-header\"><span class=\"post-author vcard\">Posted by <span class=\"fn\">Tom Ashby</span></span> <span class=\"post-timestamp\">at <abbr class=\"published\" title=\"2024-03-14T09:15:00-05:00\">9:15 AM</abbr></span></div>")
                        .states("en-blogger-post-header", "Blogger: date header, 'Posted by' vcard fn, abbr.published title; 'Blog: Post' title",
                                "The mill that came back", "Tom Ashby", "2024-03-14"),
                page("en", "Field Notes Studio").title("Why we moved the studio upstate — Field Notes Studio")
                        .article("<h1 class=\"entry-title\">Why we moved the studio upstate</h1><div class=\"blog-meta-item blog-meta-item--author\"><a href=\"/journal?author=5f3c2a\">Lena Ward</a></div><time class=\"dt-published blog-meta-item blog-meta-item--date\" datetime=\"2024-03-14\">March 14, 2024</time>")
                        .states("en-squarespace-blog-meta", "Squarespace blog-meta-item author link (?author=) and dt-published",
                                "Why we moved the studio upstate", "Lena Ward", "2024-03-14"),
                page("en", "Coastal Kitchen Co").title("Our new winter menu is here")
                        .meta("og:title", "Our new winter menu is here")
                        .article("<h1 data-hook=\"post-title\">Our new winter menu is here</h1><div data-hook=\"post-header\"><span data-hook=\"user-name\">Omar Haddad</span> <span data-hook=\"time-ago\" title=\"Mar 14, 2024\">Mar 14, 2024</span> <span data-hook=\"time-to-read\">2 min read</span></div>")
                        .states("en-wix-data-hooks", "Wix blog: data-hook user-name and time-ago, no classes",
                                "Our new winter menu is here", "Omar Haddad", "2024-03-14"),
                page("en", "Valley Community Council").title("Footpath repairs start next week")
                        .article("<div class=\"page-header\"><h2 itemprop=\"headline\">Footpath repairs start next week</h2></div><dl class=\"article-info\"><dd class=\"createdby\" itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">Written by: <span itemprop=\"name\">Paul Kerr</span></dd><dd class=\"published\"><time datetime=\"2024-03-14T09:15:00+00:00\" itemprop=\"datePublished\">Published: 14 March 2024</time></dd><dd class=\"modified\"><time datetime=\"2024-03-16T11:00:00+00:00\" itemprop=\"dateModified\">Last Updated: 16 March 2024</time></dd></dl>")
                        .states("en-joomla-article-info", "Joomla article-info: createdby 'Written by:', published and modified",
                                "Footpath repairs start next week", "Paul Kerr", "2024-03-14"),
                page("de", "Gemeinde Teststadt").title("Neuer Spielplatz am Marktplatz")
                        .article("<div class=\"news-single\"><h1 itemprop=\"headline\">Neuer Spielplatz am Marktplatz</h1><div class=\"extra\"><span class=\"news-list-date\"><time itemprop=\"datePublished\" datetime=\"2024-03-14\">14.03.2024</time></span><span class=\"news-list-author\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\">von <span itemprop=\"name\">Sabine Lutz</span></span></div></div>")
                        .states("de-typo3-news-extra", "TYPO3 news: news-list-date time, news-list-author 'von' microdata",
                                "Neuer Spielplatz am Marktplatz", "Sabine Lutz", "2024-03-14"),
                page("en", "Prairie Test Press").title("School board approves new calendar")
                        .article("<h1 class=\"headline\">School board approves new calendar</h1><div class=\"meta\"><span class=\"tnt-byline\">By Jo Park jpark@prairietestpress.com</span><ul class=\"list-inline\"><li><time datetime=\"2024-03-14T17:00:00-05:00\" class=\"tnt-date asset-date text-muted\">Mar 14, 2024</time></li><li>Updated <time datetime=\"2024-03-15T08:00:00-05:00\" class=\"tnt-date asset-date text-muted\">Mar 15, 2024</time></li></ul></div>")
                        .states("en-townnews-blox-byline-email", "TownNews Blox: tnt-byline with an e-mail, tnt-date then 'Updated'",
                                "School board approves new calendar", "Jo Park", "2024-03-14"),
                page("en", "The Test Verge").title("The new tablets are thinner, and that's about it")
                        .article("<h1 class=\"c-page-title\">The new tablets are thinner, and that's about it</h1><div class=\"c-byline\">By <span class=\"c-byline__author-name\">Ana Ruiz</span>, <span class=\"c-byline__author-name\">Ben Ode</span> and <span class=\"c-byline__author-name\">Cara Lin</span> <time class=\"c-byline__item\" datetime=\"2024-03-14T13:00:00-04:00\">Mar 14, 2024, 1:00pm EDT</time></div>")
                        .states("en-vox-chorus-three-authors", "Vox Chorus c-byline: three author-name spans joined by ',' and 'and'",
                                "The new tablets are thinner, and that's about it", "Ana Ruiz; Ben Ode; Cara Lin", "2024-03-14"),
                page("en", "Sam Reid Writes").title("Notes from the night bus")
                        .article("<div class=\"h-entry\"><h1 class=\"p-name\">Notes from the night bus</h1><p><a class=\"p-author h-card\" href=\"https://samreid.example/\">Sam Reid</a> · <time class=\"dt-published\" datetime=\"2024-03-14T08:00:00Z\">14 March</time></p></div>")
                        .states("en-microformats-h-entry", "microformats h-entry: p-author h-card, dt-published",
                                "Notes from the night bus", "Sam Reid", "2024-03-14"),
                page("en", "Lakeside Daily Test").title("Boat ramp to close for repairs")
                        .head("<link rel=\"canonical\" href=\"https://lakeside.example/news/boat-ramp/\"><script async src=\"https://cdn.ampproject.org/v0.js\"></script><style amp-boilerplate>body{visibility:hidden}</style>")
                        .article("<header class=\"amp-wp-article-header\"><h1 class=\"amp-wp-title\">Boat ramp to close for repairs</h1><div class=\"amp-wp-meta amp-wp-byline\"><amp-img src=\"/avatar.jpg\" width=\"24\" height=\"24\" layout=\"fixed\"></amp-img><span class=\"amp-wp-author author vcard\">Rita Gomes</span></div><div class=\"amp-wp-meta amp-wp-posted-on\"><time datetime=\"2024-03-14T09:00:00+00:00\">2 days ago</time></div></header>")
                        .states("en-wordpress-amp-template", "WordPress AMP template: amp-wp-author, amp-wp-posted-on time whose text is relative",
                                "Boat ramp to close for repairs", "Rita Gomes", "2024-03-14"),
                page("en", "Test Herald Mobile").title("Council delays vote on parking fees")
                        .head("<link rel=\"canonical\" href=\"https://herald.example/2024/council-parking\"><script async src=\"https://cdn.ampproject.org/v0.js\"></script><script async custom-element=\"amp-timeago\" src=\"https://cdn.ampproject.org/v0/amp-timeago-0.1.js\"></script>")
                        .article("<header class=\"amp-article-header\"><h1>Council delays vote on parking fees</h1><div class=\"byline\">By <a href=\"/profile/kai-brandt\">Kai Brandt</a></div><amp-timeago width=\"160\" height=\"20\" datetime=\"2024-03-14T15:45:00Z\" layout=\"fixed\">Thursday</amp-timeago></header>")
                        .states("en-amp-timeago-profile-link", "AMP page: amp-timeago datetime and a byline profile link",
                                "Council delays vote on parking fees", "Kai Brandt", "2024-03-14"),

                // --- authors: links, references, photographers, desks ---
                page("en", "Riverside Observer").title("Water rates to rise in April")
                        .article("<h1>Water rates to rise in April</h1><div class=\"article-meta\"><a href=\"/author/grace-okafor/\">Grace Okafor</a> <span>·</span> <span>March 14, 2024</span></div>")
                        .states("en-author-slug-link-no-by", "an /author/slug link with no 'By' or byline class; the date after a middle dot",
                                "Water rates to rise in April", "Grace Okafor", "2024-03-14"),
                page("en", "Midland Test Journal").title("Two new wards open at county hospital")
                        .jsonLd("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"@id\":\"https://midland.example/news/wards/\",\"name\":\"Two new wards open at county hospital\"},{\"@type\":\"NewsArticle\",\"@id\":\"https://midland.example/news/wards/#article\",\"headline\":\"Two new wards open at county hospital\",\"datePublished\":\"2024-03-14T09:00:00+00:00\",\"dateModified\":\"2024-03-14T15:00:00+00:00\",\"author\":[{\"@id\":\"https://midland.example/#/schema/person/a1\"},{\"@id\":\"https://midland.example/#/schema/person/b2\"}]},{\"@type\":\"Person\",\"@id\":\"https://midland.example/#/schema/person/a1\",\"name\":\"Helen Marsh\"},{\"@type\":\"Person\",\"@id\":\"https://midland.example/#/schema/person/b2\",\"name\":\"Victor Osei\"}]}")
                        .article("<h1>Two new wards open at county hospital</h1>")
                        .states("en-jsonld-graph-two-author-refs", "JSON-LD @graph: an author array of two @id references to Person nodes",
                                "Two new wards open at county hospital", "Helen Marsh; Victor Osei", "2024-03-14"),
                page("en", "Upland Test Review").title("The last ferryman of the lake")
                        .article("<h1>The last ferryman of the lake</h1><p class=\"byline\">By Hannah Moore · Photography by Jack Reyes</p><time datetime=\"2024-03-14\">March 14, 2024</time>")
                        .states("en-byline-photography-by", "'By A · Photography by B' (the photographer is no author)",
                                "The last ferryman of the lake", "Hannah Moore", "2024-03-14"),
                page("en", "The Test Weekly").title("Inside the city's oldest bakery")
                        .article("<h1>Inside the city's oldest bakery</h1><p class=\"byline\">By Nora Quinn</p><p class=\"photo-credit\">Photographs by Ethan Cole for The Test Weekly</p><p class=\"date\">March 14, 2024</p>")
                        .states("en-photographs-by-for-outlet", "a 'Photographs by B for Outlet' line under the byline (no author)",
                                "Inside the city's oldest bakery", "Nora Quinn", "2024-03-14"),
                page("en", "Test Chronicle").title("Road resurfacing schedule announced")
                        .meta("author", "Test Chronicle Staff")
                        .article("<h1>Road resurfacing schedule announced</h1><p class=\"byline\">By Test Chronicle Staff</p><p class=\"date\">March 14, 2024</p>")
                        .states("en-outlet-staff-byline", "'By <Outlet> Staff' in the byline and meta author: no person",
                                "Road resurfacing schedule announced", "", "2024-03-14"),
                page("en", "Test Business Wire").title("Quarterly results beat forecasts")
                        .jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Quarterly results beat forecasts\",\"datePublished\":\"2024-03-14T10:00:00Z\",\"author\":{\"@type\":\"Person\",\"name\":\"News Desk\"}}")
                        .article("<h1>Quarterly results beat forecasts</h1>")
                        .states("en-jsonld-person-news-desk", "JSON-LD Person named 'News Desk': no person",
                                "Quarterly results beat forecasts", "", "2024-03-14"),
                page("en", "Test Sports Daily").title("United sign young striker")
                        .article("<h1>United sign young striker</h1><p class=\"byline\">By Max Hale &amp; Ivy Stone</p><p class=\"date\">Thu 14 Mar 2024 18.30 GMT</p>")
                        .states("en-ampersand-two-authors", "'By A & B'; 'Thu 14 Mar 2024 18.30 GMT'",
                                "United sign young striker", "Max Hale; Ivy Stone", "2024-03-14"),

                // --- print editions, unlabelled times, update order, sidebars ---
                page("en", "Test Times of New York").title("A quieter subway, for now")
                        .article("<h1>A quieter subway, for now</h1><p class=\"byline\">By Elena Park</p><p class=\"dates\">Published March 14, 2024 Updated March 15, 2024, 9:41 a.m. ET</p>")
                        .after("<div class=\"print-info\">A version of this article appears in print on March 16, 2024, Section A, Page 12 of the New York edition with the headline: A Quieter Subway.</div>")
                        .states("en-print-version-after-body", "'Published … Updated …' then 'appears in print on' a later day",
                                "A quieter subway, for now", "Elena Park", "2024-03-14"),
                page("en", "The Test Observer").title("The island that banned cars")
                        .article("<p class=\"print-note\">This article appeared in print in The Test Observer on 17 March 2024</p><h1>The island that banned cars</h1><p class=\"byline\">Rachel Hart</p><p class=\"dateline\">Sat 16 Mar 2024 18.00 GMT</p><p class=\"dateline\">Last modified on Sun 17 Mar 2024 08.10 GMT</p>")
                        .states("en-print-note-before-headline", "a print-edition note with a later date before the headline",
                                "The island that banned cars", "Rachel Hart", "2024-03-16"),
                page("de", "Abendblatt Test").title("Stadtrat stimmt für neues Stadion")
                        .article("<h1>Stadtrat stimmt für neues Stadion</h1><p class=\"author\">Von Katrin Maier</p><p class=\"print\">Erschienen in der Printausgabe vom 15.03.2024</p><p class=\"date\">Online seit 14.03.2024, 18:30 Uhr</p>")
                        .states("de-printausgabe-before-online", "German 'Erschienen in der Printausgabe vom …' before 'Online seit …'",
                                "Stadtrat stimmt für neues Stadion", "Katrin Maier", "2024-03-14"),
                page("en", "Quiet Hills Blog").title("Spring planting, week one")
                        .article("<h1>Spring planting, week one</h1><div class=\"post-meta\"><time datetime=\"2024-03-14T11:20:00+01:00\">Mar 14</time></div>")
                        .states("en-hugo-time-no-year-text", "Hugo theme: an unlabelled <time datetime> whose text has no year",
                                "Spring planting, week one", "", "2024-03-14"),
                page("en", "Test Evening Star").title("Bridge tolls scrapped from April")
                        .jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Bridge tolls scrapped from April\",\"dateModified\":\"2024-03-16T08:00:00Z\",\"datePublished\":\"2024-03-14T18:00:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Liam Foster\"}]}")
                        .article("<h1>Bridge tolls scrapped from April</h1><p class=\"updated\">Updated March 16, 2024</p>")
                        .states("en-modified-first-in-jsonld-updated-visible", "JSON-LD dateModified before datePublished; only the update visible",
                                "Bridge tolls scrapped from April", "Liam Foster", "2024-03-14"),
                page("en", "Test Capital News").title("Mayor unveils housing plan")
                        .article("<aside class=\"sidebar\"><h3>Related</h3><ul><li><a href=\"/news/housing-audit\">Housing audit finds shortfall</a> <time datetime=\"2024-02-02T10:00:00Z\">Feb 2, 2024</time></li><li><a href=\"/news/rents\">Rents rise again</a> <time datetime=\"2024-01-19T10:00:00Z\">Jan 19, 2024</time></li></ul></aside><h1>Mayor unveils housing plan</h1><p class=\"byline\">By Diego Alvarez</p><span class=\"posted\">Posted March 14, 2024</span>")
                        .states("en-related-sidebar-times-before", "a related-stories sidebar with <time datetime> before the headline; the page's date only in text",
                                "Mayor unveils housing plan", "Diego Alvarez", "2024-03-14"),
                page("en", "Test County Gazette").title("Flood defences finished early")
                        .meta("article:published_time", "2024-03-14T07:00:00Z")
                        .article("<h1>Flood defences finished early</h1><p class=\"byline\">By Ruth Bell</p>")
                        .after("<aside class=\"more-news\"><h3>More news</h3><article class=\"teaser\"><h4><a href=\"/news/x\">Levee study published</a></h4><time datetime=\"2024-03-01T09:00:00Z\">1 March 2024</time><span class=\"byline\">By Ian Cross</span></article></aside>")
                        .states("en-more-news-teaser-byline-date", "a 'More news' teaser after the article with its own date and byline",
                                "Flood defences finished early", "Ruth Bell", "2024-03-14"),
                page("fr", "Le Républicain Test").title("Le stade sera agrandi")
                        .article("<div class=\"a-lire-aussi\"><span>À lire aussi</span><a href=\"/x\">Le club change d'entraîneur</a><time datetime=\"2024-02-20T08:00:00+01:00\">20/02/2024</time></div><h1>Le stade sera agrandi</h1><p class=\"auteur\">Par Nicolas Perrin</p><p class=\"date\">Le 14/03/2024 à 18h30</p>")
                        .states("fr-a-lire-aussi-time-before", "'À lire aussi' box with a <time datetime> before the headline; 'Le 14/03/2024 à 18h30'",
                                "Le stade sera agrandi", "Nicolas Perrin", "2024-03-14"),
                page("es", "Noticias de Prueba").title("El puerto amplía su terminal")
                        .article("<h1>El puerto amplía su terminal</h1><p class=\"firma\">Por Sergio Molina</p><p class=\"fecha\">Actualizado: 15/03/2024 09:12h</p><p class=\"fecha\">Publicado: 14/03/2024 18:30h</p>")
                        .states("es-actualizado-line-before-publicado-line", "Spanish 'Actualizado:' line before the 'Publicado:' line",
                                "El puerto amplía su terminal", "Sergio Molina", "2024-03-14"));
    }
}
