package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The fifth held-out metadata set: 44 pages after publishing systems and layouts the first four sets do not have —
 * WordPress themes ("Posted on … by", microdata bylines), Ghost, Medium- and Substack-style pages, Next.js pages
 * whose data sits in {@code __NEXT_DATA__}, NewsArticle microdata without JSON-LD, several JSON-LD blocks on one
 * page, {@code dateCreated} beside {@code datePublished}, Person authors with only a url, {@code rel=author} links,
 * Twitter-card-only pages, live blogs with many entry times, print versions, syndicated copies, a kicker written
 * as plain text before a colon, relative {@code <time>} text, and Swedish, Danish, Norwegian, Czech, Turkish,
 * Portuguese and Japanese bylines and dates. Written before any rule was changed for it and kept fixed since: its
 * first read is in docs/BENCHMARKS.md.
 */
final class FifthMetadataPages {
    private FifthMetadataPages() {}

    static List<Case> all() {
        return List.of(
                // --- WordPress themes ---
                page("en", "Riverbend Dispatch").title("County approves new flood barrier – Riverbend Dispatch")
                        .meta("og:title", "County approves new flood barrier – Riverbend Dispatch")
                        .article("""
                                <h1 class="entry-title" itemprop="headline">County approves new flood barrier</h1>
                                <div class="entry-meta"><span class="byline">By <span class="author vcard" itemprop="author" itemscope itemtype="https://schema.org/Person"><a class="url fn n" href="/author/priya-raman/" rel="author" itemprop="url"><span class="author-name" itemprop="name">Priya Raman</span></a></span></span> <span class="sep">/</span> <span class="posted-on"><time class="entry-date published" datetime="2023-03-14T09:12:00+00:00" itemprop="datePublished">March 14, 2023</time></span></div>""")
                        .states("en-wp-microdata-byline-posted-on", "WordPress theme: microdata Person inside the byline, itemprop datePublished <time>, en dash before the site",
                                "County approves new flood barrier", "Priya Raman", "2023-03-14"),
                page("en", "Hillside Notes").title("Hillside Notes | Community garden opens second plot")
                        .article("<h2 class=\"entry-title\"><a href=\"/2022/03/garden\" rel=\"bookmark\">Community garden opens second plot</a></h2><p class=\"postmetadata\">Posted on March 2, 2022 by admin</p>")
                        .states("en-wp-posted-on-by-admin", "plain 'Posted on <date> by admin': the date in text, 'admin' is no author; title after the site",
                                "Community garden opens second plot", "", "2022-03-02"),
                page("en", "Tri-County Ledger").title("School board delays vote on budget - Tri-County Ledger")
                        .article("<h1 class=\"post-title\">School board delays vote on budget</h1><div class=\"post-meta\">Posted by <a href=\"/author/mreyes\">Miguel Reyes</a> on October 9, 2021 at 4:15 pm</div>")
                        .states("en-wp-posted-by-on", "'Posted by Name on <date> at <time>' in a post-meta line",
                                "School board delays vote on budget", "Miguel Reyes", "2021-10-09"),
                page("en", "Coastline Weekly").title("Lighthouse restoration wins award")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home","item":"https://coastline.example/"},{"@type":"ListItem","position":2,"name":"Local","item":"https://coastline.example/local/"}]}""")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"WebPage","name":"Lighthouse restoration wins award","datePublished":"2023-09-20T11:00:00+00:00","dateModified":"2023-09-22T08:30:00+00:00"}""")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Lighthouse restoration wins award","datePublished":"2023-09-19T17:40:00+00:00","dateModified":"2023-09-22T08:30:00+00:00","author":{"@id":"https://coastline.example/#/person/7"}}""")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"Person","@id":"https://coastline.example/#/person/7","name":"Harriet Cole","url":"https://coastline.example/author/hcole/"}""")
                        .article("<h1>Lighthouse restoration wins award</h1>")
                        .states("en-four-jsonld-blocks-person-ref", "four JSON-LD scripts (BreadcrumbList, WebPage with a later date, NewsArticle, Person by @id)",
                                "Lighthouse restoration wins award", "Harriet Cole", "2023-09-19"),
                // --- Ghost ---
                page("en", "The Slow Signal").title("Why the grid needs batteries")
                        .meta("og:title", "Why the grid needs batteries")
                        .meta("article:published_time", "2023-06-01T10:00:00.000Z")
                        .meta("article:modified_time", "2023-06-03T07:12:44.000Z")
                        .meta("twitter:label1", "Written by")
                        .meta("twitter:data1", "Noor Haddad")
                        .article("""
                                <header class="article-header gh-canvas"><div class="article-tag post-card-primary-tag"><a href="/tag/energy/">Energy</a></div>
                                <h1 class="article-title">Why the grid needs batteries</h1>
                                <div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/noor/" class="author-avatar"><img class="author-profile-image" src="/noor.jpg" alt="Noor Haddad"></a></li></ul>
                                <div class="article-byline-meta"><h4 class="author-name"><a href="/author/noor/">Noor Haddad</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2023-06-01">Jun 1, 2023</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></section></div></header>""")
                        .states("en-ghost-casper-byline", "Ghost Casper: author-name h4, byline-meta-date <time>, twitter:label1 'Written by'",
                                "Why the grid needs batteries", "Noor Haddad", "2023-06-01"),
                page("en", "Field Reports").title("Inside the seed vault")
                        .meta("og:title", "Inside the seed vault")
                        .meta("twitter:label1", "Written by")
                        .meta("twitter:data1", "Eli Brandt")
                        .meta("twitter:label2", "Filed under")
                        .meta("twitter:data2", "Science")
                        .article("<h1 class=\"gh-article-title\">Inside the seed vault</h1><div class=\"gh-article-meta\"><time datetime=\"2022-11-15\">Nov 15, 2022</time> &mdash; 6 min read</div>")
                        .states("en-ghost-twitter-label-author", "Ghost: the author only in twitter:label1/data1 'Written by'; the date only in a <time>",
                                "Inside the seed vault", "Eli Brandt", "2022-11-15"),
                page("en", "Open Harbour").title("What the port strike means for prices")
                        .meta("article:published_time", "2024-01-08T06:30:00.000Z")
                        .article("""
                                <h1 class="article-title">What the port strike means for prices</h1>
                                <div class="article-byline"><ul class="author-list"><li class="author-list-item"><a href="/author/jo/">Jo Alvarez</a></li><li class="author-list-item"><a href="/author/sam/">Sam Okafor</a></li></ul></div>""")
                        .states("en-ghost-author-list-two", "Ghost author-list with two authors and no author meta",
                                "What the port strike means for prices", "Jo Alvarez; Sam Okafor", "2024-01-08"),
                // --- Medium and Substack ---
                page("en", "Medium").title("Why I stopped using spreadsheets | by Dana Whitlock | Medium")
                        .meta("og:title", "Why I stopped using spreadsheets")
                        .meta("author", "Dana Whitlock")
                        .meta("article:published_time", "2022-08-19T14:33:21.112Z")
                        .article("<p class=\"pw-member-label\">Member-only story</p><h1 data-testid=\"storyTitle\" class=\"pw-post-title\">Why I stopped using spreadsheets</h1><div><a data-testid=\"authorName\" href=\"/@dwhitlock\">Dana Whitlock</a> <span>Follow</span></div><div><span data-testid=\"storyReadTime\">7 min read</span> · <span data-testid=\"storyPublishDate\">Aug 19, 2022</span></div>")
                        .states("en-medium-member-story", "Medium: '| by Name | Medium' title, 'Member-only story' label before the h1",
                                "Why I stopped using spreadsheets", "Dana Whitlock", "2022-08-19"),
                page("en", "Medium").title("The quiet collapse of local news | by Omar Said | The Civic Desk | Medium")
                        .bare()
                        .article("<h1 data-testid=\"storyTitle\">The quiet collapse of local news</h1><div class=\"pw-author\"><a data-testid=\"authorName\" href=\"/@omarsaid\">Omar Said</a></div><p>Published in <a href=\"/civic-desk\">The Civic Desk</a> · 6 min read · Mar 3, 2021</p>")
                        .states("en-medium-no-meta", "Medium page with no meta: the title ends '| by Name | Publication | Medium', the date in a 'Published in … ·' line",
                                "The quiet collapse of local news", "Omar Said", "2021-03-03"),
                page("en", "Civic Ledger").title("The budget nobody read - by Lena Park")
                        .meta("og:title", "The budget nobody read")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","url":"https://civicledger.example/p/the-budget-nobody-read","headline":"The budget nobody read","datePublished":"2023-11-07T12:01:00+00:00","dateModified":"2023-11-07T12:01:00+00:00","author":[{"@type":"Person","name":"Lena Park","url":"https://substack.example/@lenapark"}],"publisher":{"@type":"Organization","name":"Civic Ledger"}}""")
                        .article("<div class=\"post-header\"><h1 class=\"post-title\">The budget nobody read</h1><h3 class=\"subtitle\">Forty pages of footnotes and one big number</h3><div class=\"post-meta\"><a href=\"https://substack.example/@lenapark\">Lena Park</a> <div class=\"pencraft\">Nov 07, 2023</div></div></div>")
                        .states("en-substack-jsonld", "Substack: '- by Name' title, JSON-LD Person with a url, subtitle h3",
                                "The budget nobody read", "Lena Park", "2023-11-07"),
                page("en", "Night Shift Notes").title("Notes from the night shift - by Tom Reyes")
                        .meta("author", "Tom Reyes")
                        .article("<div class=\"post-header\"><h1 class=\"post-title\">Notes from the night shift</h1><div class=\"post-meta\"><div class=\"pencraft pc-reset\"><a href=\"/@tomreyes\">Tom Reyes</a></div><div class=\"pencraft pc-reset\">Jan 22, 2024</div></div></div>")
                        .states("en-substack-no-jsonld", "Substack without JSON-LD: '- by Name' title, the date only in the post-meta",
                                "Notes from the night shift", "Tom Reyes", "2024-01-22"),
                // --- Next.js ---
                page("en", "Metro Signal").title("Light rail extension gets green light | Metro Signal")
                        .article("<h1 class=\"Headline_title__3kL9a\">Light rail extension gets green light</h1><div class=\"ArticleByline_root__x1y2z\"><a href=\"/authors/marta-silva\">Marta Silva</a></div>")
                        .after("""
                                <script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"headline":"Light rail extension gets green light","publishedAt":"2023-04-18T07:45:00Z","updatedAt":"2023-04-19T08:00:00Z","authors":[{"name":"Marta Silva","slug":"marta-silva"}]}}},"page":"/[section]/[slug]","buildId":"a1b2c3"}</script>""")
                        .states("en-nextjs-next-data-date", "Next.js: the date only in __NEXT_DATA__ (publishedAt), hashed byline class",
                                "Light rail extension gets green light", "Marta Silva", "2023-04-18"),
                page("en", "Daily Current").title("Heat pumps outsell gas boilers - Daily Current")
                        .meta("og:title", "Heat pumps outsell gas boilers - Daily Current")
                        .article("<h1 class=\"Headline_headline__Ab12c\">Heat pumps outsell gas boilers</h1><p class=\"AuthorName_name__Qz8x1\">By Kevin Osei</p><time class=\"Timestamp_time__2ab9x\" datetime=\"2024-02-09T16:20:00.000Z\">February 9, 2024</time>")
                        .states("en-nextjs-css-module-classes", "CSS-module class names (AuthorName_name__hash, Timestamp_time__hash)",
                                "Heat pumps outsell gas boilers", "Kevin Osei", "2024-02-09"),
                // --- microdata, dateCreated, Person url only, rel=author ---
                page("en", "Granite State Herald").title("Mill town bets on tourism")
                        .article("""
                                <div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Mill town bets on tourism</h1>
                                <p>By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Hannah Brooks</span></span></p>
                                <meta itemprop="datePublished" content="2021-10-05T08:00:00Z"><meta itemprop="dateModified" content="2021-10-06T09:00:00Z"></div>""")
                        .states("en-newsarticle-microdata", "NewsArticle microdata without JSON-LD: itemprop author/name and datePublished meta",
                                "Mill town bets on tourism", "Hannah Brooks", "2021-10-05"),
                page("en", "Bay Area Wire").title("Ferry service returns after repairs")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry service returns after repairs","dateCreated":"2020-02-27T22:10:00Z","datePublished":"2020-02-28T06:00:00Z","dateModified":"2020-03-01T10:00:00Z","author":{"@type":"Person","name":"Victor Lam"}}""")
                        .article("<h1>Ferry service returns after repairs</h1>")
                        .states("en-jsonld-datecreated-before-published", "JSON-LD dateCreated (the draft, the day before) beside datePublished",
                                "Ferry service returns after repairs", "Victor Lam", "2020-02-28"),
                page("en", "Prairie Voice").title("Grain prices hit a five-year low")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Grain prices hit a five-year low","datePublished":"2022-09-12T13:00:00-05:00","author":{"@type":"Person","url":"https://prairievoice.example/staff/rachel-kim"}}""")
                        .article("<h1>Grain prices hit a five-year low</h1><div class=\"article__byline\">By Rachel Kim</div>")
                        .states("en-jsonld-person-url-only", "JSON-LD Person with only a url: the visible byline names her",
                                "Grain prices hit a five-year low", "Rachel Kim", "2022-09-12"),
                page("en", "Old Town Chronicle").title("Bakery closes after 90 years")
                        .article("<h1>Bakery closes after 90 years</h1><p><address class=\"author\"><a rel=\"author\" href=\"/author/ian-marsh\">Ian Marsh</a></address> on <time pubdate>March 5th, 2023</time></p>")
                        .states("en-rel-author-ordinal-date", "rel=author link in <address>; <time pubdate> with an ordinal date and no datetime",
                                "Bakery closes after 90 years", "Ian Marsh", "2023-03-05"),
                page("en", "Example Today").title("Example Today")
                        .meta("twitter:card", "summary_large_image")
                        .meta("twitter:title", "Dam release floods farmland")
                        .meta("twitter:creator", "@jlopez_reports")
                        .article("<h1>Dam release floods farmland</h1><p class=\"published\">Published: 12 Sep 2022</p>")
                        .states("en-twitter-card-only", "only Twitter card tags; the <title> is the site name; a handle names no author",
                                "Dam release floods farmland", "", "2022-09-12"),
                // --- live blogs, print, syndication ---
                page("en", "National Desk").title("Election night: results as they came in")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Election night: results as they came in","datePublished":"2024-03-05T18:00:00Z","coverageStartTime":"2024-03-05T18:00:00Z","coverageEndTime":"2024-03-06T04:00:00Z","dateModified":"2024-03-06T04:02:00Z"}""")
                        .article("<h1>Election night: results as they came in</h1><div class=\"live-post\"><time datetime=\"2024-03-06T04:00:00Z\">04:00</time><p>Final seats declared.</p></div><div class=\"live-post\"><time datetime=\"2024-03-06T01:30:00Z\">01:30</time><p>Turnout above 70 per cent.</p></div><div class=\"live-post\"><time datetime=\"2024-03-05T18:00:00Z\">18:00</time><p>Polls close.</p></div>")
                        .states("en-liveblog-jsonld-entries-newest-first", "LiveBlogPosting JSON-LD; entry times newest first, past midnight",
                                "Election night: results as they came in", "", "2024-03-05"),
                page("en", "The Morning Record").title("Heatwave: latest updates | The Morning Record")
                        .article("<h1>Heatwave: latest updates</h1><p class=\"dateline\">First published on Thu 4 Jul 2024 08.00 BST</p><div class=\"block\"><time datetime=\"2024-07-05T09:15:00+01:00\">9.15am</time><p>Temperatures rising again.</p></div><div class=\"block\"><time datetime=\"2024-07-04T16:40:00+01:00\">4.40pm</time><p>Hospitals on alert.</p></div>")
                        .states("en-liveblog-first-published-line", "live blog: 'First published on …' line before entry times of the next day",
                                "Heatwave: latest updates", "", "2024-07-04"),
                page("en", "Valley Star").title("Print: Library fines abolished")
                        .bare()
                        .top("<div class=\"print-header\">Valley Star &mdash; printed from valleystar.example on 01/12/2026</div>")
                        .article("<h1>Library fines abolished</h1><p class=\"byline\">By Carla Mendes<br>Published: Feb 3, 2021 5:00 am</p>")
                        .states("en-print-version", "print version: 'Print:' title label, the printing date in a header before the article",
                                "Library fines abolished", "Carla Mendes", "2021-02-03"),
                page("en", "Lakeshore Times").title("Microplastics found in city tap water")
                        .meta("article:published_time", "2023-05-10T12:00:00Z")
                        .article("<h1>Microplastics found in city tap water</h1><div class=\"byline\">By Ahmed Noor, The Conversation</div>")
                        .after("<p class=\"republish\">This article is republished from <a href=\"https://theconversation.example\">The Conversation</a> under a Creative Commons license. Read the original article, published May 8, 2023.</p>")
                        .states("en-syndicated-conversation", "republished copy: 'By Name, Original Outlet'; the original's earlier date after the text",
                                "Microplastics found in city tap water", "Ahmed Noor", "2023-05-10"),
                page("en", "Harbor City Journal").title("Chip plant to create 2,000 jobs")
                        .meta("author", "Harbor City Journal")
                        .meta("article:published_time", "2024-04-02T15:00:00Z")
                        .article("<h1>Chip plant to create 2,000 jobs</h1><p class=\"source\">Originally published by Northern Wire</p><p class=\"byline\">Maria Chen, Northern Wire</p>")
                        .states("en-syndicated-name-comma-outlet", "syndicated: author meta is the outlet; visible 'Name, Outlet' credits the original writer",
                                "Chip plant to create 2,000 jobs", "Maria Chen", "2024-04-02"),
                page("en", "Capitol Brief").title("Harmon: We will respond to any attack")
                        .meta("article:section", "Politics")
                        .meta("article:published_time", "2024-02-27T20:00:00Z")
                        .article("<h1>Harmon: We will respond to any attack</h1><div class=\"byline\">By Nia Brooks</div>")
                        .states("en-speaker-colon-title-kept", "'Speaker: quote' headline; the section names no part of it, so it is kept whole",
                                "Harmon: We will respond to any attack", "Nia Brooks", "2024-02-27"),
                // --- German, French, Spanish, Italian, Dutch: kickers, relative <time>, WordPress lines ---
                page("de", "Nordkurier Beispiel").title("Energiekrise: Stadtwerke erhöhen die Preise | Nordkurier Beispiel")
                        .meta("og:title", "Energiekrise: Stadtwerke erhöhen die Preise")
                        .meta("article:section", "Energiekrise")
                        .meta("article:published_time", "2022-09-01T08:00:00+02:00")
                        .article("<h1>Energiekrise: Stadtwerke erhöhen die Preise</h1>")
                        .states("de-colon-kicker-is-section", "plain-text kicker before a colon in og:title and h1, the same word as article:section",
                                "Stadtwerke erhöhen die Preise", "", "2022-09-01"),
                page("de", "Südstadt Post").title("Bahnstreik: Pendler müssen umplanen")
                        .meta("news_keywords", "Bahnstreik, GDL, Pendler")
                        .meta("article:published_time", "2023-11-15T05:30:00+01:00")
                        .top("<nav class=\"breadcrumb\"><a href=\"/\">Start</a> &rsaquo; <a href=\"/verkehr\">Verkehr</a> &rsaquo; <a href=\"/thema/bahnstreik\">Bahnstreik</a></nav>")
                        .article("<h1>Bahnstreik: Pendler müssen umplanen</h1><p class=\"author\">Von Miriam Kolb</p>")
                        .states("de-colon-kicker-in-breadcrumb", "plain-text kicker before a colon that is the last breadcrumb item and a keyword",
                                "Pendler müssen umplanen", "Miriam Kolb", "2023-11-15"),
                page("de", "Taunus Blick").title("Feuerwehr rettet Katze aus Baum").fetched("2024-05-14T12:00:00Z")
                        .article("<h1>Feuerwehr rettet Katze aus Baum</h1><div class=\"meta\"><time>vor 3 Stunden</time></div>")
                        .states("de-relative-time-text-no-datetime", "'vor 3 Stunden' inside <time> without a datetime, fetch time known",
                                "Feuerwehr rettet Katze aus Baum", "", "2024-05-14"),
                page("de", "Elbe Journal").title("Neue Fähre für die Elbe – Elbe Journal")
                        .article("<h1 class=\"entry-title\">Neue Fähre für die Elbe</h1><div class=\"entry-meta\">Veröffentlicht am 4. Juli 2023 von Tobias Klein</div>")
                        .states("de-wp-veroeffentlicht-am-von", "German WordPress line 'Veröffentlicht am <date> von Name'",
                                "Neue Fähre für die Elbe", "Tobias Klein", "2023-07-04"),
                page("fr", "Le Petit Exemple").title("La médiathèque ouvre le dimanche").fetched("2024-02-20T16:00:00Z")
                        .article("<h1>La médiathèque ouvre le dimanche</h1><p class=\"meta\">Par Hugo Lambert &middot; <time class=\"date\">il y a 2 heures</time></p>")
                        .states("fr-relative-time-text", "'il y a 2 heures' inside <time>, fetch time known; 'Par Name' before it",
                                "La médiathèque ouvre le dimanche", "Hugo Lambert", "2024-02-20"),
                page("fr", "Blog Exemple").title("Les vendanges commencent tôt – Blog Exemple")
                        .article("<h1 class=\"entry-title\">Les vendanges commencent tôt</h1><div class=\"entry-meta\">Publié le 12 janvier 2023 par Claire Dubois</div>")
                        .states("fr-wp-publie-le-par", "French WordPress line 'Publié le <date> par Name'",
                                "Les vendanges commencent tôt", "Claire Dubois", "2023-01-12"),
                page("es", "Diario Ejemplo").title("El metro amplía su horario nocturno")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"El metro amplía su horario nocturno","dateCreated":"2022-06-30T23:50:00+02:00","datePublished":"2022-07-01T07:00:00+02:00","author":{"@type":"Person","name":"Lucía Fernández"}}""")
                        .article("<h1>El metro amplía su horario nocturno</h1><p class=\"autor\">Por Lucía Fernández - Madrid</p>")
                        .states("es-datecreated-previous-night", "JSON-LD dateCreated the night before datePublished; 'Por Name - City'",
                                "El metro amplía su horario nocturno", "Lucía Fernández", "2022-07-01"),
                page("es", "Blog de Ejemplo").title("Cinco rutas para el otoño | Blog de Ejemplo")
                        .article("<h1 class=\"entry-title\">Cinco rutas para el otoño</h1><p class=\"entry-meta\">Publicado el 5 de octubre de 2022 por María López</p>")
                        .states("es-wp-publicado-el-por", "Spanish WordPress line 'Publicado el <date> por Name'",
                                "Cinco rutas para el otoño", "María López", "2022-10-05"),
                page("it", "Gazzetta d'Esempio").title("Nuovo ponte sul fiume, via ai lavori")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"Organization","name":"Gazzetta d'Esempio","url":"https://gazzetta.example"}""")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Cronaca"}]}""")
                        .jsonLd("""
                                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Nuovo ponte sul fiume, via ai lavori","datePublished":"2023-10-02T10:30:00+02:00","author":[{"@type":"Person","name":"Giulia Rossi"}],"publisher":{"@type":"Organization","name":"Gazzetta d'Esempio"}}""")
                        .article("<h1>Nuovo ponte sul fiume, via ai lavori</h1><p class=\"firma\">di Giulia Rossi</p>")
                        .states("it-three-jsonld-blocks", "three JSON-LD scripts: Organization, BreadcrumbList, NewsArticle",
                                "Nuovo ponte sul fiume, via ai lavori", "Giulia Rossi", "2023-10-02"),
                page("nl", "Dorpsblad Voorbeeld").title("Nieuwe speeltuin geopend - Dorpsblad Voorbeeld")
                        .article("<h1 class=\"entry-title\">Nieuwe speeltuin geopend</h1><div class=\"entry-meta\">Geplaatst op 3 maart 2023 door Pieter de Vries</div>")
                        .states("nl-wp-geplaatst-op-door", "Dutch WordPress line 'Geplaatst op <date> door Name'",
                                "Nieuwe speeltuin geopend", "Pieter de Vries", "2023-03-03"),
                // --- Portuguese, Scandinavian, Czech, Turkish, Japanese ---
                page("pt", "Jornal Exemplo").title("Lisboa alarga rede de ciclovias")
                        .article("<h1>Lisboa alarga rede de ciclovias</h1><p class=\"autor\">Por Rui Pereira</p><p class=\"data\">Publicado a 3 de março de 2022, 10:00</p>")
                        .states("pt-pt-publicado-a", "European Portuguese 'Publicado a <date>'",
                                "Lisboa alarga rede de ciclovias", "Rui Pereira", "2022-03-03"),
                page("pt", "Portal Exemplo").title("Chuva forte causa alagamentos na capital").fetched("2023-08-09T20:00:00Z")
                        .article("<h1>Chuva forte causa alagamentos na capital</h1><p class=\"content-publication-data__from\">Por Ana Costa, g1 SP</p><p class=\"content-publication-data__updated\">09/08/2023 15h21 Atualizado há 2 horas</p>")
                        .states("pt-br-date-15h21-atualizado-ha", "Brazilian '09/08/2023 15h21 Atualizado há 2 horas'; 'Por Name, desk'",
                                "Chuva forte causa alagamentos na capital", "Ana Costa", "2023-08-09"),
                page("sv", "Exempelbladet").title("Ny bro över älven invigd | Exempelbladet")
                        .article("<h1>Ny bro över älven invigd</h1><p class=\"byline\">Av <a href=\"/av/erik-lindqvist\">Erik Lindqvist</a></p><p class=\"date\">Publicerad 14 mars 2023 kl. 07.30</p><p class=\"date\">Uppdaterad 15 mars 2023 kl. 10.05</p>")
                        .states("sv-av-publicerad-uppdaterad", "Swedish 'Av Name'; 'Publicerad 14 mars 2023 kl. 07.30' before 'Uppdaterad'",
                                "Ny bro över älven invigd", "Erik Lindqvist", "2023-03-14"),
                page("sv", "Exempeltidningen").title("Skolan får ny rektor")
                        .article("<h1>Skolan får ny rektor</h1><p class=\"credits\">Text: Anna Berg Foto: Johan Ek</p><p class=\"date\">Publicerad 2 maj 2022</p>")
                        .states("sv-text-foto-credits", "Swedish 'Text: Name Foto: Name': the photographer is no author",
                                "Skolan får ny rektor", "Anna Berg", "2022-05-02"),
                page("da", "Eksempel Avis").title("Ny metrolinje åbner til efteråret")
                        .article("<h1>Ny metrolinje åbner til efteråret</h1><p class=\"byline\">Af Mette Holm</p><p class=\"date\">Publiceret 3. februar 2022 kl. 09:15</p>")
                        .states("da-af-publiceret", "Danish 'Af Name'; 'Publiceret 3. februar 2022 kl. 09:15'",
                                "Ny metrolinje åbner til efteråret", "Mette Holm", "2022-02-03"),
                page("da", "Eksempel Nyt").title("Havnen får nyt badeanlæg - Eksempel Nyt")
                        .article("<h1>Havnen får nyt badeanlæg</h1><p class=\"byline\">Af Jens Madsen og Sara Nielsen</p><time datetime=\"2023-06-12T06:00:00+02:00\">12. jun. 2023</time>")
                        .states("da-af-og-two-authors", "Danish 'Af A og B'",
                                "Havnen får nyt badeanlæg", "Jens Madsen; Sara Nielsen", "2023-06-12"),
                page("nb", "Eksempelposten").title("Nytt sykehus skal stå ferdig i 2027")
                        .article("<h1>Nytt sykehus skal stå ferdig i 2027</h1><p class=\"byline\">Av Ingrid Solberg</p><p class=\"date\">Publisert: 12.04.2023 06:00 Oppdatert: 12.04.2023 09:41</p>")
                        .states("nb-publisert-oppdatert", "Norwegian 'Publisert: dd.mm.yyyy' beside 'Oppdatert:'",
                                "Nytt sykehus skal stå ferdig i 2027", "Ingrid Solberg", "2023-04-12"),
                page("nb", "Eksempelavisa").title("Kommunen kutter i kulturbudsjettet")
                        .article("<h1>Kommunen kutter i kulturbudsjettet</h1><p class=\"byline\">Av Ola Haugen og Siri Bakke</p><p class=\"date\">Publisert 5. desember 2022</p>")
                        .states("nb-av-og-desember", "Norwegian 'Av A og B'; 'Publisert 5. desember 2022'",
                                "Kommunen kutter i kulturbudsjettet", "Ola Haugen; Siri Bakke", "2022-12-05"),
                page("cs", "Deník Příklad").title("Nová linka tramvaje vyjede v květnu | Deník Příklad")
                        .article("<h1>Nová linka tramvaje vyjede v květnu</h1><p class=\"author\">Autor: Petr Novák</p><p class=\"date\">14. března 2023 8:00</p>")
                        .states("cs-autor-genitive-month", "Czech 'Autor: Name'; '14. března 2023' (genitive month)",
                                "Nová linka tramvaje vyjede v květnu", "Petr Novák", "2023-03-14"),
                page("cs", "Zprávy Příklad").title("Nemocnice otevře nové oddělení")
                        .article("<h1>Nemocnice otevře nové oddělení</h1><p class=\"author\">Jana Dvořáková, ČTK</p><p class=\"date\">2. 11. 2022 10:15</p>")
                        .states("cs-name-agency-spaced-date", "Czech 'Name, ČTK'; '2. 11. 2022' with spaces",
                                "Nemocnice otevře nové oddělení", "Jana Dvořáková", "2022-11-02"),
                page("tr", "Örnek Gazete").title("Belediye yeni park projesini açıkladı - Örnek Gazete")
                        .article("<h1>Belediye yeni park projesini açıkladı</h1><p class=\"author\">Haber: Mehmet Demir</p><p class=\"date\">Yayınlanma: 14 Mart 2023 09:30</p><p class=\"date\">Güncelleme: 15 Mart 2023 10:00</p>")
                        .states("tr-haber-yayinlanma", "Turkish 'Haber: Name'; 'Yayınlanma: 14 Mart 2023' before 'Güncelleme:'",
                                "Belediye yeni park projesini açıkladı", "Mehmet Demir", "2023-03-14"),
                page("tr", "Örnek Haber").title("Kış lastiği zorunluluğu başladı")
                        .article("<h1>Kış lastiği zorunluluğu başladı</h1><div class=\"byline\">Elif Kaya</div><p class=\"date\">3 Şubat 2022 Perşembe 11:45</p>")
                        .states("tr-subat-weekday-after", "Turkish '3 Şubat 2022 Perşembe' (weekday after the date); a bare name byline",
                                "Kış lastiği zorunluluğu başladı", "Elif Kaya", "2022-02-03"),
                page("ja", "例新聞").title("新しい駅が開業 - 例新聞")
                        .article("<h1>新しい駅が開業</h1><p class=\"date\">2022年1月10日 10時30分</p>")
                        .states("ja-nen-gatsu-nichi", "Japanese '2022年1月10日 10時30分'",
                                "新しい駅が開業", "", "2022-01-10"));
    }
}
