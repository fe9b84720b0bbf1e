package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The twelfth held-out metadata set: 60 pages written after the rules were tuned on the eleventh set, in the markup
 * of publishing systems and page kinds the earlier sets left out or met in another shape: Ghost's Source theme and
 * Casper's post-card byline with two authors and JSON-LD naming one or an array, Substack bylines only in
 * {@code window._preloads}, Medium with no author meta, Blogger's Contempo theme, Squarespace (offsets with no colon,
 * two-digit years) and Wix (dates with no year), Hugo (PaperMod, icons) and Jekyll (minima) blogs, the AMP plugin's
 * classic template, wire pages (AP, press-release wires, EFE, ANSA, Lusa, ČTK, Agerpres, Ritzau, STT, dpa, PAP)
 * whose only date may be a dateline, a name among icons (Font Awesome, Material ligatures, dashicons) with no byline
 * word, dates only in the URL path, pages stating only an update, and pages stating no date or no author (right
 * only when none is read), in twelve languages. Its first read is recorded in {@link TwelfthMetadataTest}.
 */
final class TwelfthMetadataPages {
    private TwelfthMetadataPages() {}

    static final String COOKIE = "<div class='cc-window cc-banner' role='dialog' aria-label='cookieconsent'><span class='cc-message'>This website uses cookies to ensure you get the best experience. <a class='cc-link' href='/cookies'>Learn more</a></span><a class='cc-btn cc-dismiss'>Got it!</a></div>";
    static final String SHARE = "<ul class='social-share'><li><a class='share-fb' href='#'><i class='fab fa-facebook-f'></i></a></li><li><a class='share-tw' href='#'><i class='fab fa-x-twitter'></i></a></li><li><a class='share-wa' href='#'><i class='fab fa-whatsapp'></i></a></li><li><a class='share-copy' href='#'><i class='fas fa-link'></i></a></li></ul>";

    /** A Ghost read-more card with its own author and date. */
    static String ghostCard(String title, String author, String iso, String shown) {
        return "<aside class='read-more-wrap'><div class='read-more inner'><article class='post-card post'><a class='post-card-image-link' href='/x/'><img class='post-card-image' src='/c.jpg' alt='" + title + "'></a><div class='post-card-content'><a class='post-card-content-link' href='/x/'><header class='post-card-header'><h2 class='post-card-title'>" + title + "</h2></header></a><footer class='post-card-meta'><div class='post-card-byline-content'><span><a href='/author/y/'>" + author + "</a></span><span class='post-card-byline-date'><time datetime='" + iso + "'>" + shown + "</time></span></div></footer></div></article></div></aside>";
    }

    /** A sidebar of recent posts, each with a date. */
    static String recent(String heading, String a, String aDate, String b, String bDate) {
        return "<aside class='widget widget_recent_entries'><h2 class='widget-title'>" + heading + "</h2><ul><li><a href='/a/'>" + a + "</a><span class='post-date'>" + aDate + "</span></li><li><a href='/b/'>" + b + "</a><span class='post-date'>" + bDate + "</span></li></ul></aside>";
    }

