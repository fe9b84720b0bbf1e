package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The fifteenth held-out metadata set: 60 pages written after set 14 read 100 %, in the shapes of publishing systems
 * and page kinds the earlier sets left out as far as could be told: regional papers on Brightspot (ArticlePage and
 * Page templates, "Updated" before "Published"), Arc XP with a photographer in its credits, the tagDiv block theme,
 * JNews, GeneratePress with its update time first, BLOX (TownNews), Escenic, Polopoly, Méthode, Gannett's and
 * Nexstar's templates (12-hour times in US zones, a UTC datetime a day later than the local date shown), news
 * agencies' own pages, press-release portals, live tickers, opinion columns with a columnist box, several authors
 * with a photographer's credit, dates only in a URL, relative dates with an absolute date elsewhere, and layouts like
 * those of Swiss, French, Spanish, Italian, Dutch, Portuguese, Brazilian, Swedish and Polish papers, with day and
 * month names in their languages, in nine languages. Invented sites and names. Its first read is in {@link
 * FifteenthMetadataTest}.
 */
final class FifteenthMetadataPages {
    private FifteenthMetadataPages() {}

    /** Other stories after the article, each with its own author and date. */
    static String more(String heading, String title, String who, String shown) {
        return "<aside class='more-stories'><h2>" + heading + "</h2><ul><li class='story-card'><a href='/s/2'>" + title
                + "</a><span class='story-card__author'>" + who + "</span><span class='story-card__date'>" + shown
                + "</span></li></ul></aside>";
    }

    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        out.addAll(english());
        out.addAll(englishWires());
        out.addAll(FifteenthMetadataPagesEurope.all());
        return List.copyOf(out);
    }

    private static List<Case> english() {
        return List.of(
                page("en", "KXRV News").title("Levee repairs to begin before flood season | KXRV")
                        .article("<div class='ArticlePage-articleContainer'><h1 class='ArticlePage-headline'>Levee repairs to begin before flood season</h1><div class='ArticlePage-byline'><div class='ArticlePage-authors'><div class='ArticlePage-authorName'><a class='Link' href='https://kxrv.test/author/tessa-morrow'>Tessa Morrow</a></div></div><div class='ArticlePage-datePublished'>Published May 3, 2024 at 6:12 PM CDT</div></div></div>")
                        .after(more("More from KXRV", "Fair board picks new site", "Dale Hurst", "May 1, 2024"))
                        .states("en-brightspot-articlepage", "Brightspot ArticlePage: authorName link, 'Published ... at 6:12 PM CDT'",
                                "Levee repairs to begin before flood season", "Tessa Morrow", "2024-05-03"),
                page("en", "Tri-County Public Radio").title("Hospital wing named for retired nurse | Tri-County Public Radio")
                        .article("<div class='Page-headline'><h1 class='Page-headline'>Hospital wing named for retired nurse</h1></div><div class='Page-byline'><div class='Page-authors'><span>By</span> <a class='Link' href='/people/ruth-abara'>Ruth Abara</a>, <a class='Link' href='/people/sol-pennick'>Sol Pennick</a></div><div class='Page-dates'><div class='Page-dateModified'>Updated April 11, 2024 at 9:40 AM EDT</div><div class='Page-datePublished'>Published April 10, 2024 at 5:55 PM EDT</div></div></div>")
                        .states("en-brightspot-page-updated-first", "Brightspot Page template: two author links, 'Updated' above 'Published'",
                                "Hospital wing named for retired nurse", "Ruth Abara; Sol Pennick", "2024-04-10"),
                page("en", "Bayside Chronicle").title("Ferry operator adds night sailings – Bayside Chronicle")
                        .head("<script id='fusion-metadata' type='application/javascript'>window.Fusion=window.Fusion||{};Fusion.globalContent={\"_id\":\"XK2\",\"type\":\"story\",\"headlines\":{\"basic\":\"Ferry operator adds night sailings\"},\"first_publish_date\":\"2024-03-12T22:10:00.000Z\",\"display_date\":\"2024-03-13T15:02:00.000Z\",\"credits\":{\"by\":[{\"type\":\"author\",\"name\":\"Perla Quintero\"}],\"photos_by\":[{\"type\":\"author\",\"name\":\"Jonas Whitfield\"}]}};</script>")
                        .article("<h1 class='headline'>Ferry operator adds night sailings</h1><div class='byline'><span>By </span><a href='/authors/perla-quintero/'>Perla Quintero</a><span class='photo-credit'> | Photos by Jonas Whitfield</span></div><div class='date'><span>Published: Mar. 12, 2024, 3:10 p.m.</span> <span>Updated: Mar. 13, 2024, 8:02 a.m.</span></div>")
                        .states("en-arc-photos-by", "Arc XP: credits.by and credits.photos_by, 'Photos by' after the byline, AP-style 12-hour times",
                                "Ferry operator adds night sailings", "Perla Quintero", "2024-03-12"),
                page("en", "Cedar Falls Daily").title("Farmers market moves to riverside lot - Cedar Falls Daily")
                        .article("<div class='tdb_title'><h1 class='tdb-title-text'>Farmers market moves to riverside lot</h1></div><div class='tdb_single_author'><div class='tdb-author-name-wrap'><span class='tdb-author-by'>By</span> <a class='tdb-author-name' href='https://cedarfalls.test/author/hank-obi/'>Hank Obi</a></div></div><div class='tdb_single_date'><time class='entry-date updated td-module-date' datetime='2024-04-09T07:30:00+00:00'>April 9, 2024</time></div>")
                        .after(more("Related", "Library hours extended", "Hank Obi", "April 2, 2024"))
                        .states("en-tagdiv-blocks", "tagDiv block theme: tdb-author-name, tdb_single_date",
                                "Farmers market moves to riverside lot", "Hank Obi", "2024-04-09"),
                page("en", "Ridgeline Times").title("Ski resort opens new lift - Ridgeline Times")
                        .article("<div class='jeg_inner_content'><h1 class='jeg_post_title'>Ski resort opens new lift</h1><div class='jeg_meta_container'><div class='jeg_post_meta jeg_post_meta_1'><div class='meta_left'><div class='jeg_meta_author'><img alt='Wendy Laskin' src='/w.jpg'><span class='meta_text'>by</span> <a href='https://ridgeline.test/author/wlaskin/'>Wendy Laskin</a></div><div class='jeg_meta_date'><a href='https://ridgeline.test/ski-resort-opens-new-lift/'>December 5, 2024</a></div></div></div></div></div>")
                        .states("en-jnews-meta", "JNews: jeg_meta_author with 'by' and jeg_meta_date link, no datetime anywhere",
                                "Ski resort opens new lift", "Wendy Laskin", "2024-12-05"),
                page("en", "Pinewood Observer").title("Town hall clock restored after 40 years")
                        .article("<header class='entry-header'><h1 class='entry-title' itemprop='headline'>Town hall clock restored after 40 years</h1><div class='entry-meta'><span class='posted-on'><time class='updated' datetime='2024-06-10T14:20:00+00:00' itemprop='dateModified'>June 10, 2024</time><time class='entry-date published' datetime='2024-06-01T08:05:00+00:00' itemprop='datePublished'>June 1, 2024</time></span> <span class='byline'>by <span class='author vcard' itemprop='author' itemtype='https://schema.org/Person' itemscope><a class='url fn n' href='/author/gil-ferro/' title='View all posts by Gil Ferro' rel='author' itemprop='url'><span class='author-name' itemprop='name'>Gil Ferro</span></a></span></span></div></header>")
                        .states("en-generatepress-updated-first", "GeneratePress: time.updated before time.published, author-name span",
                                "Town hall clock restored after 40 years", "Gil Ferro", "2024-06-01"),
                page("en", "Prairie Sentinel").title("Grain elevator fire under investigation | Local News | prairiesentinel.test")
                        .article("<div class='asset-masthead'><h1 class='headline'><span class='asset-headline'>Grain elevator fire under investigation</span></h1><div class='meta'><ul class='list-inline'><li><span class='tnt-byline'>By <a href='/users/profile/ncrane'>Nell Crane</a> Staff Writer</span></li></ul></div><div class='meta'><ul class='list-inline'><li><time datetime='2024-03-04T18:00:00-06:00' class='tnt-date asset-date text-muted'>Mar 4, 2024</time></li></ul></div></div>")
                        .after("<div class='asset-related'><h4>Related</h4><div class='card'><a href='/x'>Crews battle blaze</a> <time class='tnt-date'>Mar 3, 2024</time></div></div>")
                        .states("en-blox-staff-writer", "BLOX (TownNews): tnt-byline 'By A Staff Writer', tnt-date, 'Headline | Section | Site'",
                                "Grain elevator fire under investigation", "Nell Crane", "2024-03-04"),
                page("en", "The Northern Standard").title("Ministers split over rail budget")
                        .article("<h1 class='article-headline'>Ministers split over rail budget</h1><div class='byline'><div class='author'><a class='author-name' href='/author/moira-keane'>Moira Keane</a><span class='author-title'>Political Editor</span></div></div><p class='published'>Published: 14:32 Thursday, 7 March 2024</p>")
                        .states("en-escenic-time-first", "Escenic: author-name and author-title, 'Published: 14:32 Thursday, 7 March 2024'",
                                "Ministers split over rail budget", "Moira Keane", "2024-03-07"),
                page("en", "Western Argus").title("Harbour dredging contract awarded - Western Argus")
                        .article("<div class='article-header'><h1>Harbour dredging contract awarded</h1><div class='article-meta'><span class='byline'>Aoife Brennan</span> <span class='date'>Tue 12 Mar 2024 at 06:30</span></div></div>")
                        .states("en-polopoly-meta", "Polopoly: a bare byline span, 'Tue 12 Mar 2024 at 06:30'",
                                "Harbour dredging contract awarded", "Aoife Brennan", "2024-03-12"),
                page("en", "The Daily Courant").title("Chancellor signals fuel duty freeze")
                        .article("<h1 class='e-headline'>Chancellor signals fuel duty freeze</h1><div class='e-byline'><span class='e-byline__author'><a href='/authors/rupert-ainsley/'>Rupert Ainsley</a>, <span class='e-byline__role'>Chief Political Correspondent</span></span></div><time class='e-published-date' datetime='2024-03-12T19:00:00Z'>12 March 2024 • 7:00pm</time>")
                        .states("en-methode-role-bullet", "Méthode: 'A, Chief Political Correspondent', '12 March 2024 • 7:00pm'",
                                "Chancellor signals fuel duty freeze", "Rupert Ainsley", "2024-03-12"),
                page("en", "WKTM 7").title("Water main break floods downtown street | WKTM 7")
                        .article("<h1 class='article-title'>Water main break floods downtown street</h1><p class='article-authors'>by: <a href='/author/carla-benning/'>Carla Benning</a></p><div class='article-info'><p class='article-date'>Posted: <time datetime='2024-06-12T02:47:00+00:00'>Jun 11, 2024 / 10:47 PM EDT</time></p><p class='article-date'>Updated: <time datetime='2024-06-12T10:15:00+00:00'>Jun 12, 2024 / 06:15 AM EDT</time></p></div>")
                        .states("en-nexstar-posted-edt", "Nexstar: 'by:' and 'Posted: Jun 11, 2024 / 10:47 PM EDT' whose UTC datetime is the next day",
                                "Water main break floods downtown street", "Carla Benning", "2024-06-11"),
                page("en", "Hollowvale Register").title("Teachers union approves contract")
                        .article("<h1 class='gnt_ar_hl'>Teachers union approves contract</h1><div class='gnt_ar_by'><a class='gnt_ar_by_a gnt_ar_by_a__si' href='/staff/2201/benji-orlov/'>Benji Orlov</a><div class='gnt_ar_by_j'>Hollowvale Register</div></div><div class='gnt_ar_dt' aria-label='Published: 5:02 AM EST March 4, 2024 Updated: 9:15 AM EST March 4, 2024'>Published 5:02 a.m. ET March 4, 2024 <span>Updated 9:15 a.m. ET March 4, 2024</span></div>")
                        .states("en-gannett-time-before-date", "Gannett: gnt_ar_by with the outlet as job line, 'Published 5:02 a.m. ET March 4, 2024'",
                                "Teachers union approves contract", "Benji Orlov", "2024-03-04"),
                page("en", "Sunbury Express").title("Bakery chain to open 20 stores | Business News")
                        .head("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Bakery chain to open 20 stores\",\"datePublished\":\"2024-03-08T18:00:00+05:30\",\"dateModified\":\"2024-03-08T20:21:00+05:30\"}</script>")
                        .article("<h1 class='native_story_title'>Bakery chain to open 20 stores</h1><div class='editor'><span class='editor-date-logo'>Written by <a href='/profile/author/tara-menon/'>Tara Menon</a></span> | New Delhi | <span itemprop='dateModified' content='2024-03-08T20:21:00+05:30'>Updated: March 8, 2024 20:21 IST</span></div>")
                        .states("en-written-by-place-updated", "'Written by A | New Delhi | Updated: ...', JSON-LD with no author",
                                "Bakery chain to open 20 stores", "Tara Menon", "2024-03-08"),
                page("en", "Southern Cross Mail").title("Drought relief package doubled")
                        .article("<h1 class='story-headline'>Drought relief package doubled</h1><div class='byline'><div class='byline_content'><span class='author_name'>Lachlan Petrie</span><span class='author_title'>National Affairs Editor</span></div></div><div class='date-and-time'><time>March 9, 2024 - 5:30AM</time></div>")
                        .states("en-author-name-title-spans", "author_name and author_title spans, 'March 9, 2024 - 5:30AM'",
                                "Drought relief package doubled", "Lachlan Petrie", "2024-03-09"),
                page("en", "Elm County Gazette").title("Old mill to become housing")
                        .article("<h1>Old mill to become housing</h1><figure class='lead-image'><img src='/mill.jpg' alt=''><figcaption>The mill has stood empty since 1998. (Photo: Kiyo Sato/Staff)</figcaption></figure><p class='byline'>By Lee Marr</p><p class='dateline'>February 27, 2024</p>")
                        .states("en-photo-caption-then-byline", "a lead photo's '(Photo: A/Staff)' caption before the byline",
                                "Old mill to become housing", "Lee Marr", "2024-02-27"),
                page("en", "Hillcrest Post").title("Opinion | Keep the night ferry running")
                        .article("<div class='opinion-kicker'>Opinion</div><h1>Keep the night ferry running</h1><div class='columnist-box'><img src='/col.jpg' alt=''><div class='columnist-name'><a href='/columnists/imogen-trask'>Imogen Trask</a></div><div class='columnist-bio'>Imogen Trask writes about transport and cities.</div></div><div class='pub-date'>March 3, 2024 at 6:00 a.m. EST</div>")
                        .states("en-opinion-columnist-box", "opinion column: 'Opinion |' title, a columnist box with name and bio",
                                "Keep the night ferry running", "Imogen Trask", "2024-03-03"),
                page("en", "Greywater Tribune").title("Inside the fight over the valley dam")
                        .article("<h1>Inside the fight over the valley dam</h1><p class='byline'>By Ana Lutz, Ben Ortega and Cal Frye | Photography by Dee Harlan</p><time datetime='2024-04-21T06:00:00-07:00'>April 21, 2024</time>")
                        .states("en-three-authors-photography", "three authors, then '| Photography by A'",
                                "Inside the fight over the valley dam", "Ana Lutz; Ben Ortega; Cal Frye", "2024-04-21"),
                page("en", "Hollow Creek News").title("Park warden retires after 35 years")
                        .meta("og:url", "https://hollowcreek.test/news/2024/04/17/park-warden-retires/")
                        .article("<h1>Park warden retires after 35 years</h1><p class='byline'>By Roza Kell</p>")
                        .after(more("Latest", "New trail signs installed", "Roza Kell", "April 22, 2024"))
                        .states("en-date-only-og-url", "a date only in og:url's path, a later date in the latest stories",
                                "Park warden retires after 35 years", "Roza Kell", "2024-04-17"),
                page("en", "Marlow Bay Times").title("Pier reopens after storm damage")
                        .article("<h1>Pier reopens after storm damage</h1><div class='meta'><span class='author'>Fen Aldous</span> · <span class='ago'>3 hours ago</span><meta itemprop='datePublished' content='2024-05-06T09:00:00+01:00'></div>")
                        .states("en-relative-shown-absolute-meta", "'3 hours ago' shown, the absolute date in an itemprop meta, no fetch time",
                                "Pier reopens after storm damage", "Fen Aldous", "2024-05-06"));
    }

    private static List<Case> englishWires() {
        return List.of(
                page("en", "Continental Press").title("Rescuers reach miners trapped in flooded shaft | Continental Press")
                        .head("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Rescuers reach miners trapped in flooded shaft\",\"datePublished\":\"2024-03-08T21:40:00Z\",\"dateModified\":\"2024-03-09T15:12:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Milo Serrat\"},{\"@type\":\"Person\",\"name\":\"Hana Kobel\"}]}</script>")
                        .article("<div class='Page-headline'><h1>Rescuers reach miners trapped in flooded shaft</h1></div><div class='Page-byline-info'><span class='Page-authors'>By <a class='Link' href='/author/milo-serrat'>Milo Serrat</a> and <a class='Link' href='/author/hana-kobel'>Hana Kobel</a></span> <bsp-timestamp data-timestamp='1709997120000'><span>Updated 3:12 PM GMT, March 9, 2024</span></bsp-timestamp></div>")
                        .states("en-agency-updated-only-shown", "news agency page: only 'Updated' shown, datePublished in JSON-LD, two authors",
                                "Rescuers reach miners trapped in flooded shaft", "Milo Serrat; Hana Kobel", "2024-03-08"),
                page("en", "Meridian Wire").title("Central bank holds rates steady | Meridian Wire")
                        .fetched("2024-04-10T16:30:00Z")
                        .article("<h1 class='article-header__heading'>Central bank holds rates steady</h1><div class='article-header__dateline'><time datetime='2024-04-10T14:05:00Z'><span>April 10, 2024</span><span>2:05 PM UTC</span><span>Updated 2 hours ago</span></time></div><div class='info-content__author-name'><a href='/authors/jonah-ward/'>By Jonah Ward</a> and <a href='/authors/priya-ilse/'>Priya Ilse</a></div>")
                        .states("en-agency-dateline-spans", "news agency page: date, time and 'Updated 2 hours ago' spans in one time, 'By A and B' links",
                                "Central bank holds rates steady", "Jonah Ward; Priya Ilse", "2024-04-10"),
                page("en", "Orbital Foods").title("Orbital Foods to acquire Greenfield Snacks")
                        .article("<h1>Orbital Foods to acquire Greenfield Snacks</h1><div class='release-header'><p class='mb-no'>News provided by</p><a class='company' href='/news/orbital-foods'>Orbital Foods Inc.</a><p class='mb-no'>Mar 14, 2024, 08:00 ET</p></div><p>NEW HAVEN, Conn., March 14, 2024 /PRNewswire/ -- Orbital Foods Inc. today announced an agreement to acquire Greenfield Snacks for $210 million.</p>")
                        .states("en-release-portal-provided-by", "press-release portal: 'News provided by' a company, 'Mar 14, 2024, 08:00 ET', a wire dateline",
                                "Orbital Foods to acquire Greenfield Snacks", "", "2024-03-14"),
                page("en", "Lakeview Orchards").title("Lakeview Orchards Names New Chief Executive")
                        .article("<h1 class='bw-release-main-title'>Lakeview Orchards Names New Chief Executive</h1><div class='bw-release-timestamp'><time datetime='2024-05-02T12:00:00Z'>May 02, 2024 08:00 AM Eastern Daylight Time</time></div><p>LAKEVIEW, Ore.--(BUSINESS WIRE)--Lakeview Orchards today named Corinne Vale chief executive, effective June 1, 2024.</p><div class='bw-release-contact'><h2>Contacts</h2><p>Media: Dana Pruitt, dana.pruitt@lakeview.test</p></div>")
                        .states("en-release-portal-contacts", "press-release portal: 'Eastern Daylight Time', a media contact, a later effective date",
                                "Lakeview Orchards Names New Chief Executive", "", "2024-05-02"),
                page("en", "Delta Morning News").title("Live updates: transit strike enters second day")
                        .fetched("2024-03-20T14:00:00Z")
                        .article("<h1>Live updates: transit strike enters second day</h1><p class='live-byline'>By Ossie Grant, Mei Tan and Ruben Fell</p><p class='live-times'>Published March 20, 2024 at 7:15 AM · Last updated 2 hours ago</p><div class='live-update'><span class='timestamp'>10:42 a.m.</span><p>Union leaders say talks will resume at noon.</p></div><div class='live-update'><span class='timestamp'>8:05 a.m.</span><p>Commuters queue for the few buses running.</p></div>")
                        .states("en-live-updates-clock-entries", "live ticker: 'Published ... · Last updated 2 hours ago', entries timed by clock only, three authors",
                                "Live updates: transit strike enters second day", "Ossie Grant; Mei Tan; Ruben Fell", "2024-03-20"),
                page("en", "Clearwater Ledger").title("Ambulance response times improve")
                        .article("<h1>Ambulance response times improve</h1><p class='byline'>By The Associated Press</p><p class='date'>March 18, 2024</p>")
                        .states("en-by-the-associated-press", "an agency as the byline: 'By The Associated Press'",
                                "Ambulance response times improve", "", "2024-03-18"));
    }
}
