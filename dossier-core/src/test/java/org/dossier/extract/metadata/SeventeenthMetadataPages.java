package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The seventeenth held-out metadata set: 63 pages written after set 16 read 100 %, in the shapes of site kinds the
 * earlier sets met rarely or in another shape: regional papers on the WordPress themes Newspaper (tagDiv), Jannah and
 * Soledad with today's date in their top bars, Blogger's post footer, Hugo's PaperMod and Jekyll's minima themes,
 * Sitecore and Bitrix templates, wire pages with several datelines, broadcasters ("Stand: 03.12.2026 14:05 Uhr",
 * BBC-like component markup), microdata stated on meta tags inside the article, Open Graph alone, an author named
 * only in the slug of the link to their page, bylines joining two names, a byline with an e-mail address, photo
 * credits beside bylines, and Polish, Czech and Turkish month names, in eleven languages. Invented sites and names.
 * Its first read is in {@link SeventeenthMetadataTest}.
 */
final class SeventeenthMetadataPages {
    private SeventeenthMetadataPages() {}

    /** A tagDiv (Newspaper theme) top bar showing today's date. */
    static String tdTopBar(String today) {
        return "<div class='td-header-top-menu'><div class='td_data_time'><div>" + today + "</div></div></div>";
    }

    /** A tagDiv related-posts block, each post with its author and date. */
    static String tdRelated(String title, String who, String shown) {
        return "<div class='td_block_wrap td_block_related_posts'><div class='td-related-span4 td_module_related_posts'>"
                + "<h3 class='entry-title td-module-title'><a href='/p/3'>" + title + "</a></h3><div class='td-editor-date'>"
                + "<span class='td-author-date'><span class='td-post-author-name'><a href='/author/x/'>" + who
                + "</a></span><span class='td-post-date'><time class='entry-date updated td-module-date'>" + shown
                + "</time></span></span></div></div></div>";
    }

    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        out.addAll(english());
        out.addAll(SeventeenthMetadataPagesWest.all());
        out.addAll(SeventeenthMetadataPagesEast.all());
        return List.copyOf(out);
    }

    private static List<Case> english() {
        return List.of(
                page("en", "Ashford Gazette").title("County approves new landfill site - Ashford Gazette")
                        .top(tdTopBar("Friday, December 4, 2026"))
                        .article("<div class='td-post-header'><header class='td-post-title'><ul class='td-category'><li class='entry-category'><a href='/local/'>Local</a></li></ul><h1 class='entry-title'>County approves new landfill site</h1><div class='td-module-meta-info'><div class='td-post-author-name'><div class='td-author-by'>By</div> <a href='/author/gwen-harlow/'>Gwen Harlow</a><div class='td-author-line'> - </div></div><span class='td-post-date'><time class='entry-date updated td-module-date' datetime='2026-11-18T09:14:05+00:00'>November 18, 2026</time></span><div class='td-post-views'><span class='td-nr-views-412'>412</span></div></div></header></div>")
                        .after(tdRelated("Council tax freeze debated", "Owen Pryce", "November 12, 2026"))
                        .states("en-tagdiv-newspaper", "Newspaper theme: td-post-author-name 'By' link, td-post-date, today's date in the top bar",
                                "County approves new landfill site", "Gwen Harlow", "2026-11-18"),
                page("en", "Riverside Chronicle").title("Flood barrier funding doubled | Riverside Chronicle")
                        .top("<div class='top-nav'><div class='topbar-today-date tie-icon'>Friday, December 4 2026</div></div>")
                        .article("<header class='entry-header-outer'><div class='entry-header'><span class='post-cat-wrap'><a class='post-cat tie-cat-3' href='/news/'>News</a></span><h1 class='post-title entry-title'>Flood barrier funding doubled</h1><div class='single-post-meta post-meta clearfix'><span class='author-meta single-author with-avatars'><span class='meta-item meta-author-wrapper meta-author-7'><span class='meta-author-avatar'><a href='/author/lorna-cade/'><img alt='Photo of Lorna Cade' src='/a.jpg'></a></span><span class='meta-author'><a href='/author/lorna-cade/' class='author-name tie-icon' title='Lorna Cade'>Lorna Cade</a></span></span></span><span class='date meta-item tie-icon'>November 3, 2026</span><div class='tie-alignright'><span class='meta-comment tie-icon meta-item fa-before'>0</span><span class='meta-views meta-item'><span class='tie-icon-fire'></span> 318 </span><span class='meta-reading-time meta-item'><span class='tie-icon-bookmark'></span> 2 minutes read</span></div></div></div></header>")
                        .after("<div id='related-posts' class='container-wrapper has-extra-post'><div class='related-item'><h3 class='post-title'><a href='/p/4'>Weir repairs finished</a></h3><div class='post-meta'><span class='date meta-item tie-icon'>October 29, 2026</span></div></div></div>")
                        .states("en-jannah-meta", "Jannah theme: meta-author with 'Photo of' avatar, date meta-item, today's date in the top bar",
                                "Flood barrier funding doubled", "Lorna Cade", "2026-11-03"),
                page("en", "Harbourside Post").title("Ferry timetable cut for winter - Harbourside Post")
                        .article("<div class='header-standard header-classic single-header'><div class='penci-standard-cat'><span class='cat'><a class='penci-cat-name' href='/transport/'>Transport</a></span></div><h1 class='post-title single-post-title entry-title'>Ferry timetable cut for winter</h1><div class='penci-hide-tagupdated'><span class='author-italic author vcard'>by <a class='author-url url fn n' href='/author/idris-mawe/'>Idris Mawe</a></span><time class='entry-date updated' datetime='2026-10-09T11:02:00+00:00'>October 9, 2026</time></div><div class='post-box-meta-single'><span class='author-post byline'><span class='author vcard'>written by <a class='author-url url fn n' href='/author/idris-mawe/'>Idris Mawe</a></span></span><span><time class='entry-date published' datetime='2026-10-07T08:30:00+00:00'>October 7, 2026</time></span></div></div>")
                        .states("en-soledad-written-by", "Soledad theme: hidden updated time first, 'written by' link, published time",
                                "Ferry timetable cut for winter", "Idris Mawe", "2026-10-07"),
                page("en", "Ridge Notes").title("Ridge Notes: Why the old mill trail is closing")
                        .top("<div class='header-outer'><div class='titlewrapper'><h1 class='title'><a href='/'>Ridge Notes</a></h1></div><div class='descriptionwrapper'><p class='description'><span>Walking the hills since 2009</span></p></div></div>")
                        .article("<div class='date-outer'><h2 class='date-header'><span>Sunday, June 21, 2026</span></h2><div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope itemtype='http://schema.org/BlogPosting'><meta itemprop='image_url' content='/i.jpg'><a name='4412'></a><h3 class='post-title entry-title' itemprop='name'>Why the old mill trail is closing</h3><div class='post-header'><div class='post-header-line-1'></div></div><div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope itemtype='http://schema.org/Person'><meta itemprop='url' content='https://www.blogger.test/profile/0912'><a class='g-profile' href='https://www.blogger.test/profile/0912' rel='author' title='author profile'><span itemprop='name'>Tamsin Reeve</span></a></span></span> <span class='post-timestamp'>at <meta itemprop='url' content='/2026/06/mill-trail.html'><a class='timestamp-link' href='/2026/06/mill-trail.html' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2026-06-21T10:12:00-07:00'>10:12 AM</abbr></a></span></div></div></div></div></div>")
                        .after("<div class='comments' id='comments'><h4>2 comments:</h4><div class='comment-block'><cite class='user'>Hal Dunmore</cite><span class='comment-timestamp'>June 22, 2026 at 8:01 AM</span><p>Sad news.</p></div></div><div class='widget BlogArchive'><h2>Blog Archive</h2><ul><li><a href='/2026/05/'>May 2026</a></li></ul></div>")
                        .states("en-blogger-post-footer", "Blogger: blog name in an h1, the post in h3, 'Posted by' and abbr datePublished in the footer",
                                "Why the old mill trail is closing", "Tamsin Reeve", "2026-06-21"),
                page("en", "Field Ledger").title("Counting swifts with a phone | Field Ledger")
                        .bare()
                        .meta("author", "Ansel Corby")
                        .meta("article:published_time", "2026-09-14T00:00:00+00:00")
                        .meta("article:modified_time", "2026-09-20T00:00:00+00:00")
                        .article("<header class='post-header'><div class='breadcrumbs'><a href='/'>Home</a>&nbsp;»&nbsp;<a href='/posts/'>Posts</a></div><h1 class='post-title entry-hint-parent'>Counting swifts with a phone</h1><div class='post-description'>A weekend project with a microphone and a notebook</div><div class='post-meta'><span title='2026-09-14 00:00:00 +0000 UTC'>September 14, 2026</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Ansel Corby</div></header>")
                        .after("<footer class='post-footer'><nav class='paginav'><a class='prev' href='/posts/owls/'><span class='title'>« Prev</span><br><span>Listening for owls</span></a></nav></footer><footer class='footer'><span>© 2026 <a href='/'>Field Ledger</a></span> · <span>Powered by Hugo</span></footer>")
                        .states("en-hugo-papermod", "Hugo PaperMod: post-meta 'date · 4 min · Name', meta author and published time",
                                "Counting swifts with a phone", "Ansel Corby", "2026-09-14"),
                page("en", "Tern Workshop").title("Rebuilding a tide clock | Tern Workshop")
                        .bare()
                        .article("<article class='post h-entry' itemscope itemtype='http://schema.org/BlogPosting'><header class='post-header'><h1 class='post-title p-name' itemprop='name headline'>Rebuilding a tide clock</h1><p class='post-meta'><time class='dt-published' datetime='2026-02-11T09:00:00+00:00' itemprop='datePublished'>Feb 11, 2026</time> • <span itemprop='author' itemscope itemtype='http://schema.org/Person'><span class='p-author h-card' itemprop='name'>Merrin Host</span></span></p></header></article>")
                        .after("<footer class='site-footer h-card'><data class='u-url' href='/'></data><div class='wrapper'><h2 class='footer-heading'>Tern Workshop</h2><ul class='contact-list'><li class='p-name'>Tern Workshop</li></ul></div></footer>")
                        .states("en-jekyll-minima", "Jekyll minima: h-entry with dt-published and p-author, site name in an h-card footer",
                                "Rebuilding a tide clock", "Merrin Host", "2026-02-11"),
                page("en", "Northmoor News").title("Hospital waiting lists fall for third month - Northmoor News")
                        .meta("og:title", "Hospital waiting lists fall for third month")
                        .article("<div data-component='headline-block' class='ssrcss-uf6wea-RichTextComponentWrapper'><h1 id='main-heading' type='headline' tabindex='-1' class='ssrcss-1s9pby4-Heading e10rt3ze0'><span role='text'>Hospital waiting lists fall for third month</span></h1></div><div data-component='byline-block' class='ssrcss-1y8zs0z-BylineBlock'><div class='ssrcss-68pt20-Text-TextContributorName e8mq1e96'>Ruth Okafor</div><div class='ssrcss-84ltp5-Text e1gzevf0'>Health correspondent</div></div><div class='ssrcss-m5j4pi-MetadataContent'><time data-testid='timestamp' datetime='2026-11-03T06:11:52.000Z' class='ssrcss-1pvwv4b-MetadataSnippet'>3 November 2026</time></div>")
                        .after("<section data-component='links-block'><h2>Related</h2><ul><li><a href='/n/1'>Ambulance times improve</a><time datetime='2026-10-28T10:00:00.000Z'>28 October 2026</time></li></ul></section>")
                        .states("en-broadcaster-components", "BBC-like: component blocks, contributor name and role in CSS-module classes, timestamp",
                                "Hospital waiting lists fall for third month", "Ruth Okafor", "2026-11-03"),
                page("en", "Wirestone").title("Grain exports resume after port deal | Wirestone")
                        .top("<div class='ticker'><span class='ticker-label'>Latest</span> <a href='/n/2'>TOKYO, Dec 4 (Wirestone) - Shares rise</a></div>")
                        .article("<h1 class='article-header__heading'>Grain exports resume after port deal</h1><div class='article-header__byline'>By <a href='/authors/petra-vance/'>Petra Vance</a> and <a href='/authors/sami-haddad/'>Sami Haddad</a></div><div class='article-header__dateline'><time datetime='2026-11-19T14:14:00Z'>November 19, 2026 2:14 PM UTC</time> <span>Updated 3 hours ago</span></div><p class='article-body__paragraph'>ISTANBUL, Nov 19 (Wirestone) - The first grain ship in six weeks left port on Thursday after a deal between the shipping firms and the port authority.</p>")
                        .after("<section class='related-coverage'><h2>Related coverage</h2><ul><li><a href='/n/3'>ODESA, Nov 17 (Wirestone) - Insurers raise war risk premiums</a></li><li><a href='/n/4'>GENEVA, Nov 18 (Wirestone) - Wheat prices ease</a></li></ul></section>")
                        .states("en-wire-several-datelines", "Wire page: byline 'By A and B' links, a time, datelines in the ticker, body and related list",
                                "Grain exports resume after port deal", "Petra Vance; Sami Haddad", "2026-11-19"),
                page("en", "Eastfield Evening Star").title("Tram extension delayed again | Eastfield Evening Star")
                        .article("<div class='article-header component'><div class='component-content'><h1 class='field-title'>Tram extension delayed again</h1><div class='field-subtitle'>Contractor cites supply problems</div><div class='article-meta'><span id='main_0_lblAuthor' class='field-author'>By Corin Tull, Transport Reporter</span><span class='separator'>|</span><span id='main_0_lblDate' class='field-publishdate'>20 November 2026</span></div></div></div>")
                        .states("en-sitecore-fields", "Sitecore: field-title, field-author 'By A, Transport Reporter', field-publishdate",
                                "Tram extension delayed again", "Corin Tull", "2026-11-20"),
                page("en", "Lakeland Observer").title("Lakeland Observer | Marina sale falls through")
                        .article("<article itemscope itemtype='https://schema.org/NewsArticle'><meta itemprop='datePublished' content='2026-08-02T08:00:00+01:00'><meta itemprop='dateModified' content='2026-08-03T16:40:00+01:00'><div itemprop='author' itemscope itemtype='https://schema.org/Person'><meta itemprop='name' content='Bryn Castell'><link itemprop='url' href='/people/bryn-castell'></div><h1 itemprop='headline'>Marina sale falls through</h1><div class='article-tools'><a href='/share'>Share</a> <a href='/print'>Print</a></div></article>")
                        .states("en-microdata-meta-inside", "Microdata on meta tags inside the article: datePublished and the author's name, nothing shown",
                                "Marina sale falls through", "Bryn Castell", "2026-08-02"),
                page("en", "Pennine Mercury").title("Quarry expansion rejected – Pennine Mercury")
                        .meta("og:site_name", "Pennine Mercury")
                        .meta("og:type", "article")
                        .meta("og:title", "Quarry expansion rejected")
                        .meta("og:description", "Planners said the lorry traffic would be too heavy.")
                        .meta("article:published_time", "2026-07-15T12:30:00+01:00")
                        .meta("article:author", "Elspeth Morrow")
                        .article("<div class='story'><h2 class='story-title'>Quarry expansion rejected</h2></div>")
                        .states("en-opengraph-only", "Open Graph only: og:title, article:published_time, article:author as a name",
                                "Quarry expansion rejected", "Elspeth Morrow", "2026-07-15"),
                page("en", "Dunmore Courier").title("Village shop saved by residents | Dunmore Courier")
                        .article("<h1 class='entry-title'>Village shop saved by residents</h1><div class='entry-meta'><a class='author-avatar' href='/author/meera-saltonstall/'><img src='/avatars/77.jpg' alt=''></a><span class='posted-on'><time class='entry-date published' datetime='2026-05-06T07:45:00+01:00'>May 6, 2026</time></span></div>")
                        .states("en-author-slug-only", "The author only in the slug of an avatar link '/author/meera-saltonstall/'",
                                "Village shop saved by residents", "Meera Saltonstall", "2026-05-06"),
                page("en", "Kestrel Valley Times").title("Bypass plans go on show | Kestrel Valley Times")
                        .article("<h1 class='headline'>Bypass plans go on show</h1><p class='byline'>By Dana Whitcombe | <a href='mailto:dwhitcombe@kvtimes.test'>dwhitcombe@kvtimes.test</a></p><p class='dateline'>Published: 24 September 2026</p>")
                        .states("en-byline-email", "A byline with an e-mail address after a bar",
                                "Bypass plans go on show", "Dana Whitcombe", "2026-09-24"),
                page("en", "Westmarch Herald").title("Lifeboat crew honoured | Westmarch Herald")
                        .article("<h1 class='article-title'>Lifeboat crew honoured</h1><figure class='lead-image'><img src='/l.jpg' alt=''><figcaption>The crew at the harbour on Sunday. <span class='credit'>Photograph: Nils Arden</span></figcaption></figure><div class='byline'><span class='byline__name'>Hattie Sorrell</span><time datetime='2026-04-27T18:00:00+01:00'>27 April 2026</time></div>")
                        .states("en-photo-credit-beside-byline", "A 'Photograph:' credit in the caption before the byline",
                                "Lifeboat crew honoured", "Hattie Sorrell", "2026-04-27"),
                page("en", "Saltmarsh Argus").title("Bin collections move to fortnightly | Saltmarsh Argus")
                        .top(tdTopBar("Friday, December 4, 2026"))
                        .article("<header class='td-post-title'><h1 class='entry-title'>Bin collections move to fortnightly</h1><div class='td-module-meta-info'><div class='td-post-author-name'><div class='td-author-by'>By</div> <a href='/author/newsdesk/'>News Desk</a><div class='td-author-line'> - </div></div><span class='td-post-date'><time class='entry-date updated td-module-date' datetime='2026-11-30T16:20:00+00:00'>November 30, 2026</time></span></div></header>")
                        .states("en-tagdiv-news-desk", "Newspaper theme: a desk named as the author, no person",
                                "Bin collections move to fortnightly", "", "2026-11-30"));
    }
}
