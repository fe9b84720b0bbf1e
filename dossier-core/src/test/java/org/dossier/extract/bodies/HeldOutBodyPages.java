package org.dossier.extract.bodies;

import static org.dossier.extract.bodies.BodyPage.ARC;
import static org.dossier.extract.bodies.BodyPage.DRUPAL;
import static org.dossier.extract.bodies.BodyPage.GHOST;
import static org.dossier.extract.bodies.BodyPage.NEXT;
import static org.dossier.extract.bodies.BodyPage.PLAIN;
import static org.dossier.extract.bodies.BodyPage.WORDPRESS;
import static org.dossier.extract.bodies.BodyPage.page;

import java.util.List;
import org.dossier.extract.bodies.BodyPage.Case;

/**
 * The first held-out body set: 34 pages in 7 languages after the templates of WordPress, Ghost, Drupal, Arc, Next.js
 * and plain sites, written before any body rule was changed and kept fixed since. Each page states its body: the
 * paragraphs, subheads, lists, table cells, quotes, live-entry times, embedded posts' words and corrections are
 * body; "Read more" inserts, related boxes, newsletter and paywall boxes (a paywalled page's body is its teaser),
 * captions, pull quotes that repeat a body sentence, embed chrome, author bios, comments, cookie banners and
 * advertising labels are not. Its first read is in docs/BENCHMARKS.md.
 */
final class HeldOutBodyPages {
    private HeldOutBodyPages() {}

    private static final String BY = "<div class=\"byline\">By Dana Whitlow</div><time datetime=\"2024-03-04\">March 4, 2024</time>";

