package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The tenth held-out metadata set: 60 pages written after the rules were tuned on the ninth set, modelled on the
 * templates of common publishing systems (WordPress with Yoast and RankMath graphs, Arc XP, Brightspot, Drupal,
 * Ghost, Hugo, Jekyll, Medium, Substack, Next.js, Gatsby, Sitecore, AEM, Bootstrap themes, AMP) and on the meta
 * vocabularies (Open Graph, microdata, RDFa, Dublin Core, Parse.ly, Sailthru), with updates stated before the
 * publication, dates only in the URL or in a bare time element, relative times, joined and role-bearing bylines in
 * eleven languages, and sidebars and comments carrying other dates and names. Its first read is recorded in
 * {@link TenthMetadataTest}.
 */
final class TenthMetadataPages {
    private TenthMetadataPages() {}

    static List<Case> all() {
        return List.of(
                page("en", "Riverbend Post").title("City council approves new bike lanes")
                        .head("<script type=\"application/ld+json\" class=\"yoast-schema-graph\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"@id\":\"https://riverbendpost.test/a/#article\",\"headline\":\"City council approves new bike lanes\",\"datePublished\":\"2024-05-06T09:12:00+00:00\",\"dateModified\":\"2024-05-07T11:00:00+00:00\",\"author\":{\"@id\":\"https://riverbendpost.test/#/schema/person/ab12\"}},{\"@type\":\"Person\",\"@id\":\"https://riverbendpost.test/#/schema/person/ab12\",\"name\":\"Hannah Cole\"}]}</script>")
                        .article("<h1 class=\"entry-title\">City council approves new bike lanes</h1>")
                        .after("<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/x\">Council budget vote delayed</a> <span class=\"date\">March 2, 2024</span> by Karen Lowe</li></ul></aside>")
                        .states("en-yoast-graph-person-ref", "WordPress Yoast @graph with Person by @id",
                                "City council approves new bike lanes", "Hannah Cole", "2024-05-06"),
                page("en", "Lakeside Daily").title("Water rates to rise in July")
                        .head("<script type=\"application/ld+json\" class=\"rank-math-schema\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"BlogPosting\",\"headline\":\"Water rates to rise in July\",\"datePublished\":\"2024-05-07T14:00:00-05:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Marcus Reed\"}]}]}</script>")
                        .article("<h1>Water rates to rise in July</h1>")
                        .states("en-rankmath-author-array", "RankMath JSON-LD with author as array",
                                "Water rates to rise in July", "Marcus Reed", "2024-05-07"),
                page("en", "Capital Herald").title("Senate passes infrastructure bill")
                        .head("<meta property=\"og:title\" content=\"Senate passes infrastructure bill\">")
                        .article("<h1>Senate passes infrastructure bill</h1><div class=\"byline\">By <a href=\"/people/dana-whitfield/\">Dana Whitfield</a> and <a href=\"/people/jorge-alvarez/\">Jorge Alvarez</a></div>")
                        .after("<script id=\"fusion-metadata\">window.Fusion=window.Fusion||{};Fusion.globalContent={\"_id\":\"ABC\",\"display_date\":\"2024-05-08T16:30:00.000Z\",\"first_publish_date\":\"2024-05-08T16:30:00.000Z\",\"headlines\":{\"basic\":\"Senate passes infrastructure bill\"},\"credits\":{\"by\":[{\"name\":\"Dana Whitfield\"},{\"name\":\"Jorge Alvarez\"}]}};</script>")
                        .states("en-arc-fusion-credits", "Arc XP Fusion globalContent with credits.by",
                                "Senate passes infrastructure bill", "Dana Whitfield; Jorge Alvarez", "2024-05-08"),
                page("en", "Metro Observer").title("Transit agency names new chief")
                        .head("<meta name=\"brightspot.contentId\" content=\"0000018f-aaaa\"><meta property=\"og:title\" content=\"Transit agency names new chief\">")
                        .article("<h1 class=\"Page-headline\">Transit agency names new chief</h1><div class=\"Page-authors\">By <a class=\"Link\" href=\"/author/elena-park\">Elena Park</a></div><div class=\"Page-datePublished\">Published May 9, 2024 at 7:45 AM EDT</div>")
                        .after("<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/x\">Council budget vote delayed</a> <span class=\"date\">March 2, 2024</span> by Karen Lowe</li></ul></aside>")
                        .states("en-brightspot-byline", "Brightspot: meta brightspot.contentId, byline in authors module, date in published span",
                                "Transit agency names new chief", "Elena Park", "2024-05-09"),
                page("en", "Valley Tribune").title("School board adopts later start times")
                        .head("<meta property=\"article:published_time\" content=\"2024-05-10T08:00:00-07:00\"><meta property=\"og:updated_time\" content=\"2024-05-12T09:00:00-07:00\">")
                        .article("<h1 class=\"page-title\"><span class=\"field field--name-title\">School board adopts later start times</span></h1><div class=\"field field--name-field-byline\">Greg Holm</div>")
                        .after("<section class=\"comments\"><div class=\"comment\"><span class=\"comment-author\">reader42</span> <time datetime=\"2024-04-02T10:00:00Z\">April 2, 2024</time><p>Great piece.</p></div></section>")
                        .states("en-drupal-fields", "Drupal: field--name-field-byline, submitted date, article:published_time",
                                "School board adopts later start times", "Greg Holm", "2024-05-10"),
                page("en", "Quiet Signal").title("Why small newsrooms are turning to newsletters")
                        .head("<meta property=\"article:published_time\" content=\"2024-05-11T06:00:00.000Z\"><meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"Ira Lund\">")
                        .article("<h1 class=\"article-title\">Why small newsrooms are turning to newsletters</h1><div class=\"article-byline-meta\"><h4 class=\"author-name\"><a href=\"/author/ira/\">Ira Lund</a></h4><time class=\"byline-meta-date\" datetime=\"2024-05-11\">May 11, 2024</time></div>")
                        .states("en-ghost-twitter-data", "Ghost: article:published_time and meta author via twitter:data1",
                                "Why small newsrooms are turning to newsletters", "Ira Lund", "2024-05-11"),
                page("en", "Field Notes").title("Counting birds on the coast")
                        .head("<meta name=\"generator\" content=\"Hugo 0.120.0\">")
                        .article("<h1>Counting birds on the coast</h1><div class=\"post-meta\"><time datetime=\"2024-05-12T00:00:00Z\">2024-05-12</time> · <span class=\"author\">Sam Ortiz</span></div>")
                        .states("en-hugo-post-meta", "Hugo: time datetime and .author span, no JSON-LD",
                                "Counting birds on the coast", "Sam Ortiz", "2024-05-12"),
                page("en", "Byte Journal").title("Rust in the kernel, one year on")
                        .head("<link rel=\"canonical\" href=\"https://bytejournal.test/2024/05/13/rust-kernel-one-year/\">")
                        .article("<h1 class=\"post-title\">Rust in the kernel, one year on</h1><p class=\"post-meta\"><span itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\"><span itemprop=\"name\">Lena Fisher</span></span></p>")
                        .states("en-jekyll-url-date", "Jekyll: date only in URL path, author in post-meta",
                                "Rust in the kernel, one year on", "Lena Fisher", "2024-05-13"),
                page("en", "Medium").title("What I learned shipping a side project")
                        .head("<script type=\"application/ld+json\">{\"@context\":\"http://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"What I learned shipping a side project\",\"datePublished\":\"2024-05-14T12:01:02.345Z\",\"dateModified\":\"2024-05-20T08:00:00.000Z\",\"author\":{\"@type\":\"Person\",\"name\":\"Priya Raman\",\"url\":\"https://medium.test/@priya\"},\"creator\":[\"Priya Raman\"],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Medium\"}}</script>")
                        .article("<h1>What I learned shipping a side project</h1><div><a href=\"/@priya\">Priya Raman</a> · 6 min read · May 14, 2024</div>")
                        .states("en-medium-jsonld", "Medium: JSON-LD with creator and author, relative read time",
                                "What I learned shipping a side project", "Priya Raman", "2024-05-14"),
                page("en", "The Long Read (Substack)").title("Notes on the housing market")
                        .article("<h1 class=\"post-title\">Notes on the housing market</h1><div class=\"byline-wrapper\"><a href=\"https://substack.test/@tombecker\">Tom Becker</a><div class=\"pencraft\">May 15, 2024</div></div>")
                        .after("<script>window._preloads = JSON.parse(\"{\\\"post\\\":{\\\"title\\\":\\\"Notes on the housing market\\\",\\\"post_date\\\":\\\"2024-05-15T13:00:00.000Z\\\",\\\"publishedBylines\\\":[{\\\"name\\\":\\\"Tom Becker\\\"}]}}\")</script>")
                        .states("en-substack-preloads", "Substack: window._preloads post with post_date and publishedBylines",
                                "Notes on the housing market", "Tom Becker", "2024-05-15"),
                page("en", "Pacific Wire").title("Wildfire season starts early")
                        .article("<h1>Wildfire season starts early</h1>")
                        .after("<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":{\"article\":{\"title\":\"Wildfire season starts early\",\"publishedAt\":\"2024-05-16T15:20:00Z\",\"updatedAt\":\"2024-05-17T09:00:00Z\",\"authors\":[{\"name\":\"Kim Nguyen\"}]}}},\"page\":\"/news/[slug]\"}</script>")
                        .states("en-next-data", "Next.js __NEXT_DATA__ with pageProps.article",
                                "Wildfire season starts early", "Kim Nguyen", "2024-05-16"),
                page("en", "Green Ledger").title("Solar farm approved despite objections")
                        .head("<meta name=\"generator\" content=\"Gatsby 5.12.0\"><meta name=\"author\" content=\"Ruth Ames\">")
                        .article("<header><h1>Solar farm approved despite objections</h1><p><small>May 17, 2024</small></p></header>")
                        .after("<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/x\">Council budget vote delayed</a> <span class=\"date\">March 2, 2024</span> by Karen Lowe</li></ul></aside>")
                        .states("en-gatsby-header", "Gatsby: byline and date in article header, sidebar of other dated posts",
                                "Solar farm approved despite objections", "Ruth Ames", "2024-05-17"),
                page("en", "Northern Chronicle").title("Hospital waiting lists fall for third month")
                        .head("<meta name=\"sitecore-item-id\" content=\"{AB12}\"><meta name=\"publish-date\" content=\"2024-05-18\"><meta name=\"author\" content=\"Alan Price\">")
                        .article("<h1>Hospital waiting lists fall for third month</h1><div class=\"article-meta\">18 May 2024</div>")
                        .states("en-sitecore-meta", "Sitecore: dates in data attributes and meta sitecore",
                                "Hospital waiting lists fall for third month", "Alan Price", "2024-05-18"),
                page("en", "Global Motors Newsroom").title("Company opens battery plant in Ohio")
                        .head("<meta name=\"template\" content=\"press-release\"><meta property=\"og:title\" content=\"Company opens battery plant in Ohio\">")
                        .article("<div class=\"cmp-title\"><h1 class=\"cmp-title__text\">Company opens battery plant in Ohio</h1></div><div class=\"cmp-text\"><p>DETROIT, May 19, 2024 – The company today opened its battery plant.</p></div>")
                        .states("en-aem-press-release", "AEM press release: no person, date in cmp-text",
                                "Company opens battery plant in Ohio", "", "2024-05-19"),
                page("en", "Daily Bulletin").title("Police investigate downtown break-ins")
                        .article("<h1>Police investigate downtown break-ins</h1><div class=\"meta\"><i class=\"fa fa-user\"></i> Chris Dunn <i class=\"fa fa-clock\"></i> Updated: May 21, 2024 | Published: May 20, 2024</div>")
                        .after("<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/x\">Council budget vote delayed</a> <span class=\"date\">March 2, 2024</span> by Karen Lowe</li></ul></aside>")
                        .states("en-bootstrap-updated-first", "Bootstrap news theme: byline and date in .meta with icons, Updated before Published",
                                "Police investigate downtown break-ins", "Chris Dunn", "2024-05-20"),
                page("en", "Coastal Times").title("Storm damages pier")
                        .head("<link rel=\"canonical\" href=\"https://coastaltimes.test/news/storm-pier\"><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Storm damages pier\",\"author\":{\"@type\":\"Person\",\"name\":\"Beth Moran\"},\"datePublished\":\"2024-05-21T05:00:00Z\"}</script>")
                        .article("<h1>Storm damages pier</h1><amp-timeago datetime=\"2024-05-21T05:00:00Z\" layout=\"fixed\" width=\"160\" height=\"20\">May 21, 2024</amp-timeago>")
                        .states("en-amp-timeago", "Google AMP: amp-timeago with datetime, author in JSON-LD",
                                "Storm damages pier", "Beth Moran", "2024-05-21"),
                page("en", "Open Wire").title("Rail fares frozen for a year")
                        .head("<meta property=\"og:title\" content=\"Rail fares frozen for a year\"><meta property=\"article:published_time\" content=\"2024-05-22T10:00:00Z\">")
                        .article("<h1>Rail fares frozen for a year</h1>")
                        .states("en-opengraph-only", "OpenGraph only: og:title and article:published_time, no byline",
                                "Rail fares frozen for a year", "", "2024-05-22"),
                page("en", "Hill Gazette").title("Mountain rescue volunteers honoured")
                        .article("<div itemscope itemtype=\"https://schema.org/NewsArticle\"><h1 itemprop=\"headline\">Mountain rescue volunteers honoured</h1><span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">Nora Quinn</span></span> <meta itemprop=\"datePublished\" content=\"2024-05-23T08:00:00Z\"><span>May 23</span></div>")
                        .states("en-microdata-article", "microdata: itemprop datePublished and author name",
                                "Mountain rescue volunteers honoured", "Nora Quinn", "2024-05-23"),
                page("en", "Scholar Weekly").title("University cuts tuition for nurses")
                        .article("<div vocab=\"https://schema.org/\" typeof=\"NewsArticle\"><h1 property=\"headline\">University cuts tuition for nurses</h1><span property=\"author\" typeof=\"Person\"><span property=\"name\">Owen Hart</span></span><span property=\"datePublished\" content=\"2024-05-24\">24 May 2024</span></div>")
                        .states("en-rdfa-article", "RDFa: property=schema:datePublished and schema:author",
                                "University cuts tuition for nurses", "Owen Hart", "2024-05-24"),
                page("en", "Civic Record").title("Library hours extended")
                        .head("<meta name=\"DC.title\" content=\"Library hours extended\"><meta name=\"DC.creator\" content=\"Julia Stone\"><meta name=\"DC.date.issued\" content=\"2024-05-25\">")
                        .article("<h1>Library hours extended</h1>")
                        .states("en-dublin-core", "Dublin Core meta: DC.date.issued and DC.creator",
                                "Library hours extended", "Julia Stone", "2024-05-25"),
                page("en", "Metro Pulse").title("Stadium plan faces new delay")
                        .head("<meta name=\"parsely-title\" content=\"Stadium plan faces new delay\"><meta name=\"parsely-pub-date\" content=\"2024-05-26T13:45:00Z\"><meta name=\"parsely-author\" content=\"Victor Lang\"><meta name=\"parsely-type\" content=\"post\">")
                        .article("<h1>Stadium plan faces new delay</h1>")
                        .after("<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/x\">Council budget vote delayed</a> <span class=\"date\">March 2, 2024</span> by Karen Lowe</li></ul></aside>")
                        .states("en-parsely-meta", "Parsely meta: parsely-pub-date and parsely-author",
                                "Stadium plan faces new delay", "Victor Lang", "2024-05-26"),
                page("en", "Harbor Voice").title("Fishing quotas cut again")
                        .head("<meta name=\"parsely-page\" content='{\"title\":\"Fishing quotas cut again\",\"pub_date\":\"2024-05-27T07:00:00Z\",\"author\":\"Mia Torres\",\"section\":\"News\"}'>")
                        .article("<h1>Fishing quotas cut again</h1>")
                        .states("en-parsely-page-json", "Parsely parsely-page JSON meta",
                                "Fishing quotas cut again", "Mia Torres", "2024-05-27"),
                page("en", "Prairie News").title("Farmers brace for drought")
                        .head("<meta name=\"sailthru.title\" content=\"Farmers brace for drought\"><meta name=\"sailthru.date\" content=\"2024-05-28 06:30:00\"><meta name=\"sailthru.author\" content=\"Leo Brandt\">")
                        .article("<h1>Farmers brace for drought</h1>")
                        .states("en-sailthru-meta", "sailthru meta: sailthru.date and sailthru.author",
                                "Farmers brace for drought", "Leo Brandt", "2024-05-28"),
                page("en", "Evening Standard Test").title("Museum reopens after renovation")
                        .head("<meta property=\"og:updated_time\" content=\"2024-06-03T12:00:00+01:00\"><meta property=\"article:published_time\" content=\"2024-05-29T09:00:00+01:00\"><meta property=\"article:modified_time\" content=\"2024-06-03T12:00:00+01:00\"><meta name=\"author\" content=\"Grace Lee\">")
                        .article("<h1>Museum reopens after renovation</h1>")
                        .states("en-published-vs-updated", "article:published_time earlier than og:updated_time",
                                "Museum reopens after renovation", "Grace Lee", "2024-05-29"),
                page("en", "Suburb Times").title("Zoo welcomes twin lion cubs")
                        .article("<h1>Zoo welcomes twin lion cubs</h1><p>By <a rel=\"author\" href=\"/staff/paul-byrne\">Paul Byrne</a> · <time>May 30, 2024</time></p>")
                        .after("<section class=\"comments\"><div class=\"comment\"><span class=\"comment-author\">reader42</span> <time datetime=\"2024-04-02T10:00:00Z\">April 2, 2024</time><p>Great piece.</p></div></section>")
                        .states("en-time-no-datetime-rel-author", "time element without datetime: text 'May 30, 2024'; rel=author",
                                "Zoo welcomes twin lion cubs", "Paul Byrne", "2024-05-30"),
                page("en", "Live Desk").title("Flood warnings issued for river towns")
                        .head("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Flood warnings issued for river towns\",\"datePublished\":\"2024-05-31T04:00:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Amy Shaw\"}]}</script>")
                        .article("<h1>Flood warnings issued for river towns</h1><div class=\"byline\">By Amy Shaw · <span class=\"ago\">3 hours ago</span></div>")
                        .states("en-relative-time-jsonld", "relative '3 hours ago' on page; true date only in JSON-LD",
                                "Flood warnings issued for river towns", "Amy Shaw", "2024-05-31"),
                page("en", "Wire Review").title("Central bank holds rates steady")
                        .head("<meta property=\"article:published_time\" content=\"2024-06-01T14:00:00Z\">")
                        .article("<h1>Central bank holds rates steady</h1><p class=\"byline\">By Daniel Roth, Senior Economics Correspondent, and Sofia Marin, Reuters</p>")
                        .states("en-byline-roles-agency", "byline with role and agency: 'By A, Senior Correspondent, and B, Reuters'",
                                "Central bank holds rates steady", "Daniel Roth; Sofia Marin", "2024-06-01"),
                page("en", "Tech Brief").title("Chipmaker posts record profit")
                        .head("<meta property=\"article:published_time\" content=\"2024-06-02T11:00:00Z\">")
                        .article("<h1>Chipmaker posts record profit</h1><div class=\"author-card\"><span class=\"label\">Written by</span> <a href=\"/authors/ken-ito\" class=\"author-card__name\">Ken Ito</a><p>Ken covers semiconductors.</p></div>")
                        .states("en-written-by-author-card", "author card after the article: 'Written by' with bio",
                                "Chipmaker posts record profit", "Ken Ito", "2024-06-02"),
                page("en", "Town Crier").title("New park opens on old rail yard")
                        .head("<link rel=\"canonical\" href=\"https://towncrier.test/news/2024/06/03/new-park-rail-yard\">")
                        .article("<h1>New park opens on old rail yard</h1><p class=\"byline\">By Lucy Grant</p>")
                        .after("<section class=\"comments\"><div class=\"comment\"><span class=\"comment-author\">reader42</span> <time datetime=\"2024-04-02T10:00:00Z\">April 2, 2024</time><p>Great piece.</p></div></section>")
                        .states("en-url-date-only", "date only in the URL (/2024/06/03/), byline plain",
                                "New park opens on old rail yard", "Lucy Grant", "2024-06-03"),
                page("en", "Island Post").title("Ferry timetable changes from July")
                        .article("<h1>Ferry timetable changes from July</h1><p class=\"byline\">By Ben Carter</p><p class=\"dates\">Updated June 6, 2024 3:10 p.m.</p><p class=\"dates\">Published June 4, 2024 9:00 a.m.</p>")
                        .after("<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/x\">Council budget vote delayed</a> <span class=\"date\">March 2, 2024</span> by Karen Lowe</li></ul></aside>")
                        .states("en-updated-before-published", "Updated line before Published line, both labelled, sidebar dated",
                                "Ferry timetable changes from July", "Ben Carter", "2024-06-04"),
                page("de", "Stadtanzeiger Test").title("Stadt baut neue Radwege")
                        .article("<h1>Stadt baut neue Radwege</h1><p class=\"autor\">Von Julia Becker und Tobias Klein</p><p class=\"datum\">6. Mai 2024, 14:20 Uhr</p>")
                        .after("<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/x\">Council budget vote delayed</a> <span class=\"date\">March 2, 2024</span> by Karen Lowe</li></ul></aside>")
                        .states("de-von-und", "'Von A und B', Datum '6. Mai 2024'",
                                "Stadt baut neue Radwege", "Julia Becker; Tobias Klein", "2024-05-06"),
                page("de", "Kurier Test").title("Mieten steigen weiter")
                        .article("<h1>Mieten steigen weiter</h1><p class=\"credit\">Text: Anna Vogel</p><p>Aktualisiert am 09.05.2024 · Veröffentlicht am 07.05.2024</p>")
                        .states("de-text-aktualisiert-first", "'Text: A', Aktualisiert vor Veröffentlicht",
                                "Mieten steigen weiter", "Anna Vogel", "2024-05-07"),
                page("de", "Rundschau Test").title("Bahn streicht Nachtzüge")
                        .head("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Bahn streicht Nachtzüge\",\"datePublished\":\"2024-05-08T06:00:00+02:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Markus Hahn\"}}</script>")
                        .article("<h1>Bahn streicht Nachtzüge</h1><p>Von Markus Hahn, Redakteur</p>")
                        .states("de-jsonld-role", "JSON-LD NewsArticle, byline with role 'Redakteur'",
                                "Bahn streicht Nachtzüge", "Markus Hahn", "2024-05-08"),
                page("de", "Nachrichten Test").title("Landtag beschließt Haushalt")
                        .article("<h1>Landtag beschließt Haushalt</h1><p class=\"byline\">Von Eva Lorenz, dpa</p><p class=\"date\">09.05.2024, 17:05 Uhr</p>")
                        .after("<section class=\"comments\"><div class=\"comment\"><span class=\"comment-author\">reader42</span> <time datetime=\"2024-04-02T10:00:00Z\">April 2, 2024</time><p>Great piece.</p></div></section>")
                        .states("de-von-dpa", "'Von A, dpa' agency after name; date '09.05.2024'",
                                "Landtag beschließt Haushalt", "Eva Lorenz", "2024-05-09"),
                page("de", "Heimatblatt Test").title("Freibad öffnet früher")
                        .article("<h1>Freibad öffnet früher</h1><time>10. Mai 2024</time><p>Das Freibad öffnet in diesem Jahr bereits im Mai.</p>")
                        .states("de-time-no-datetime", "dpa-Meldung ohne Person, Datum im time-Element ohne datetime",
                                "Freibad öffnet früher", "", "2024-05-10"),
                page("fr", "Le Quotidien Test").title("La mairie lance un plan vélo")
                        .article("<h1>La mairie lance un plan vélo</h1><p class=\"auteur\">Par Claire Martin et Luc Bernard</p><p>Publié le 11 mai 2024 à 08h30, mis à jour le 12 mai 2024 à 10h00</p>")
                        .after("<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/x\">Council budget vote delayed</a> <span class=\"date\">March 2, 2024</span> by Karen Lowe</li></ul></aside>")
                        .states("fr-par-et", "'Par A et B', 'Publié le 11 mai 2024'",
                                "La mairie lance un plan vélo", "Claire Martin; Luc Bernard", "2024-05-11"),
                page("fr", "L'Écho Test").title("Grève dans les transports jeudi")
                        .article("<h1>Grève dans les transports jeudi</h1><p>Par Sophie Durand</p><p>Mis à jour le 13/05/2024 à 09:00 · Publié le 12/05/2024 à 18:00</p>")
                        .states("fr-mis-a-jour-first", "'Mis à jour' before 'Publié'",
                                "Grève dans les transports jeudi", "Sophie Durand", "2024-05-12"),
                page("fr", "Ouest Test").title("Les pêcheurs inquiets")
                        .head("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Les pêcheurs inquiets\",\"datePublished\":\"2024-05-13T07:00:00+02:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Marc Petit\"}]}</script>")
                        .article("<h1>Les pêcheurs inquiets</h1><p>Par Marc Petit (avec AFP)</p>")
                        .states("fr-avec-afp", "Par A, avec AFP; JSON-LD",
                                "Les pêcheurs inquiets", "Marc Petit", "2024-05-13"),
                page("fr", "Le Soir Test").title("Le musée double sa surface")
                        .article("<h1>Le musée double sa surface</h1><p class=\"byline\">Par Julie Lambert</p><p class=\"date\">Publié le 14/05/2024 à 11:15</p>")
                        .states("fr-be-publie", "Belgian site: 'Par A' and 'Publié le 14/05/2024'",
                                "Le musée double sa surface", "Julie Lambert", "2024-05-14"),
                page("es", "Diario Prueba").title("El ayuntamiento amplía el metro")
                        .article("<h1>El ayuntamiento amplía el metro</h1><p class=\"autor\">Por Lucía García y Pablo Ruiz</p><p class=\"fecha\">15 de mayo de 2024 - 10:45</p>")
                        .after("<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/x\">Council budget vote delayed</a> <span class=\"date\">March 2, 2024</span> by Karen Lowe</li></ul></aside>")
                        .states("es-por-y", "'Por A y B', fecha '15 de mayo de 2024'",
                                "El ayuntamiento amplía el metro", "Lucía García; Pablo Ruiz", "2024-05-15"),
                page("es", "El Norte Prueba").title("Sube el precio del alquiler")
                        .head("<meta name=\"author\" content=\"Carmen López\">")
                        .article("<h1>Sube el precio del alquiler</h1><p>Carmen López</p><p>Actualizado: 17/05/2024 12:00h · Publicado: 16/05/2024 08:00h</p>")
                        .states("es-actualizado-first", "'Actualizado' before publication date",
                                "Sube el precio del alquiler", "Carmen López", "2024-05-16"),
                page("es", "Agencia Sur").title("Llegan las lluvias al sur")
                        .head("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Llegan las lluvias al sur\",\"datePublished\":\"2024-05-17T09:00:00+02:00\",\"author\":{\"@type\":\"Organization\",\"name\":\"Agencia Sur\"}}</script>")
                        .article("<h1>Llegan las lluvias al sur</h1>")
                        .states("es-agencia-sin-autor", "agency note, no person, date in JSON-LD",
                                "Llegan las lluvias al sur", "", "2024-05-17"),
                page("es", "La Voz Prueba").title("Nuevo hospital en la ciudad")
                        .article("<h1>Nuevo hospital en la ciudad</h1><p class=\"byline\">Por Miguel Torres, corresponsal</p><time datetime=\"2024-05-18T07:30:00+02:00\">18 may 2024</time>")
                        .states("es-por-rol", "'Redacción / Miguel Torres' with role",
                                "Nuevo hospital en la ciudad", "Miguel Torres", "2024-05-18"),
                page("it", "Corriere Prova").title("Il comune rinnova i parchi")
                        .article("<h1>Il comune rinnova i parchi</h1><p class=\"autore\">di Marco Rossi e Giulia Bianchi</p><p class=\"data\">19 maggio 2024</p>")
                        .after("<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/x\">Council budget vote delayed</a> <span class=\"date\">March 2, 2024</span> by Karen Lowe</li></ul></aside>")
                        .states("it-di-e", "'Di A e B', '19 maggio 2024'",
                                "Il comune rinnova i parchi", "Marco Rossi; Giulia Bianchi", "2024-05-19"),
                page("it", "La Gazzetta Prova").title("Sciopero dei treni venerdì")
                        .head("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Sciopero dei treni venerdì\",\"datePublished\":\"2024-05-20T08:00:00+02:00\",\"dateModified\":\"2024-05-21T08:00:00+02:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Luca Ferri\"}}</script>")
                        .article("<h1>Sciopero dei treni venerdì</h1><p>Aggiornato il 21/05/2024 · Pubblicato il 20/05/2024</p><p>di Luca Ferri</p>")
                        .states("it-aggiornato-first", "JSON-LD and 'Aggiornato' first",
                                "Sciopero dei treni venerdì", "Luca Ferri", "2024-05-20"),
                page("it", "Il Mattino Prova").title("Nuove regole per i monopattini")
                        .article("<h1>Nuove regole per i monopattini</h1><p class=\"firma\">Di Sara Conti</p><p>21/05/2024 ore 10:30</p>")
                        .states("it-di-ore", "'Di A' and date 21/05/2024 ore 10:30",
                                "Nuove regole per i monopattini", "Sara Conti", "2024-05-21"),
                page("it", "Notizie Prova").title("Il porto cresce ancora")
                        .head("<meta property=\"article:published_time\" content=\"2024-05-22T12:00:00+02:00\">")
                        .article("<h1>Il porto cresce ancora</h1>")
                        .states("it-no-author", "no author, article:published_time",
                                "Il porto cresce ancora", "", "2024-05-22"),
                page("nl", "Dagblad Test").title("Gemeente bouwt nieuwe woningen")
                        .article("<h1>Gemeente bouwt nieuwe woningen</h1><p class=\"auteur\">Door Jan de Vries en Sanne Bakker</p><p>23 mei 2024, 09:12</p>")
                        .after("<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/x\">Council budget vote delayed</a> <span class=\"date\">March 2, 2024</span> by Karen Lowe</li></ul></aside>")
                        .states("nl-door-en", "'Door A en B', '23 mei 2024'",
                                "Gemeente bouwt nieuwe woningen", "Jan de Vries; Sanne Bakker", "2024-05-23"),
                page("nl", "Nieuwsblad Test").title("Treinen rijden weer")
                        .article("<h1>Treinen rijden weer</h1><p>Door Pieter Jansen</p><p>Bijgewerkt: 25-05-2024 · Gepubliceerd: 24-05-2024</p>")
                        .states("nl-bijgewerkt-first", "'Bijgewerkt' before 'Gepubliceerd'",
                                "Treinen rijden weer", "Pieter Jansen", "2024-05-24"),
                page("nl", "Regio Test").title("Haven krijgt nieuwe kade")
                        .head("<meta name=\"author\" content=\"Lotte Smit\"><meta property=\"article:published_time\" content=\"2024-05-25T10:00:00+02:00\">")
                        .article("<h1>Haven krijgt nieuwe kade</h1>")
                        .states("nl-meta", "meta author and article:published_time",
                                "Haven krijgt nieuwe kade", "Lotte Smit", "2024-05-25"),
                page("pt", "Jornal Teste").title("Prefeitura anuncia novo parque")
                        .article("<h1>Prefeitura anuncia novo parque</h1><p class=\"autor\">Por Ana Souza e Pedro Lima</p><p>26 de maio de 2024, 14h30</p>")
                        .after("<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/x\">Council budget vote delayed</a> <span class=\"date\">March 2, 2024</span> by Karen Lowe</li></ul></aside>")
                        .states("pt-por-e", "'Por A e B', '26 de maio de 2024'",
                                "Prefeitura anuncia novo parque", "Ana Souza; Pedro Lima", "2024-05-26"),
                page("pt", "Folha Teste").title("Chuvas atingem o litoral")
                        .article("<h1>Chuvas atingem o litoral</h1><p>Por Rafael Costa</p><p>Atualizado em 28/05/2024 · Publicado em 27/05/2024</p>")
                        .states("pt-atualizado-first", "'Atualizado' before 'Publicado'",
                                "Chuvas atingem o litoral", "Rafael Costa", "2024-05-27"),
                page("pt", "Diário Teste").title("Metro abre nova linha")
                        .head("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Metro abre nova linha\",\"datePublished\":\"2024-05-28T09:00:00+01:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Inês Marques\"}}</script>")
                        .article("<h1>Metro abre nova linha</h1>")
                        .states("pt-jsonld", "JSON-LD author",
                                "Metro abre nova linha", "Inês Marques", "2024-05-28"),
                page("pl", "Gazeta Testowa").title("Miasto remontuje dworzec")
                        .article("<h1>Miasto remontuje dworzec</h1><p>Autor: Tomasz Zieliński</p><p>29 maja 2024, 12:00</p>")
                        .states("pl-autor", "'Autor: A', '29 maja 2024'",
                                "Miasto remontuje dworzec", "Tomasz Zieliński", "2024-05-29"),
                page("pl", "Portal Testowy").title("Nowe linie tramwajowe")
                        .article("<h1>Nowe linie tramwajowe</h1><time datetime=\"2024-05-30T08:00:00+02:00\">30.05.2024</time>")
                        .states("pl-no-author", "no author, time datetime",
                                "Nowe linie tramwajowe", "", "2024-05-30"),
                page("sv", "Tidning Test").title("Kommunen bygger ny skola")
                        .article("<h1>Kommunen bygger ny skola</h1><p class=\"byline\">Av Erik Lind och Karin Berg</p><p>Publicerad 31 maj 2024 kl. 07.00</p>")
                        .states("sv-av-och", "'Av A och B', '31 maj 2024'",
                                "Kommunen bygger ny skola", "Erik Lind; Karin Berg", "2024-05-31"),
                page("sv", "Nyheter Test").title("Tågen försenade igen")
                        .head("<meta name=\"author\" content=\"Anna Holm\">")
                        .article("<h1>Tågen försenade igen</h1><p>Anna Holm</p><p>Uppdaterad 2024-06-02 10:00 · Publicerad 2024-06-01 08:00</p>")
                        .states("sv-uppdaterad-first", "'Uppdaterad' before 'Publicerad'",
                                "Tågen försenade igen", "Anna Holm", "2024-06-01"),
                page("da", "Avis Test").title("Kommunen åbner nyt bibliotek")
                        .article("<h1>Kommunen åbner nyt bibliotek</h1><p>Af Mette Hansen</p><p>2. juni 2024 kl. 09.00</p>")
                        .states("da-af", "'Af A', '2. juni 2024'",
                                "Kommunen åbner nyt bibliotek", "Mette Hansen", "2024-06-02"),
                page("da", "Dagblad DK Test").title("Broen lukker i weekenden")
                        .head("<meta property=\"article:published_time\" content=\"2024-06-03T06:00:00+02:00\">")
                        .article("<h1>Broen lukker i weekenden</h1>")
                        .states("da-no-author", "no author, article:published_time",
                                "Broen lukker i weekenden", "", "2024-06-03"),
                page("cs", "Noviny Test").title("Město opraví most")
                        .article("<h1>Město opraví most</h1><p>Autor: Petr Novák</p><p>4. června 2024 10:00</p>")
                        .states("cs-autor", "'Autor: A', '4. června 2024'",
                                "Město opraví most", "Petr Novák", "2024-06-04"));
    }
}
