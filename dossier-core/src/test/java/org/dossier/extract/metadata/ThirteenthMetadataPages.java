package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The thirteenth held-out metadata set: 50 pages written after set 12 read 100 %, in shapes the earlier sets left
 * out as far as could be told: regional papers on Arc XP, WordPress Newspack, Drupal, TYPO3 and Joomla, press
 * releases of ministries and companies, live blogs, photo galleries whose body is captions only, guest opinion pages
 * ("Gastbeitrag von"), pages naming an event date in the text beside the publication date, bylines with roles
 * ("A, Senior Correspondent"), desk bylines ("Redaktion", "Staff": right only when no author is read) and dated
 * related-article footers (never the page's date), in ten languages. Its first read is in {@link
 * ThirteenthMetadataTest}.
 */
final class ThirteenthMetadataPages {
    private ThirteenthMetadataPages() {}

    /** A block of related articles after the story, each with its own date and author. */
    static String related(String heading, String title, String who, String shown) {
        return "<section class='related-articles'><h2>" + heading + "</h2><article class='related-item'><h3><a href='/r/1'>"
                + title + "</a></h3><p class='related-meta'><span class='author'>" + who + "</span> · <time>" + shown
                + "</time></p></article></section>";
    }

    /** A gallery figure: an image and its caption, the only body a photo gallery has. */
    static String photo(String caption, String credit) {
        return "<figure class='gallery-item'><img src='/g.jpg' alt=''><figcaption>" + caption
                + " <span class='credit'>" + credit + "</span></figcaption></figure>";
    }

    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        out.addAll(english());
        out.addAll(german());
        out.addAll(ThirteenthMetadataPagesEurope.all());
        return List.copyOf(out);
    }

    private static List<Case> english() {
        return List.of(
                page("en", "Harbor City Ledger").title("Council votes to extend tram line to the airport")
                        .head("<meta property='og:title' content='Council votes to extend tram line to the airport'><script type='application/javascript'>window.Fusion=window.Fusion||{};Fusion.arcSite=\"ledger\";Fusion.globalContent={\"_id\":\"ABC123\",\"type\":\"story\",\"headlines\":{\"basic\":\"Council votes to extend tram line to the airport\"},\"display_date\":\"2024-05-14T21:05:00.000Z\",\"first_publish_date\":\"2024-05-14T21:05:00.000Z\",\"credits\":{\"by\":[{\"type\":\"author\",\"name\":\"Marisol Grant\",\"additional_properties\":{\"original\":{\"role\":\"Transportation reporter\"}}}]}};</script>")
                        .article("<div class='b-header'><h1 class='c-heading'>Council votes to extend tram line to the airport</h1><div class='c-attribution'><span class='c-byline'>By <a href='/people/marisol-grant/'>Marisol Grant</a>, Transportation reporter</span><time class='c-date' datetime='2024-05-14T21:05:00Z'>May 14, 2024 at 5:05 p.m. EDT</time></div></div>")
                        .after(related("More local news", "Bus fares frozen until 2025", "Owen Pike", "May 2, 2024"))
                        .states("en-arc-xp-fusion-role", "Arc XP: Fusion.globalContent, byline with a role after a comma, EDT time",
                                "Council votes to extend tram line to the airport", "Marisol Grant", "2024-05-14"),
                page("en", "Valley Free Press").title("School district delays start of new bell schedule – Valley Free Press")
                        .head("<meta name='generator' content='WordPress 6.5; Newspack 3.1'><meta property='article:published_time' content='2024-08-02T13:30:00+00:00'>")
                        .article("<header class='entry-header'><div class='cat-links'><a href='/category/education/'>Education</a></div><h1 class='entry-title'>School district delays start of new bell schedule</h1><div class='entry-subhead'><div class='entry-meta'><span class='byline'><span class='author-avatar'><img alt='' src='/d.jpg'></span><span>by</span> <span class='author vcard'><a class='url fn n' href='/author/dpatel/'>Deepa Patel</a></span></span><span class='posted-on'><time class='entry-date published' datetime='2024-08-02T09:30:00-04:00'>August 2, 2024</time></span></div></div></header>")
                        .after(related("Related", "Board approves teacher raises", "Deepa Patel", "July 18, 2024"))
                        .states("en-newspack-lowercase-by", "WordPress Newspack: 'by' in its own span, time.published",
                                "School district delays start of new bell schedule", "Deepa Patel", "2024-08-02"),
                page("en", "Department for Rural Affairs").title("Minister announces £40m flood defence fund - GOV.TEST")
                        .article("<div class='gem-c-title'><span class='gem-c-title__context'>Press release</span><h1 class='gem-c-title__text'>Minister announces £40m flood defence fund</h1></div><p class='gem-c-lead-paragraph'>New funding will protect 12,000 homes.</p><div class='gem-c-metadata'><dl><dt>From:</dt><dd><a href='/org/dra'>Department for Rural Affairs</a> and <a href='/gov/people/ann-hale'>Ann Hale MP</a></dd><dt>Published</dt><dd>3 June 2024</dd></dl></div><p>The fund opens for bids on 1 September 2024.</p>")
                        .states("en-ministry-press-release-from", "ministry press release: 'From:' a department and a minister, 'Published' dd, an event date in the text",
                                "Minister announces £40m flood defence fund", "", "2024-06-03"),
                page("en", "Northgate Post").title("Live: Election night results as they happen | Northgate Post")
                        .head("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"LiveBlogPosting\",\"headline\":\"Election night results as they happen\",\"coverageStartTime\":\"2024-07-04T21:00:00+01:00\",\"datePublished\":\"2024-07-04T20:45:00+01:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Callum Reyes\"},{\"@type\":\"Person\",\"name\":\"Ifeoma Blake\"}],\"liveBlogUpdate\":[{\"@type\":\"BlogPosting\",\"headline\":\"First result declared\",\"datePublished\":\"2024-07-04T23:12:00+01:00\"}]}</script>")
                        .article("<h1>Election night results as they happen</h1><p class='live-authors'>Callum Reyes and Ifeoma Blake</p><div class='live-entry'><time datetime='2024-07-05T02:40:00+01:00'>02:40</time><p>Turnout looks lower than in 2019.</p></div><div class='live-entry'><time datetime='2024-07-04T23:12:00+01:00'>23:12</time><p>First result declared in Sunderland.</p></div>")
                        .states("en-live-blog-entries-later", "live blog: LiveBlogPosting with an author array, entries timed after midnight",
                                "Election night results as they happen", "Callum Reyes; Ifeoma Blake", "2024-07-04"),
                page("en", "Coastline Courier").title("In pictures: the tall ships return to the harbour")
                        .head("<meta property='article:published_time' content='2024-06-22T18:00:00+01:00'>")
                        .article("<h1>In pictures: the tall ships return to the harbour</h1><p class='gallery-byline'>Photographs by Nadia Frost</p>"
                                + photo("Crowds line the quay as the first ship arrives on Saturday morning.", "Nadia Frost")
                                + photo("Crew members climb the rigging of the Stella Maris.", "Nadia Frost"))
                        .states("en-gallery-captions-photographs-by", "photo gallery: captions only, 'Photographs by A'",
                                "In pictures: the tall ships return to the harbour", "Nadia Frost", "2024-06-22"),
                page("en", "Midland Echo").title("Roadworks to close bypass for three weeks")
                        .article("<h1>Roadworks to close bypass for three weeks</h1><p class='byline'>By Echo Staff</p><p class='dateline'>Published: 11 March 2024</p><p>The closure begins on 25 March and ends on 15 April.</p>")
                        .after(related("You may also like", "Parking charges rise at hospital", "Echo Staff", "4 March 2024"))
                        .states("en-staff-byline-two-dates", "'By Echo Staff' is a desk, the text names later dates",
                                "Roadworks to close bypass for three weeks", "", "2024-03-11"),
                page("en", "Gulf Tribune").title("Refinery expansion draws investor interest")
                        .article("<h1 class='story-title'>Refinery expansion draws investor interest</h1><div class='story-byline'><span class='name'>Omar Haddad, Senior Correspondent</span><span class='date'>Sep 9, 2024</span></div>")
                        .after("<footer class='site-footer'><div class='latest'><a href='/x'>Port traffic hits record</a> <span>Sep 8, 2024</span></div></footer>")
                        .states("en-byline-role-senior-correspondent", "a byline 'A, Senior Correspondent' with no 'By'",
                                "Refinery expansion draws investor interest", "Omar Haddad", "2024-09-09"),
                page("en", "Halvard Foods").title("Halvard Foods reports record first-half sales | Newsroom")
                        .article("<div class='newsroom-article'><p class='eyebrow'>Press release</p><h1>Halvard Foods reports record first-half sales</h1><p class='release-date'>Oslo, 21 August 2024</p><p>Halvard Foods today reported sales up 14 percent for the half year ended 30 June 2024.</p><div class='media-contact'><h3>Media contact</h3><p>Ingrid Solheim, Head of Communications</p></div></div>")
                        .states("en-company-release-media-contact", "company newsroom release: dateline date, a period-end date in the text, a media contact is no author",
                                "Halvard Foods reports record first-half sales", "", "2024-08-21"),
                page("en", "Riverside Gazette").title("Opinion: Our libraries need more than a reprieve")
                        .article("<h1>Opinion: Our libraries need more than a reprieve</h1><p class='guest-byline'>Guest column by Helen Ortiz, chair of the Friends of Riverside Library</p><p class='pubdate'>October 3, 2024</p><p>On 15 September the council voted to keep three branches open.</p>")
                        .states("en-guest-column-role", "guest opinion: 'Guest column by A, chair of ...', an earlier event date in the text",
                                "Our libraries need more than a reprieve", "Helen Ortiz", "2024-10-03"),
                page("en", "Prairie Weekly").title("County fair breaks attendance record")
                        .head("<meta name='Generator' content='Drupal 10 (https://www.drupal.org)'>")
                        .article("<article class='node node--type-article node--view-mode-full'><h1 class='page-title'><span class='field field--name-title'>County fair breaks attendance record</span></h1><div class='node__meta'><span class='field field--name-uid'><span>Lena Whitcomb</span></span> <span class='field field--name-created'>Mon, 08/19/2024 - 10:42</span></div></article>")
                        .after("<div class='view-related'><div class='views-row'><a href='/n/2'>Rodeo returns</a> <span class='field--name-created'>Fri, 08/16/2024 - 09:00</span></div></div>")
                        .states("en-drupal-node-meta-uid-created", "Drupal 10: node__meta with field--name-uid and 'Mon, 08/19/2024 - 10:42'",
                                "County fair breaks attendance record", "Lena Whitcomb", "2024-08-19"));
    }

    private static List<Case> german() {
        return List.of(
                page("de", "Allgäuer Landbote").title("Gemeinderat stimmt für neues Hallenbad - Allgäuer Landbote")
                        .head("<meta name='generator' content='TYPO3 CMS'>")
                        .article("<div class='news news-single'><div class='article'><div class='header'><h1>Gemeinderat stimmt für neues Hallenbad</h1></div><div class='extra'><span class='news-list-author'>Ein Beitrag von Markus Lindner</span> <span class='news-list-date'><time itemprop='datePublished' datetime='2024-04-18'>18.04.2024</time></span></div><p>Baubeginn soll am 1. September 2025 sein.</p></div></div>")
                        .after("<div class='news-related'><h4>Ähnliche Meldungen</h4><div><span class='news-list-date'>02.04.2024</span> Freibad öffnet später</div></div>")
                        .states("de-typo3-news-beitrag-von", "TYPO3 news: 'Ein Beitrag von A', news-list-date, a future date in the text",
                                "Gemeinderat stimmt für neues Hallenbad", "Markus Lindner", "2024-04-18"),
                page("de", "Bundesministerium für Verkehrswege").title("Pressemitteilung: Mehr Geld für Radwege")
                        .article("<h1>Mehr Geld für Radwege</h1><p class='press-meta'>Pressemitteilung 27/2024 · Datum 22.05.2024</p><p>Ab dem 1. Juli 2024 können Kommunen Anträge stellen.</p><p class='press-contact'>Pressestelle, Tel. 030 000000</p>")
                        .states("de-ministerium-pressemitteilung-nummer", "ministry release: 'Pressemitteilung 27/2024 · Datum 22.05.2024', a later date in the text, press office no author",
                                "Mehr Geld für Radwege", "", "2024-05-22"),
                page("de", "Rheinische Rundschau").title("Gastbeitrag: Warum wir die Schuldenbremse brauchen")
                        .article("<h1>Warum wir die Schuldenbremse brauchen</h1><p class='kicker'>Gastbeitrag von Sabine Krüger</p><p class='meta'>Veröffentlicht am 12.06.2024</p><p class='autor-info'>Sabine Krüger ist Professorin für Finanzwissenschaft in Köln.</p>")
                        .states("de-gastbeitrag-von", "guest opinion: 'Gastbeitrag von A', 'Veröffentlicht am'",
                                "Warum wir die Schuldenbremse brauchen", "Sabine Krüger", "2024-06-12"),
                page("de", "Ostsee Zeitung Online").title("Liveticker: Sturmflut an der Küste")
                        .article("<h1>Liveticker: Sturmflut an der Küste</h1><p class='autoren'>Von Jan Petersen und Merle Voss</p><p class='ticker-start'>20.10.2024, 06:00 Uhr</p><div class='ticker-eintrag'><span class='zeit'>21.10.2024, 09:15 Uhr</span><p>Der Pegel in Wismar sinkt.</p></div><div class='ticker-eintrag'><span class='zeit'>20.10.2024, 22:40 Uhr</span><p>Feuerwehr im Dauereinsatz.</p></div>")
                        .states("de-liveticker-later-entries", "live ticker: start time, entries a day later, two authors with 'und'",
                                "Liveticker: Sturmflut an der Küste", "Jan Petersen; Merle Voss", "2024-10-20"),
                page("de", "Weserbote").title("Bildergalerie: Der Freimarkt in Bildern")
                        .article("<h1>Bildergalerie: Der Freimarkt in Bildern</h1><p class='galerie-datum'>19.10.2024</p>"
                                + photo("Das Riesenrad am Eröffnungsabend.", "Foto: Tim Brandt")
                                + photo("Besucher auf der Bürgerweide.", "Foto: Tim Brandt"))
                        .states("de-galerie-foto-credit-only", "photo gallery: captions with 'Foto: A' credits only, no byline",
                                "Bildergalerie: Der Freimarkt in Bildern", "", "2024-10-19"),
                page("de", "Lahntal Anzeiger").title("Kreisstraße wird saniert")
                        .article("<h1>Kreisstraße wird saniert</h1><p class='autor'>Redaktion Lahntal Anzeiger</p><p class='datum'>05.03.2024</p>")
                        .after("<div class='weitere'><h3>Weitere Artikel</h3><p>Kita-Gebühren steigen <small>01.03.2024</small></p></div>")
                        .states("de-redaktion-byline", "a desk byline 'Redaktion X' and a dated related list",
                                "Kreisstraße wird saniert", "", "2024-03-05"),
                page("de", "Mittelhessen Heute").title("Neue Kita in Gießen eröffnet - Mittelhessen Heute")
                        .head("<meta name='generator' content='Joomla! - Open Source Content Management'>")
                        .article("<div class='item-page'><div class='page-header'><h2 itemprop='headline'>Neue Kita in Gießen eröffnet</h2></div><dl class='article-info'><dt class='article-info-term'>Details</dt><dd class='createdby' itemprop='author'><span itemprop='name'>Geschrieben von: Petra Albers</span></dd><dd class='published'><time datetime='2024-09-02T08:00:00+00:00' itemprop='datePublished'>Veröffentlicht: 02. September 2024</time></dd><dd class='hits'>Zugriffe: 412</dd></dl><div itemprop='articleBody'>")
                        .states("de-joomla-geschrieben-von", "Joomla 4: h2 headline, 'Geschrieben von:' inside the itemprop name",
                                "Neue Kita in Gießen eröffnet", "Petra Albers", "2024-09-02"),
                page("de", "Fränkische Post").title("Bürgermeisterwahl: Stichwahl am 24. März")
                        .article("<h1>Bürgermeisterwahl: Stichwahl am 24. März</h1><p class='byline'>Klaus Weber, Chefreporter</p><p class='date'>11. März 2024</p>")
                        .states("de-role-chefreporter", "a byline 'A, Chefreporter', the headline names a later date",
                                "Bürgermeisterwahl: Stichwahl am 24. März", "Klaus Weber", "2024-03-11"));
    }
}