    static List<Case> all() {
        return List.of(
                page("en", "Riverside Courier", WORDPRESS).headline("Tram extension faces another delay", BY)
                        .p("The city's tram extension to the northern suburbs will open a year later than planned, transport officials said on Monday.",
                                "Engineers found that the foundations of two bridges on the route need more work than the original survey showed.")
                        .noise("<p><strong>Read more:</strong> <a href=\"/2024/02/tram-costs\">Tram costs rise by a fifth as steel prices climb</a></p>")
                        .h2("What the delay means for commuters")
                        .p("Bus services that were due to be cut when the trams started will now run until the end of next year, the operator said.")
                        .states("en-wordpress-read-more-insert", "a 'Read more:' link line in the middle of the body"),
                page("en", "Harbour Gazette", WORDPRESS).headline("Ferry fares to rise in April", BY)
                        .p("Ferry fares across the bay will rise by eight per cent in April, the operator announced, blaming fuel and staff costs.",
                                "A single adult ticket will cost £6.50, up from £6, while season tickets rise by a smaller amount.")
                        .noise("<div class=\"wp-block-group has-background\"><p><strong>Sign up for our free morning newsletter</strong> and get the day's top stories from the harbour in your inbox.</p><p><a href=\"/newsletter\">Sign up now</a></p></div>")
                        .p("Passenger groups said the rise would hit island residents hardest, as many of them have no other way to reach the mainland.")
                        .states("en-wordpress-newsletter-box", "a newsletter sign-up box without a telling class between paragraphs"),
                page("en", "Valley Post", WORDPRESS).headline("New footbridge opens over the river", BY)
                        .p("A new footbridge linking the two halves of the town opened on Saturday after eighteen months of building work.")
                        .noise("<div id=\"attachment_771\" class=\"wp-caption aligncenter\"><img src=\"/b.jpg\" alt=\"\"><p class=\"wp-caption-text\">The new footbridge seen from the east bank on Saturday morning. Photo: Lee Grant</p></div>")
                        .p("The bridge cost £3.2 million and was paid for mostly by a government fund for walking and cycling routes.",
                                "Hundreds of people crossed it in the first hour, many of them stopping to take pictures of the view up the valley.")
                        .states("en-wordpress-caption", "a classic WordPress caption box inside the body"),
                page("en", "Metro Ledger", WORDPRESS).headline("Library hours cut to save money", BY)
                        .p("The central library will close on Mondays from next month as the council tries to save £400,000 a year.",
                                "\u201cNobody wants to do this, but we have run out of other options,\u201d said the council's head of culture, Priya Naidoo.")
                        .noise("<blockquote class=\"pullquote alignright\"><p>\u201cNobody wants to do this, but we have run out of other options.\u201d</p></blockquote>")
                        .p("Library users have started a petition against the change, which had more than 2,000 signatures by Tuesday evening.")
                        .states("en-wordpress-pull-quote", "a pull quote repeating a body sentence"),
                page("en", "Northfield Echo", WORDPRESS).headline("School expansion approved", BY)
                        .p("Plans to add two classrooms and a sports hall to Northfield Primary School were approved by councillors on Wednesday.",
                                "The school has had to turn away more than forty local children in each of the past three years.")
                        .after("<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">2 thoughts on \u201cSchool expansion approved\u201d</h2><ol class=\"comment-list\"><li class=\"comment\"><article class=\"comment-body\"><footer class=\"comment-meta\"><b class=\"fn\">Martin</b> <time>March 4, 2024 at 9:14 pm</time></footer><div class=\"comment-content\"><p>About time too. My daughter had to travel across town for two years because there was no place for her, and the traffic around the gates is already terrible, so where will everyone park?</p></div></article></li></ol></div>")
                        .states("en-wordpress-comments", "a WordPress comment list after the article"),
                page("en", "Coastline Weekly", GHOST).headline("The last net maker on the coast", "")
                        .p("Tom Baxter has mended fishing nets in the same shed above the harbour since 1984, and he thinks he may be the last to do it by hand.",
                                "Most boats now buy new nets from abroad, he says, because it is cheaper than paying someone to repair the old ones.")
                        .noise("<figure class=\"kg-card kg-image-card kg-card-hascaption\"><img src=\"/n.jpg\" class=\"kg-image\"><figcaption>Tom Baxter in his shed above the harbour.</figcaption></figure>")
                        .p("He still has a waiting list of skippers who prefer their old nets, and he has no plans to stop while his hands allow it.")
                        .after("<section class=\"article-author\"><div class=\"author-card\"><h4 class=\"author-name\">Eve Carter</h4><p class=\"author-bio\">Eve Carter writes about the coast and the people who work on it. She lives in a fishing village with two cats.</p></div></section>")
                        .states("en-ghost-image-card-and-author-box", "a Ghost image card and an author card after the post"),
                page("en", "The Ledger Letter", GHOST).headline("Why the port deal matters", "")
                        .p("The port authority's deal with a shipping group will decide how the harbour is used for the next thirty years.",
                                "Under the draft, the group would run the container terminal and pay a share of its income to the city.")
                        .noise("<div class=\"gh-post-upgrade-cta\"><div class=\"gh-post-upgrade-cta-content\"><h2>This post is for paying subscribers only</h2><a class=\"gh-btn\" href=\"#/portal/signup\">Subscribe now</a><p>Already have an account? <a href=\"#/portal/signin\">Sign in</a></p></div></div>")
                        .states("en-ghost-paywall-teaser", "a paywalled post: the body is the teaser only"),
                page("de", "Stadtanzeiger", DRUPAL).headline("Fernwärme wird teurer", "<div class=\"field--name-field-author\">Von Jana Keller</div>")
                        .p("Die Stadtwerke erhöhen zum ersten April die Preise für Fernwärme um durchschnittlich zwölf Prozent, wie das Unternehmen am Montag mitteilte.",
                                "Betroffen sind rund 18.000 Haushalte im Stadtgebiet, vor allem in den großen Wohnanlagen im Norden.")
                        .noise("<p><strong>Lesen Sie auch:</strong> <a href=\"/strompreise\">Strompreise sinken erstmals seit zwei Jahren</a></p>")
                        .h2("Mieterverein kritisiert die Erhöhung")
                        .p("Der Mieterverein nannte den Schritt unverhältnismäßig und forderte die Stadt auf, einkommensschwache Haushalte zu entlasten.")
                        .states("de-drupal-lesen-sie-auch", "a 'Lesen Sie auch:' insert and a subhead in a Drupal body field"),
                page("fr", "Le Courrier du Rhône", ARC).headline("Les loyers continuent de grimper à Lyon", "<div class=\"b-byline\">Par Claire Martin</div>")
                        .p("Les loyers ont encore augmenté de 4 % en un an dans la métropole lyonnaise, selon l'observatoire local des loyers publié mardi.",
                                "Les petites surfaces sont les plus touchées, avec une hausse de près de 6 % pour les studios du centre-ville.")
                        .noise("<p class=\"c-paragraph\"><strong>À lire aussi</strong> <a href=\"/logement/encadrement\">L'encadrement des loyers prolongé de trois ans</a></p>")
                        .p("Les associations de locataires demandent un renforcement des contrôles, estimant que le plafond est souvent dépassé.")
                        .states("fr-arc-a-lire-aussi", "an 'À lire aussi' insert between Arc paragraphs"),
                page("es", "Diario del Sur", WORDPRESS).headline("El ayuntamiento amplía el carril bici", "<div class=\"byline\">Por Lucía Romero</div>")
                        .p("El ayuntamiento ampliará el carril bici del paseo marítimo en dos kilómetros antes del verano, según anunció el martes la concejala de Movilidad.",
                                "La obra costará 1,2 millones de euros y obligará a cortar un carril de tráfico durante seis semanas.")
                        .noise("<p><strong>Lea también:</strong> <a href=\"/movilidad/bus\">La nueva línea de autobús llegará al hospital en mayo</a></p>")
                        .p("Los comerciantes de la zona temen perder clientes durante las obras y han pedido que se hagan por la noche.")
                        .states("es-wordpress-lea-tambien", "a 'Lea también:' insert"),
                page("it", "Gazzetta del Lago", PLAIN).headline("Nuovo parcheggio vicino alla stazione", "<p class=\"autore\">di Marco Bellini</p>")
                        .p("Il nuovo parcheggio da trecento posti vicino alla stazione aprirà a giugno, ha annunciato ieri il sindaco durante il consiglio comunale.",
                                "I lavori sono costati quattro milioni di euro e sono stati finanziati in parte dalla regione.")
                        .noise("<p><b>Leggi anche</b> <a href=\"/treni\">Treni, nuovi orari per i pendolari dal mese prossimo</a></p>")
                        .p("I residenti avranno un abbonamento scontato, mentre per gli altri la sosta costerà un euro all'ora.")
                        .states("it-plain-leggi-anche", "a 'Leggi anche' insert"),
                page("nl", "Dagblad Noord", NEXT).headline("Gemeente plant extra fietsenstalling", "")
                        .p("De gemeente wil bij het station een ondergrondse fietsenstalling voor vierduizend fietsen bouwen, maakte wethouder De Vries dinsdag bekend.",
                                "De huidige stalling is al jaren te klein, waardoor fietsen op de stoep en tegen gevels worden geparkeerd.")
                        .noise("<p class=\"Paragraph_paragraph__3kL2m\"><strong>Lees ook:</strong> <a href=\"/nieuws/parkeren\">Parkeertarieven in de binnenstad gaan omhoog</a></p>")
                        .p("De bouw moet in 2026 beginnen en kost naar verwachting achttien miljoen euro.")
                        .states("nl-next-lees-ook", "a 'Lees ook:' insert in a Next.js body"),
                page("pl", "Gazeta Miejska", DRUPAL).headline("Nowa linia tramwajowa na Ursynów", "")
                        .p("Budowa nowej linii tramwajowej na Ursynów ruszy jesienią, poinformował we wtorek rzecznik miejskiej spółki.",
                                "Trasa będzie miała sześć kilometrów i jedenaście przystanków, a pierwsze tramwaje pojadą nią za trzy lata.")
                        .noise("<p><strong>Czytaj też:</strong> <a href=\"/metro\">Metro pojedzie rzadziej w wakacje</a></p>")
                        .p("Mieszkańcy od lat czekają na to połączenie, bo autobusy w godzinach szczytu są przepełnione.")
                        .states("pl-drupal-czytaj-tez", "a 'Czytaj też:' insert"),
                page("en", "City Wire", NEXT).headline("Live: Storm closes the coast road", "")
                        .p("Follow the latest as the storm brings high winds and flooding to the coast.")
                        .body("<div class=\"LiveEntry_entry__a1B2\"><time class=\"LiveEntry_time__c3D4\">10:42</time><h3>Police close the coast road</h3><p>Police have closed the coast road between the harbour and the lighthouse after waves washed stones onto it.</p></div>",
                                "10:42", "Police close the coast road", "Police have closed the coast road between the harbour and the lighthouse after waves washed stones onto it.")
                        .body("<div class=\"LiveEntry_entry__a1B2\"><time class=\"LiveEntry_time__c3D4\">09:58</time><h3>Schools shut</h3><p>All schools in the district will stay shut today, the education office said in a statement.</p></div>",
                                "09:58", "Schools shut", "All schools in the district will stay shut today, the education office said in a statement.")
                        .states("en-next-live-blog", "live-blog entries, each with its time"),
                page("en", "Sunday Review", ARC).headline("\u2018I wanted the town to see itself\u2019", "")
                        .p("The photographer Ana Lisboa spent a year taking portraits of everyone who works on the high street. We asked her about it.")
                        .p("<strong>What made you start the project?</strong>",
                                "Shops were closing every month and I felt we would forget the people behind the counters.")
                        .p("<strong>Did anyone refuse?</strong>", "Only two people. Most were delighted that someone was interested.")
                        .p("<strong>Q: What happens to the pictures now?</strong>", "A: They go on show in the old bank building from next Friday.")
                        .states("en-arc-qa-interview", "a Q&A interview: questions as bold paragraphs"),
                page("en", "Weekend Guide", WORDPRESS).headline("Five things to do in the old town this weekend", BY)
                        .p("The spring festival starts on Friday, and there is more to do in the old town than at any time since last summer.")
                        .h2("1. The night market")
                        .noise("<figure class=\"wp-block-image size-large\"><img src=\"/m.jpg\"><figcaption>Stalls at last year's night market.</figcaption></figure>")
                        .p("More than sixty stalls will sell food and crafts in the cathedral square from six until midnight.")
                        .h2("2. The river walk")
                        .p("Guides lead free walks along the old river wall every hour from ten on Saturday.")
                        .h2("3. Open studios")
                        .p("Twenty artists open their studios to visitors, most of them in the lanes behind the market hall.")
                        .states("en-wordpress-listicle", "a listicle: numbered subheads with images between"),
                page("en", "Daily Picture Post", PLAIN).headline("In pictures: the river festival", "")
                        .p("Thousands of people lined the river on Sunday to watch the annual boat parade, the first since the floods two years ago.")
                        .noise("<div class=\"gallery-slideshow\"><div class=\"slide\"><img src=\"/1.jpg\"><p class=\"slide-caption\">Decorated boats pass under the old bridge at the start of the parade.</p></div><div class=\"slide\"><img src=\"/2.jpg\"><p class=\"slide-caption\">Children watch from the steps of the town hall as the boats go by.</p></div></div>")
                        .p("Organisers said about 15,000 people came, more than at any festival before the floods.")
                        .states("en-plain-gallery-captions", "a gallery with captions between the paragraphs"),
                page("en", "Borough Times", WORDPRESS).headline("Fire service warns of grass fires", BY)
                        .p("Firefighters were called to eleven grass fires on Sunday as the dry spell continued across the borough.")
                        .body("<blockquote class=\"twitter-tweet\"><p lang=\"en\" dir=\"ltr\">Please do not light barbecues in parks or on open land. The grass is very dry and fires spread quickly.</p>&mdash; Borough Fire Service (@BoroughFire) <a href=\"https://twitter.com/BoroughFire/status/1\">March 3, 2024</a></blockquote>",
                                "Please do not light barbecues in parks or on open land. The grass is very dry and fires spread quickly.",
                                "\u2014 Borough Fire Service (@BoroughFire) March 3, 2024")
                        .p("No one was hurt, but one fire came within a few metres of a row of houses on the edge of the common.")
                        .states("en-wordpress-tweet-embed", "an embedded tweet: its words and who posted it are body"),
                page("en", "Lakeside Life", GHOST).headline("Winter swimmers break the ice", "")
                        .p("Members of the lakeside swimming club took their first dip of the year on Saturday in water just above freezing.")
                        .noise("<blockquote class=\"instagram-media\" data-instgrm-permalink=\"https://www.instagram.com/p/abc/\"><div><a href=\"https://www.instagram.com/p/abc/\"><div>View this post on Instagram</div></a><p><a href=\"https://www.instagram.com/p/abc/\">A post shared by Lakeside Swim Club (@lakesideswim)</a></p></div></blockquote>")
                        .p("The club has grown from ten members to more than two hundred since it started five winters ago.")
                        .states("en-ghost-instagram-embed", "an Instagram embed: its chrome is not body"),
                page("en", "Northern Post", DRUPAL).headline("Bus company drops rural routes", "")
                        .p("The region's largest bus company will stop running six rural routes at the end of the month, leaving some villages with no service.",
                                "The company said the routes lost money every year and that the council's support payments no longer covered the cost.")
                        .noise("<p><em>Sam Okafor is a freelance journalist based in Leeds who writes about transport and rural life.</em></p>")
                        .states("en-drupal-author-bio-line", "an author bio as the last paragraph of the body"),
                page("en", "Market Town News", PLAIN).headline("Pharmacy to close after 90 years", "")
                        .top("<div id=\"cookie-consent\" class=\"consent-layer\"><p>We use cookies to give you the best experience on our website. By continuing to browse the site you agree to our use of cookies and similar technologies.</p><a href=\"#\">Accept all</a> <a href=\"#\">Settings</a></div>")
                        .p("The family pharmacy on Church Street will close next month after ninety years, its owner said, because he could not find a buyer.",
                                "Customers will be able to take their prescriptions to the pharmacy in the new health centre, half a mile away.")
                        .states("en-plain-cookie-banner", "a cookie banner before the page"),
                page("en", "County Herald", WORDPRESS).headline("Council election results in full", BY)
                        .p("Labour kept control of the council on Thursday but lost three seats to independent candidates.")
                        .body("<table><thead><tr><th>Party</th><th>Seats</th><th>Change</th></tr></thead><tbody><tr><td>Labour</td><td>24</td><td>-3</td></tr><tr><td>Conservative</td><td>11</td><td>0</td></tr><tr><td>Independent</td><td>7</td><td>+3</td></tr></tbody></table>",
                                "Party", "Seats", "Change", "Labour", "24", "-3", "Conservative", "11", "0", "Independent", "7", "+3")
                        .p("Turnout was 31 per cent, slightly lower than at the last election four years ago.")
                        .states("en-wordpress-results-table", "a results table that belongs to the body"),
                page("en", "Business Daily", ARC).headline("Budget: what changes for households", "")
                        .p("The budget published on Wednesday includes several changes that will affect household bills from April.")
                        .ul("Income tax threshold frozen", "Fuel duty cut by 5p", "Child benefit up 6.7%", "Energy support extended")
                        .noise("<div class=\"b-ad-slot\"><p>Story continues below advertisement</p></div>")
                        .p("Economists said the measures would leave most families slightly better off next year, but not the year after.")
                        .states("en-arc-bullet-list-and-ad-label", "a short bullet list and an advertising label"),
                page("en", "Eastern Standard", WORDPRESS).headline("Bridge to close for repairs", BY)
                        .p("The Queen's Bridge will close to traffic for six weeks from June so that its deck can be replaced, the highways department said.",
                                "The bridge, which opened in 1962, carries about 20,000 vehicles a day.")
                        .p("<em>Correction: An earlier version of this article said the bridge opened in 1926. It opened in 1962.</em>")
                        .body("<p class=\"editor-note\">Update, March 5: The department has since said the closure will start on June 10.</p>",
                                "Update, March 5: The department has since said the closure will start on June 10.")
                        .states("en-wordpress-correction-and-update", "a correction and an update note are body"),
                page("en", "Family Matters", PLAIN).headline("Families wait years for social housing", "")
                        .p("More than 3,000 families in the city have waited over five years for a council home, figures obtained by this paper show.",
                                "One mother of three, Sarah*, said her family had moved four times in two years between temporary flats.")
                        .p("*Names have been changed to protect the families' privacy.")
                        .noise("<p>Follow us on Facebook and Twitter for the latest news from the city.</p>")
                        .states("en-plain-footnote-and-follow-line", "a footnote is body; a 'follow us' line is not"),
                page("de", "Kreisbote", PLAIN).headline("Freibad öffnet früher", "<p class=\"autor\">Von Paul Weber</p>")
                        .p("Das Freibad am Stadtpark öffnet in diesem Jahr bereits Anfang Mai, zwei Wochen früher als sonst, teilte die Stadt mit.",
                                "Grund sei die neue Heizanlage, mit der das Wasser auch an kühlen Tagen warm genug bleibe.")
                        .noise("<div class=\"box\"><p><strong>Newsletter:</strong> Abonnieren Sie jetzt unseren kostenlosen Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten aus der Region.</p><a href=\"/newsletter\">Jetzt anmelden</a></div>")
                        .p("Die Eintrittspreise bleiben trotz gestiegener Energiekosten unverändert.")
                        .states("de-plain-newsletter-text-box", "a newsletter box known only by its words"),
                page("fr", "L'Écho de l'Ouest", WORDPRESS).headline("Le marché couvert rouvre ses portes", "<div class=\"byline\">Par Claire Martin</div>")
                        .p("Après dix-huit mois de travaux, le marché couvert du centre-ville a rouvert samedi matin devant plusieurs centaines de visiteurs.",
                                "La toiture a été entièrement refaite et les étals ont été déplacés pour laisser plus de place aux allées.")
                        .after("<div class=\"saboxplugin-wrap\"><div class=\"saboxplugin-gravatar\"><img src=\"/a.jpg\"></div><div class=\"saboxplugin-authorname\"><a href=\"/auteur/claire\">Claire Martin</a></div><div class=\"saboxplugin-desc\"><p>Journaliste depuis 2005, Claire Martin couvre l'actualité sociale et économique de la région pour le journal.</p></div></div>")
                        .states("fr-wordpress-author-box-plugin", "an author-box plugin after the body, its classes naming no author"),
                page("it", "Corriere Valle", ARC).headline("Ospedale, nuovo reparto di pediatria", "")
                        .p("L'ospedale cittadino avrà un nuovo reparto di pediatria con venti posti letto entro la fine dell'anno, ha annunciato la direzione sanitaria.")
                        .noise("<div class=\"paywall-box\"><p>Questo articolo è riservato agli abbonati. Abbonati per continuare a leggere tutti gli articoli del sito.</p><a href=\"/abbonati\">Abbonati ora</a></div>")
                        .states("it-arc-paywall-teaser", "a paywalled article: the body is its first paragraph"),
                page("nl", "Westfries Nieuws", WORDPRESS).headline("Nieuwe haven voor plezierboten", "")
                        .p("De gemeente legt aan de oostkant van het meer een nieuwe haven aan met plaats voor honderd plezierboten.",
                                "De bouw begint na de zomer en moet volgend voorjaar klaar zijn, zodat de haven in het nieuwe seizoen open kan.")
                        .after("<section id=\"reacties\" class=\"reacties\"><h3>Reacties (2)</h3><div class=\"reactie\"><p class=\"naam\">Henk</p><p>Mooi plan, maar waar moeten al die auto's van de booteigenaren straks parkeren? Daar hoor ik niemand over, en de straten rond het meer staan nu al vol.</p></div></section>")
                        .states("nl-wordpress-reacties", "a Dutch comment section ('reacties')"),
                page("pl", "Kurier Lokalny", PLAIN).headline("Remont rynku potrwa do jesieni", "")
                        .p("Remont rynku potrwa do jesieni, a nie do wakacji, jak zapowiadano, poinformował w środę wiceprezydent miasta.")
                        .h2("Dlaczego prace się opóźniają")
                        .p("Podczas prac archeolodzy odkryli fundamenty dawnego ratusza, które trzeba było dokładnie zbadać.")
                        .body("<blockquote><p>Nie mogliśmy tego po prostu zasypać. To część historii miasta.</p></blockquote>",
                                "Nie mogliśmy tego po prostu zasypać. To część historii miasta.")
                        .noise("<p><strong>Zobacz też:</strong> <a href=\"/parking\">Nowy parking przy dworcu już otwarty</a></p>")
                        .states("pl-plain-subhead-quote-zobacz-tez", "a subhead, a quote and a 'Zobacz też:' insert"),
                page("en", "Capital Times", PLAIN).headline("Hospital to get new cancer unit", "")
                        .p("The city hospital will open a new cancer treatment unit next spring, health officials said, cutting waiting times for patients.")
                        .noise("<div class=\"inline-story\"><span class=\"label\">Related</span><a href=\"/x\"><h4>Waiting lists at the hospital reach a record high</h4></a></div>")
                        .p("The unit will have two radiotherapy machines and twelve treatment rooms, and will employ about sixty staff.")
                        .states("en-plain-related-story-card", "a related-story card inside the body"),
                page("de", "Morgenpost Süd", ARC).headline("\u201eWir brauchen mehr Personal\u201c", "")
                        .p("Die Leiterin des städtischen Klinikums, Dr. Sabine Roth, über fehlende Pflegekräfte und lange Wartezeiten.")
                        .p("<strong>Frau Roth, wie groß ist der Mangel an Pflegekräften?</strong>",
                                "Uns fehlen derzeit rund achtzig Stellen, vor allem auf den Intensivstationen.")
                        .p("<strong>Was tun Sie dagegen?</strong>", "Wir werben im Ausland an und bilden selbst mehr aus als früher.")
                        .states("de-arc-interview", "a German interview: questions in bold"),
                page("fr", "La Voix du Centre", DRUPAL).headline("En direct : la grève des transports", "")
                        .p("Suivez en direct la journée de grève dans les transports en commun de l'agglomération.")
                        .body("<div class=\"live-post\"><span class=\"live-time\">14h32</span><p>La préfecture annonce que le trafic sera normal demain matin sur toutes les lignes de tramway.</p></div>",
                                "14h32", "La préfecture annonce que le trafic sera normal demain matin sur toutes les lignes de tramway.")
                        .body("<div class=\"live-post\"><span class=\"live-time\">13h05</span><p>Selon les syndicats, près de 70 % des conducteurs de bus ont cessé le travail ce matin.</p></div>",
                                "13h05", "Selon les syndicats, près de 70 % des conducteurs de bus ont cessé le travail ce matin.")
                        .states("fr-drupal-live", "a French live blog, entries with their times"),
                page("es", "El Norte Hoy", NEXT).headline("La sequía obliga a cortar el agua por la noche", "")
                        .p("Los vecinos de cuatro municipios de la comarca sufrirán cortes de agua nocturnos a partir del lunes por la sequía, anunció la empresa de aguas.",
                                "Los cortes serán de once de la noche a seis de la mañana y durarán, al menos, hasta finales de mes.")
                        .noise("<div class=\"RelatedNews_box__q1W2\"><h4>Noticias relacionadas</h4><ul><li><a href=\"/a\">Los embalses, al 20 % de su capacidad</a></li><li><a href=\"/b\">El Gobierno aprueba ayudas para los agricultores</a></li></ul></div>")
                        .p("La empresa pide a los vecinos que llenen depósitos y botellas antes de la hora del corte.")
                        .states("es-next-related-news-box", "a related-news box in a Next.js body"));
    }
}