    /** A comment thread with one dated comment. */
    static String comment(String who, String shown, String text) {
        return "<section class='comments'><h3>1 Comment</h3><div class='comment'><div class='comment-meta'><cite class='fn'>" + who + "</cite> <span class='comment-date'>" + shown + "</span></div><p>" + text + "</p></div></section>";
    }

    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        out.addAll(english());
        out.addAll(TwelfthMetadataPagesEurope.all());
        return List.copyOf(out);
    }

    private static List<Case> english() {
        return List.of(
                page("en", "Greenline Dispatch").title("Heat pumps outsell gas boilers for the first time")
                        .head("<meta property='og:title' content='Heat pumps outsell gas boilers for the first time'><meta property='article:published_time' content='2024-04-16T07:00:00.000Z'><meta name='generator' content='Ghost 5.82'><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Greenline Dispatch\"},\"author\":[{\"@type\":\"Person\",\"name\":\"Tamsin Reed\",\"url\":\"https://greenline.test/author/tamsin/\"},{\"@type\":\"Person\",\"name\":\"Idris Vale\",\"url\":\"https://greenline.test/author/idris/\"}],\"headline\":\"Heat pumps outsell gas boilers for the first time\",\"datePublished\":\"2024-04-16T07:00:00.000Z\",\"dateModified\":\"2024-04-17T10:12:00.000Z\"}</script>")
                        .article("<header class='gh-article-header gh-canvas'><a class='gh-article-tag' href='/tag/energy/'>Energy</a><h1 class='gh-article-title is-title'>Heat pumps outsell gas boilers for the first time</h1><p class='gh-article-excerpt is-body'>Installers say grants and prices tipped the balance.</p><div class='gh-article-meta'><div class='gh-article-author-image instapaper_ignore'><a href='/author/tamsin/'><img class='author-profile-image' src='/t.jpg' alt='Tamsin Reed'></a><a href='/author/idris/'><img class='author-profile-image' src='/i.jpg' alt='Idris Vale'></a></div><div class='gh-article-meta-wrapper'><h4 class='gh-article-author-name'><a href='/author/tamsin/'>Tamsin Reed</a>, <a href='/author/idris/'>Idris Vale</a></h4><div class='gh-article-meta-content'><time class='gh-article-meta-date' datetime='2024-04-16'>Apr 16, 2024</time><span class='gh-article-meta-length'><span class='bull'>—</span> 5 min read</span></div></div></div></header>")
                        .after("<section class='gh-container is-grid gh-outer'><h2 class='gh-container-title'>Read more</h2><article class='gh-card post'><a class='gh-card-link' href='/x/'><h3 class='gh-card-title is-title'>Grid upgrades fall behind schedule</h3><footer class='gh-card-meta'><span class='gh-card-author'>By Cole Marsh</span><time class='gh-card-date' datetime='2024-03-02'>Mar 2, 2024</time></footer></a></article></section>")
                        .states("en-ghost-source-jsonld-array", "Ghost Source: two authors as links and a JSON-LD array, no meta author, read-more card dated",
                                "Heat pumps outsell gas boilers for the first time", "Tamsin Reed; Idris Vale", "2024-04-16"),
                page("en", "Long Haul").title("What the freight slump tells us - by Nia Calder - Long Haul").bare()
                        .head("<meta property='og:title' content='What the freight slump tells us'><meta name='author' content='Nia Calder'><link rel='canonical' href='https://longhaul.substack.test/p/what-the-freight-slump-tells-us'>")
                        .article("<div class='post-header'><h1 class='post-title published'>What the freight slump tells us</h1><h3 class='subtitle'>Container rates, truck orders and a warning</h3><div class='post-meta'><div class='pencraft pc-display-flex pc-gap-12'><a href='https://substack.test/@nia'><img class='avatar' alt='Nia Calder avatar' src='/n.png'></a><a href='https://substack.test/@bram'><img class='avatar' alt='Bram Oakes avatar' src='/b.png'></a></div><div class='pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El'>Mar 12, 2024</div></div></div>")
                        .after("<script>window._preloads = JSON.parse(\"{\\\"base_url\\\":\\\"https://longhaul.substack.test\\\",\\\"post\\\":{\\\"id\\\":88213,\\\"slug\\\":\\\"what-the-freight-slump-tells-us\\\",\\\"title\\\":\\\"What the freight slump tells us\\\",\\\"post_date\\\":\\\"2024-03-12T11:01:44.511Z\\\",\\\"publishedBylines\\\":[{\\\"id\\\":4411,\\\"name\\\":\\\"Nia Calder\\\",\\\"handle\\\":\\\"nia\\\"},{\\\"id\\\":5120,\\\"name\\\":\\\"Bram Oakes\\\",\\\"handle\\\":\\\"bram\\\"}]}}\")</script><div class='subscription-widget'><p>Long Haul is a reader-supported publication since 2020.</p></div>")
                        .states("en-substack-second-byline-in-preloads", "Substack: meta author names the first of two, both in _preloads publishedBylines, avatars only",
                                "What the freight slump tells us", "Nia Calder; Bram Oakes", "2024-03-12"),
                page("en", "Medium").title("Scaling Postgres past a billion rows | by Ola Brenner | Byte Harbor | Medium").bare()
                        .head("<meta property='og:title' content='Scaling Postgres past a billion rows'><meta property='article:author' content='https://medium.test/@olabrenner'><meta property='article:published_time' content='2024-03-05T16:20:31.448Z'>")
                        .article("<div class='pw-post-body'><h1 class='pw-post-title' data-testid='storyTitle' id='a1b2'>Scaling Postgres past a billion rows</h1><div class='speechify-ignore'><div><a data-testid='authorPhoto' href='/@olabrenner'><img alt='Ola Brenner' src='/o.jpg'></a></div><div><span><a data-testid='authorName' href='/@olabrenner'>Ola Brenner</a></span><span>·</span><button>Follow</button></div><div><span>Published in</span> <a data-testid='publicationName' href='/byte-harbor'>Byte Harbor</a></div><div><span data-testid='storyReadTime'>9 min read</span><span>·</span><span data-testid='storyPublishDate'>Mar 5</span></div></div></div>")
                        .after("<div><h2>More from Ola Brenner and Byte Harbor</h2><a href='/p/2'><h2>Vacuum tuning for busy tables</h2></a><span>Jan 22</span></div>")
                        .states("en-medium-no-author-meta-no-year", "Medium: no name=author meta, authorName link, 'Published in', a date with no year, article:published_time",
                                "Scaling Postgres past a billion rows", "Ola Brenner", "2024-03-05"),
                page("en", "Rowan & Reed Studio").title("How we priced our first commission — Rowan & Reed Studio")
                        .head("<meta property='og:title' content='How we priced our first commission — Rowan &amp; Reed Studio'><script type='application/ld+json'>{\"url\":\"https://rowanreed.test/journal/first-commission\",\"name\":\"How we priced our first commission\",\"author\":\"Hattie Rowan\",\"datePublished\":\"2024-03-21T09:30:00-0400\",\"dateModified\":\"2024-03-22T11:00:00-0400\",\"@context\":\"http://schema.org\",\"@type\":\"Article\",\"headline\":\"How we priced our first commission\"}</script>")
                        .article("<article class='blog-item'><div class='blog-item-top-wrapper'><div class='blog-item-title'><h1 class='entry-title entry-title--large p-name' data-content-field='title'>How we priced our first commission</h1></div><div class='blog-item-meta-wrapper'><div class='blog-item-author-date-wrapper'><div class='blog-author-name blog-meta-item blog-meta-item--author'><a href='/journal?author=5f3c2a1e'>Hattie Rowan</a></div><div class='blog-meta-delimiter'></div><time class='dt-published blog-meta-item blog-meta-item--date' pubdate data-content-field='published-on'>3/21/24</time></div></div></div></article>")
                        .states("en-squarespace-offset-no-colon", "Squarespace 7.1: JSON-LD author a string, offset '-0400', visible '3/21/24' with no datetime",
                                "How we priced our first commission", "Hattie Rowan", "2024-03-21"),
                page("en", "Thistle Bakehouse").title("Five tips for a better sourdough crust")
                        .head("<meta property='og:title' content='Five tips for a better sourdough crust'><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"https://thistle.test/post/sourdough-crust\"},\"headline\":\"Five tips for a better sourdough crust\",\"datePublished\":\"2024-03-19T14:02:11.000Z\",\"dateModified\":\"2024-03-20T08:00:00.000Z\",\"author\":{\"@type\":\"Person\",\"name\":\"Rafe Dunmore\",\"url\":\"https://thistle.test/profile/rafe/profile\"}}</script>")
                        .article("<div data-hook='post-header'><div class='post-metadata'><span class='post-metadata__author' data-hook='user-name'>Rafe Dunmore</span><ul><li><span data-hook='time-ago' class='post-metadata__date time-ago'>Mar 19</span></li><li><span data-hook='time-to-read'>3 min read</span></li></ul></div></div><h1 class='post-title' data-hook='post-title'><span class='blog-post-title-font blog-post-title-color'>Five tips for a better sourdough crust</span></h1>")
                        .after("<div data-hook='recent-posts'><h2>Recent Posts</h2><div><h3>Our rye starter story</h3><span data-hook='time-ago'>Feb 2</span></div></div>")
                        .states("en-wix-no-year-visible-jsonld", "Wix blog: user-name and a time-ago with no year; JSON-LD BlogPosting",
                                "Five tips for a better sourdough crust", "Rafe Dunmore", "2024-03-19"),
                page("en", "Orla's Notes").title("Learning to love the terminal again | Orla's Notes").bare()
                        .head("<meta name='generator' content='Hugo 0.124.1'><meta property='og:title' content='Learning to love the terminal again'>")
                        .article("<header class='post-header'><div class='breadcrumbs'><a href='/'>Home</a>&nbsp;»&nbsp;<a href='/posts/'>Posts</a></div><h1 class='post-title entry-hint-parent'>Learning to love the terminal again</h1><div class='post-meta'><span title='2024-02-11 00:00:00 +0000 UTC'>February 11, 2024</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Orla Finch</div></header>")
                        .after("<footer class='post-footer'><nav class='paginav'><a class='prev' href='/posts/dotfiles/'><span class='title'>« Prev</span><br><span>Dotfiles, finally</span></a></nav></footer><footer class='footer'><span>© 2024 Orla's Notes</span> · <span>Powered by Hugo &amp; PaperMod</span></footer>")
                        .states("en-hugo-papermod-name-after-dots", "Hugo PaperMod: 'date · 4 min · Name', no byline word, date in a span title",
                                "Learning to love the terminal again", "Orla Finch", "2024-02-11"),
                page("en", "Lakeshore Daily").title("Senate passes stopgap bill hours before shutdown deadline | Lakeshore Daily")
                        .article("<h1 class='headline'>Senate passes stopgap bill hours before shutdown deadline</h1><p class='byline'>By MARTA QUINN and DEV OKORO<span class='org'> Associated Press</span></p><p class='asset-date'>Posted Mar 8, 2024 6:04 PM</p><p>WASHINGTON (AP) — The Senate passed a short-term spending bill late Friday, sending it to the president.</p>")
                        .after(recent("Most read", "Storm knocks out power to 40,000", "Mar 7, 2024", "School board race heats up", "Mar 6, 2024"))
                        .states("en-ap-uppercase-byline", "AP on a member site: 'By NAME and NAME Associated Press' in capitals, 'Posted' date",
                                "Senate passes stopgap bill hours before shutdown deadline", "Marta Quinn; Dev Okoro", "2024-03-08"),
                page("en", "PR Newswire").title("Halvorsen Robotics Opens European Headquarters in Rotterdam")
                        .article("<header class='release-header'><h1>Halvorsen Robotics Opens European Headquarters in Rotterdam</h1><p class='sub-header'>NEWS PROVIDED BY <a href='/news/halvorsen-robotics/'><strong>Halvorsen Robotics</strong></a></p></header><p><span class='xn-location'>ROTTERDAM, Netherlands</span>, <span class='xn-chron'>March 12, 2024</span> /PRNewswire/ -- Halvorsen Robotics, a maker of warehouse automation systems, today opened its European headquarters.</p>")
                        .after("<div class='release-contact'><p>Media contact: Greta Lund, press@halvorsen.test</p></div><p class='copyright'>SOURCE Halvorsen Robotics</p>")
                        .states("en-press-release-dateline-only", "press-release wire: the date only in the xn-chron dateline; a media contact is no author",
                                "Halvorsen Robotics Opens European Headquarters in Rotterdam", "", "2024-03-12"),
                page("en", "Tidewater Today").title("Marina expansion clears final hurdle")
                        .head("<script async custom-element='amp-analytics' src='https://cdn.ampproject.org/v0/amp-analytics-0.1.js'></script><link rel='canonical' href='https://tidewater.test/news/marina-expansion/'>")
                        .article("<header class='amp-wp-article-header'><h1 class='amp-wp-title'>Marina expansion clears final hurdle</h1><div class='amp-wp-meta amp-wp-byline'><amp-img src='/h.jpg' alt='Hollis Grant' width='24' height='24' layout='fixed' class='amp-wp-author-avatar'></amp-img><span class='amp-wp-author author vcard'>Hollis Grant</span></div><div class='amp-wp-meta amp-wp-posted-on'><time datetime='2024-03-14T17:20:00+00:00'>5 days ago</time></div></header>")
                        .after("<amp-analytics type='gtag'><script type='application/json'>{\"vars\":{\"gtag_id\":\"G-X1\"}}</script></amp-analytics>")
                        .states("en-amp-wp-classic-ago-text", "AMP plugin classic template: amp-wp-author, a time whose text is '5 days ago' but datetime is stated",
                                "Marina expansion clears final hurdle", "Hollis Grant", "2024-03-14"),
                page("en", "Brackley Herald").title("Library to open on Sundays from May - Brackley Herald")
                        .article("<h1 class='post-title'>Library to open on Sundays from May</h1><div class='post-info'><span class='material-icons'>person</span><span>Quentin Ashe</span><span class='material-icons'>event</span><span>14/03/2024</span><span class='material-icons'>visibility</span><span>2,341</span></div>" + SHARE)
                        .after(recent("Latest news", "Bypass consultation extended", "12/03/2024", "Market traders win rent cut", "09/03/2024"))
                        .states("en-material-icon-ligatures", "a name and a date among Material icon ligatures ('person', 'event'), no byline word",
                                "Library to open on Sundays from May", "Quentin Ashe", "2024-03-14"),
                page("en", "Wellspring Health Guide").title("What to do about a persistent cough | Wellspring Health Guide")
                        .head("<meta property='article:modified_time' content='2024-03-19T12:40:00+00:00'>")
                        .article("<h1>What to do about a persistent cough</h1><div class='article-credits'><p>Written by Priya Nandakumar</p><p>Medically reviewed by Dr Tom Ellery</p><p class='last-updated'>Last updated on 19th March 2024</p></div>")
                        .states("en-updated-only-reviewed-by", "only 'Last updated on 19th March 2024' and a modified meta; a medical reviewer is no author",
                                "What to do about a persistent cough", "Priya Nandakumar", "2024-03-19"),
                page("en", "Copperfield Joinery").title("Our story | Copperfield Joinery").top(COOKIE)
                        .article("<h1>Our story</h1><p>We have been building kitchens by hand in the valley since 1998, and we still use the same workshop.</p>")
                        .after("<div class='testimonial'><p>\"Beautiful work, delivered on time.\" — Anne, 2023</p></div>")
                        .states("en-wix-about-nothing", "a small firm's about page: no date, no author, a dated testimonial",
                                "Our story", "", ""),
                page("en", "Northfield Observer").title("Ferry timetable cut for winter")
                        .head("<link rel='canonical' href='https://northfieldobserver.test/news/local/20240305/ferry-timetable-cut-winter'>")
                        .article("<h1>Ferry timetable cut for winter</h1><p class='byline'>Story by Ewan Pryce</p>" + SHARE)
                        .after(comment("Moira", "4 days ago", "Not again."))
                        .states("en-url-compact-date", "the date only as 20240305 in the URL path; 'Story by A'",
                                "Ferry timetable cut for winter", "Ewan Pryce", "2024-03-05"));
    }
}
