package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The sixteenth held-out metadata set: 61 pages written after set 15 read 100 %, in the shapes of publishing systems
 * and page kinds the earlier sets left out or met in another shape as far as could be told: Ghost's Edition theme
 * (two authors shown, the primary one only in its JSON-LD), Substack's pencraft markup, Medium's "Published in" line,
 * Drupal 10's Olivero theme (a weekday beside a US numeric date) and a custom byline field, Joomla's Cassiopeia
 * article info, Arc XP's theme blocks, Yoast graphs naming two Person nodes by {@code @id}, NewsArticle authors given
 * as one string of several names, the Elementor, Divi, Astra and HubSpot templates, AMP pages, a date only in a
 * month-name URL path, "Updated" above "Published", relative dates with a machine-readable datetime in a data
 * attribute, wire datelines in the body's opening beside a header showing today's date, bylines with joiners and roles,
 * desk bylines and pages naming no author (right only when none is read), in ten languages. Invented sites and
 * names. Its first read is in {@link SixteenthMetadataTest}.
 */
final class SixteenthMetadataPages {
    private SixteenthMetadataPages() {}

    /** Other stories after the article, each with its own author and date. */
    static String more(String heading, String title, String who, String shown) {
        return "<section class='related-posts'><h3>" + heading + "</h3><article class='related-post'><a href='/p/2'>"
                + title + "</a><div class='related-post__meta'><span class='author'>" + who + "</span> <time>" + shown
                + "</time></div></article></section>";
    }

    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        out.addAll(platforms());
        out.addAll(news());
        out.addAll(SixteenthMetadataPagesEurope.all());
        return List.copyOf(out);
    }

    private static List<Case> platforms() {
        return List.of(
                page("en", "Tidewater Dispatch").title("Harbour wind farm clears last hurdle")
                        .jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Tidewater Dispatch\",\"url\":\"https://tidewater.test/\"},\"author\":{\"@type\":\"Person\",\"name\":\"Nadia Osei\",\"url\":\"https://tidewater.test/author/nadia/\"},\"headline\":\"Harbour wind farm clears last hurdle\",\"url\":\"https://tidewater.test/harbour-wind-farm/\",\"datePublished\":\"2024-05-14T07:30:00.000Z\",\"dateModified\":\"2024-05-15T09:02:00.000Z\"}")
                        .article("<header class='gh-article-header gh-canvas'><a class='gh-article-tag' href='/tag/energy/'>Energy</a><h1 class='gh-article-title is-title'>Harbour wind farm clears last hurdle</h1><div class='gh-article-meta'><div class='gh-article-author-image'><a href='/author/nadia/'><img class='author-profile-image' src='/n.jpg' alt='Nadia Osei'></a><a href='/author/colm/'><img class='author-profile-image' src='/c.jpg' alt='Colm Fairley'></a></div><div class='gh-article-meta-wrapper'><h4 class='gh-article-author-name'><a href='/author/nadia/'>Nadia Osei</a>, <a href='/author/colm/'>Colm Fairley</a></h4><div class='gh-article-meta-content'><time class='gh-article-meta-date' datetime='2024-05-14'>May 14, 2024</time><span class='gh-article-meta-length'><span class='bull'>—</span> 4 min read</span></div></div></div></header>")
                        .states("en-ghost-edition-two-authors", "Ghost Edition theme: two authors shown, JSON-LD naming only the primary one",
                                "Harbour wind farm clears last hurdle", "Nadia Osei; Colm Fairley", "2024-05-14"),
                page("en", "Transit Notes").title("Rents are the new fares - by Ivo Brandt - Transit Notes")
                        .meta("og:title", "Rents are the new fares")
                        .article("<div class='post-header'><h1 class='post-title published'>Rents are the new fares</h1><h3 class='subtitle'>Why bus riders are moving further out</h3><div class='pencraft pc-display-flex pc-gap-12 pc-alignItems-center'><div class='pencraft pc-display-flex byline-wrapper'><div class='profile-hover-card-target'><a href='https://substack.test/@ivobrandt' class='pencraft pc-reset decoration-hover-underline-ClDVps'>Ivo Brandt</a></div></div><div class='pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA'>Mar 14, 2024</div></div></div>")
                        .after("<div class='comments-section'><h4>Discussion about this post</h4><div class='comment'><a class='comment-author'>Pat Lowry</a><span class='comment-date'>Mar 15</span><p>Great piece.</p></div></div>")
                        .states("en-substack-pencraft", "Substack: pencraft byline and date divs, '- by A - Site' title, a dated comment",
                                "Rents are the new fares", "Ivo Brandt", "2024-03-14"),
                page("en", "Medium").title("Small data, big savings | by Priya Raman | Civic Stack | Medium")
                        .bare()
                        .article("<div class='pw-post-body-paragraph'><h1 data-testid='storyTitle' class='pw-post-title'>Small data, big savings</h1><div class='speechify-ignore'><div><a data-testid='authorPhoto' href='/@praman'><img alt='Priya Raman' src='/p.jpg'></a></div><div><span><a data-testid='authorName' href='/@praman'>Priya Raman</a></span> <span>·</span> <button>Follow</button></div><div><span>Published in</span> <a data-testid='publicationName' href='/civic-stack'>Civic Stack</a></div><div><span data-testid='storyReadTime'>6 min read</span> <span>·</span> <span data-testid='storyPublishDate'>Jan 9, 2024</span></div></div></div>")
                        .states("en-medium-published-in", "Medium: 'Published in' a publication, storyPublishDate, no meta tags",
                                "Small data, big savings", "Priya Raman", "2024-01-09"),
                page("en", "Millbrook Voice").title("Library levy goes to voters in May | Millbrook Voice")
                        .article("<article class='node node--type-article node--promoted node--view-mode-full'><header class='node__header'><h1 class='title page-title'><span class='field field--name-title field--type-string field--label-hidden'>Library levy goes to voters in May</span></h1><div class='node__meta'><span>By <span class='field field--name-uid field--type-entity-reference field--label-hidden'><a title='View user profile.' href='/user/7' class='username'>Hanna Ostrow</a></span></span><span class='node__date'> · <span class='field field--name-created field--type-created field--label-hidden'>Mon, 03/04/2024 - 09:12</span></span></div></header></article>")
                        .states("en-drupal10-olivero-weekday-numeric", "Drupal 10 Olivero: 'By' the uid field, 'Mon, 03/04/2024 - 09:12'",
                                "Library levy goes to voters in May", "Hanna Ostrow", "2024-03-04"),
                page("en", "Coastal Ledger").title("Seawall study finds erosion speeding up | Coastal Ledger")
                        .article("<h1 class='page-title'>Seawall study finds erosion speeding up</h1><div class='field field--name-field-byline field--type-string field--label-hidden field__item'>By Orla Benn and Tomas Rieck</div><div class='field field--name-field-publish-date field--type-datetime field--label-hidden field__item'><time datetime='2024-04-02T12:00:00Z'>April 2, 2024</time></div>")
                        .after("<div class='view-related-content'><div class='views-row'><a href='/n/9'>Dune fencing approved</a><div class='views-field-created'>March 28, 2024</div></div></div>")
                        .states("en-drupal10-byline-field-and", "Drupal 10: a plain-text byline field 'By A and B', a publish-date field",
                                "Seawall study finds erosion speeding up", "Orla Benn; Tomas Rieck", "2024-04-02"),
                page("en", "Valley Courier").title("Valley Courier - Bridge tolls frozen for another year")
                        .article("<div class='com-content-article item-page' itemscope itemtype='https://schema.org/Article'><meta itemprop='inLanguage' content='en-GB'><div class='page-header'><h1 itemprop='headline'>Bridge tolls frozen for another year</h1></div><dl class='article-info text-muted'><dt class='article-info-term'>Details</dt><dd class='createdby' itemprop='author' itemscope itemtype='https://schema.org/Person'><span class='icon-user icon-fw' aria-hidden='true'></span>Written by: <span itemprop='name'>Fiona Reyes</span></dd><dd class='category-name'><span class='icon-folder-open icon-fw' aria-hidden='true'></span>Category: <a href='/news' itemprop='genre'>News</a></dd><dd class='published'><span class='icon-calendar icon-fw' aria-hidden='true'></span><time datetime='2024-03-12T10:15:00+00:00' itemprop='datePublished'>Published: 12 March 2024</time></dd><dd class='hits'><span class='icon-eye icon-fw' aria-hidden='true'></span><meta itemprop='interactionCount' content='UserPageVisits:312'>Hits: 312</dd></dl></div>")
                        .states("en-joomla-cassiopeia-info", "Joomla Cassiopeia: 'Written by:', 'Category:', 'Published:', 'Hits:', site before the title",
                                "Bridge tolls frozen for another year", "Fiona Reyes", "2024-03-12"),
                page("en", "Gulf Shore Herald").title("Port strike talks collapse | Gulf Shore Herald")
                        .article("<h1 class='b-headline'>Port strike talks collapse</h1><h2 class='b-subheadline'>Dockworkers say they will walk out on Friday</h2><section class='b-byline'><span class='b-byline__by'>By</span> <a class='b-byline__names' href='/author/carmen-ruiz/'>Carmen Ruiz</a> and <a class='b-byline__names' href='/author/dev-patel/'>Dev Patel</a></section><div class='b-date'><time datetime='2024-03-19T22:30:00Z'>March 19, 2024 at 6:30 p.m. EDT</time></div>")
                        .after("<div class='b-results-list'><div class='b-results-list__item'><a href='/x'>Cruise lines add sailings</a><span class='b-date'>March 18, 2024</span></div></div>")
                        .states("en-arc-themes-blocks", "Arc XP themes: b-byline with two names joined by 'and', b-date",
                                "Port strike talks collapse", "Carmen Ruiz; Dev Patel", "2024-03-19"),
                page("en", "Greenhill Post").title("School bus routes redrawn after complaints - Greenhill Post")
                        .meta("og:title", "School bus routes redrawn after complaints - Greenhill Post")
                        .jsonLd("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"@id\":\"https://greenhill.test/2024/school-bus-routes/#article\",\"isPartOf\":{\"@id\":\"https://greenhill.test/2024/school-bus-routes/\"},\"author\":[{\"@id\":\"https://greenhill.test/#/schema/person/a1f\"},{\"@id\":\"https://greenhill.test/#/schema/person/b2e\"}],\"headline\":\"School bus routes redrawn after complaints\",\"datePublished\":\"2024-02-20T08:00:00+00:00\",\"dateModified\":\"2024-02-21T10:30:00+00:00\",\"publisher\":{\"@id\":\"https://greenhill.test/#organization\"}},{\"@type\":\"WebPage\",\"@id\":\"https://greenhill.test/2024/school-bus-routes/\",\"name\":\"School bus routes redrawn after complaints - Greenhill Post\",\"datePublished\":\"2024-02-20T08:00:00+00:00\"},{\"@type\":\"Organization\",\"@id\":\"https://greenhill.test/#organization\",\"name\":\"Greenhill Post\"},{\"@type\":\"Person\",\"@id\":\"https://greenhill.test/#/schema/person/a1f\",\"name\":\"Juno Adeyemi\",\"url\":\"https://greenhill.test/author/juno/\"},{\"@type\":\"Person\",\"@id\":\"https://greenhill.test/#/schema/person/b2e\",\"name\":\"Rafe Collins\",\"url\":\"https://greenhill.test/author/rafe/\"}]}")
                        .article("<h1 class='entry-title'>School bus routes redrawn after complaints</h1>")
                        .after(more("You may also like", "New crossing guard hired", "Rafe Collins", "February 12, 2024"))
                        .states("en-yoast-graph-two-person-ids", "Yoast graph: two authors by @id into Person nodes, no byline shown",
                                "School bus routes redrawn after complaints", "Juno Adeyemi; Rafe Collins", "2024-02-20"),
                page("en", "Northgate Times").title("Council approves night-time noise limits")
                        .jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Council approves night-time noise limits\",\"datePublished\":\"2024-04-09T06:45:00-04:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Rhea Dalton, Oskar Lind and Tuva Berg\"},\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"Northgate Times\"}}")
                        .article("<h1>Council approves night-time noise limits</h1>")
                        .states("en-jsonld-one-person-several-names", "JSON-LD: one Person whose name holds three names, no byline shown",
                                "Council approves night-time noise limits", "Rhea Dalton; Oskar Lind; Tuva Berg", "2024-04-09"),
                page("en", "Eastbrook Mercury").title("Hospital parking fees scrapped")
                        .jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Hospital parking fees scrapped\",\"datePublished\":\"2024-03-27T11:00:00Z\",\"author\":\"Marta Quill & Desmond Achebe\"}")
                        .article("<h1>Hospital parking fees scrapped</h1><p class='meta'><time datetime='2024-03-27T11:00:00Z'>27 March 2024</time></p>")
                        .states("en-jsonld-author-string-ampersand", "JSON-LD: author a plain string 'A & B'",
                                "Hospital parking fees scrapped", "Marta Quill; Desmond Achebe", "2024-03-27"),
                page("en", "Ridgeview Journal").title("Volunteers plant 5,000 trees along river - Ridgeview Journal")
                        .article("<h1 class='elementor-heading-title elementor-size-default'>Volunteers plant 5,000 trees along river</h1><ul class='elementor-inline-items elementor-icon-list-items elementor-post-info'><li class='elementor-icon-list-item elementor-repeater-item-3c1a elementor-inline-item' itemprop='author'><a href='/author/mika-ross/'><span class='elementor-icon-list-icon'><i aria-hidden='true' class='far fa-user-circle'></i></span><span class='elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author'>Mika Ross</span></a></li><li class='elementor-icon-list-item elementor-repeater-item-9d2b elementor-inline-item' itemprop='datePublished'><a href='/2024/04/21/'><span class='elementor-icon-list-icon'><i aria-hidden='true' class='fas fa-calendar'></i></span><span class='elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date'>April 21, 2024</span></a></li><li class='elementor-icon-list-item elementor-repeater-item-77e0 elementor-inline-item' itemprop='about'><span class='elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms'><span class='elementor-post-info__terms-list'><a href='/category/environment/' class='elementor-post-info__terms-list-item'>Environment</a></span></span></li></ul>")
                        .states("en-elementor-post-info", "Elementor: post-info list items, itemprop on the item, an icon before each",
                                "Volunteers plant 5,000 trees along river", "Mika Ross", "2024-04-21"),
                page("en", "Lakeshore Weekly").title("Marina expansion draws objections | Lakeshore Weekly")
                        .article("<div class='et_post_meta_wrapper'><h1 class='entry-title'>Marina expansion draws objections</h1><p class='post-meta'> by <span class='author vcard'><a href='/author/bea-lund/' title='Posts by Bea Lund' rel='author'>Bea Lund</a></span> | <span class='published'>Mar 14, 2024</span> | <a href='/category/news/' rel='category tag'>News</a> | <span class='comments-number'><a href='#respond'>3 comments</a></span></p></div>")
                        .after("<div id='comment-section'><ol class='commentlist'><li class='comment'><span class='fn'>Gary T.</span> <span class='comment_date'>March 16, 2024 at 8:01 am</span><p>About time.</p></li></ol></div>")
                        .states("en-divi-post-meta", "Divi: 'by A | Mar 14, 2024 | News | 3 comments', dated comments",
                                "Marina expansion draws objections", "Bea Lund", "2024-03-14"),
                page("en", "Foxley Gazette").title("Foxley Gazette | Allotment waiting list hits record")
                        .article("<header class='entry-header'><h1 class='entry-title' itemprop='headline'>Allotment waiting list hits record</h1><div class='entry-meta'><span class='posted-by vcard author' itemtype='https://schema.org/Person' itemscope itemprop='author'><a title='View all posts by Ezra Pike' href='/author/ezra/' rel='author' class='url fn n' itemprop='url'><span class='author-name' itemprop='name'>Ezra Pike</span></a></span> / <span class='posted-on'><span class='published' itemprop='datePublished'> February 27, 2024</span><span class='updated' itemprop='dateModified'> March 3, 2024</span></span></div></header>")
                        .states("en-astra-published-updated-spans", "Astra: published and updated spans with no datetime, site before the title",
                                "Allotment waiting list hits record", "Ezra Pike", "2024-02-27"),
                page("en", "Brightwater Insights").title("Five lessons from our first year of remote hiring")
                        .article("<div class='blog-post__meta'><h1 class='blog-post__title'>Five lessons from our first year of remote hiring</h1><a class='blog-post__author-name' href='/blog/author/tamsin-rhee'>Tamsin Rhee</a><time class='blog-post__timestamp' datetime='2024-03-14 08:00:00'>March 14, 2024</time></div>")
                        .after("<div class='blog-recent-posts'><h3>Recent posts</h3><div class='blog-recent-posts__post'><a href='/blog/x'>Why we moved offices</a><span class='blog-recent-posts__date'>March 20, 2024</span></div></div>")
                        .states("en-hubspot-blog-timestamp", "HubSpot blog: author-name link, a datetime with a space, a later recent post",
                                "Five lessons from our first year of remote hiring", "Tamsin Rhee", "2024-03-14"),
                page("en", "Kestrel Bay News").title("Coastguard rescues kayakers off headland")
                        .canonical("https://kestrelbay.test/2024/05/02/coastguard-rescues-kayakers/")
                        .bare()
                        .head("<script async src='https://cdn.ampproject.org/v0.js'></script><style amp-boilerplate>body{visibility:hidden}</style>")
                        .article("<header class='amp-header'><a href='/'><amp-img src='/logo.png' width='120' height='30' alt='Kestrel Bay News'></amp-img></a></header><h1 class='amp-title'>Coastguard rescues kayakers off headland</h1><div class='amp-byline'><amp-img class='amp-author-avatar' src='/k.jpg' width='24' height='24'></amp-img><span class='amp-author'>By Kofi Mensah</span></div><figure><amp-img src='/rescue.jpg' width='800' height='450' layout='responsive'></amp-img><figcaption>The lifeboat crew. Photo: Jan Oduya</figcaption></figure><amp-social-share type='twitter' width='40' height='40'></amp-social-share>")
                        .states("en-amp-date-in-canonical", "AMP page: amp-byline, the date only in the canonical URL, a photo credit",
                                "Coastguard rescues kayakers off headland", "Kofi Mensah", "2024-05-02"));
    }

    private static List<Case> news() {
        return List.of(
                page("en", "The Clarion").title("Ministers to overhaul bus franchising rules | Transport | The Clarion")
                        .canonical("https://clarion.test/uk-news/2024/mar/14/ministers-overhaul-bus-franchising")
                        .article("<div data-gu-name='headline'><h1>Ministers to overhaul bus franchising rules</h1></div><div data-gu-name='meta'><address aria-label='Contributor info'><a rel='author' href='/profile/ines-barlow'>Ines Barlow</a> Transport correspondent</address></div>")
                        .after(more("Most viewed", "Rail fares to rise in March", "Ines Barlow", "Mon 11 Mar 2024"))
                        .states("en-date-in-month-name-url", "a date only in the canonical URL as /2024/mar/14/, a role after the contributor link",
                                "Ministers to overhaul bus franchising rules", "Ines Barlow", "2024-03-14"),
                page("en", "Mid-Atlantic Report").title("Storm knocks out power to 80,000 homes | Mid-Atlantic Report")
                        .article("<h1 class='headline__text'>Storm knocks out power to 80,000 homes</h1><div class='byline'><div class='byline__names'>By <span class='byline__name'>Luca Ferrante</span> and <span class='byline__name'>Ana Mirza</span>, Mid-Atlantic Report</div></div><div class='timestamp'>Updated 9:15 AM EST, Wed March 6, 2024<br>Published 7:00 PM EST, Tue March 5, 2024</div>")
                        .states("en-updated-above-published-weekday", "'Updated … Wed March 6, 2024' above 'Published … Tue March 5, 2024', the outlet after the names",
                                "Storm knocks out power to 80,000 homes", "Luca Ferrante; Ana Mirza", "2024-03-05"),
                page("en", "Harrow Hill Star").title("Bakery fire closes high street")
                        .article("<h1>Bakery fire closes high street</h1><div class='article-meta'><span class='article-author'>Wes Carrow</span> <span class='article-ago' data-datetime='2024-03-11T13:40:00Z'>2 hours ago</span></div>")
                        .states("en-relative-with-data-datetime", "'2 hours ago' shown, the time in a data-datetime attribute, no fetch time",
                                "Bakery fire closes high street", "Wes Carrow", "2024-03-11"),
                page("en", "Capital Morning").title("Senate passes rail safety bill | Capital Morning")
                        .top("<div class='masthead-date'>Friday, March 22, 2024</div><div class='masthead-edition'>Today's Paper</div>")
                        .article("<h1>Senate passes rail safety bill</h1><p class='byline'>By Gideon Mwangi</p><p class='story-date'>March 18, 2024</p>")
                        .states("en-masthead-today-date", "the masthead shows today's date above the article's own",
                                "Senate passes rail safety bill", "Gideon Mwangi", "2024-03-18"),
                page("en", "Pacific Wire").title("Floods cut off towns in north | Pacific Wire")
                        .fetched("2024-04-04T06:00:00Z")
                        .top("<div class='topbar-date'>Thursday, April 4, 2024</div>")
                        .article("<h1>Floods cut off towns in north</h1><p class='byline'>By Ama Kessie</p><p>SYDNEY, April 3 (Pacific Wire) - Floodwaters cut off several towns in the state's north on Wednesday, emergency services said.</p>")
                        .states("en-wire-dateline-and-header-today", "a wire dateline 'SYDNEY, April 3 (…) -' the only date, today's date in the top bar, a fetch time",
                                "Floods cut off towns in north", "Ama Kessie", "2024-04-03"),
                page("en", "Stonebridge Echo").title("Roadworks to close bypass for a week")
                        .article("<h1>Roadworks to close bypass for a week</h1><p class='byline'>Staff Report</p><time datetime='2024-03-08T16:00:00Z'>March 8, 2024</time>")
                        .states("en-staff-report-no-person", "'Staff Report' as the byline: no person",
                                "Roadworks to close bypass for a week", "", "2024-03-08"),
                page("en", "Ashford Courier").title("Swimming pool to reopen after repairs")
                        .article("<h1 class='article-title'>Swimming pool to reopen after repairs</h1><div class='article-date'>Posted March 12, 2024</div>")
                        .after("<div class='trending'><h3>Trending</h3><div class='trending-item'><a href='/t/1'>Teen wins chess title</a><p class='trending-byline'>By Holly Vance</p><p>March 11, 2024</p></div></div>")
                        .states("en-no-byline-trending-bylines", "no byline, a trending box with its own byline and date",
                                "Swimming pool to reopen after repairs", "", "2024-03-12"),
                page("en", "Fenwick Gazette").title("New ferry route to link islands")
                        .article("<h1>New ferry route to link islands</h1><p class='byline'>By Hal Sorensen and Mina Patel, Special to the Gazette</p><p class='dateline'>Published April 9, 2024</p>")
                        .states("en-two-names-special-to", "'By A and B, Special to the Gazette'",
                                "New ferry route to link islands", "Hal Sorensen; Mina Patel", "2024-04-09"),
                page("en", "Thornbury Record").title("Library adds Sunday opening")
                        .article("<h1>Library adds Sunday opening</h1><div class='author-line'>By <a href='/staff/jo-park'>Jo Park</a> | jpark@thornbury.test | @jopark_news</div><div class='pub'>Feb 2, 2024 5:45 pm</div>")
                        .states("en-byline-email-handle", "'By A | e-mail | @handle'",
                                "Library adds Sunday opening", "Jo Park", "2024-02-02"),
                page("en", "Northwind Networks").title("Northwind Networks Reports Record First-Quarter Revenue")
                        .article("<h1 class='release-title'>Northwind Networks Reports Record First-Quarter Revenue</h1><p class='release-source'>Source: Northwind Networks Inc.</p><p>TORONTO, April 25, 2024 (GLOBE NEWSWIRE) -- Northwind Networks Inc. today reported revenue of $48.2 million for the quarter ended March 31, 2024.</p>")
                        .states("en-globe-newswire-dateline", "press release: 'Source: Company', a dateline with its year and '(GLOBE NEWSWIRE) --', a quarter's end date",
                                "Northwind Networks Reports Record First-Quarter Revenue", "", "2024-04-25"),
                page("en", "Southfield Daily").title("Teachers vote to accept pay offer - Southfield Daily")
                        .article("<h1>Teachers vote to accept pay offer</h1><div class='byline-block'><span class='byline-by'>By</span><span class='byline-author'>Noor Haddad</span><span class='byline-role'>Education Reporter</span></div><div class='byline-dates'><span class='byline-published'>Published 3:04 p.m. CT April 11, 2024</span><span class='byline-updated'>Updated 8:12 a.m. CT April 12, 2024</span></div>")
                        .states("en-byline-block-role-span", "byline by, author and role spans, 'Published 3:04 p.m. CT April 11, 2024'",
                                "Teachers vote to accept pay offer", "Noor Haddad", "2024-04-11"));
    }
}
