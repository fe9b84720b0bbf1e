package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The eleventh held-out metadata set: 60 pages written after the rules were tuned on the tenth set, harder than it:
 * each page carries the chrome its template emits (cookie banners, newsletter boxes, share buttons and icons,
 * related stories with their own dates and bylines, dated comments, copyright years) around the markup of a common
 * publishing system (the WordPress themes Newspaper, Jannah and GeneratePress, Yoast graphs whose author is an
 * {@code @id} reference, Arc XP, Drupal 7 and 9, Bitrix, Ghost, Medium, Substack, Blogger, AMP, Next.js), with
 * updates stated before the publication, dates only in the URL, relative dates with no fetch time (no date may be
 * read from them), several authors joined in the page's language, roles after a name, authors only in a meta tag
 * or an author link, the desk or an agency as the only byline, titles with the site before or after them and
 * og:titles that differ from the headline, in twelve languages. Pages that state no date or no author are right
 * only when none is read. Its first read is recorded in {@link EleventhMetadataTest}.
 */
final class EleventhMetadataPages {
    private EleventhMetadataPages() {}

    private static final String COOKIE = "<div id='cookie-notice' class='cookie-banner' role='dialog'><p>We use cookies to give you the best experience on our site. <a href='/privacy'>Privacy policy</a></p><button class='cn-accept'>Accept</button> <button class='cn-reject'>Reject</button></div>";
    private static final String SVG_USER = "<svg class='icon icon-user' viewBox='0 0 24 24' aria-hidden='true'><path d='M12 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10z'/></svg>";
    private static final String SVG_CLOCK = "<svg class='icon icon-clock' viewBox='0 0 24 24' aria-hidden='true'><circle cx='12' cy='12' r='10'/></svg>";
    private static final String SHARE = "<div class='share-buttons'><a class='share-facebook' href='#'><svg viewBox='0 0 24 24'><path d='M0 0h24v24H0z'/></svg><span>Facebook</span></a><a class='share-x' href='#'><svg viewBox='0 0 24 24'><path d='M1 1h2'/></svg><span>X</span></a><a class='share-mail' href='#'><span>E-mail</span></a></div>";

    /** A related story as the tagDiv modules list it: its own headline, author and date. */
    private static String related(String heading, String headline, String author, String iso, String shown) {
        return "<div class='td_block_wrap td_block_related_posts'><h4 class='td-related-title'>" + heading + "</h4><div class='td_module_wrap td_module_related_posts'><h3 class='entry-title td-module-title'><a href='/x/' rel='bookmark'>" + headline + "</a></h3><div class='td-editor-date'><span class='td-post-author-name'><a href='/author/x/'>" + author + "</a> <span>-</span> </span><span class='td-post-date'><time class='entry-date updated td-module-date' datetime='" + iso + "'>" + shown + "</time></span></div></div></div>";
    }

    /** A WordPress comment with its author and date. */
    private static String comment(String who, String iso, String shown, String text) {
        return "<div id='comments' class='comments-area'><h2 class='comments-title'>1 comment</h2><ol class='comment-list'><li class='comment'><article class='comment-body'><footer class='comment-meta'><div class='comment-author vcard'><b class='fn'>" + who + "</b> <span class='says'>says:</span></div><div class='comment-metadata'><a href='#c1'><time datetime='" + iso + "'>" + shown + "</time></a></div></footer><div class='comment-content'><p>" + text + "</p></div></article></li></ol></div>";
    }

    private static String newsletter(String heading, String line) {
        return "<div class='newsletter-box'><h4>" + heading + "</h4><p>" + line + "</p><form><input type='email' placeholder='E-mail'><button>OK</button></form></div>";
    }

