package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.ThirteenthMetadataPages.photo;
import static org.dossier.extract.metadata.ThirteenthMetadataPages.related;

import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The pages of the thirteenth held-out metadata set ({@link ThirteenthMetadataPages}) in French, Spanish, Italian,
 * Dutch, Portuguese, Polish, Swedish and Norwegian.
 */
final class ThirteenthMetadataPagesEurope {
    private ThirteenthMetadataPagesEurope() {}

    static List<Case> all() {
        return List.of(
                // --- French ---
                page("fr", "Ministère de la Transition agricole").title("Communiqué de presse : un plan pour les haies")
                        .article("<h1>Un plan pour les haies</h1><p class='fr-tag'>Communiqué de presse</p><p class='date-publication'>Publié le 14 février 2024</p><p>Les candidatures sont ouvertes jusqu'au 30 avril 2024.</p><p class='contact'>Service de presse du ministère</p>")
                        .states("fr-ministere-communique", "ministry release: 'Publié le', a deadline date in the text, press office no author",
                                "Un plan pour les haies", "", "2024-02-14"),
                page("fr", "L'Écho du Bocage").title("Tribune : la ruralité mérite mieux")
                        .article("<h1>Tribune : la ruralité mérite mieux</h1><p class='tribune-auteur'>Une tribune de Camille Roux, maire de Saint-Genis</p><p class='date'>Le 02/05/2024 à 07h30</p>")
                        .states("fr-tribune-de-role", "guest opinion: 'Une tribune de A, maire de ...'",
                                "la ruralité mérite mieux", "Camille Roux", "2024-05-02"),
                page("fr", "La Voix de l'Ain").title("En images : la fête du lac")
                        .article("<h1>En images : la fête du lac</h1><p class='date'>Publié le 29 juin 2024</p>"
                                + photo("Le feu d'artifice au-dessus du lac.", "Photo Lucie Bernard")
                                + photo("Les enfants au concours de pêche.", "Photo Lucie Bernard"))
                        .states("fr-galerie-photo-credit", "photo gallery: captions with 'Photo A' credits only",
                                "En images : la fête du lac", "", "2024-06-29"),
                page("fr", "Le Courrier Picard du Soir").title("Inondations : la préfecture déclenche l'alerte")
                        .article("<h1>Inondations : la préfecture déclenche l'alerte</h1><p class='signature'>La Rédaction</p><p class='date'>Publié le 08/01/2024 à 18h12</p>")
                        .after(related("À lire aussi", "La digue renforcée", "Paul Garnier", "03/01/2024"))
                        .states("fr-la-redaction", "a desk byline 'La Rédaction', a dated related block",
                                "Inondations : la préfecture déclenche l'alerte", "", "2024-01-08"),
                page("fr", "Savoie Matin").title("Le tunnel rouvre après six mois de travaux")
                        .article("<h1>Le tunnel rouvre après six mois de travaux</h1><p class='auteur'>Julien Morel, correspondant local</p><time datetime='2024-03-28T10:00:00+01:00'>28 mars 2024</time><p>Les travaux avaient commencé le 2 octobre 2023.</p>")
                        .states("fr-role-correspondant", "a byline 'A, correspondant local', an earlier date in the text",
                                "Le tunnel rouvre après six mois de travaux", "Julien Morel", "2024-03-28"),

                // --- Spanish ---
                page("es", "Diario del Segura").title("El pleno aprueba los presupuestos municipales")
                        .head("<meta name='Generator' content='Drupal 9 (https://www.drupal.org)'>")
                        .article("<article class='node node--type-noticia'><h1 class='page-title'><span>El pleno aprueba los presupuestos municipales</span></h1><div class='field--name-field-autor'>Marta Ibáñez</div><div class='field--name-field-fecha'>Mié, 17/04/2024 - 12:30</div></article>")
                        .states("es-drupal-field-autor-fecha", "Drupal 9: field-autor and 'Mié, 17/04/2024 - 12:30'",
                                "El pleno aprueba los presupuestos municipales", "Marta Ibáñez", "2024-04-17"),
                page("es", "Ministerio de Movilidad").title("Nota de prensa: nuevas ayudas al transporte")
                        .article("<h1>Nuevas ayudas al transporte</h1><p class='tipo'>Nota de prensa</p><p class='fecha'>Madrid, martes, 9 de julio de 2024</p><p>Las ayudas se aplicarán desde el 1 de septiembre.</p>")
                        .states("es-ministerio-nota-prensa", "ministry release: 'Madrid, martes, 9 de julio de 2024', no author",
                                "Nuevas ayudas al transporte", "", "2024-07-09"),
                page("es", "La Gaceta de Cáceres").title("Directo: la noche electoral en Extremadura")
                        .article("<h1>Directo: la noche electoral en Extremadura</h1><p class='firma'>Redacción</p><p class='fecha'>28/05/2023 20:00</p><div class='entrada'><span class='hora'>29/05/2023 01:10</span><p>Escrutado el 99 %.</p></div>")
                        .states("es-directo-redaccion", "live blog with a desk byline 'Redacción', a later entry time",
                                "Directo: la noche electoral en Extremadura", "", "2023-05-28"),
                page("es", "El Faro de Vigo Norte").title("Opinión: el puerto que queremos")
                        .article("<h1>Opinión: el puerto que queremos</h1><p class='autor'>Andrés Couto, Catedrático de Economía</p><p class='fecha'>21 de octubre de 2024</p>")
                        .after(related("Más opinión", "La ría olvidada", "Elena Paz", "14 de octubre de 2024"))
                        .states("es-opinion-role-catedratico", "opinion: 'A, Catedrático de Economía', a dated related block",
                                "el puerto que queremos", "Andrés Couto", "2024-10-21"),
                page("es", "Noticias de Lleida").title("Fotogalería: la Feria de San Miguel")
                        .article("<h1>Fotogalería: la Feria de San Miguel</h1><time datetime='2024-09-28'>28/09/2024</time>"
                                + photo("Ganado en el recinto ferial.", "Foto: Jordi Puig")
                                + photo("Visitantes en la entrada.", "Foto: Jordi Puig"))
                        .states("es-fotogaleria-credits", "photo gallery: captions with 'Foto: A' credits only",
                                "Fotogalería: la Feria de San Miguel", "", "2024-09-28"),

                // --- Italian ---
                page("it", "Il Giornale di Brescia Est").title("Il consiglio comunale approva il nuovo piano traffico")
                        .article("<h1>Il consiglio comunale approva il nuovo piano traffico</h1><p class='autore'>di Giulia Ferri, inviata</p><p class='data'>Pubblicato il 05/03/2024 alle 19:20</p><p>Le nuove regole entreranno in vigore il 1 aprile.</p>")
                        .states("it-di-role-inviata", "'di A, inviata', 'Pubblicato il ... alle'",
                                "Il consiglio comunale approva il nuovo piano traffico", "Giulia Ferri", "2024-03-05"),
                page("it", "Ministero delle Imprese").title("Comunicato stampa: bando per le start-up")
                        .article("<h1>Bando per le start-up</h1><p class='tipo'>Comunicato stampa</p><p class='data'>Roma, 12 giugno 2024</p><p>Le domande si presentano dal 15 luglio.</p>")
                        .states("it-ministero-comunicato", "ministry release: 'Roma, 12 giugno 2024', no author",
                                "Bando per le start-up", "", "2024-06-12"),
                page("it", "La Voce del Trentino").title("Neve in quota, strade chiuse")
                        .article("<h1>Neve in quota, strade chiuse</h1><p class='firma'>Redazione</p><p class='data'>23 gennaio 2024</p>")
                        .after(related("Leggi anche", "Valanga in Val di Sole", "Redazione", "20 gennaio 2024"))
                        .states("it-redazione", "a desk byline 'Redazione', a dated related block",
                                "Neve in quota, strade chiuse", "", "2024-01-23"),
                page("it", "Corriere di Romagna Sud").title("L'intervento: la sanità pubblica va difesa")
                        .article("<h1>L'intervento: la sanità pubblica va difesa</h1><p class='autore'>Marco Bellini, presidente dell'Ordine dei medici</p><time datetime='2024-11-04T08:00:00+01:00'>4 novembre 2024</time>")
                        .states("it-intervento-role-presidente", "guest piece: 'A, presidente dell'Ordine ...'",
                                "L'intervento: la sanità pubblica va difesa", "Marco Bellini", "2024-11-04"),

                // --- Dutch ---
                page("nl", "Rijksoverheid Test").title("Kabinet trekt extra geld uit voor dijkversterking")
                        .article("<h1>Kabinet trekt extra geld uit voor dijkversterking</h1><p class='meta'>Nieuwsbericht | 16-02-2024 | 14:30</p><p>De eerste projecten starten op 1 januari 2025.</p>")
                        .states("nl-nieuwsbericht-pipe-date", "government news item: 'Nieuwsbericht | 16-02-2024 | 14:30', a future date in the text",
                                "Kabinet trekt extra geld uit voor dijkversterking", "", "2024-02-16"),
                page("nl", "Dagblad van het Oosten").title("Gemeente sluit zwembad voor onderhoud")
                        .head("<script>window.Fusion=window.Fusion||{};Fusion.globalContent={\"type\":\"story\",\"headlines\":{\"basic\":\"Gemeente sluit zwembad voor onderhoud\"},\"display_date\":\"2024-04-09T05:30:00.000Z\",\"credits\":{\"by\":[{\"type\":\"author\",\"name\":\"Sanne de Vries\"}]}};</script>")
                        .article("<h1 class='article-title'>Gemeente sluit zwembad voor onderhoud</h1><div class='byline'><span class='byline-name'>Sanne de Vries</span><span class='byline-date'>9 apr. 2024, 07:30</span></div>")
                        .states("nl-arc-xp-byline-name", "Arc XP: byline-name and '9 apr. 2024, 07:30'",
                                "Gemeente sluit zwembad voor onderhoud", "Sanne de Vries", "2024-04-09"),
                page("nl", "Brabants Nieuws").title("Liveblog: carnaval in Oeteldonk")
                        .article("<h1>Liveblog: carnaval in Oeteldonk</h1><p class='auteurs'>Door Bram Jansen en Lotte Bakker</p><p class='datum'>10 februari 2024</p><div class='update'><time>11 februari 2024 00:45</time><p>Het feest gaat door.</p></div>")
                        .states("nl-liveblog-door-en", "live blog: 'Door A en B', a later update",
                                "Liveblog: carnaval in Oeteldonk", "Bram Jansen; Lotte Bakker", "2024-02-10"),
                page("nl", "Zeeuwse Krant").title("Opinie: geef de Westerschelde ruimte")
                        .article("<h1>Opinie: geef de Westerschelde ruimte</h1><p class='auteur'>Door Pieter Smits, ecoloog</p><p class='datum'>Gepubliceerd op 7 mei 2024</p>")
                        .after(related("Meer opinie", "Het veer moet blijven", "Anna Kok", "2 mei 2024"))
                        .states("nl-opinie-door-role", "opinion: 'Door A, ecoloog', 'Gepubliceerd op'",
                                "geef de Westerschelde ruimte", "Pieter Smits", "2024-05-07"),
                page("nl", "Friesch Dagblad Test").title("Elfstedentocht gaat weer niet door")
                        .article("<h1>Elfstedentocht gaat weer niet door</h1><p class='auteur'>Redactie</p><p class='datum'>12-01-2024</p>")
                        .states("nl-redactie", "a desk byline 'Redactie'",
                                "Elfstedentocht gaat weer niet door", "", "2024-01-12"),

                // --- Portuguese ---
                page("pt", "Governo Test").title("Nota à imprensa: novo programa de habitação")
                        .article("<h1>Novo programa de habitação</h1><p class='tipo'>Nota à imprensa</p><p class='data'>Publicado em 03/04/2024 às 11h00</p><p>As candidaturas abrem a 2 de maio.</p>")
                        .states("pt-nota-imprensa", "government release: 'Publicado em ... às', no author",
                                "Novo programa de habitação", "", "2024-04-03"),
                page("pt", "Jornal do Minho").title("Câmara aprova nova ciclovia")
                        .article("<h1>Câmara aprova nova ciclovia</h1><p class='autor'>Rita Lopes, Editora de Sociedade</p><p class='data'>18 de março de 2024</p>")
                        .after(related("Leia também", "Obras no centro histórico", "Rui Sá", "11 de março de 2024"))
                        .states("pt-role-editora", "a byline 'A, Editora de Sociedade', a dated related block",
                                "Câmara aprova nova ciclovia", "Rita Lopes", "2024-03-18"),
                page("pt", "Gazeta do Sul").title("Galeria: o desfile de carnaval")
                        .article("<h1>Galeria: o desfile de carnaval</h1><p class='data'>13/02/2024</p>"
                                + photo("A escola de samba na avenida.", "Foto: Caio Mendes")
                                + photo("Foliões no sambódromo.", "Foto: Caio Mendes"))
                        .states("pt-galeria-credits", "photo gallery: captions with 'Foto: A' credits only",
                                "Galeria: o desfile de carnaval", "", "2024-02-13"),
                page("pt", "Diário do Alentejo Test").title("Seca obriga a cortes no regadio")
                        .article("<h1>Seca obriga a cortes no regadio</h1><p class='autor'>Redação</p><p class='data'>22 de agosto de 2024</p>")
                        .states("pt-redacao", "a desk byline 'Redação'",
                                "Seca obriga a cortes no regadio", "", "2024-08-22"),

                // --- Polish ---
                page("pl", "Gazeta Pomorska Test").title("Rada miasta przyjęła budżet")
                        .article("<h1>Rada miasta przyjęła budżet</h1><p class='autor'>Anna Kowalczyk, dziennikarka</p><p class='data'>Opublikowano: 19.12.2023, 16:40</p>")
                        .states("pl-role-dziennikarka", "a byline 'A, dziennikarka', 'Opublikowano:'",
                                "Rada miasta przyjęła budżet", "Anna Kowalczyk", "2023-12-19"),
                page("pl", "Ministerstwo Cyfryzacji Test").title("Komunikat: nowa wersja aplikacji")
                        .article("<h1>Nowa wersja aplikacji</h1><p class='data'>Data publikacji: 05.06.2024</p><p>Aktualizacja będzie dostępna od 1 lipca 2024 r.</p>")
                        .states("pl-komunikat-data-publikacji", "ministry notice: 'Data publikacji:', a later date in the text",
                                "Nowa wersja aplikacji", "", "2024-06-05"),
                page("pl", "Kurier Lubelski Test").title("Relacja na żywo: mecz Motoru")
                        .article("<h1>Relacja na żywo: mecz Motoru</h1><p class='autor'>Redakcja</p><p class='data'>14.04.2024</p>")
                        .states("pl-redakcja-live", "a live report with the desk byline 'Redakcja'",
                                "Relacja na żywo: mecz Motoru", "", "2024-04-14"),

                // --- Swedish ---
                page("sv", "Norrlands Tidning Test").title("Kommunen bygger ny skola i Sörby")
                        .article("<h1>Kommunen bygger ny skola i Sörby</h1><p class='byline'>Erik Lund, reporter</p><p class='date'>Publicerad 2024-03-12 08:15</p>")
                        .after(related("Mer från Sörby", "Vägen stängs i helgen", "Maja Berg", "2024-03-08"))
                        .states("sv-role-reporter", "a byline 'A, reporter', 'Publicerad', a dated related block",
                                "Kommunen bygger ny skola i Sörby", "Erik Lund", "2024-03-12"),
                page("sv", "Regeringskansliet Test").title("Pressmeddelande: satsning på järnväg")
                        .article("<h1>Satsning på järnväg</h1><p class='meta'>Pressmeddelande från Infrastrukturdepartementet</p><p class='date'>Publicerad 20 maj 2024</p>")
                        .states("sv-pressmeddelande-fran", "ministry release: 'Pressmeddelande från X', no author",
                                "Satsning på järnväg", "", "2024-05-20"),
                page("sv", "Skånska Posten Test").title("Debatt: låt bönderna få vatten")
                        .article("<h1>Debatt: låt bönderna få vatten</h1><p class='debattor'>Karin Holm, ordförande LRF Skåne</p><p class='date'>2024-07-01</p>")
                        .states("sv-debatt-role", "debate piece: 'A, ordförande ...'",
                                "Debatt: låt bönderna få vatten", "Karin Holm", "2024-07-01"),

                // --- Norwegian ---
                page("nb", "Vestlandsavisa Test").title("Ny bro over fjorden åpner i høst")
                        .article("<h1>Ny bro over fjorden åpner i høst</h1><p class='byline'>Ola Nordmann, journalist</p><p class='date'>Publisert 04.04.2024 kl. 10:12</p>")
                        .states("nb-role-journalist", "a byline 'A, journalist', 'Publisert ... kl.'",
                                "Ny bro over fjorden åpner i høst", "Ola Nordmann", "2024-04-04"),
                page("nb", "Nordlys Test").title("Bilder: nordlyset over Tromsø")
                        .article("<h1>Bilder: nordlyset over Tromsø</h1><p class='date'>Publisert 15.01.2024</p>"
                                + photo("Nordlyset over Tromsdalstinden.", "Foto: Kari Hansen")
                                + photo("Turister på Fjellheisen.", "Foto: Kari Hansen"))
                        .states("nb-bilder-foto-credit", "photo gallery: captions with 'Foto: A' credits only",
                                "Bilder: nordlyset over Tromsø", "", "2024-01-15"),
                page("nb", "Regjeringen Test").title("Pressemelding: mer til barnehager")
                        .article("<h1>Mer til barnehager</h1><p class='meta'>Pressemelding | Dato: 10.09.2024</p><p>Ordningen gjelder fra 1. januar 2025.</p>")
                        .states("nb-pressemelding-dato", "ministry release: 'Pressemelding | Dato:', a later date in the text",
                                "Mer til barnehager", "", "2024-09-10"));
    }
}
