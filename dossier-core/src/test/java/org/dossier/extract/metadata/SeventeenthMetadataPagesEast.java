package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.SeventeenthMetadataPages.tdTopBar;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The pages of the seventeenth held-out metadata set ({@link SeventeenthMetadataPages}) in Polish, Swedish, Czech
 * and Turkish: dates such as "3 grudnia 2026", "3. prosince 2026", "3 Aralık 2026" and "3. 12. 2026", broadcasters'
 * "Publicerad … Uppdaterad" lines, Bitrix's news-detail template, the Newspaper and Jannah themes with today's date in
 * their top bars, national agencies' wire datelines, "Av A och B" and "A ve B" bylines, photo credits beside the byline,
 * e-mail bylines and Open Graph alone; invented sites and names.
 */
final class SeventeenthMetadataPagesEast {
    private SeventeenthMetadataPagesEast() {}

    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        out.addAll(polish());
        out.addAll(swedish());
        out.addAll(czech());
        out.addAll(turkish());
        return List.copyOf(out);
    }

    private static List<Case> polish() {
        return List.of(
                page("pl", "Gazeta Pomorska Wieś").title("Nowy most na Wiśle otwarty | Gazeta Pomorska Wieś")
                        .article("<h1 class='article-title'>Nowy most na Wiśle otwarty</h1><div class='article-meta'><span class='article-author'>Autor: Bartosz Wilczek</span> <span class='article-date'>3 grudnia 2026, 12:30</span></div>")
                        .states("pl-autor-grudnia", "'Autor: A', '3 grudnia 2026, 12:30'",
                                "Nowy most na Wiśle otwarty", "Bartosz Wilczek", "2026-12-03"),
                page("pl", "Kurier Mazurski").title("Szkoła dostanie nową salę - Kurier Mazurski")
                        .top(tdTopBar("piątek, 4 grudnia 2026"))
                        .article("<header class='td-post-title'><h1 class='entry-title'>Szkoła dostanie nową salę</h1><div class='td-module-meta-info'><div class='td-post-author-name'><div class='td-author-by'>Przez</div> <a href='/author/agnieszka-kowal/'>Agnieszka Kowal</a><div class='td-author-line'> - </div></div><span class='td-post-date'><time class='entry-date updated td-module-date' datetime='2026-11-19T08:00:00+01:00'>19 listopada 2026</time></span></div></header>")
                        .states("pl-tagdiv-przez", "Newspaper theme in Polish: 'Przez' link, '19 listopada 2026', today's date in the top bar",
                                "Szkoła dostanie nową salę", "Agnieszka Kowal", "2026-11-19"),
                page("pl", "Echo Podkarpacia").title("Echo Podkarpacia - Powódź zalała trzy wsie")
                        .article("<h1 class='tytul'>Powódź zalała trzy wsie</h1><figure><img src='/p.jpg' alt=''><figcaption>Zalana droga. fot. Damian Rzepka</figcaption></figure><p class='autor'>Tekst: Ewa Sobczak i Marek Lis</p><p class='data'>Opublikowano: 28 października 2026</p>")
                        .states("pl-tekst-i-fot", "'Tekst: A i B' after a 'fot.' caption, 'Opublikowano:'",
                                "Powódź zalała trzy wsie", "Ewa Sobczak; Marek Lis", "2026-10-28"),
                page("pl", "Serwis Agencyjny").title("Ceny paliw znowu w górę | Serwis Agencyjny")
                        .fetched("2026-11-27T17:00:00Z")
                        .article("<h1 class='depesza'>Ceny paliw znowu w górę</h1><p>Warszawa, 27.11.2026 (SA) - Ceny benzyny na stacjach wzrosły w tym tygodniu o kilka groszy na litrze, podali analitycy.</p>")
                        .after("<div class='powiazane'><h4>Powiązane</h4><p><a href='/d/2'>Gdańsk, 25.11.2026 (SA) - Port z rekordem</a></p></div>")
                        .states("pl-wire-dateline", "A Polish wire dateline 'Warszawa, 27.11.2026 (SA) -', another in the related list",
                                "Ceny paliw znowu w górę", "", "2026-11-27"),
                page("pl", "Głos Beskidów").title("Schronisko po remoncie")
                        .meta("og:site_name", "Głos Beskidów")
                        .meta("og:title", "Schronisko po remoncie")
                        .meta("article:published_time", "2026-09-09T10:00:00+02:00")
                        .article("<div class='tresc'><h2>Schronisko po remoncie</h2></div>")
                        .states("pl-opengraph-only", "Open Graph only, no author",
                                "Schronisko po remoncie", "", "2026-09-09"));
    }

    private static List<Case> swedish() {
        return List.of(
                page("sv", "Norrlandskanalen").title("Snöovädret stänger E4 | Norrlandskanalen")
                        .article("<h1 class='nyhet__rubrik'>Snöovädret stänger E4</h1><div class='nyhet__meta'><span class='nyhet__publicerad'>Publicerad 3 december 2026 kl. 14.05</span> <span class='nyhet__uppdaterad'>Uppdaterad 3 december 2026 kl. 18.20</span></div>")
                        .after("<div class='nyhet__byline'><span class='byline__name'>Linnea Ekholm</span><span class='byline__role'>reporter</span></div>")
                        .states("sv-broadcaster-publicerad-uppdaterad", "SVT-like: 'Publicerad … kl. 14.05 Uppdaterad …', the byline after the text",
                                "Snöovädret stänger E4", "Linnea Ekholm", "2026-12-03"),
                page("sv", "Vänerbladet").title("Hamnen byggs ut för 200 miljoner - Vänerbladet")
                        .article("<h1 class='article-headline'>Hamnen byggs ut för 200 miljoner</h1><p class='article-byline'>Av Oskar Lindgren och Maja Fors</p><p class='article-dateline'>12 november 2026 07:30</p>")
                        .states("sv-av-och", "'Av A och B', '12 november 2026 07:30'",
                                "Hamnen byggs ut för 200 miljoner", "Oskar Lindgren; Maja Fors", "2026-11-12"),
                page("sv", "Gotlandsposten").title("Färjan ställs in i helgen | Gotlandsposten")
                        .top(tdTopBar("fredag, december 4, 2026"))
                        .article("<header class='td-post-title'><h1 class='entry-title'>Färjan ställs in i helgen</h1><div class='td-module-meta-info'><div class='td-post-author-name'><div class='td-author-by'>Av</div> <a href='/author/ebba-stromqvist/'>Ebba Strömqvist</a><div class='td-author-line'> - </div></div><span class='td-post-date'><time class='entry-date updated td-module-date' datetime='2026-11-06T11:45:00+01:00'>6 november 2026</time></span></div></header>")
                        .states("sv-tagdiv-av", "Newspaper theme in Swedish: 'Av' link, td-post-date, today's date in the top bar",
                                "Färjan ställs in i helgen", "Ebba Strömqvist", "2026-11-06"),
                page("sv", "Mälardalens Tidning").title("Ny vårdcentral öppnar i Kvicksund | Mälardalens Tidning")
                        .article("<h1 class='rubrik'>Ny vårdcentral öppnar i Kvicksund</h1><figure><img src='/k.jpg' alt=''><figcaption>Den nya entrén. Foto: Viktor Ahl</figcaption></figure><div class='skribent'>Sara Holm <a href='mailto:sara.holm@mt.test'>sara.holm@mt.test</a></div><time datetime='2026-10-02T09:10:00+02:00'>2 okt 2026</time>")
                        .states("sv-email-and-photo", "An author with an e-mail link after a 'Foto:' caption, '2 okt 2026'",
                                "Ny vårdcentral öppnar i Kvicksund", "Sara Holm", "2026-10-02"),
                page("sv", "Nyhetsbyrån Norden").title("Kronan stärks mot euron | Nyhetsbyrån Norden")
                        .fetched("2026-11-17T16:00:00Z")
                        .article("<h1 class='telegram'>Kronan stärks mot euron</h1><p>STOCKHOLM, 17 nov (NN) - Kronan stärktes på tisdagen efter att inflationen sjunkit mer än väntat.</p><p class='kalla'>NN</p>")
                        .states("sv-wire-dateline", "A Swedish wire dateline 'STOCKHOLM, 17 nov (NN) -', no person",
                                "Kronan stärks mot euron", "", "2026-11-17"));
    }

    private static List<Case> czech() {
        return List.of(
                page("cs", "Jihočeský deník dnes").title("Nový most přes Vltavu otevřen | Jihočeský deník dnes")
                        .article("<h1 class='article-title'>Nový most přes Vltavu otevřen</h1><div class='article-info'><span class='author'>Autor: Tomáš Novotný</span> <span class='date'>3. prosince 2026</span></div>")
                        .states("cs-autor-prosince", "'Autor: A', '3. prosince 2026'",
                                "Nový most přes Vltavu otevřen", "Tomáš Novotný", "2026-12-03"),
                page("cs", "Televize Morava").title("Sníh komplikuje dopravu na Vysočině - Televize Morava")
                        .article("<h1 class='tm-title'>Sníh komplikuje dopravu na Vysočině</h1><div class='tm-meta'><span class='tm-date'>3. 12. 2026 14:05</span> <span class='tm-source'>Zdroj: Televize Morava</span></div><figure><figcaption>Zasněžená silnice. Foto: ČTK / Pavel Hrubý</figcaption></figure>")
                        .states("cs-broadcaster-spaced", "ČT-like: '3. 12. 2026 14:05', 'Zdroj:' the station, an agency photo credit",
                                "Sníh komplikuje dopravu na Vysočině", "", "2026-12-03"),
                page("cs", "Hlas Krkonoš").title("Hlas Krkonoš - Lanovka začne jezdit v pátek")
                        .article("<div class='news-detail'><span class='news-date-time'>27.11.2026</span><h3>Lanovka začne jezdit v pátek</h3><div class='news-detail-author'>Jana Dvořáková</div><div class='news-detail-text'></div></div>")
                        .after("<div class='news-list'><p class='news-item'><span class='news-date-time'>20.11.2026</span> <a href='/n/6'>Sjezdovky se zasněžují</a></p></div>")
                        .states("cs-bitrix-news-detail", "Bitrix news.detail: news-date-time first, the headline in an h3, a dated news list after",
                                "Lanovka začne jezdit v pátek", "Jana Dvořáková", "2026-11-27"),
                page("cs", "Brněnský zpravodaj").title("Tramvaje pojedou novou trasou | Brněnský zpravodaj")
                        .article("<h1 class='clanek-nadpis'>Tramvaje pojedou novou trasou</h1><p class='clanek-autor'>Petr Svoboda, Lucie Marková</p><p class='clanek-datum'>Publikováno: 14. října 2026</p>")
                        .states("cs-two-names-publikovano", "Two names with a comma, 'Publikováno: 14. října 2026'",
                                "Tramvaje pojedou novou trasou", "Petr Svoboda; Lucie Marková", "2026-10-14"),
                page("cs", "Ostravský večerník").title("Huť propustí dvě stě lidí | Ostravský večerník")
                        .article("<h1 class='entry-title'>Huť propustí dvě stě lidí</h1><div class='entry-meta'><span class='byline'>Radek Kolář | <a href='mailto:kolar@ov.test'>kolar@ov.test</a></span> <time datetime='2026-09-22T10:00:00+02:00'>22. září 2026</time></div>")
                        .states("cs-byline-email", "An author and an e-mail link, '22. září 2026'",
                                "Huť propustí dvě stě lidí", "Radek Kolář", "2026-09-22"));
    }

    private static List<Case> turkish() {
        return List.of(
                page("tr", "Ege Gündem").title("Belediye yeni otobüs hattı açtı - Ege Gündem")
                        .article("<h1 class='haber-baslik'>Belediye yeni otobüs hattı açtı</h1><div class='haber-bilgi'><span class='muhabir'>Elif Kaya</span> <span class='tarih'>Yayınlanma: 3 Aralık 2026 14:05</span> <span class='guncelleme'>Güncelleme: 3 Aralık 2026 18:20</span></div>")
                        .states("tr-yayinlanma-guncelleme", "'Yayınlanma: 3 Aralık 2026 14:05 Güncelleme: …'",
                                "Belediye yeni otobüs hattı açtı", "Elif Kaya", "2026-12-03"),
                page("tr", "Karadeniz Haber").title("Fındık fiyatları açıklandı | Karadeniz Haber")
                        .top("<div class='top-nav'><div class='topbar-today-date tie-icon'>Cuma, Aralık 4 2026</div></div>")
                        .article("<div class='entry-header'><h1 class='post-title entry-title'>Fındık fiyatları açıklandı</h1><div class='single-post-meta post-meta clearfix'><span class='meta-item meta-author-wrapper'><span class='meta-author'><a href='/author/murat-yilmaz/' class='author-name tie-icon' title='Murat Yılmaz'>Murat Yılmaz</a></span></span><span class='date meta-item tie-icon'>26 Kasım 2026</span></div></div>")
                        .states("tr-jannah", "Jannah in Turkish: meta-author, '26 Kasım 2026', today's date in the top bar",
                                "Fındık fiyatları açıklandı", "Murat Yılmaz", "2026-11-26"),
                page("tr", "Anadolu Ajansı Haber").title("Merkez Bankası faizi sabit tuttu | Anadolu Ajansı Haber")
                        .fetched("2026-11-20T15:00:00Z")
                        .article("<h1 class='detay-baslik'>Merkez Bankası faizi sabit tuttu</h1><p>ANKARA (AAH) - Merkez Bankası politika faizini değiştirmedi, kurul kararını perşembe günü açıkladı.</p><div class='detay-tarih'>20.11.2026 - 14:02</div>")
                        .states("tr-wire-dateline", "A wire dateline 'ANKARA (AAH) -' with the date after the text, no person",
                                "Merkez Bankası faizi sabit tuttu", "", "2026-11-20"),
                page("tr", "Bursa Postası").title("Bursa Postası | Kent meydanı yenileniyor")
                        .article("<h1 class='baslik'>Kent meydanı yenileniyor</h1><figure><img src='/b.jpg' alt=''><figcaption>Meydanın yeni hali. Fotoğraf: Kerem Aydın</figcaption></figure><div class='yazar'>Haber: Zeynep Arslan ve Can Demir</div><div class='tarih'>9 Ekim 2026</div>")
                        .states("tr-haber-ve-photo", "'Haber: A ve B' after a 'Fotoğraf:' caption, '9 Ekim 2026'",
                                "Kent meydanı yenileniyor", "Zeynep Arslan; Can Demir", "2026-10-09"),
                page("tr", "Trakya Ses").title("Sahil yolu trafiğe kapatıldı | Trakya Ses")
                        .article("<h1 class='entry-title'>Sahil yolu trafiğe kapatıldı</h1><div class='entry-meta'><span class='byline'>Haber Merkezi</span> <time datetime='2026-08-14T08:00:00+03:00'>14 Ağustos 2026</time></div>")
                        .states("tr-haber-merkezi-desk", "A newsroom desk 'Haber Merkezi' as the byline, no person",
                                "Sahil yolu trafiğe kapatıldı", "", "2026-08-14"));
    }
}
