package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The seventh held-out metadata set: 49 pages weighted to publication dates, after layouts and languages the first
 * six sets do not have — Romanian, Hungarian (year first), Finnish, Greek, Russian, Ukrainian, Indonesian,
 * Vietnamese and Arabic datelines, Brazilian "14.mar.2023", weekday names before dates, an update stated before the
 * first publication on one line, dates only in an ISO URL path, microdata and Open Graph times with offsets that
 * move the UTC day or with no zone, an RFC 1123 meta date, epoch milliseconds in a Nuxt state, live pages dated by
 * their coverage start, dates only in a plain byline line, a copyright year and a comment date beside the
 * headline, relative dates with the page's zone stated; authors joined by "și", "és", "e", "y" with roles after
 * the names, authors only in {@code __NEXT_DATA__} or {@code __NUXT__} or {@code rel=author} links; kickers named
 * only by a breadcrumb {@code <nav>} and "| Section | Site" tails. Written before any rule was changed for it and
 * kept fixed since: its first read is in docs/BENCHMARKS.md.
 */
final class SeventhMetadataPages {
    private SeventhMetadataPages() {}

    static List<Case> all() {
        return List.of(
                // --- languages with no month or label words in the rules ---
                page("ro", "Gazeta de Exemplu").title("Primăria închide podul vechi")
                        .article("<h1>Primăria închide podul vechi</h1><p class=\"autor\">de Andrei Popescu</p><p class=\"data\">Publicat: 14 martie 2023, 09:15</p>")
                        .states("ro-publicat-martie", "Romanian 'Publicat: 14 martie 2023'; 'de Name'",
                                "Primăria închide podul vechi", "Andrei Popescu", "2023-03-14"),
                page("ro", "Ziarul Local").title("Tarifele la apă cresc din iunie")
                        .article("<h1>Tarifele la apă cresc din iunie</h1><p class=\"autor\">Autor: Elena Ionescu</p><div class=\"meta\">Actualizat: 16.05.2023 10:00 | Data publicării: 15.05.2023 18:30</div>")
                        .states("ro-actualizat-before-data-publicarii", "Romanian 'Actualizat: … | Data publicării: …': the update first",
                                "Tarifele la apă cresc din iunie", "Elena Ionescu", "2023-05-15"),
                page("ro", "Observatorul de Vest").title("Spitalul județean primește un nou tomograf")
                        .article("<h1>Spitalul județean primește un nou tomograf</h1><p class=\"byline\">de Ioana Dumitru și Mihai Stan</p><time>joi, 9 februarie 2023, 12:40</time>")
                        .states("ro-weekday-si-two-authors", "Romanian weekday date 'joi, 9 februarie 2023' in a <time> without datetime; 'de A și B'",
                                "Spitalul județean primește un nou tomograf", "Ioana Dumitru; Mihai Stan", "2023-02-09"),
                page("hu", "Példa Hírek").title("Bezár a régi uszoda")
                        .article("<h1>Bezár a régi uszoda</h1><p class=\"author\">Szerző: Kovács Péter</p><p class=\"date\">2023. március 14., kedd 09:15</p>")
                        .states("hu-year-first-month-name", "Hungarian year-first '2023. március 14., kedd'; 'Szerző:'",
                                "Bezár a régi uszoda", "Kovács Péter", "2023-03-14"),
                page("hu", "Megyei Napló").title("Drágul a helyi buszjegy")
                        .article("<h1>Drágul a helyi buszjegy</h1><div class=\"datum\">Közzétéve: 2023.05.15. 18:30<br>Frissítve: 2023.05.16. 10:00</div>")
                        .states("hu-numeric-year-first-kozzeteve", "Hungarian numeric '2023.05.15.' after 'Közzétéve:', 'Frissítve:' after",
                                "Drágul a helyi buszjegy", "", "2023-05-15"),
                page("hu", "Példa Hírek").title("Új villamosvonal épül | Belföld | Példa Hírek")
                        .article("<h1>Új villamosvonal épül</h1><p class=\"author\">Nagy Anna és Tóth Gábor</p><p class=\"date\">2023. június 6.</p>")
                        .states("hu-es-two-authors-pipe-tails", "Hungarian 'A és B'; '2023. június 6.'; '| Section | Site' title",
                                "Új villamosvonal épül", "Nagy Anna; Tóth Gábor", "2023-06-06"),
                page("fi", "Esimerkkiuutiset").title("Kaupunki sulkee vanhan kirjaston")
                        .article("<h1>Kaupunki sulkee vanhan kirjaston</h1><p class=\"author\">Matti Virtanen</p><p class=\"meta\">14.3.2023 09:15 | Päivitetty 15.3.2023 10:00</p>")
                        .states("fi-bare-date-then-paivitetty", "Finnish unlabelled '14.3.2023 09:15' then '| Päivitetty …'",
                                "Kaupunki sulkee vanhan kirjaston", "Matti Virtanen", "2023-03-14"),
                page("fi", "Maakuntalehti").title("Jäät lähtivät joesta").fetched("2023-03-14T12:00:00Z")
                        .article("<h1>Jäät lähtivät joesta</h1><p class=\"date\">Julkaistu 2 tuntia sitten</p>")
                        .states("fi-tuntia-sitten-fetched", "Finnish 'Julkaistu 2 tuntia sitten', fetch time known",
                                "Jäät lähtivät joesta", "", "2023-03-14"),
                page("fi", "Esimerkkiuutiset").title("Uusi silta avataan kesällä")
                        .article("<h1>Uusi silta avataan kesällä</h1><p class=\"byline\">Teksti: Liisa Korhonen, kuvat: Jari Laine</p><p class=\"date\">Julkaistu 14. maaliskuuta 2023</p>")
                        .states("fi-teksti-kuvat-partitive-month", "Finnish 'Teksti: A, kuvat: B' (the photographer is no author); '14. maaliskuuta 2023'",
                                "Uusi silta avataan kesällä", "Liisa Korhonen", "2023-03-14"),
                page("el", "Παράδειγμα Νέα").title("Κλείνει η παλιά γέφυρα")
                        .article("<h1>Κλείνει η παλιά γέφυρα</h1><p class=\"author\">Συντάκτης: Γιώργος Παπαδόπουλος</p><p class=\"date\">Δημοσίευση: 14 Μαρτίου 2023, 09:15</p>")
                        .states("el-dimosieusi-genitive-month", "Greek 'Δημοσίευση: 14 Μαρτίου 2023'; 'Συντάκτης:'",
                                "Κλείνει η παλιά γέφυρα", "Γιώργος Παπαδόπουλος", "2023-03-14"),
                page("el", "Ειδήσεις Πόλης").title("Νέα δρομολόγια για τα λεωφορεία")
                        .article("<h1>Νέα δρομολόγια για τα λεωφορεία</h1><div class=\"dates\">Τελευταία ενημέρωση: 16/05/2023 - 10:00 | Δημοσιεύθηκε: 15/05/2023 - 18:30</div>")
                        .states("el-update-before-published", "Greek 'Τελευταία ενημέρωση: … | Δημοσιεύθηκε: …': the update first",
                                "Νέα δρομολόγια για τα λεωφορεία", "", "2023-05-15"),
                page("ru", "Городские новости").title("Мэрия закрывает старый мост")
                        .article("<h1>Мэрия закрывает старый мост</h1><p class=\"author\">Иван Петров</p><p class=\"date\">Опубликовано: 14 марта 2023, 09:15</p><p class=\"date\">Обновлено: 15 марта 2023, 10:00</p>")
                        .states("ru-opublikovano-obnovleno", "Russian 'Опубликовано: 14 марта 2023' before 'Обновлено:'",
                                "Мэрия закрывает старый мост", "Иван Петров", "2023-03-14"),
                page("ru", "Вечерний город").title("Трамвай пустят по новому маршруту").fetched("2023-03-15T09:00:00Z")
                        .article("<h1>Трамвай пустят по новому маршруту</h1><span class=\"date\">Вчера, 18:30</span>")
                        .states("ru-vchera-fetched", "Russian 'Вчера, 18:30' alone, fetch time known",
                                "Трамвай пустят по новому маршруту", "", "2023-03-14"),
                page("ru", "Городские новости").title("В парке высадят тысячу деревьев").fetched("2023-05-15T12:00:00Z")
                        .article("<h1>В парке высадят тысячу деревьев</h1><p class=\"byline\">Текст: Анна Смирнова</p><p class=\"date\">3 часа назад</p>")
                        .states("ru-chasa-nazad-tekst", "Russian '3 часа назад', fetch time known; 'Текст: Name'",
                                "В парке высадят тысячу деревьев", "Анна Смирнова", "2023-05-15"),
                page("uk", "Новини міста").title("Місто відкриває новий ліцей")
                        .article("<h1>Місто відкриває новий ліцей</h1><p class=\"author\">Автор: Олена Коваленко</p><p class=\"date\">Опубліковано 15 травня 2023, 18:30</p>")
                        .states("uk-opublikovano-travnia", "Ukrainian 'Опубліковано 15 травня 2023'; 'Автор:'",
                                "Місто відкриває новий ліцей", "Олена Коваленко", "2023-05-15"),
                page("pt", "Folha Exemplo").title("Prefeitura anuncia nova linha de ônibus")
                        .article("<h1>Prefeitura anuncia nova linha de ônibus</h1><p class=\"author\">Ana Souza</p><p class=\"dates\"><time>14.mar.2023 às 9h15</time> Atualizado: 15.mar.2023 às 10h00</p>")
                        .states("pt-br-dotted-short-month", "Brazilian '14.mar.2023 às 9h15' then 'Atualizado: 15.mar.2023'",
                                "Prefeitura anuncia nova linha de ônibus", "Ana Souza", "2023-03-14"),
                page("pt", "Jornal do Interior").title("Chuvas fecham estrada estadual")
                        .article("<h1>Chuvas fecham estrada estadual</h1><p class=\"autor\">Por Carla Mendes e João Lima</p><p class=\"data\">terça-feira, 14 de março de 2023</p>")
                        .states("pt-br-weekday-de-marco", "Brazilian 'terça-feira, 14 de março de 2023'; 'Por A e B'",
                                "Chuvas fecham estrada estadual", "Carla Mendes; João Lima", "2023-03-14"),
                page("id", "Contoh News").title("Pemkot tutup jembatan lama")
                        .article("<h1>Pemkot tutup jembatan lama</h1><div class=\"detail__author\">Budi Santoso - contohNews</div><div class=\"detail__date\">Selasa, 14 Mar 2023 09:15 WIB</div>")
                        .states("id-weekday-short-month-wib", "Indonesian 'Selasa, 14 Mar 2023 09:15 WIB'; 'Name - siteNews'",
                                "Pemkot tutup jembatan lama", "Budi Santoso", "2023-03-14"),
                page("id", "Harian Contoh").title("Harga beras naik menjelang Lebaran")
                        .article("<h1>Harga beras naik menjelang Lebaran</h1><div class=\"read__time\">Harian Contoh - 15/05/2023, 18:30 WIB</div><div class=\"read__credit\">Penulis Rina Wati | Editor Dedi Kurniawan</div>")
                        .states("id-penulis-editor", "Indonesian 'Penulis A | Editor B' (the editor is no author); 'Site - dd/mm/yyyy, 18:30 WIB'",
                                "Harga beras naik menjelang Lebaran", "Rina Wati", "2023-05-15"),
                page("id", "Kabar Contoh").title("Bandara baru mulai beroperasi")
                        .article("<h1>Bandara baru mulai beroperasi</h1><p class=\"date\">Diperbarui 16 Mei 2023, 10:00 WIB · Diterbitkan 15 Mei 2023, 18:30 WIB</p>")
                        .states("id-diperbarui-before-diterbitkan", "Indonesian 'Diperbarui … · Diterbitkan 15 Mei 2023': the update first",
                                "Bandara baru mulai beroperasi", "", "2023-05-15"),
                page("vi", "Báo Ví Dụ").title("Thành phố đóng cửa cây cầu cũ")
                        .article("<h1>Thành phố đóng cửa cây cầu cũ</h1><span class=\"date\">Thứ hai, 6/3/2023, 08:00 (GMT+7)</span>")
                        .after("<p class=\"author_mail\"><strong>Minh Anh</strong></p>")
                        .states("vi-weekday-numeric-author-after", "Vietnamese 'Thứ hai, 6/3/2023, 08:00 (GMT+7)'; the author in bold after the text",
                                "Thành phố đóng cửa cây cầu cũ", "Minh Anh", "2023-03-06"),
                page("vi", "Tin Tức Ví Dụ").title("Giá điện tăng từ tháng sáu")
                        .article("<h1>Giá điện tăng từ tháng sáu</h1><div class=\"time\">Ngày đăng: 15/05/2023 18:30 | Cập nhật: 16/05/2023 10:00</div>")
                        .states("vi-ngay-dang-cap-nhat", "Vietnamese 'Ngày đăng: … | Cập nhật: …'",
                                "Giá điện tăng từ tháng sáu", "", "2023-05-15"),
                page("ar", "أخبار المثال").title("البلدية تغلق الجسر القديم")
                        .article("<h1>البلدية تغلق الجسر القديم</h1><p class=\"author\">بقلم: أحمد علي</p><p class=\"date\">الثلاثاء 14 مارس 2023 09:15</p>")
                        .states("ar-weekday-month-name", "Arabic 'الثلاثاء 14 مارس 2023'; 'بقلم:'",
                                "البلدية تغلق الجسر القديم", "أحمد علي", "2023-03-14"),
                page("ar", "صحيفة المثال").title("افتتاح مستشفى جديد في المدينة")
                        .article("<h1>افتتاح مستشفى جديد في المدينة</h1><p class=\"date\">نشر في 15/5/2023</p>")
                        .states("ar-nushir-fi-numeric", "Arabic 'نشر في 15/5/2023'",
                                "افتتاح مستشفى جديد في المدينة", "", "2023-05-15"),
                // --- English: weekday names, update next to first publication, URL, offsets, epoch, live ---
                page("en", "The Northern Example").title("Council scraps bus lane plan")
                        .article("<h1>Council scraps bus lane plan</h1><p><a rel=\"author\" href=\"/profile/hannah-cole\">Hannah Cole</a></p><details class=\"dateline\"><summary>Tue 14 Mar 2023 09.15 GMT</summary>Last modified on Wed 15 Mar 2023 10.00 GMT</details>")
                        .states("en-weekday-abbr-dotted-time-rel-author", "'Tue 14 Mar 2023 09.15 GMT' then 'Last modified on …'; a rel=author link only",
                                "Council scraps bus lane plan", "Hannah Cole", "2023-03-14"),
                page("en", "Valley Channel 7").title("Water main break closes downtown streets")
                        .article("<h1>Water main break closes downtown streets</h1><p class=\"byline\">By Grace Kim</p><div class=\"timestamp\">Updated: Mar 16, 2023 / 10:12 AM EDT</div><div class=\"timestamp\">Originally published: Mar 15, 2023 / 6:00 AM EDT</div>")
                        .states("en-updated-then-originally-published", "'Updated: …' line before 'Originally published: …'",
                                "Water main break closes downtown streets", "Grace Kim", "2023-03-15"),
                page("en", "Example Wire Online").title("Port strike ends after nine days")
                        .head("<meta property=\"og:url\" content=\"https://wire.example/news/2023-03-14/port-strike-ends\">")
                        .article("<h1>Port strike ends after nine days</h1>")
                        .states("en-url-iso-date-path", "the date only in an ISO '/2023-03-14/' URL path",
                                "Port strike ends after nine days", "", "2023-03-14"),
                page("en", "Prairie Journal").title("Grain elevator fire under control")
                        .article("""
                                <div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2023-03-14T23:30:00-05:00"><h1 itemprop="headline">Grain elevator fire under control</h1><p class="byline">By <span itemprop="author">Wes Harlan</span></p></div>""")
                        .states("en-itemprop-late-evening-offset", "itemprop datePublished late in the evening at -05:00 (the next day in UTC)",
                                "Grain elevator fire under control", "Wes Harlan", "2023-03-14"),
                page("en", "Bay Times Example").title("Metro line extension approved")
                        .meta("article:published_time", "2023-03-15T01:00:00+05:30")
                        .article("<h1>Metro line extension approved</h1><p class=\"byline\">By Rahul Verma</p>")
                        .states("en-published-time-early-plus-0530", "article:published_time early in the morning at +05:30 (the previous day in UTC)",
                                "Metro line extension approved", "Rahul Verma", "2023-03-15"),
                page("en", "Lakeshore Gazette").title("Library extends opening hours")
                        .meta("article:published_time", "2023-03-14T23:45:00")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Library extends opening hours","datePublished":"2023-03-14 23:45:00"}""")
                        .article("<h1>Library extends opening hours</h1>")
                        .states("en-published-time-no-zone", "article:published_time and JSON-LD datePublished with no zone, late evening",
                                "Library extends opening hours", "", "2023-03-14"),
                page("en", "Hill Country Post").title("Wildfire crews gain ground")
                        .meta("sailthru.date", "Tue, 14 Mar 2023 23:15:00 -0400")
                        .article("<h1>Wildfire crews gain ground</h1><p class=\"byline\">By Nora Quinn</p>")
                        .states("en-sailthru-rfc1123-offset", "sailthru.date in RFC 1123 form late at -0400",
                                "Wildfire crews gain ground", "Nora Quinn", "2023-03-14"),
                page("en", "Signal Daily").title("Startup raises $40 million for battery recycling")
                        .article("<h1>Startup raises $40 million for battery recycling</h1>")
                        .after("""
                                <script>window.__NUXT__={layout:"default",data:[{article:{id:4411,title:"Startup raises $40 million for battery recycling",publishedAt:1678785300000,updatedAt:1678871700000,author:{name:"Chris Ford",slug:"chris-ford"}}}],state:{}}</script>""")
                        .states("en-nuxt-epoch-millis-author", "Nuxt __NUXT__ state: epoch milliseconds and the only author",
                                "Startup raises $40 million for battery recycling", "Chris Ford", "2023-03-14"),
                page("en", "Metro Current").title("Stadium deal signed | Metro Current")
                        .meta("article:published_time", "2023-05-15T16:00:00Z")
                        .article("<h1 class=\"Headline_h1__x9Y2k\">Stadium deal signed</h1>")
                        .after("""
                                <script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"headline":"Stadium deal signed","authors":[{"name":"Maya Lin","slug":"maya-lin"},{"name":"Omar Haddad","slug":"omar-haddad"}]}}},"page":"/story/[slug]","buildId":"x7"}</script>""")
                        .states("en-next-data-authors-only", "the authors only in __NEXT_DATA__",
                                "Stadium deal signed", "Maya Lin; Omar Haddad", "2023-05-15"),
                page("en", "Global Desk").title("Live: Storm makes landfall")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Live: Storm makes landfall","coverageStartTime":"2023-03-14T06:00:00Z","coverageEndTime":"2023-03-15T06:00:00Z"}""")
                        .article("<span class=\"live-badge\">LIVE</span><h1>Live: Storm makes landfall</h1><div class=\"entry\"><time>10:32 GMT</time><p>Winds reached 140 km/h on the coast.</p></div><div class=\"entry\"><time>08:05 GMT</time><p>Evacuations began overnight.</p></div>")
                        .states("en-live-coverage-start-only", "LiveBlogPosting with only coverageStartTime; entry times without dates",
                                "Live: Storm makes landfall", "", "2023-03-14"),
                page("en", "Small Town Notes").title("Bakery wins county prize")
                        .bare()
                        .article("<h1>Bakery wins county prize</h1><div><b>Sam Lee</b> — Tuesday, March 14, 2023</div>")
                        .states("en-plain-byline-line-weekday", "the only date in a plain line 'Name — Tuesday, March 14, 2023' with no class",
                                "Bakery wins county prize", "Sam Lee", "2023-03-14"),
                page("en", "Valley News Example").title("Mill reopens after flood repairs")
                        .top("<p class=\"copyright\">© Copyright 2019 Valley News Example</p>")
                        .article("<h1>Mill reopens after flood repairs</h1><p class=\"byline\">By Dana Cruz</p><ul class=\"meta\"><li>Mar 14, 2023</li><li>Updated Mar 15, 2023</li></ul>")
                        .states("en-copyright-year-updated-after", "an old copyright year in the header; 'Mar 14, 2023' then 'Updated Mar 15, 2023' items",
                                "Mill reopens after flood repairs", "Dana Cruz", "2023-03-14"),
                page("en", "Coastal Voice").title("Harbour dredging to start in April")
                        .article("<h1>Harbour dredging to start in April</h1><div class=\"comment-teaser\">Latest comment · March 20, 2023</div><p class=\"byline\">By Tom Ashe</p><p class=\"dateline\">March 14, 2023</p>")
                        .states("en-comment-date-before-byline", "a comment teaser's later date right under the headline, the article's date after the byline",
                                "Harbour dredging to start in April", "Tom Ashe", "2023-03-14"),
                page("en", "Tri-State Now").title("Bridge closed after barge strike").fetched("2023-03-15T02:30:00Z")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge closed after barge strike","dateModified":"2023-03-14T22:25:00-04:00"}""")
                        .article("<h1>Bridge closed after barge strike</h1><p class=\"timestamp\">Published 2 hours ago</p>")
                        .states("en-hours-ago-page-offset", "'Published 2 hours ago' fetched after midnight UTC; the page's times are at -04:00",
                                "Bridge closed after barge strike", "", "2023-03-14"),
                page("de", "Nachtausgabe Beispiel").title("Stromausfall in der Innenstadt").fetched("2023-03-14T23:50:00Z")
                        .meta("article:modified_time", "2023-03-15T00:35:00+01:00")
                        .article("<h1>Stromausfall in der Innenstadt</h1><p class=\"meta\">vor 20 Minuten</p>")
                        .states("de-vor-minuten-page-offset", "'vor 20 Minuten' fetched before midnight UTC, past midnight in the page's +01:00",
                                "Stromausfall in der Innenstadt", "", "2023-03-15"),
                // --- authors ---
                page("en", "National Ledger").title("Budget talks collapse")
                        .article("<h1>Budget talks collapse</h1><p class=\"byline\">By Jane Porter, Political Editor, and Luis Ortega, Washington Correspondent</p><p class=\"date\">March 14, 2023</p>")
                        .states("en-two-authors-roles-after-names", "'By A, Role, and B, Role'",
                                "Budget talks collapse", "Jane Porter; Luis Ortega", "2023-03-14"),
                page("es", "El Heraldo de Ejemplo").title("Bruselas aprueba el fondo agrícola")
                        .article("<h1>Bruselas aprueba el fondo agrícola</h1><p class=\"firma\">Por Ana Gómez, corresponsal en Bruselas, y Luis Martín, enviado especial</p><p class=\"fecha\">14/03/2023 18:30</p>")
                        .states("es-y-roles-after-names", "'Por A, corresponsal en City, y B, enviado especial'",
                                "Bruselas aprueba el fondo agrícola", "Ana Gómez; Luis Martín", "2023-03-14"),
                // --- update next to first publication in the rules' languages ---
                page("de", "Rheinblatt Beispiel").title("Neue Radwege für die Altstadt")
                        .article("<h1>Neue Radwege für die Altstadt</h1><p class=\"author\">Von Lena Hofmann</p><p class=\"date\">Aktualisiert am 15.03.2023, 10:00 Uhr · Erstmals veröffentlicht am 14.03.2023, 18:30 Uhr</p>")
                        .states("de-aktualisiert-before-erstmals-veroeffentlicht", "'Aktualisiert am … · Erstmals veröffentlicht am …': the update first",
                                "Neue Radwege für die Altstadt", "Lena Hofmann", "2023-03-14"),
                page("fr", "Le Courrier d'Exemple").title("La piscine municipale rouvre ses portes")
                        .article("<h1>La piscine municipale rouvre ses portes</h1><p class=\"auteur\">Par Claire Martin</p><p class=\"date\">Mis à jour le 15 mars 2023 à 10h00 · Publié le 14 mars 2023 à 18h30</p>")
                        .states("fr-mis-a-jour-before-publie", "'Mis à jour le … · Publié le …': the update first",
                                "La piscine municipale rouvre ses portes", "Claire Martin", "2023-03-14"),
                page("it", "La Gazzetta d'Esempio").title("Il comune rinnova il parco giochi")
                        .article("<h1>Il comune rinnova il parco giochi</h1><p class=\"autore\">di Luca Ferri</p><p class=\"data\">Aggiornato il 15 marzo 2023 alle 10:00 – Pubblicato il 14 marzo 2023 alle 18:30</p>")
                        .states("it-aggiornato-before-pubblicato", "'Aggiornato il … – Pubblicato il …': the update first",
                                "Il comune rinnova il parco giochi", "Luca Ferri", "2023-03-14"),
                page("pl", "Dziennik Przykładowy").title("Miasto zamyka stary basen")
                        .article("<h1>Miasto zamyka stary basen</h1><p class=\"author\">Autor: Piotr Nowak</p><p class=\"date\">wtorek, 14 marca 2023 09:15</p><p class=\"date\">Aktualizacja: 15.03.2023 10:00</p>")
                        .states("pl-weekday-date-aktualizacja", "Polish 'wtorek, 14 marca 2023' then 'Aktualizacja: …'",
                                "Miasto zamyka stary basen", "Piotr Nowak", "2023-03-14"),
                page("nl", "Het Dagblad van Voorbeeld").title("Gemeente sluit oude brug")
                        .article("<h1>Gemeente sluit oude brug</h1><p class=\"byline\">Door Sanne de Vries</p><p class=\"date\">di 14 mrt 2023, 09:15</p>")
                        .states("nl-weekday-abbr-mrt", "Dutch 'di 14 mrt 2023, 09:15' (short weekday)",
                                "Gemeente sluit oude brug", "Sanne de Vries", "2023-03-14"),
                // --- titles ---
                page("de", "Umweltblatt Beispiel").title("Klima: Gletscher schmelzen schneller | Umweltblatt Beispiel")
                        .meta("og:title", "Klima: Gletscher schmelzen schneller")
                        .meta("article:published_time", "2023-03-14T08:00:00+01:00")
                        .article("<nav class=\"breadcrumb\"><a href=\"/\">Startseite</a> › <a href=\"/klima\">Klima</a></nav><h1>Klima: Gletscher schmelzen schneller</h1>")
                        .states("de-kicker-only-in-breadcrumb-nav", "plain-text kicker named only by a breadcrumb <nav>",
                                "Gletscher schmelzen schneller", "", "2023-03-14"),
                page("en", "Riverside Health News").title("Health: Flu cases rise early this year")
                        .meta("article:published_time", "2023-03-14T12:00:00Z")
                        .article("<nav aria-label=\"breadcrumb\"><ol class=\"breadcrumb\"><li><a href=\"/\">Home</a></li><li><a href=\"/health\">Health</a></li></ol></nav><h1>Health: Flu cases rise early this year</h1><p class=\"byline\">By Ruth Ngata</p>")
                        .states("en-kicker-only-in-breadcrumb-list", "plain-text kicker named only by a breadcrumb <nav> list",
                                "Flu cases rise early this year", "Ruth Ngata", "2023-03-14"),
                page("en", "The Harbour Post").title("Ferry fares to rise in April | Business | The Harbour Post")
                        .article("<h2 class=\"story-headline\">Ferry fares to rise in April</h2><time datetime=\"2023-03-14T07:30:00Z\">March 14, 2023</time>")
                        .states("en-pipe-section-site-no-h1", "'Headline | Section | Site' title; no h1 and no og:title",
                                "Ferry fares to rise in April", "", "2023-03-14"));
    }
}