    static List<Case> all() {
        return List.of(
                // --- English ---
                page("en", "Kestrel Bay Chronicle").title("Harbour authority approves night ferries - Kestrel Bay Chronicle").top(COOKIE)
                        .article("<div class='td-post-header'><ul class='td-category'><li><a class='td-current-sub-category' href='/category/local/'>Local</a></li></ul><header class='td-post-title'><h1 class='entry-title'>Harbour authority approves night ferries</h1><div class='td-module-meta-info'><div class='td-post-author-name'><div class='td-author-by'>By</div> <a href='/author/maren-holt/'>Maren Holt</a><div class='td-author-line'> - </div></div><span class='td-post-date'><time class='entry-date updated td-module-date' datetime='2024-03-18T07:42:11+00:00'>March 18, 2024</time></span><div class='td-post-views'><i class='td-icon-views'></i><span class='td-nr-views-1234'>412</span></div></div></header></div>" + SHARE)
                        .after(related("Related posts", "Dredging contract signed for the outer harbour", "Glen Fairley", "2023-11-02T08:00:00+00:00", "November 2, 2023") + comment("Pat Morrow", "2024-03-20T21:14:00+00:00", "March 20, 2024 at 9:14 pm", "Long overdue."))
                        .states("en-newspaper-tagdiv", "Newspaper (tagDiv): td-post-author-name, td-post-date time, related module dated",
                                "Harbour authority approves night ferries", "Maren Holt", "2024-03-18"),
                page("en", "Plainsview Ledger").title("Grain exporter cuts 300 jobs - Plainsview Ledger")
                        .article("<div class='entry-header'><span class='post-cat-wrap'><a class='post-cat tie-cat-12' href='/category/business/'>Business</a></span><h1 class='post-title entry-title'>Grain exporter cuts 300 jobs</h1><div class='single-post-meta post-meta clearfix'><span class='author-meta single-author with-avatars'><span class='meta-item meta-author-wrapper meta-author-3'><span class='meta-author-avatar'><a href='/author/tobias-wren/'><img alt='Photo of Tobias Wren' src='/a.jpg'></a></span><span class='meta-author'><a href='/author/tobias-wren/' class='author-name tie-icon' title='Tobias Wren'>Tobias Wren</a></span></span></span><span class='date meta-item tie-icon'>2 April 2024</span><div class='tie-alignright'><span class='meta-comment tie-icon meta-item fa-before'>4</span><span class='meta-views meta-item'><span class='tie-icon-fire' aria-hidden='true'></span> 1,208 </span><span class='meta-reading-time meta-item'><span class='tie-icon-bookmark' aria-hidden='true'></span> 3 minutes read</span></div></div></div>")
                        .after(related("You may also like", "Rail freight terminal expands", "Nadia Shore", "2024-01-15T10:00:00+00:00", "15 January 2024") + newsletter("The Ledger briefing", "Every weekday at 7am, since 2019."))
                        .states("en-jannah-meta-author", "Jannah: meta-author link with avatar, date span among view and reading-time icons",
                                "Grain exporter cuts 300 jobs", "Tobias Wren", "2024-04-02"),
                page("en", "Saltmarsh Notes").title("Volunteers restore 19th-century lighthouse – Saltmarsh Notes")
                        .article("<header class='entry-header'><h1 class='entry-title' itemprop='headline'>Volunteers restore 19th-century lighthouse</h1><div class='entry-meta'><span class='posted-on'><time class='updated' datetime='2024-04-11T10:05:00+00:00' itemprop='dateModified'>April 11, 2024</time><time class='entry-date published' datetime='2024-04-08T09:00:00+00:00' itemprop='datePublished'>April 8, 2024</time></span> <span class='byline'>by <span class='author vcard' itemprop='author' itemtype='https://schema.org/Person' itemscope><a class='url fn n' href='/author/iris/' title='View all posts by Iris Okafor' rel='author' itemprop='url'><span class='author-name' itemprop='name'>Iris Okafor</span></a></span></span></div></header>")
                        .after(comment("Dave R.", "2024-04-12T08:30:00+00:00", "April 12, 2024 at 8:30 am", "Lovely work by everyone."))
                        .states("en-generatepress-updated-first", "GeneratePress: time.updated before time.published, byline vcard",
                                "Volunteers restore 19th-century lighthouse", "Iris Okafor", "2024-04-08"),
                page("en", "Elmbridge Echo").title("Council freezes parking charges until 2026 - Elmbridge Echo")
                        .head("<meta property='og:title' content='Council freezes parking charges until 2026'><script type='application/ld+json' class='yoast-schema-graph'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"Article\",\"@id\":\"https://elmbridgeecho.test/parking/#article\",\"isPartOf\":{\"@id\":\"https://elmbridgeecho.test/parking/\"},\"author\":{\"@id\":\"https://elmbridgeecho.test/#/schema/person/9f1c\"},\"headline\":\"Council freezes parking charges until 2026\",\"datePublished\":\"2024-02-27T16:20:00+00:00\",\"dateModified\":\"2024-03-01T09:00:00+00:00\",\"publisher\":{\"@id\":\"https://elmbridgeecho.test/#organization\"}},{\"@type\":\"WebPage\",\"@id\":\"https://elmbridgeecho.test/parking/\",\"name\":\"Council freezes parking charges until 2026 - Elmbridge Echo\",\"datePublished\":\"2024-02-27T16:20:00+00:00\"},{\"@type\":\"Organization\",\"@id\":\"https://elmbridgeecho.test/#organization\",\"name\":\"Elmbridge Echo\"},{\"@type\":\"Person\",\"@id\":\"https://elmbridgeecho.test/#/schema/person/9f1c\",\"name\":\"Carys Lund\",\"url\":\"https://elmbridgeecho.test/author/carys/\"}]}</script>")
                        .article("<h1 class='entry-title'>Council freezes parking charges until 2026</h1>" + SHARE)
                        .after(newsletter("Stay in the loop", "Our newsletter lands every Friday.") + comment("Jo Linnell", "2024-02-28T12:00:00+00:00", "28/02/2024", "About time."))
                        .states("en-yoast-graph-author-ref", "Yoast @graph: Article author an @id to a Person node, no visible byline",
                                "Council freezes parking charges until 2026", "Carys Lund", "2024-02-27"),
                page("en", "The Lakeport Sentinel").title("Transit fares to rise 5% in July - The Lakeport Sentinel")
                        .article("<h1>Transit fares to rise 5% in July</h1><div class='byline'><span>By </span><a href='/people/ruth-gallo/'>Ruth Gallo</a><span> and </span><a href='/people/amos-ferris/'>Amos Ferris</a></div><div class='date-block'><span>Updated March 5, 2024 at 6:12 p.m. EST</span> <span>|</span> <span>Published March 4, 2024 at 11:30 a.m. EST</span></div>")
                        .after("<script id='fusion-metadata' type='application/javascript'>window.Fusion=window.Fusion||{};Fusion.arcSite=\"lakeport\";Fusion.globalContent={\"_id\":\"QX7\",\"type\":\"story\",\"display_date\":\"2024-03-05T23:12:00.000Z\",\"first_publish_date\":\"2024-03-04T16:30:00.000Z\",\"last_updated_date\":\"2024-03-05T23:12:00.000Z\",\"headlines\":{\"basic\":\"Transit fares to rise 5% in July\"},\"credits\":{\"by\":[{\"type\":\"author\",\"name\":\"Ruth Gallo\"},{\"type\":\"author\",\"name\":\"Amos Ferris\"}]}};</script>" + related("More from Metro", "Bus depot to close in autumn", "Ken Alder", "2024-02-20T09:00:00Z", "Feb. 20, 2024"))
                        .states("en-arc-display-date-later", "Arc XP: display_date is the update, first_publish_date the publication; 'Updated' before 'Published'",
                                "Transit fares to rise 5% in July", "Ruth Gallo; Amos Ferris", "2024-03-04"),
                page("en", "Medium").title("Why our startup abandoned microservices | by Dara Quill | Medium").bare()
                        .head("<meta property='og:title' content='Why our startup abandoned microservices'><meta name='author' content='Dara Quill'><meta property='article:published_time' content='2024-01-09T14:03:11.522Z'>")
                        .article("<h1 class='pw-post-title' data-testid='storyTitle'>Why our startup abandoned microservices</h1><div class='pw-author'><a data-testid='authorName' href='/@daraquill'>Dara Quill</a></div><span>·</span><button>Follow</button><div><span data-testid='storyReadTime'>7 min read</span><span>·</span><span data-testid='storyPublishDate'>Jan 9, 2024</span></div><div class='pw-multi-vote-count'><button>1.2K</button></div>")
                        .after("<div class='pw-responses'><h2>Responses (14)</h2><div><a href='/@kitfenn'>Kit Fenn</a><span>Jan 10, 2024</span><p>Same story here.</p></div></div><div><h2>More from Dara Quill</h2><a href='/p/2'><h2>Notes on on-call rotations</h2></a><span>Nov 3, 2023</span></div>")
                        .states("en-medium", "Medium: '| by Author | Medium' title, data-testid authorName and storyPublishDate, responses dated",
                                "Why our startup abandoned microservices", "Dara Quill", "2024-01-09"),
                page("en", "Margins").title("The quiet collapse of local news - by Wren Abbott - Margins").bare()
                        .head("<meta property='og:title' content='The quiet collapse of local news'><meta name='author' content='Wren Abbott'>")
                        .article("<div class='post-header'><h1 class='post-title published'>The quiet collapse of local news</h1><h3 class='subtitle'>Three towns, one reporter left</h3><div class='byline-wrapper'><div class='profile-hover-card-target'><a href='https://substack.com/@wrenabbott'>Wren Abbott</a></div><div class='pencraft pc-reset color-pub-secondary-text'>Feb 14, 2024</div></div></div>")
                        .after("<script>window._preloads = JSON.parse(\"{\\\"post\\\":{\\\"id\\\":141,\\\"title\\\":\\\"The quiet collapse of local news\\\",\\\"post_date\\\":\\\"2024-02-14T13:00:52.140Z\\\",\\\"publishedBylines\\\":[{\\\"name\\\":\\\"Wren Abbott\\\"}]}}\")</script><div class='subscribe-widget'><p>Subscribe to Margins. Launched 2021.</p></div>")
                        .states("en-substack", "Substack: '- by Author - Publication' title, byline-wrapper date, _preloads JSON",
                                "The quiet collapse of local news", "Wren Abbott", "2024-02-14"),
                page("en", "Ashgrove Garden Diary").title("Ashgrove Garden Diary: Planting garlic in a wet autumn").bare()
                        .top("<div class='header-outer'><div class='Header'><h1 class='title'><a href='/'>Ashgrove Garden Diary</a></h1><p class='description'>Notes from a hillside allotment</p></div></div>")
                        .article("<div class='date-outer'><h2 class='date-header'><span>Sunday, October 15, 2023</span></h2><div class='post hentry'><h3 class='post-title entry-title'>Planting garlic in a wet autumn</h3><div class='post-header'></div></div></div>")
                        .after("<div class='post-footer'><span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope itemtype='http://schema.org/Person'><a class='g-profile' href='https://www.blogger.com/profile/0123' rel='author' title='author profile'><span itemprop='name'>Elsie Marsh</span></a></span></span> <span class='post-timestamp'>at <a class='timestamp-link' href='/2023/10/planting-garlic.html' rel='bookmark'><abbr class='published' itemprop='datePublished' title='2023-10-15T09:12:00+01:00'>9:12 AM</abbr></a></span></div><div class='blog-archive'><h2>Blog Archive</h2><ul><li>2023 (14)</li><li>2022 (22)</li></ul></div>")
                        .states("en-blogger", "Blogger: blog name in h1, post title in h3, date header, post-footer author and abbr datePublished",
                                "Planting garlic in a wet autumn", "Elsie Marsh", "2023-10-15"),
                page("en", "Redcliff Times").title("Hospital opens new cancer wing | Redcliff Times")
                        .head("<script async src='https://cdn.ampproject.org/v0.js'></script><link rel='canonical' href='https://redcliff.test/news/hospital-wing'><script type='application/ld+json'>{\"@context\":\"http://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Hospital opens new cancer wing\",\"datePublished\":\"2024-03-22T06:00:00Z\",\"author\":{\"@type\":\"Person\",\"name\":\"Jon Peral and Mina Soto\"}}</script>")
                        .article("<h1 class='amp-title'>Hospital opens new cancer wing</h1><amp-img src='/w.jpg' width='600' height='400' layout='responsive'></amp-img><div class='amp-byline'>By Jon Peral and Mina Soto</div>")
                        .states("en-amp-joined-jsonld-author", "AMP: JSON-LD author one Person whose name joins two people",
                                "Hospital opens new cancer wing", "Jon Peral; Mina Soto", "2024-03-22"),
                page("en", "Meridian News").title("Bridge collapse: divers recover second vehicle | Meridian News")
                        .article("<h1 class='headline__text'>Bridge collapse: divers recover second vehicle</h1><div class='byline'><div class='byline__names'><span class='byline__name'>Laila Brook</span> and <span class='byline__name'>Kofi Adeyemi</span>, Meridian News</div></div><div class='timestamp'>Updated 9:04 AM EDT, Mon April 1, 2024</div><div class='timestamp'>Published 5:00 PM EDT, Fri March 29, 2024</div>")
                        .after(related("More stories", "Port cranes idle after strike", "Ola Brandt", "2024-03-27T12:00:00Z", "Mar 27, 2024"))
                        .states("en-updated-published-weekday", "'Updated 9:04 AM EDT, Mon April 1, 2024' before 'Published ...', names with the outlet",
                                "Bridge collapse: divers recover second vehicle", "Laila Brook; Kofi Adeyemi", "2024-03-29"),
                page("en", "Northgate Press").title("Schools close as storm sweeps coast - Northgate Press")
                        .head("<link rel='canonical' href='https://northgatepress.test/2024/01/23/schools-close-storm/'><meta property='og:url' content='https://northgatepress.test/2024/01/23/schools-close-storm/'>")
                        .article("<h1>Schools close as storm sweeps coast</h1><div class='meta'>" + SVG_USER + "<span>By Tess Varga</span></div>" + SHARE)
                        .after(comment("Ray P", "2024-01-25T07:10:00+00:00", "January 25, 2024", "Roads still flooded here."))
                        .states("en-url-date-comment-later", "date only in the URL; a comment dated two days later",
                                "Schools close as storm sweeps coast", "Tess Varga", "2024-01-23"),
                page("en", "Dunmore Gazette").title("Teachers vote to accept pay offer | Dunmore Gazette")
                        .article("<h1>Teachers vote to accept pay offer</h1><div class='byline'>By Nell Ashby <span class='sep'>·</span> <span class='ago'>3 days ago</span></div>")
                        .after("<section class='related'><h3>Latest</h3><ul><li><a href='/a'>Library fines scrapped</a> <span>1 week ago</span></li><li><a href='/b'>New head for county college</a> <span>2 weeks ago</span></li></ul></section>")
                        .states("en-relative-no-fetch", "'3 days ago' and no fetch time: no date may be read",
                                "Teachers vote to accept pay offer", "Nell Ashby", ""),
                page("en", "Wessex Wire").title("Ambulance response times worsen - Wessex Wire")
                        .head("<meta name='author' content='Roisin Kell'>")
                        .article("<h1>Ambulance response times worsen</h1><div class='entry-meta'>" + SVG_CLOCK + "<span class='posted-on'>Posted on 12th March 2024</span></div>")
                        .after(newsletter("Wessex Wire daily", "Join 20,000 readers.") + related("Related", "Hospital car park fees rise", "Ian Moss", "2024-02-02T08:00:00Z", "2nd February 2024"))
                        .states("en-meta-author-only", "author only in meta name=author; 'Posted on 12th March 2024'",
                                "Ambulance response times worsen", "Roisin Kell", "2024-03-12"),
                page("en", "Ashby District Council").title("How to apply for a residents' parking permit | Ashby District Council").top(COOKIE)
                        .article("<nav class='breadcrumb'><a href='/'>Home</a> › <a href='/parking'>Parking</a></nav><h1>How to apply for a residents' parking permit</h1><p>You can apply online if you live in a controlled parking zone.</p>")
                        .after(newsletter("Council news by email", "Sign up to hear about services in your area."))
                        .states("en-council-guide-nothing", "a council guide page: no author, no date, cookie banner and copyright year",
                                "How to apply for a residents' parking permit", "", ""),
                page("en", "County Current").title("Inside the fight over the county's water")
                        .head("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"headline\":\"Inside the fight over the county's water\",\"author\":{\"@type\":\"Person\",\"name\":\"Bea Lindqvist\"},\"datePublished\":\"2024-02-05T11:00:00.000Z\"}</script>")
                        .article("<header class='article-header gh-canvas'><section class='article-tag post-card-tags'><span class='post-card-primary-tag'><a href='/tag/politics/'>Politics</a></span></section><h1 class='article-title'>Inside the fight over the county's water</h1><div class='article-byline'><section class='article-byline-content'><ul class='author-list'><li class='author-list-item'><a href='/author/bea/' class='author-avatar'><img class='author-profile-image' src='/b.jpg' alt='Bea Lindqvist'></a></li><li class='author-list-item'><a href='/author/oren/' class='author-avatar'><img class='author-profile-image' src='/o.jpg' alt='Oren Tal'></a></li></ul><div class='article-byline-meta'><h4 class='author-name'><a href='/author/bea/'>Bea Lindqvist</a>, <a href='/author/oren/'>Oren Tal</a></h4><div class='byline-meta-content'><time class='byline-meta-date' datetime='2024-02-05'>Feb 5, 2024</time><span class='byline-reading-time'><span class='bull'>•</span> 6 min read</span></div></div></section></div></header>")
                        .after("<section class='footer-cta'><h2>Sign up for County Current</h2></section><aside class='read-more-wrap'><article class='post-card'><h3 class='post-card-title'>Reservoir levels at record low</h3><time datetime='2023-08-14'>Aug 14, 2023</time></article></aside>")
                        .states("en-ghost-two-authors", "Ghost Casper: two authors in the byline, JSON-LD naming only the first",
                                "Inside the fight over the county's water", "Bea Lindqvist; Oren Tal", "2024-02-05"),
                page("en", "Fenland Record").title("Solar farm approved on former airfield :: Fenland Record")
                        .head("<meta property='og:title' content='Solar farm gets green light'><meta name='generator' content='Gatsby 5.12.0'>")
                        .article("<div id='___gatsby'><div id='gatsby-focus-wrapper'><h1>Solar farm approved on former airfield</h1><p class='post-meta'>Words by Hal Briggs · Published 7 March 2024 · 4 min read</p></div></div>")
                        .states("en-gatsby-colons-og-differs", "Gatsby: 'Headline :: Site', og:title another wording, 'Words by' in a meta line",
                                "Solar farm approved on former airfield", "Hal Briggs", "2024-03-07"),

                // --- German ---
                page("de", "Gemeinde Talbrück").title("Gemeinderat stimmt für neues Hallenbad | Gemeinde Talbrück")
                        .article("<h1 class='title'>Gemeinderat stimmt für neues Hallenbad</h1><div class='meta submitted'>Eingereicht von <span class='username'>Katrin Zeller</span> am Mi., 06.03.2024 - 09:41</div>")
                        .after("<section id='comments'><div class='comment'><div class='submitted'>Eingereicht von <span class='username'>Gast</span> am Do., 07.03.2024 - 18:02</div><p>Endlich!</p></div></section>")
                        .states("de-drupal7-submitted", "Drupal 7: 'Eingereicht von A am Mi., 06.03.2024 - 09:41', a comment submitted later",
                                "Gemeinderat stimmt für neues Hallenbad", "Katrin Zeller", "2024-03-06"),
                page("de", "Rheinland Bote").title("Bahnstrecke nach Sturm wieder frei - Rheinland Bote").top(COOKIE)
                        .article("<h1>Bahnstrecke nach Sturm wieder frei</h1><div class='article-meta'>" + SVG_USER + "<span class='meta-author'>Von <a href='/autor/lena-maurer'>Lena Maurer</a> und <a href='/autor/felix-brandt'>Felix Brandt</a></span><span class='sep'>•</span>" + SVG_CLOCK + "<span>14.03.2024</span></div>" + SHARE)
                        .after(related("Das könnte Sie auch interessieren", "Brückensanierung dauert länger", "Uwe Kern", "2024-02-11T09:00:00+01:00", "11.02.2024"))
                        .states("de-von-und-icons", "'Von A und B' between SVG icons and share buttons",
                                "Bahnstrecke nach Sturm wieder frei", "Lena Maurer; Felix Brandt", "2024-03-14"),
                page("de", "Wetterau Aktuell").title("Kita-Gebühren steigen ab August – Wetterau Aktuell")
                        .head("<script type='application/ld+json' class='yoast-schema-graph'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"@id\":\"https://wetterau.test/kita/#article\",\"author\":{\"@id\":\"https://wetterau.test/#/schema/person/1\"},\"headline\":\"Kita-Gebühren steigen ab August\",\"datePublished\":\"2024-02-19T13:30:00+01:00\"},{\"@type\":\"Person\",\"@id\":\"https://wetterau.test/#/schema/person/1\",\"name\":\"Redaktion\"}]}</script>")
                        .article("<h1 class='entry-title'>Kita-Gebühren steigen ab August</h1><div class='entry-meta'>Von <a href='/author/redaktion/' rel='author'>Redaktion</a></div>")
                        .states("de-yoast-desk-author", "Yoast graph whose Person is the desk ('Redaktion'): no person",
                                "Kita-Gebühren steigen ab August", "", "2024-02-19"),
                page("de", "Hansestadt Kurier").title("Die Schuldenbremse gehört reformiert - Hansestadt Kurier")
                        .article("<h1><span class='kicker'>Kommentar</span> <span class='headline'>Die Schuldenbremse gehört reformiert</span></h1><p class='byline'>Ein Kommentar von Sven Roth</p><p class='dateline'>Aktualisiert: 12.03.2024, 08:15 Uhr · Erstveröffentlichung: 11.03.2024, 19:04 Uhr</p>")
                        .after(comment("Leser_77", "2024-03-12T10:00:00+01:00", "12.03.2024 um 10:00", "Sehe ich anders."))
                        .states("de-kommentar-erstveroeffentlichung", "'Ein Kommentar von A'; 'Aktualisiert' before 'Erstveröffentlichung'",
                                "Die Schuldenbremse gehört reformiert", "Sven Roth", "2024-03-11"),
                page("de", "Weserland Online").title("Unwetter: Keller in Bremen-Nord vollgelaufen").fetched("2024-03-20T15:00:00Z")
                        .article("<h1>Unwetter: Keller in Bremen-Nord vollgelaufen</h1><div class='meta'><span class='source'>dpa</span> · <span class='time'>vor 3 Stunden</span></div>")
                        .states("de-relative-fetched-agency", "'vor 3 Stunden' with a fetch time, agency only",
                                "Unwetter: Keller in Bremen-Nord vollgelaufen", "", "2024-03-20"),
                page("de", "Stadtnachrichten Nord").title("Wohnungsbau bricht ein: Genehmigungen auf Tiefstand | Stadtnachrichten Nord")
                        .article("<h1>Wohnungsbau bricht ein: Genehmigungen auf Tiefstand</h1>")
                        .after("<script id='__NEXT_DATA__' type='application/json'>{\"props\":{\"pageProps\":{\"article\":{\"title\":\"Wohnungsbau bricht ein: Genehmigungen auf Tiefstand\",\"publishedAt\":\"2024-01-30T05:00:00.000Z\",\"updatedAt\":\"2024-01-31T08:00:00.000Z\",\"authors\":[{\"name\":\"Jana Pohl\"},{\"name\":\"Mehmet Aydin\"}]}}},\"page\":\"/artikel/[slug]\"}</script>")
                        .states("de-next-data-authors", "Next.js: date and two authors only in __NEXT_DATA__",
                                "Wohnungsbau bricht ein: Genehmigungen auf Tiefstand", "Jana Pohl; Mehmet Aydin", "2024-01-30"),

                // --- French ---
                page("fr", "Le Courrier de l'Estuaire").title("Retraites : les syndicats appellent à une nouvelle journée de grève")
                        .article("<h1 class='article__title'>Retraites : les syndicats appellent à une nouvelle journée de grève</h1><p class='meta__authors'>Par <a class='article__author-link' href='/signataires/camille-roux/'>Camille Roux</a> et <a class='article__author-link' href='/signataires/julien-mercier/'>Julien Mercier</a></p><p class='meta__date'>Publié le 07 mars 2024 à 18h32, modifié le 08 mars 2024 à 10h05</p>")
                        .after(newsletter("La lettre du soir", "Chaque soir à 18 heures."))
                        .states("fr-par-et-publie-modifie", "'Par A et B' as links; 'Publié le …, modifié le …' on one line",
                                "Retraites : les syndicats appellent à une nouvelle journée de grève", "Camille Roux; Julien Mercier", "2024-03-07"),
                page("fr", "Ouest Littoral").title("La ville de Morlanne inaugure sa médiathèque - Ouest Littoral")
                        .article("<h1 class='post-title entry-title'>La ville de Morlanne inaugure sa médiathèque</h1><div class='post-meta'><span class='updated'>Mis à jour le 12 mars 2024</span> <span class='date'>Publié le 10 mars 2024</span> <a rel='author' href='/auteur/lea-fontaine/'>Léa Fontaine</a></div>")
                        .after(related("Articles similaires", "Le marché couvert rouvre", "Hugo Perrin", "2024-01-09T08:00:00+01:00", "9 janvier 2024"))
                        .states("fr-mis-a-jour-first-rel-author", "'Mis à jour' before 'Publié le'; author only a rel=author link",
                                "La ville de Morlanne inaugure sa médiathèque", "Léa Fontaine", "2024-03-10"),
                page("fr", "Info Bocage").title("Tout savoir sur la taxe foncière - Info Bocage").top(COOKIE)
                        .article("<h1>Tout savoir sur la taxe foncière</h1><p class='auteur'>La rédaction</p>")
                        .after(newsletter("Notre newsletter", "Recevez l'essentiel de l'actualité."))
                        .states("fr-guide-redaction-no-date", "a guide signed by the desk, no date",
                                "Tout savoir sur la taxe foncière", "", ""),
                page("fr", "Le Progrès Rhodanien").title("Grêle : des vignobles dévastés dans le Beaujolais")
                        .head("<script async src='https://cdn.ampproject.org/v0.js'></script><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Grêle : des vignobles dévastés dans le Beaujolais\",\"datePublished\":\"2024-02-22T07:15:00+01:00\",\"author\":{\"@type\":\"Organization\",\"name\":\"AFP\"}}</script>")
                        .article("<h1>Grêle : des vignobles dévastés dans le Beaujolais</h1><p class='signature'>Par Le Progrès Rhodanien avec AFP</p>")
                        .states("fr-amp-agency-org-author", "AMP: JSON-LD author an Organization (AFP), 'Par <site> avec AFP'",
                                "Grêle : des vignobles dévastés dans le Beaujolais", "", "2024-02-22"),
                page("fr", "Balades en Savoie").title("Cinq sentiers autour du lac – Balades en Savoie")
                        .article("<h1 class='entry-title'>Cinq sentiers autour du lac</h1><div class='entry-meta'>Publié le 5 avril 2024 par <span class='author vcard'><a class='url fn n' href='/author/margaux/'>Margaux Lenoir</a></span></div>")
                        .after(comment("Gilles", "2024-04-06T09:00:00+02:00", "6 avril 2024 à 9 h 00 min", "Merci pour ces idées !"))
                        .states("fr-publie-le-par", "WordPress: 'Publié le 5 avril 2024 par A'",
                                "Cinq sentiers autour du lac", "Margaux Lenoir", "2024-04-05"),

                // --- Spanish ---
                page("es", "Diario del Pacífico").title("Perú declara emergencia por lluvias en el norte")
                        .article("<h1>Perú declara emergencia por lluvias en el norte</h1><p class='byline'>Por Mateo Quiroga, corresponsal en Lima</p><time datetime='2024-03-18T21:40:00+01:00'>18 mar 2024 - 21:40 CET</time>")
                        .after(related("Más información", "El Niño costero amenaza la pesca", "Sara Ulloa", "2024-02-02T10:00:00+01:00", "2 feb 2024"))
                        .states("es-por-corresponsal", "'Por A, corresponsal en Lima'; time with a short month",
                                "Perú declara emergencia por lluvias en el norte", "Mateo Quiroga", "2024-03-18"),
                page("es", "Diario del Sur").title("El Ayuntamiento aprueba la ampliación del tranvía | Diario del Sur")
                        .article("<h1>El Ayuntamiento aprueba la ampliación del tranvía</h1><div class='autores'>Lucía Benítez y Raúl Campos</div><div class='fechas'>Actualizado: 20/03/2024 09:10h · Publicado: 19/03/2024 18:45h</div>")
                        .after(comment("vecino_centro", "2024-03-20T11:00:00+01:00", "20/03/2024 11:00", "Ya era hora."))
                        .states("es-actualizado-first-y", "authors joined by 'y' without 'Por'; 'Actualizado' before 'Publicado'",
                                "El Ayuntamiento aprueba la ampliación del tranvía", "Lucía Benítez; Raúl Campos", "2024-03-19"),
                page("es", "El Heraldo Andino").title("Bogotá amplía el pico y placa - El Heraldo Andino")
                        .article("<h1>Bogotá amplía el pico y placa</h1>")
                        .after("<script id='fusion-metadata' type='application/javascript'>window.Fusion=window.Fusion||{};Fusion.globalContent={\"_id\":\"B7\",\"display_date\":\"2024-02-13T15:00:00.000Z\",\"first_publish_date\":\"2024-02-12T23:30:00.000Z\",\"headlines\":{\"basic\":\"Bogotá amplía el pico y placa\"},\"credits\":{\"by\":[{\"type\":\"author\",\"name\":\"Andrés Villalba\"}]}};</script>")
                        .states("es-arc-only-fusion", "Arc XP: date and author only in Fusion.globalContent, first_publish_date before display_date",
                                "Bogotá amplía el pico y placa", "Andrés Villalba", "2024-02-12"),
                page("es", "La Voz de Almendral").title("Cortes de agua en cinco barrios este fin de semana")
                        .article("<h1>Cortes de agua en cinco barrios este fin de semana</h1><div class='meta'><span class='autor'>Redacción</span> · <span>hace 3 días</span></div>")
                        .states("es-hace-dias-redaccion", "'hace 3 días' and no fetch time, desk byline: no date, no person",
                                "Cortes de agua en cinco barrios este fin de semana", "", ""),
                page("es", "Crónica Urbana").title("Madrid estrena carril bus en la Castellana - Crónica Urbana")
                        .head("<script type='application/ld+json' class='yoast-schema-graph'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"@id\":\"https://cronica.test/carril/#article\",\"author\":[{\"@id\":\"https://cronica.test/#/schema/person/a1\"},{\"@id\":\"https://cronica.test/#/schema/person/b2\"}],\"headline\":\"Madrid estrena carril bus en la Castellana\",\"datePublished\":\"2024-01-17T08:00:00+01:00\"},{\"@type\":\"Person\",\"@id\":\"https://cronica.test/#/schema/person/a1\",\"name\":\"Elena Ruiz\"},{\"@type\":\"Person\",\"@id\":\"https://cronica.test/#/schema/person/b2\",\"name\":\"Pablo Sanz\"}]}</script>")
                        .article("<h1 class='entry-title'>Madrid estrena carril bus en la Castellana</h1>")
                        .states("es-yoast-two-author-refs", "Yoast graph: two authors as @id references",
                                "Madrid estrena carril bus en la Castellana", "Elena Ruiz; Pablo Sanz", "2024-01-17"),

                // --- Italian ---
                page("it", "Corriere del Lario").title("Sciopero dei trasporti, venerdì nero per treni e bus")
                        .article("<h1>Sciopero dei trasporti, venerdì nero per treni e bus</h1><p class='autori'>di Giulia Ferri e Marco Sala</p><p class='data'>Pubblicato il 14 marzo 2024 alle 09:12 · Aggiornato il 15 marzo 2024 alle 08:00</p>")
                        .states("it-di-e-pubblicato", "'di A e B'; 'Pubblicato il … · Aggiornato il …'",
                                "Sciopero dei trasporti, venerdì nero per treni e bus", "Giulia Ferri; Marco Sala", "2024-03-14"),
                page("it", "Gazzetta del Lago").title("Nuovo ospedale, via libera della Regione - Gazzetta del Lago")
                        .article("<header class='td-post-title'><h1 class='entry-title'>Nuovo ospedale, via libera della Regione</h1><div class='td-module-meta-info'><div class='td-post-author-name'><div class='td-author-by'>Di</div> <a href='/author/redazione/'>Redazione</a></div><span class='td-post-date'><time class='entry-date updated td-module-date' datetime='2024-02-08T11:20:00+01:00'>8 Febbraio 2024</time></span></div></header>")
                        .after(related("Articoli correlati", "Parcheggio dell'ospedale, tariffe invariate", "Luca Testa", "2023-12-01T10:00:00+01:00", "1 Dicembre 2023"))
                        .states("it-newspaper-redazione", "Newspaper theme in Italian, the desk as author",
                                "Nuovo ospedale, via libera della Regione", "", "2024-02-08"),
                page("it", "Voce di Valsesia").title("Il Comune taglia la tassa sui rifiuti :: Voce di Valsesia")
                        .head("<link rel='canonical' href='https://vocevalsesia.test/2024/03/02/comune-tassa-rifiuti/'>")
                        .article("<h1>Il Comune taglia la tassa sui rifiuti</h1><p class='firma'>di Chiara Neri</p>" + SHARE)
                        .after(comment("Franco", "2024-03-03T19:00:00+01:00", "3 marzo 2024", "Finalmente."))
                        .states("it-url-date-colons", "date only in the URL; 'Headline :: Site'",
                                "Il Comune taglia la tassa sui rifiuti", "Chiara Neri", "2024-03-02"),
                page("it", "Eco di Ostuni").title("Lavori sul lungomare, traffico deviato")
                        .head("<meta name='author' content='Davide Greco'>")
                        .article("<h1>Lavori sul lungomare, traffico deviato</h1><div class='date'>Ultimo aggiornamento: 21 marzo 2024, 17:40</div><div class='date'>Pubblicato: 20 marzo 2024, 12:00</div>")
                        .states("it-aggiornamento-first-meta-author", "'Ultimo aggiornamento' before 'Pubblicato'; author only in meta",
                                "Lavori sul lungomare, traffico deviato", "Davide Greco", "2024-03-20"),

                // --- Dutch ---
                page("nl", "Stadsblad Zwolledam").title("Gemeente schrapt parkeervergunning voor tweede auto | Stadsblad Zwolledam")
                        .article("<h1>Gemeente schrapt parkeervergunning voor tweede auto</h1><p class='auteurs'>Door Sanne de Vries en Jeroen Bakker</p><p class='datum'>Gepubliceerd op 11 maart 2024 om 07:00 · Laatst bijgewerkt 12 maart 2024</p>")
                        .states("nl-door-en-gepubliceerd", "'Door A en B' with a particle; 'Gepubliceerd op … · Laatst bijgewerkt …'",
                                "Gemeente schrapt parkeervergunning voor tweede auto", "Sanne de Vries; Jeroen Bakker", "2024-03-11"),
                page("nl", "Nieuws Oost").title("Vrachtwagen gekanteld op de A28").fetched("2024-03-14T10:00:00Z")
                        .article("<h1>Vrachtwagen gekanteld op de A28</h1><div class='meta'><span>ANP</span> <span>2 uur geleden</span></div>")
                        .states("nl-relative-fetched-anp", "'2 uur geleden' with a fetch time; agency only",
                                "Vrachtwagen gekanteld op de A28", "", "2024-03-14"),
                page("nl", "Gemeente Lindewaard").title("Nieuwe fietsbrug over de rivier geopend | Gemeente Lindewaard")
                        .article("<h1 class='page-title'>Nieuwe fietsbrug over de rivier geopend</h1><footer class='node__meta'><div class='node__submitted'>Ingediend door <span class='field--name-uid'><a href='/user/12'>Pieter Smit</a></span> op <span class='field--name-created'>do, 07/03/2024 - 14:30</span></div></footer>")
                        .states("nl-drupal-ingediend-door", "Drupal 8: 'Ingediend door A op do, 07/03/2024 - 14:30'",
                                "Nieuwe fietsbrug over de rivier geopend", "Pieter Smit", "2024-03-07"),
                page("nl", "Dagblad Polder").title("Zorgpremie stijgt volgend jaar fors")
                        .article("<h1>Zorgpremie stijgt volgend jaar fors</h1>")
                        .after("<script id='__NEXT_DATA__' type='application/json'>{\"props\":{\"pageProps\":{\"article\":{\"title\":\"Zorgpremie stijgt volgend jaar fors\",\"publicationDate\":\"2024-02-01T06:00:00+01:00\",\"authors\":[{\"fullName\":\"Noor Jansen\"}]}}}}</script>")
                        .states("nl-next-publication-date", "Next.js: publicationDate and authors.fullName only in __NEXT_DATA__",
                                "Zorgpremie stijgt volgend jaar fors", "Noor Jansen", "2024-02-01"),

                // --- Portuguese ---
                page("pt", "Portal Nordeste").title("Chuvas deixam bairros alagados em Recife | Pernambuco | Portal Nordeste")
                        .article("<h1 class='content-head__title'>Chuvas deixam bairros alagados em Recife</h1><p class='content-publication-data__from'>Por Ana Ribeiro e Tiago Neves, Portal Nordeste</p><p class='content-publication-data__updated'><time itemprop='datePublished' datetime='2024-03-15T11:12:00.000Z'>15/03/2024 08h12</time> Atualizado há 2 horas</p>")
                        .states("pt-por-e-atualizado-ha", "'Por A e B, <site>'; time datePublished then 'Atualizado há 2 horas'",
                                "Chuvas deixam bairros alagados em Recife", "Ana Ribeiro; Tiago Neves", "2024-03-15"),
                page("pt", "Jornal do Tejo").title("Metro de Lisboa vai abrir duas estações - Jornal do Tejo")
                        .head("<meta name='author' content='Rui Carvalho'>")
                        .article("<h1>Metro de Lisboa vai abrir duas estações</h1><p class='datas'>Atualizado a 4 mar 2024, 19:02</p><p class='datas'>Publicado a 3 mar 2024, 22:10</p>")
                        .states("pt-atualizado-a-first", "'Atualizado a' before 'Publicado a' with short months; author in meta",
                                "Metro de Lisboa vai abrir duas estações", "Rui Carvalho", "2024-03-03"),
                page("pt", "Notícias do Minho").title("Incêndio destrói armazém em Braga")
                        .head("<meta property='article:published_time' content='2024-02-09T16:45:00+00:00'>")
                        .article("<h1>Incêndio destrói armazém em Braga</h1><p class='autor'>Lusa</p>")
                        .states("pt-agency-only", "the agency as the only byline; date in article:published_time",
                                "Incêndio destrói armazém em Braga", "", "2024-02-09"),
                page("pt", "Diário Paulista").title("Prefeitura anuncia novo corredor de ônibus | Diário Paulista")
                        .head("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Prefeitura anuncia novo corredor de ônibus\",\"datePublished\":\"2024-03-26T09:30:00-03:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Beatriz Lopes\",\"jobTitle\":\"Repórter\"}}</script>")
                        .article("<h1>Prefeitura anuncia novo corredor de ônibus</h1><p class='byline'>Beatriz Lopes, especial para o Diário Paulista</p>")
                        .states("pt-jsonld-role-especial", "JSON-LD Person with jobTitle; byline 'A, especial para <site>'",
                                "Prefeitura anuncia novo corredor de ônibus", "Beatriz Lopes", "2024-03-26"),

                // --- Polish ---
                page("pl", "Gazeta Nadwiślańska").title("Radni przyjęli budżet miasta - Gazeta Nadwiślańska")
                        .article("<h1>Radni przyjęli budżet miasta</h1><p class='autor'>Autor: Marta Wiśniewska</p><p class='daty'>Data publikacji: 12.03.2024, 14:05 · Aktualizacja: 13.03.2024, 09:00</p>")
                        .states("pl-autor-data-publikacji", "'Autor: A'; 'Data publikacji: … · Aktualizacja: …'",
                                "Radni przyjęli budżet miasta", "Marta Wiśniewska", "2024-03-12"),
                page("pl", "Kurier Mazurski").title("Nowa linia autobusowa do lotniska")
                        .article("<h1>Nowa linia autobusowa do lotniska</h1><div class='art-meta'>" + SVG_USER + "<a href='/autor/piotr-zielinski'>Piotr Zieliński</a>" + SVG_CLOCK + "<span>5 marca 2024</span><button class='share'>Udostępnij</button></div>")
                        .after(related("Zobacz także", "Remont dworca opóźniony", "Anna Kos", "2024-02-14T08:00:00+01:00", "14 lutego 2024"))
                        .states("pl-byline-icons-author-link", "author link and date between SVG icons, no byline word",
                                "Nowa linia autobusowa do lotniska", "Piotr Zieliński", "2024-03-05"),
                page("pl", "Echo Podlasia").title("Utrudnienia na drodze krajowej po wypadku")
                        .article("<h1>Utrudnienia na drodze krajowej po wypadku</h1><div class='meta'><span>PAP</span> · <span>3 dni temu</span></div>")
                        .states("pl-dni-temu-pap", "'3 dni temu' with no fetch time; agency only: no date, no person",
                                "Utrudnienia na drodze krajowej po wypadku", "", ""),
                page("pl", "Dziennik Pomorski").title("Pociągi pojadą szybciej na trasie do Gdańska")
                        .head("<link rel='canonical' href='https://dziennikpomorski.test/2024/02/26/pociagi-szybciej-gdansk/'>")
                        .article("<h1>Pociągi pojadą szybciej na trasie do Gdańska</h1><p class='opracowanie'>Opracowanie: Kamil Nowak</p>")
                        .states("pl-url-date-opracowanie", "date only in the URL; 'Opracowanie: A'",
                                "Pociągi pojadą szybciej na trasie do Gdańska", "Kamil Nowak", "2024-02-26"),

                // --- Russian and Ukrainian ---
                page("ru", "Новости Светлогорья").title("В городе откроют новую поликлинику - Новости Светлогорья")
                        .article("<div class='news-detail'><h1>В городе откроют новую поликлинику</h1><div class='news-date-time'>Опубликовано: 12 марта 2024, 14:05</div><div class='news-author'>Автор: Ирина Волкова</div></div>")
                        .after("<div class='news-list'><h3>Другие новости</h3><p class='news-item'><span class='news-date-time'>01.02.2024</span> <a href='/news/1/'>Ремонт моста завершён</a></p></div>")
                        .states("ru-bitrix-opublikovano", "Bitrix news-detail: 'Опубликовано: 12 марта 2024, 14:05', 'Автор:'; news list dated",
                                "В городе откроют новую поликлинику", "Ирина Волкова", "2024-03-12"),
                page("ru", "Вечерний Заречный").title("Тарифы на отопление пересмотрят")
                        .article("<h1>Тарифы на отопление пересмотрят</h1><p class='credits'>Текст: Дмитрий Орлов</p><p class='dates'>Обновлено 15 марта 2024, 09:30</p><p class='dates'>Опубликовано 14 марта 2024, 18:10</p>")
                        .states("ru-obnovleno-first-tekst", "'Обновлено' before 'Опубликовано'; 'Текст: A'",
                                "Тарифы на отопление пересмотрят", "Дмитрий Орлов", "2024-03-14"),
                page("ru", "Городской вестник").title("Мэрия утвердила схему движения автобусов")
                        .article("<h1>Мэрия утвердила схему движения автобусов</h1><div class='article__authors'><a href='/authors/smirnova/'>Анна Смирнова</a>, <a href='/authors/kuznetsov/'>Олег Кузнецов</a></div><time datetime='2024-02-28T10:00:00+03:00'>28 февраля 2024, 10:00</time>")
                        .states("ru-two-author-links", "two author links separated by a comma; time datetime",
                                "Мэрия утвердила схему движения автобусов", "Анна Смирнова; Олег Кузнецов", "2024-02-28"),
                page("ru", "Лента Приречья").title("На трассе ограничат движение грузовиков")
                        .article("<h1>На трассе ограничат движение грузовиков</h1><div class='meta'><span>3 дня назад</span></div>")
                        .states("ru-dnya-nazad-no-fetch", "'3 дня назад' with no fetch time: no date; no byline",
                                "На трассе ограничат движение грузовиков", "", ""),
                page("uk", "Новини Подолу").title("У місті відкриють новий дитячий садок - Новини Подолу")
                        .article("<h1>У місті відкриють новий дитячий садок</h1><div class='post-meta'><span>Опубліковано: 5 березня 2024, 12:30</span> <span>Автор: Олена Коваль</span></div>")
                        .states("uk-opublikovano-avtor", "'Опубліковано: 5 березня 2024, 12:30', 'Автор: A'",
                                "У місті відкриють новий дитячий садок", "Олена Коваль", "2024-03-05"),

                // --- Turkish ---
                page("tr", "Ege Postası").title("Belediye meclisi yeni ulaşım planını onayladı - Ege Postası")
                        .article("<h1>Belediye meclisi yeni ulaşım planını onayladı</h1><div class='author-name'>Elif Yıldız</div><div class='dates'>Güncelleme: 15.03.2024 - 16:40 | Yayınlanma: 14.03.2024 - 10:25</div>")
                        .states("tr-guncelleme-first", "'Güncelleme' before 'Yayınlanma' on one line",
                                "Belediye meclisi yeni ulaşım planını onayladı", "Elif Yıldız", "2024-03-14"),
                page("tr", "Marmara Gündem").title("İstanbul'da metro hattı uzatılıyor | Marmara Gündem")
                        .article("<h1>İstanbul'da metro hattı uzatılıyor</h1><div class='news-info'>Murat Kaya | 8 Şubat 2024 Perşembe 09:15</div>")
                        .states("tr-name-date-weekday", "'Name | 8 Şubat 2024 Perşembe 09:15' without a byline word",
                                "İstanbul'da metro hattı uzatılıyor", "Murat Kaya", "2024-02-08"),
                page("tr", "Anadolu Bülten").title("Kar yağışı nedeniyle okullar tatil edildi")
                        .article("<h1>Kar yağışı nedeniyle okullar tatil edildi</h1><div class='source'>Haber Merkezi</div><div class='date'>21.02.2024 07:30</div>")
                        .states("tr-haber-merkezi", "the news desk ('Haber Merkezi') as byline: no person",
                                "Kar yağışı nedeniyle okullar tatil edildi", "", "2024-02-21"),

                // --- Swedish ---
                page("sv", "Norrlandsposten").title("Kommunen bygger ny simhall | Norrlandsposten")
                        .article("<h1>Kommunen bygger ny simhall</h1><p class='byline'>Av Karin Lund och Erik Holm</p><p class='dates'>Publicerad 12 mars 2024 kl. 06.00 · Uppdaterad 12 mars 2024 kl. 14.30</p>")
                        .states("sv-av-och-publicerad", "'Av A och B'; 'Publicerad … kl. 06.00 · Uppdaterad …'",
                                "Kommunen bygger ny simhall", "Karin Lund; Erik Holm", "2024-03-12"),
                page("sv", "Mälardalens Tidning").title("Tåg inställda efter signalfel")
                        .article("<h1>Tåg inställda efter signalfel</h1><p class='byline'>TT</p><p class='dates'>Uppdaterad 2024-03-19 08:40 | Publicerad 2024-03-18 17:05</p>")
                        .states("sv-uppdaterad-first-tt", "'Uppdaterad' before 'Publicerad' with ISO dates; agency TT only",
                                "Tåg inställda efter signalfel", "", "2024-03-18"),
                page("sv", "Skärgårdsbloggen").title("Våren kommer till ön – Skärgårdsbloggen")
                        .article("<header class='entry-header'><h1 class='entry-title'>Våren kommer till ön</h1><div class='entry-meta'><span class='posted-on'><time class='updated' datetime='2024-04-02T08:00:00+02:00'>2 april 2024</time><time class='entry-date published' datetime='2024-03-30T10:00:00+01:00'>30 mars 2024</time></span> <span class='byline'>av <span class='author vcard'><a class='url fn n' href='/author/maja/' rel='author'><span class='author-name'>Maja Berg</span></a></span></span></div></header>")
                        .after(comment("Lasse", "2024-03-31T12:00:00+02:00", "31 mars 2024 kl. 12:00", "Härligt!"))
                        .states("sv-generatepress-av", "GeneratePress in Swedish: updated time first, 'av' byline",
                                "Våren kommer till ön", "Maja Berg", "2024-03-30"),
                page("sv", "Västkustnytt").title("Hamnen får ny färjeterminal")
                        .head("<link rel='canonical' href='https://vastkustnytt.test/nyheter/2024/02/16/hamnen-ny-farjeterminal'>")
                        .article("<h1>Hamnen får ny färjeterminal</h1><p class='byline'>Text: Olof Sandberg</p>")
                        .states("sv-url-date-text", "date only in the URL; 'Text: A'",
                                "Hamnen får ny färjeterminal", "Olof Sandberg", "2024-02-16"));
    }
}
