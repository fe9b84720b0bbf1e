package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The eighth held-out metadata set: 26 pages written after the rules were tuned on the seventh set and kept fixed
 * since — spaced Hungarian year-first dates, Greek numeric dates with an update label, Finnish and Polish updates
 * stated first, Indonesian "Reporter: … | Editor: …", Vietnamese "Theo", Arabic "كتب:", a Brazilian line with both
 * dates and no separator, offsets without a colon, a weekday-only time text, a date only in the first paragraph's
 * dateline, Arc XP's page data, a microdata author named only by a meta tag, capitals with an agency, German
 * "Erstveröffentlichung", French weekday dates, Corriere's "(modificato il …)", Dutch "Vandaag om", em-dash titles,
 * a microdata breadcrumb, Nuxt 3's serialised payload and rel=author links joined by "and". Its first read is in
 * docs/BENCHMARKS.md.
 */
final class EighthMetadataPages {
    private EighthMetadataPages() {}

    static List<Case> all() {
        return List.of(
                page("ro", "Jurnalul de Test").title("Autostrada se deschide în iunie")
                        .article("<h1>Autostrada se deschide în iunie</h1><p class=\"autor\">de Cristina Marin</p><p class=\"data\">Data: 12 ianuarie 2024 | Ora: 14:20</p>")
                        .states("ro-data-ora", "Romanian 'Data: 12 ianuarie 2024 | Ora: 14:20'",
                                "Autostrada se deschide în iunie", "Cristina Marin", "2024-01-12"),
                page("hu", "Hírek Teszt").title("Új kórház épül a városban")
                        .article("<h1>Új kórház épül a városban</h1><p class=\"date\">Létrehozva: 2024. 01. 12. 14:20</p>")
                        .states("hu-letrehozva-spaced-year-first", "Hungarian 'Létrehozva: 2024. 01. 12. 14:20' (spaced)",
                                "Új kórház épül a városban", "", "2024-01-12"),
                page("el", "Δοκιμαστικά Νέα").title("Νέος σταθμός μετρό")
                        .article("<h1>Νέος σταθμός μετρό</h1><p class=\"date\">12.01.2024 | 14:20</p><p class=\"date\">Ενημερώθηκε: 13.01.2024 09:00</p>")
                        .states("el-numeric-then-enimerothike", "Greek numeric '12.01.2024 | 14:20' then 'Ενημερώθηκε:'",
                                "Νέος σταθμός μετρό", "", "2024-01-12"),
                page("ru", "Тестовые новости").title("В городе откроют новую школу")
                        .article("<h1>В городе откроют новую школу</h1><p class=\"author\">Авторы: Мария Иванова и Олег Смирнов</p><p class=\"date\">12 января 2024, 14:20</p>")
                        .states("ru-avtory-i", "Russian 'Авторы: A и B'; '12 января 2024'",
                                "В городе откроют новую школу", "Мария Иванова; Олег Смирнов", "2024-01-12"),
                page("uk", "Тестові новини").title("У місті відкриють новий міст").fetched("2024-01-12T16:00:00Z")
                        .article("<h1>У місті відкриють новий міст</h1><p class=\"date\">Сьогодні, 14:20</p>")
                        .states("uk-sohodni-fetched", "Ukrainian 'Сьогодні, 14:20', fetch time known",
                                "У місті відкриють новий міст", "", "2024-01-12"),
                page("fi", "Testiuutiset").title("Uusi koulu valmistuu syksyllä")
                        .article("<h1>Uusi koulu valmistuu syksyllä</h1><p class=\"meta\">Päivitetty 13.1.2024 klo 10.00 | Julkaistu 12.1.2024 klo 14.20</p>")
                        .states("fi-paivitetty-before-julkaistu", "Finnish 'Päivitetty … | Julkaistu …': the update first",
                                "Uusi koulu valmistuu syksyllä", "", "2024-01-12"),
                page("id", "Berita Uji").title("Jalan tol baru diresmikan")
                        .article("<h1>Jalan tol baru diresmikan</h1><div class=\"date\">Jumat, 12 Januari 2024 | 14:20 WIB</div><div class=\"credit\">Reporter: Andi Wijaya | Editor: Siti Aminah</div>")
                        .states("id-reporter-editor", "Indonesian 'Reporter: A | Editor: B'; 'Jumat, 12 Januari 2024'",
                                "Jalan tol baru diresmikan", "Andi Wijaya", "2024-01-12"),
                page("vi", "Báo Thử Nghiệm").title("Khánh thành cầu mới")
                        .article("<h1>Khánh thành cầu mới</h1><p class=\"author\">Theo Hoàng Nam</p><p class=\"date\">12/01/2024 14:20 GMT+7</p>")
                        .states("vi-theo-name", "Vietnamese 'Theo Name'; '12/01/2024 14:20 GMT+7'",
                                "Khánh thành cầu mới", "Hoàng Nam", "2024-01-12"),
                page("ar", "أخبار التجربة").title("افتتاح جسر جديد")
                        .article("<h1>افتتاح جسر جديد</h1><p class=\"author\">كتب: محمود سالم</p><p class=\"date\">السبت 13 يناير 2024</p>")
                        .states("ar-kataba-saturday", "Arabic 'كتب: Name'; 'السبت 13 يناير 2024'",
                                "افتتاح جسر جديد", "محمود سالم", "2024-01-13"),
                page("pt", "Portal Teste").title("Metrô ganha nova estação")
                        .article("<h1>Metrô ganha nova estação</h1><p class=\"date\">Publicado em 12/01/2024 - 14:20 Atualizado em 13/01/2024 - 09:00</p>")
                        .states("pt-br-publicado-atualizado-no-separator", "Brazilian 'Publicado em … Atualizado em …' on one line, no separator",
                                "Metrô ganha nova estação", "", "2024-01-12"),
                page("en", "Test Valley Times").title("County opens new shelter")
                        .meta("article:published_time", "2024-01-12T23:20:00.000-0500")
                        .article("<h1>County opens new shelter</h1><p class=\"byline\">By Erin Walsh</p>")
                        .states("en-offset-without-colon-late", "published_time late at -0500 (no colon in the offset)",
                                "County opens new shelter", "Erin Walsh", "2024-01-12"),
                page("en", "Test Tribune Online").title("Snow closes schools")
                        .article("<h1>Snow closes schools</h1><p class=\"byline\">By Omar Reyes</p><time datetime=\"2024-01-12\">Friday</time>")
                        .states("en-time-weekday-text", "<time datetime> whose text is only the weekday",
                                "Snow closes schools", "Omar Reyes", "2024-01-12"),
                page("en", "Test Wire Service").title("Senate passes stopgap bill")
                        .bare()
                        .article("<h1>Senate passes stopgap bill</h1><p>WASHINGTON (Jan. 12, 2024) — The Senate passed a stopgap spending bill late on Friday, sending it to the House with hours to spare.</p>")
                        .states("en-first-paragraph-dateline-year", "the only date in the first paragraph's dateline 'CITY (Jan. 12, 2024) —'",
                                "Senate passes stopgap bill", "", "2024-01-12"),
                page("en", "Test Metro Post").title("Transit fares frozen")
                        .article("<h1>Transit fares frozen</h1><p class=\"byline\">By Leah Stone</p>")
                        .after("<script>Fusion.globalContent={\"_id\":\"ABC\",\"display_date\":\"2024-01-12T14:20:00Z\",\"first_publish_date\":\"2024-01-12T14:00:00Z\"};</script>")
                        .states("en-arc-fusion-global-content", "Arc XP: the date only in Fusion.globalContent's first_publish_date",
                                "Transit fares frozen", "Leah Stone", "2024-01-12"),
                page("en", "Test Courier").title("Mill site sold to developer")
                        .meta("article:published_time", "2024-01-12T09:00:00Z")
                        .article("<div itemscope itemtype=\"https://schema.org/NewsArticle\"><h1 itemprop=\"headline\">Mill site sold to developer</h1><span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><meta itemprop=\"name\" content=\"Kate Long\"></span></div>")
                        .states("en-microdata-author-meta-name-only", "microdata Person named only by a meta itemprop=name",
                                "Mill site sold to developer", "Kate Long", "2024-01-12"),
                page("en", "Test Daily Record").title("Storm knocks out power")
                        .article("<h1>Storm knocks out power</h1><p class=\"byline\">By KATE LONG and PETER HALL Associated Press</p><p class=\"date\">January 12, 2024</p>")
                        .states("en-capitals-and-agency", "'By A and B Associated Press' in capitals",
                                "Storm knocks out power", "Kate Long; Peter Hall", "2024-01-12"),
                page("de", "Testblatt").title("Neue Brücke freigegeben")
                        .article("<h1>Neue Brücke freigegeben</h1><p class=\"author\">Von Jana Roth</p><p class=\"date\">Stand: 12.01.2024, 14:20 Uhr | Erstveröffentlichung: 11.01.2024, 18:00 Uhr</p>")
                        .states("de-stand-erstveroeffentlichung", "'Stand: … | Erstveröffentlichung: …': the first publication second",
                                "Neue Brücke freigegeben", "Jana Roth", "2024-01-11"),
                page("fr", "Le Journal Test").title("Le marché couvert rouvre")
                        .article("<h1>Le marché couvert rouvre</h1><p class=\"auteur\">Par Paul Girard</p><p class=\"date\">Publié le vendredi 12 janvier 2024 à 14h20</p>")
                        .states("fr-publie-weekday", "'Publié le vendredi 12 janvier 2024 à 14h20'",
                                "Le marché couvert rouvre", "Paul Girard", "2024-01-12"),
                page("es", "Diario Prueba").title("El metro amplía su horario")
                        .article("<h1>El metro amplía su horario</h1><p class=\"firma\">Por Marta Ruiz</p><p class=\"fecha\">Actualizado 13/01/2024 09:00 Publicado 12/01/2024 14:20</p>")
                        .states("es-actualizado-publicado-no-separator", "'Actualizado … Publicado …' on one line, no separator",
                                "El metro amplía su horario", "Marta Ruiz", "2024-01-12"),
                page("it", "Corriere di Prova").title("Nuovo ospedale entro il 2026")
                        .article("<h1>Nuovo ospedale entro il 2026</h1><p class=\"autore\">di Giulia Conti</p><p class=\"data\">12 gennaio 2024 (modificato il 13 gennaio 2024 | 09:00)</p>")
                        .states("it-modificato-il-parenthesis", "'12 gennaio 2024 (modificato il 13 gennaio 2024 | 09:00)'",
                                "Nuovo ospedale entro il 2026", "Giulia Conti", "2024-01-12"),
                page("nl", "Testkrant").title("Nieuwe brug geopend").fetched("2024-01-12T15:00:00Z")
                        .article("<h1>Nieuwe brug geopend</h1><p class=\"byline\">Door Eva Jansen</p><p class=\"date\">Vandaag om 14:20</p>")
                        .states("nl-vandaag-om-fetched", "'Vandaag om 14:20', fetch time known",
                                "Nieuwe brug geopend", "Eva Jansen", "2024-01-12"),
                page("pl", "Gazeta Testowa").title("Nowa linia tramwajowa")
                        .article("<h1>Nowa linia tramwajowa</h1><p class=\"date\">12.01.2024 14:20 · aktualizacja: 13.01.2024 09:00</p>")
                        .states("pl-numeric-dot-aktualizacja", "'12.01.2024 14:20 · aktualizacja: …'",
                                "Nowa linia tramwajowa", "", "2024-01-12"),
                page("en", "Test Gazette").title("Harbor cleanup begins — Environment — Test Gazette")
                        .article("<h2 class=\"headline\">Harbor cleanup begins</h2><time datetime=\"2024-01-12T10:00:00Z\">Jan 12, 2024</time>")
                        .states("en-em-dash-section-site-no-h1", "'Headline — Section — Site' title, no h1",
                                "Harbor cleanup begins", "", "2024-01-12"),
                page("de", "Sport Test").title("Bundesliga: Bayern verliert in Bremen")
                        .meta("article:published_time", "2024-01-12T22:30:00+01:00")
                        .article("<ol itemscope itemtype=\"https://schema.org/BreadcrumbList\"><li itemprop=\"itemListElement\" itemscope itemtype=\"https://schema.org/ListItem\"><a itemprop=\"item\" href=\"/sport\"><span itemprop=\"name\">Sport</span></a></li><li itemprop=\"itemListElement\" itemscope itemtype=\"https://schema.org/ListItem\"><a itemprop=\"item\" href=\"/sport/bundesliga\"><span itemprop=\"name\">Bundesliga</span></a></li></ol><h1>Bundesliga: Bayern verliert in Bremen</h1>")
                        .states("de-microdata-breadcrumb-kicker", "kicker named by a microdata BreadcrumbList with no breadcrumb class",
                                "Bayern verliert in Bremen", "", "2024-01-12"),
                page("en", "Test Signal").title("Drone rules tightened")
                        .article("<h1>Drone rules tightened</h1>")
                        .after("<script type=\"application/json\" id=\"__NUXT_DATA__\">[{\"data\":1},{\"story\":2},{\"title\":3,\"publishedAt\":4,\"author\":5},\"Drone rules tightened\",\"2024-01-12T14:20:00Z\",{\"name\":6},\"Nina Park\"]</script>")
                        .states("en-nuxt3-serialised-payload", "Nuxt 3's serialised payload: keys point at indexes",
                                "Drone rules tightened", "Nina Park", "2024-01-12"),
                page("en", "Test Review").title("The quiet return of the night train")
                        .meta("article:published_time", "2024-01-12T08:00:00Z")
                        .article("<h1>The quiet return of the night train</h1><p><a rel=\"author\" href=\"/people/ada-finch\">Ada Finch</a> and <a rel=\"author\" href=\"/people/tom-brook\">Tom Brook</a></p>")
                        .states("en-rel-author-links-and", "two rel=author links joined by 'and' in a plain paragraph",
                                "The quiet return of the night train", "Ada Finch; Tom Brook", "2024-01-12"));
    }
}
