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
 * The second held-out body set: 18 pages in 7 languages written after the rules were tuned on the first set and
 * kept fixed since, with patterns the first set lacks ("RELATED:" and "Mehr zum Thema:" inserts, a Jetpack
 * related-posts box, an "À lire aussi" heading over a link list, a sponsored box, "Advertisement" in a paragraph,
 * a German picture gallery and reader comments, footnotes, an editor's note, a FAQ toggle, Dutch live times,
 * "Become a member" paywall): its first read is the honest figure for pages the rules have not seen.
 */
final class SecondBodyPages {
    private SecondBodyPages() {}

    static List<Case> all() {
        return List.of(
                page("en", "Gulf Coast Record", ARC).headline("Port strike enters second week", "")
                        .p("Dock workers at the city's container port stayed off the job for an eighth day on Monday as talks with employers stalled.",
                                "Ships have started to wait offshore, and some retailers say shelves could run short of imported goods by the end of the month.")
                        .noise("<p class=\"c-paragraph\"><strong>RELATED:</strong> <a href=\"/port/talks\">What the port workers want, and what employers offer</a></p>")
                        .p("The union said it would not return until the employers withdrew plans to automate two of the terminal's cranes.")
                        .states("en-arc-related-caps-insert", "a 'RELATED:' link line"),
                page("en", "Hill Country Journal", WORDPRESS).headline("Wildflower meadow returns to the old quarry", "<div class=\"byline\">By Ruth Dale</div>")
                        .p("Ten years after the last stone was cut, the old quarry above the village has turned into one of the county's richest wildflower meadows.",
                                "Volunteers counted more than ninety species there last summer, including three orchids that had not been seen in the county for decades.")
                        .after("<div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><h3 class=\"jp-relatedposts-headline\"><em>Related</em></h3><div class=\"jp-relatedposts-items\"><div class=\"jp-relatedposts-post\"><h4 class=\"jp-relatedposts-post-title\"><a href=\"/x\">Bats return to the church tower</a></h4><p class=\"jp-relatedposts-post-context\">In \"Nature\"</p></div><div class=\"jp-relatedposts-post\"><h4 class=\"jp-relatedposts-post-title\"><a href=\"/y\">A walk along the old railway line</a></h4><p class=\"jp-relatedposts-post-context\">In \"Walks\"</p></div></div></div>")
                        .states("en-wordpress-jetpack-related", "a Jetpack related-posts box after the body"),
                page("en", "Open Notes", GHOST).headline("How the new recycling rules work", "")
                        .p("From April, households will sort their waste into four bins instead of two, the council has confirmed.")
                        .body("<div class=\"kg-card kg-toggle-card\"><div class=\"kg-toggle-heading\"><h4 class=\"kg-toggle-heading-text\">Which bin does glass go in?</h4></div><div class=\"kg-toggle-content\"><p>Glass goes in the new green box, which is collected every two weeks.</p></div></div>",
                                "Which bin does glass go in?", "Glass goes in the new green box, which is collected every two weeks.")
                        .p("The council says the change should double the share of waste that is recycled within three years.")
                        .states("en-ghost-faq-toggle", "a FAQ toggle card whose question and answer are body"),
                page("de", "Rheinische Rundschau", WORDPRESS).headline("Stadt baut neue Grundschule", "<div class=\"byline\">Von Lena Fischer</div>")
                        .p("Die Stadt baut im Neubaugebiet am Mühlenweg eine vierzügige Grundschule, das hat der Rat am Donnerstag einstimmig beschlossen.",
                                "Die Schule soll zum Schuljahr 2027 öffnen und bis zu 400 Kinder aufnehmen.")
                        .noise("<p><strong>Mehr zum Thema:</strong> <a href=\"/schulen\">Elternprotest gegen volle Klassen</a></p>")
                        .noise("<div class=\"anz\"><span>Anzeige</span></div>")
                        .p("Bis dahin werden die Kinder aus dem Viertel mit Bussen zu den Schulen in den Nachbarorten gebracht.")
                        .states("de-wordpress-mehr-zum-thema", "a 'Mehr zum Thema:' insert and an 'Anzeige' label"),
                page("fr", "Nord Matin", NEXT).headline("La piscine municipale fermée pour l'été", "")
                        .p("La piscine municipale restera fermée tout l'été en raison d'une fuite dans le bassin principal, a annoncé la mairie jeudi.",
                                "Les réparations devraient durer au moins trois mois et coûter près de 400 000 euros.")
                        .noise("<p class=\"Paragraph_paragraph__3kL2m\"><strong>À lire aussi</strong></p><ul><li><a href=\"/a\">Canicule : les fontaines de la ville rouvertes</a></li><li><a href=\"/b\">Le centre aquatique de la métropole prend du retard</a></li></ul>")
                        .p("En attendant, la ville propose des navettes gratuites vers la piscine intercommunale, à quinze kilomètres.")
                        .states("fr-next-a-lire-aussi-heading-list", "an 'À lire aussi' line over a link list"),
                page("es", "La Crónica Local", DRUPAL).headline("El mercado de abastos amplía su horario", "")
                        .p("El mercado de abastos abrirá también por las tardes a partir de mayo, tras el acuerdo alcanzado entre los comerciantes y el ayuntamiento.",
                                "Los puestos podrán abrir de cinco a ocho de la tarde de lunes a viernes.")
                        .noise("<p><strong>Noticia relacionada:</strong> <a href=\"/mercado\">El mercado estrena cubierta tras dos años de obras</a></p>")
                        .after("<div id=\"comentarios\"><h3>Comentarios</h3><div class=\"c\"><p>Por fin. Los que trabajamos por la mañana no podíamos comprar en el mercado nunca, y tener que ir siempre al supermercado es una pena para el barrio.</p></div></div>")
                        .states("es-drupal-related-insert-and-comments", "a 'Noticia relacionada:' insert and a comment section"),
                page("it", "Il Giornale di Valle", WORDPRESS).headline("Riapre il sentiero del lago", "")
                        .p("Il sentiero che costeggia il lago riaprirà sabato dopo i lavori di messa in sicurezza durati sei mesi, ha comunicato il Comune.",
                                "Lungo il percorso sono state installate nuove reti contro la caduta di massi e due aree di sosta.")
                        .noise("<p><em>Marco Bellini è giornalista e scrive di ambiente e montagna per il quotidiano dal 2010.</em></p>")
                        .states("it-wordpress-italic-bio", "an Italian author bio in italics closing the body"),
                page("nl", "Omroep West Nieuws", ARC).headline("Live: storm trekt over het land", "")
                        .p("Een zware storm trekt vandaag over het land. Volg hier de laatste ontwikkelingen.")
                        .body("<div class=\"live-item\"><span class=\"live-item__time\">10.15 uur</span><p class=\"c-paragraph\">Op de snelweg bij Utrecht is een boom op de weg gewaaid; de weg is in beide richtingen dicht.</p></div>",
                                "10.15 uur", "Op de snelweg bij Utrecht is een boom op de weg gewaaid; de weg is in beide richtingen dicht.")
                        .body("<div class=\"live-item\"><span class=\"live-item__time\">09.40 uur</span><p class=\"c-paragraph\">De treinen tussen Leiden en Den Haag rijden voorlopig niet, meldt de spoorwegmaatschappij.</p></div>",
                                "09.40 uur", "De treinen tussen Leiden en Den Haag rijden voorlopig niet, meldt de spoorwegmaatschappij.")
                        .states("nl-arc-live-times", "Dutch live entries with '10.15 uur' times"),
                page("pl", "Dziennik Regionu", NEXT).headline("Nowy most otwarty dla pieszych", "")
                        .p("Nowa kładka dla pieszych i rowerzystów nad Wisłą została w sobotę otwarta, poinformował ratusz.",
                                "Przeprawa ma czterysta metrów długości i połączyła dwa osiedla, których mieszkańcy musieli dotąd nadkładać kilka kilometrów.")
                        .noise("<div class=\"Box_box__r4T5\"><p>Zapisz się do naszego newslettera i otrzymuj najważniejsze wiadomości z regionu każdego ranka.</p></div>")
                        .states("pl-next-newsletter-box", "a Polish newsletter box"),
                page("en", "Evening Standard Example", PLAIN).headline("Council to plant 5,000 trees", "")
                        .p("The council will plant 5,000 trees along the city's main roads over the next two winters, it announced on Thursday.")
                        .noise("<div class=\"native-unit\"><p>Sponsored: Get half price on your first box of fresh meals, delivered to your door every week.</p></div>")
                        .p("Residents can ask for a tree outside their own home through the council's website until the end of the month.")
                        .states("en-plain-sponsored-box", "a sponsored box whose class says nothing"),
                page("en", "Census Notes", WORDPRESS).headline("The town is getting older", BY())
                        .p("The share of residents over 65 has risen from one in six to almost one in four in twenty years.<sup>1</sup>")
                        .p("Younger families have moved to the new estates outside the town boundary, where houses are cheaper.")
                        .body("<ol class=\"footnotes\"><li>Figures from the 2001 and 2021 censuses.</li><li>The estates lie in the neighbouring district.</li></ol>",
                                "Figures from the 2001 and 2021 censuses.", "The estates lie in the neighbouring district.")
                        .states("en-wordpress-footnotes", "a footnote list that belongs to the body"),
                page("en", "Valley Transit News", DRUPAL).headline("New night bus timetable", "")
                        .p("Night buses will run every half hour on the two busiest routes from next month.")
                        .body("<table><tr><th>Route</th><th>Last bus</th></tr><tr><td>N1 City to Airport</td><td>04:30</td></tr><tr><td>N2 City to Harbour</td><td>03:50</td></tr></table>",
                                "Route", "Last bus", "N1 City to Airport", "04:30", "N2 City to Harbour", "03:50")
                        .p("<em>Editor's note: This story has been updated to correct the time of the last N2 bus.</em>")
                        .states("en-drupal-timetable-and-editors-note", "a timetable and an editor's note"),
                page("en", "Tech Weekly", NEXT).headline("\u2018Repair should be normal again\u2019", "")
                        .p("Lena Ortiz runs a repair café in a former bank. We talked about broken toasters and the right to repair.")
                        .p("Q. Why did you open the café?", "A. Because I was tired of throwing away things that only needed a new fuse.")
                        .p("Q. What do people bring most?", "A. Lamps, coffee machines and, more and more, phones.")
                        .states("en-next-q-dot-a-dot-interview", "a Q. / A. interview"),
                page("de", "Südkurier Beispiel", PLAIN).headline("Fasnacht: Tausende beim Umzug", "")
                        .p("Mehr als 20.000 Menschen haben am Sonntag den großen Fasnachtsumzug durch die Altstadt verfolgt.")
                        .noise("<div class=\"bildergalerie\"><p>Bild 1 von 3</p><p>Die Hexen der Narrenzunft ziehen am Sonntag durch die Marktstraße.</p><p>Bild 2 von 3</p><p>Kinder sammeln am Straßenrand Bonbons, die von den Wagen geworfen werden.</p></div>")
                        .p("Die Polizei sprach von einem friedlichen Umzug ohne größere Zwischenfälle.")
                        .states("de-plain-bildergalerie", "a German picture gallery with counters and captions"),
                page("de", "Allgäuer Bote", WORDPRESS).headline("Neue Buslinie ins Tal", "")
                        .p("Ab Juni fährt eine neue Buslinie stündlich von der Stadt ins obere Tal, teilte der Verkehrsverbund mit.",
                                "Bisher gab es dort nur morgens und abends je eine Fahrt.")
                        .after("<section class=\"leserkommentare\"><h3>Kommentare (1)</h3><div class=\"eintrag\"><p class=\"name\">Gerda M.</p><p>Endlich! Wir haben jahrelang darum gebeten, und jetzt kann meine Tochter ohne Auto zur Arbeit in die Stadt fahren, das ist eine große Erleichterung.</p></div></section>")
                        .states("de-wordpress-leserkommentare", "reader comments in a German compound class"),
                page("en", "Morning Wire", ARC).headline("Airport expansion gets approval", "")
                        .p("The government approved plans for a second runway at the regional airport on Tuesday, ending a ten-year planning battle.")
                        .noise("<p class=\"adunit-label\">Advertisement</p>")
                        .p("Campaigners said they would challenge the decision in court, arguing it breaks the country's climate targets.")
                        .states("en-arc-advertisement-paragraph", "an 'Advertisement' label in a paragraph"),
                page("fr", "Le Petit Régional", WORDPRESS).headline("Le festival de jazz double sa durée", "")
                        .p("Le festival de jazz de la ville se tiendra cette année sur deux semaines au lieu d'une, ont annoncé les organisateurs.",
                                "Plus de quarante concerts sont prévus, dont une dizaine gratuits sur la place de l'hôtel de ville.")
                        .noise("<p>Suivez-nous sur Facebook et Instagram pour ne rien manquer de l'actualité culturelle.</p>")
                        .states("fr-wordpress-suivez-nous", "a 'Suivez-nous' line"),
                page("en", "The Slow Letter", GHOST).headline("What the river data shows", "")
                        .p("Three years of water samples from the river show that pollution peaks after heavy rain, not in dry weeks.")
                        .noise("<div class=\"single-cta\"><h3>Become a member to read the rest</h3><p>Members get every story in full and support independent local reporting.</p><a href=\"/signup\">Join now</a></div>")
                        .states("en-ghost-become-a-member-paywall", "a 'Become a member' paywall: the body is the teaser"));
    }

    private static String BY() {
        return "<div class=\"byline\">By Omar Reid</div>";
    }
}
