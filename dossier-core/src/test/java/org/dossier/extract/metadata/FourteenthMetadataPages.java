package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;

import java.util.List;
import org.dossier.extract.metadata.PageBuilder.Case;

/**
 * The fourteenth metadata set, English pages ({@link FourteenthMetadataTest}): small pages in the shapes of news
 * CMSs written to look for author and date misses (live blogs, description-list dates, Drupal's author fields, glued
 * byline elements, WordPress, Ghost, Arc, Medium-like and JSON-LD bylines, agency-plus-person lines), invented sites
 * and names. Not held out: its pages were written while the rules they test were fixed.
 */
final class FourteenthMetadataPages {
    /** The headline most English pages share. */
    private static final String T = "<h1>School roof to be replaced</h1>";

    private FourteenthMetadataPages() {
    }

    static List<Case> all() {
        return List.of(
                page("en", "Marsh Post").title("Live: storm hits coast")
                        .article("<h1>Live: storm hits coast</h1><div class='liveblog'><div class='live-entry'><time datetime='2024-03-15T09:00:00Z'>15 March 2024 09:00</time><p>Latest update on the storm, the ferries are cancelled for the day according to the port authority.</p></div><div class='live-entry'><time datetime='2024-03-14T18:00:00Z'>14 March 2024 18:00</time><p>The first warnings were issued this evening by the regional weather service for the whole coast.</p></div></div>")
                        .states("en-live-times", "live times", "Live: storm hits coast", "", "2024-03-14"),
                page("en", "Marsh Post").title("Live: storm hits coast")
                        .jsonLd("[{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"headline\":\"Ferries cancelled\",\"datePublished\":\"2024-03-15T09:00:00Z\"},{\"@context\":\"https://schema.org\",\"@type\":\"LiveBlogPosting\",\"headline\":\"Live: storm hits coast\",\"coverageStartTime\":\"2024-03-14T18:00:00Z\"}]")
                        .article("<h1>Live: storm hits coast</h1>")
                        .states("en-live-jsonld-updates", "live jsonld updates", "Live: storm hits coast", "", "2024-03-14"),
                page("en", "Fen Courier").title("Library opens on Sundays")
                        .article("<h1>Library opens on Sundays</h1><dl class='meta'><dt>Published</dt><dd>14 March 2024</dd><dt>Updated</dt><dd>18 March 2024</dd></dl>")
                        .states("en-dl-en", "dl en", "Library opens on Sundays", "", "2024-03-14"),
                page("en", "Riverton Council News").title("Bridge closes for repairs")
                        .article("<h1>Bridge closes for repairs</h1><div class='node__meta'><span class='field field--name-uid field--type-entity-reference'><span>Corin Ashdown</span></span> <span class='field field--name-created'>Thu, 03/14/2024 - 10:15</span></div>")
                        .states("en-drupal-uid", "drupal uid", "Bridge closes for repairs", "Corin Ashdown", "2024-03-14"),
                page("en", "Riverton Council News").title("Bridge closes for repairs")
                        .article("<h1>Bridge closes for repairs</h1><div class='field field--name-field-author field--type-string'><div class='field__label'>Author</div><div class='field__item'>Corin Ashdown</div></div>")
                        .states("en-drupal-field-author", "drupal field author", "Bridge closes for repairs", "Corin Ashdown", ""),
                page("en", "Riverton Council News").title("Bridge closes for repairs")
                        .article("<h1>Bridge closes for repairs</h1><div class='field field-name-field-author field-type-text'><div class='field-items'><div class='field-item even'>Corin Ashdown</div></div></div>")
                        .states("en-drupal7-field-author", "drupal7 field author", "Bridge closes for repairs", "Corin Ashdown", ""),
                page("en", "Riverton Council News").title("Bridge closes for repairs")
                        .article("<h1>Bridge closes for repairs</h1><div class='meta'><span property='schema:author' typeof='schema:Person'><span property='schema:name'>Corin Ashdown</span></span></div>")
                        .states("en-drupal-rdfa", "drupal rdfa", "Bridge closes for repairs", "Corin Ashdown", ""),
                page("en", "Riverton Council News").title("Bridge closes for repairs")
                        .article("<h1>Bridge closes for repairs</h1><div class='submitted'>Submitted by <a href='/user/12' class='username'>Corin Ashdown</a> on Thu, 03/14/2024 - 10:15</div>")
                        .states("en-drupal-submitted", "drupal submitted", "Bridge closes for repairs", "Corin Ashdown", "2024-03-14"),
                page("en", "Riverton Council News").title("Bridge closes for repairs")
                        .article("<h1>Bridge closes for repairs</h1><footer class='node__meta'><div class='node__submitted'>Submitted by <span class='field--name-uid'><a href='/user/12' class='username' lang='' typeof='schema:Person' property='schema:name'>Corin Ashdown</a></span> on <span class='field--name-created'>Thu, 03/14/2024 - 10:15</span></div></footer>")
                        .states("en-drupal-node-submitted", "drupal node submitted", "Bridge closes for repairs", "Corin Ashdown", "2024-03-14"),
                page("en", "Riverton Council News").title("Bridge closes for repairs")
                        .article("<h1>Bridge closes for repairs</h1><div class='submitted'><a href='/user/12' class='username'>Corin Ashdown</a> – 12 March 2024</div>")
                        .states("en-drupal-username-plain", "drupal username plain", "Bridge closes for repairs", "Corin Ashdown", "2024-03-12"),
                page("en", "Fen Courier").title("Bridge closes for repairs")
                        .article("<h1>Bridge closes for repairs</h1><p class='byline'>By <a href='/people/ada'>Ada Pim</a><a href='/people/tom'>Tom Vell</a></p>")
                        .states("en-adjacent-links", "adjacent links", "Bridge closes for repairs", "Ada Pim;Tom Vell", ""),
                page("en", "Fen Courier").title("Bridge closes for repairs")
                        .article("<h1>Bridge closes for repairs</h1><div class='byline'>By <span class='given-name'>Ada</span><span class='family-name'>Pimbrook</span></div>")
                        .states("en-given-family", "given family", "Bridge closes for repairs", "Ada Pimbrook", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .article("<h1 class='entry-title'>School roof to be replaced</h1><div class='entry-meta'><span class='byline'><span class='author vcard'><a class='url fn n' href='https://lakeside.test/author/mara-quill/'>Mara Quill</a></span></span><span class='posted-on'><time class='entry-date published' datetime='2024-03-10T08:00:00+00:00'>March 10, 2024</time></span></div>")
                        .states("en-wp-vcard", "wp vcard", "School roof to be replaced", "Mara Quill", "2024-03-10"),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .article("<h1>School roof to be replaced</h1><p class='meta'>Posted by <a rel='author' href='/staff/12'>Mara Quill</a></p>")
                        .states("en-rel-author", "rel author", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").meta("author", "Mara Quill")
                        .article("<h1>School roof to be replaced</h1>")
                        .states("en-meta-author", "meta author", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .article("<h1 class='article-title'>School roof to be replaced</h1><div class='article-byline'><div class='article-byline-content'><ul class='author-list'><li class='author-list-item'><a href='/author/mara/' class='author-avatar'><img src='/a.jpg' alt='Mara Quill'></a></li></ul><div class='article-byline-meta'><h4 class='author-name'><a href='/author/mara/'>Mara Quill</a>, <a href='/author/tobi/'>Tobi Renn</a></h4><div class='byline-meta-content'><time class='byline-meta-date' datetime='2024-03-10'>Mar 10, 2024</time></div></div></div></div>")
                        .states("en-ghost", "ghost", "School roof to be replaced", "Mara Quill;Tobi Renn", "2024-03-10"),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .article("<h1>School roof to be replaced</h1><div class='byline-wrapper'><span class='ts-byline__names'>By <a href='/people/mara-quill/'>Mara Quill</a> and <a href='/people/tobi-renn/'>Tobi Renn</a></span></div>")
                        .states("en-arc", "arc", "School roof to be replaced", "Mara Quill;Tobi Renn", ""),
                page("en", "Lakeside Herald").title("Port strike ends")
                        .article("<h1>Port strike ends</h1><p class='meta'>By Mara Quill, Reuters</p>")
                        .states("en-agency-person", "agency person", "Port strike ends", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("Port strike ends")
                        .article("<h1>Port strike ends</h1><div class='byline'>By Mara Quill, Reuters</div>")
                        .states("en-agency-person-span", "agency person span", "Port strike ends", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").meta("author", "Mara Quill and Tobi Renn")
                        .article("<h1>School roof to be replaced</h1>")
                        .states("en-medium-meta-author-and", "medium meta author and", "School roof to be replaced", "Mara Quill;Tobi Renn", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .article(T + "<div class='entry-meta'>By <span class='author vcard'><a class='url fn n' href='/author/mara/'>Mara Quill</a></span> and <span class='author vcard'><a class='url fn n' href='/author/tobi/'>Tobi Renn</a></span></div>")
                        .states("en-x-wp-two-vcards", "x wp two vcards", "School roof to be replaced", "Mara Quill;Tobi Renn", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").meta("author", "Mara Quill, Tobi Renn")
                        .article(T)
                        .states("en-x-meta-author-comma", "x meta author comma", "School roof to be replaced", "Mara Quill;Tobi Renn", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").meta("article:author", "https://www.facebook.test/mara.quill")
                        .article(T + "<p class='byline'>By Mara Quill</p>")
                        .states("en-x-article-author-url", "x article author url", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"School roof to be replaced\",\"author\":\"Mara Quill and Tobi Renn\"}").article(T)
                        .states("en-x-ld-author-string-and", "x ld author string and", "School roof to be replaced", "Mara Quill;Tobi Renn", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"School roof to be replaced\",\"author\":{\"@type\":\"Organization\",\"name\":\"Lakeside Herald\"}}").article(T + "<div class='byline'>By Mara Quill</div>")
                        .states("en-x-ld-author-org-byline", "x ld author org byline", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .article(T + "<p class='meta'>By Mara Quill | Reuters</p>")
                        .states("en-x-byline-pipe-agency", "x byline pipe agency", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .article(T + "<address class='author'>By <a rel='author' href='/staff/mara'>Mara Quill</a></address>")
                        .states("en-x-address-author", "x address author", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .article(T + "<div class='c-byline'><span class='byline__name'>Mara Quill</span><span class='byline__title'>Education correspondent</span></div>")
                        .states("en-x-byline-name", "x byline name", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .article(T + "<div class='byline'><span>By </span><a href='/people/mara-quill/'>Mara Quill</a><span> and </span><a href='/people/tobi-renn/'>Tobi Renn</a></div>")
                        .states("en-x-arc-spans", "x arc spans", "School roof to be replaced", "Mara Quill;Tobi Renn", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .article(T + "<div><a data-testid='authorName' href='/@maraquill'>Mara Quill</a></div>")
                        .states("en-x-medium-testid", "x medium testid", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .article(T + "<p class='byline'>By Mara Quill, Political Correspondent</p>")
                        .states("en-x-role-comma", "x role comma", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .article(T + "<p class='meta'>By Mara Quill in Brussels</p>")
                        .states("en-x-in-place", "x in place", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .article(T + "<div class='byline'><a href='/staff/mara'>Mara Quill</a><span class='date'>Mar 10, 2024</span></div>")
                        .states("en-x-glued-date", "x glued date", "School roof to be replaced", "Mara Quill", "2024-03-10"),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .article(T + "<p>Words by <a href='/author/mara-quill/'>Mara Quill</a> &amp; <a href='/author/tobi-renn/'>Tobi Renn</a></p>")
                        .states("en-x-author-link-path-two", "x author link path two", "School roof to be replaced", "Mara Quill;Tobi Renn", ""),
                page("en", "Lakeside Herald").title("Port strike ends")
                        .article("<h1>Port strike ends</h1><div class='article-header__author'>By <a href='/authors/mara-quill/'>Mara Quill</a> and <a href='/authors/tobi-renn/'>Tobi Renn</a></div>")
                        .states("en-x-reuters-style", "x reuters style", "Port strike ends", "Mara Quill;Tobi Renn", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .article(T + "<div class='article-meta'><span class='sr-only'>By</span><a href='/staff/mara' class='author-link'>Mara Quill</a></div>")
                        .states("en-y-sr-only-by", "y sr only by", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .article(T + "<div class='byline'>By Mara Quill<time datetime='2024-03-10'>March 10, 2024</time></div>")
                        .states("en-y-byline-time-glued", "y byline time glued", "School roof to be replaced", "Mara Quill", "2024-03-10"),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .article(T + "<p class='byline'>By Mara Quill, Tobi Renn and Ines Oakley</p>")
                        .states("en-y-en-three-names", "y en three names", "School roof to be replaced", "Mara Quill;Tobi Renn;Ines Oakley", ""),
                page("en", "Lakeside Herald").title("Port strike ends")
                        .article("<h1>Port strike ends</h1><p class='byline'>By Mara Quill and Tobi Renn, Reuters</p>")
                        .states("en-y-en-reporting-agency-end", "y en reporting agency end", "Port strike ends", "Mara Quill;Tobi Renn", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"School roof to be replaced\",\"author\":{\"@type\":\"Person\",\"url\":\"https://lakeside.test/staff/mara\"}}").meta("author", "Mara Quill").article(T)
                        .states("en-y-ld-person-url-only-meta", "y ld person url only meta", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced")
                        .article(T + "<div class='byline'>BY <span class='author'>MARA QUILL</span></div>")
                        .states("en-y-author-uppercase-span", "y author uppercase span", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><p class='meta'>Author: Mara Quill</p>")
                        .states("en-z-en-author-colon", "z en author colon", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><div class='byline'>Mara Quill | Staff Writer</div>")
                        .states("en-z-en-pipe-role", "z en pipe role", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><div class='author'>Mara Quill - Education Editor</div>")
                        .states("en-z-en-dash-role", "z en dash role", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><p class='meta'>Words by Mara Quill. Pictures by Tobi Renn</p>")
                        .states("en-z-en-words-and-pictures", "z en words and pictures", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><p>by <a href='/contributors/mara-quill'>Mara Quill</a></p>")
                        .states("en-z-en-by-lower-link", "z en by lower link", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><p class='date'>March 14, 2024 at 10:15 a.m. EDT</p>")
                        .states("en-d-en-at-edt", "d en at edt", "School roof to be replaced", "", "2024-03-14"),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><p class='date'>Thu 14 Mar 2024 10.15 GMT</p>")
                        .states("en-d-en-guardian", "d en guardian", "School roof to be replaced", "", "2024-03-14"),
                page("en", "Lakeside Herald").title("School roof to be replaced").top("<div class='today'>Monday, 18 March 2024</div>").article("<h1>School roof to be replaced</h1><p class='date'>14 March 2024</p>")
                        .states("en-d-en-header-bar", "d en header bar", "School roof to be replaced", "", "2024-03-14"),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><div class='meta'><span class='label'>Published</span><span class='value'>14 March 2024</span><span class='label'>Updated</span><span class='value'>18 March 2024</span></div>")
                        .states("en-d-en-span-pair", "d en span pair", "School roof to be replaced", "", "2024-03-14"),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><p>Updated <time datetime='2024-03-18T08:00'>18 March 2024</time></p><p>Published <time datetime='2024-03-14T10:15'>14 March 2024</time></p>")
                        .states("en-d-en-time-pubdate-updated-first", "d en time pubdate updated first", "School roof to be replaced", "", "2024-03-14"),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><p class='date'>2024-03-14 10:15</p>")
                        .states("en-d-en-iso-text", "d en iso text", "School roof to be replaced", "", "2024-03-14"),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><div class='author'><img src='/a.jpg' alt=''><div><a href='/staff/mara'>Mara Quill</a><p>Education reporter covering schools and colleges across the county.</p></div></div>")
                        .states("en-b-author-with-bio", "b author with bio", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><div class='byline'><span>By</span> <a href='/staff/mara'>Mara Quill</a> <a href='https://twitter.test/maraq'>@maraq</a></div>")
                        .states("en-b-byline-handle", "b byline handle", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><div class='byline'>Mara Quill<br>mara.quill@lakeside.test</div>")
                        .states("en-b-byline-email-br", "b byline email br", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><div class='author-name'>Mara Quill</div><div class='author-bio'>Mara has covered education for the Herald since 2015 and lives in town.</div>")
                        .states("en-b-name-and-bio-siblings", "b name and bio siblings", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><div class='byline'>By Mara Quill, Staff Writer | Published March 14, 2024</div>")
                        .states("en-b-role-pipe-published", "b role pipe published", "School roof to be replaced", "Mara Quill", "2024-03-14"),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><div class='byline'>Opinion by Mara Quill</div>")
                        .states("en-b-opinion-by", "b opinion by", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><div class='byline'>Analysis by Mara Quill and Tobi Renn</div>")
                        .states("en-b-analysis-by-two", "b analysis by two", "School roof to be replaced", "Mara Quill;Tobi Renn", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><p class='meta'>By Mara Quill, Lakeside Herald</p>")
                        .states("en-b-site-after-comma", "b site after comma", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><div class='byline'><a href='/staff/mara'>Mara Quill</a><span>Updated 2 hours ago</span></div>")
                        .states("en-b-en-byline-updated-glued", "b en byline updated glued", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><div class='byline'>By <a href='/staff/mara'>Mara Quill</a></div><div class='byline mobile'>By <a href='/staff/mara'>Mara Quill</a></div>")
                        .states("en-b-en-two-bylines-dup", "b en two bylines dup", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").article("<h1>School roof to be replaced</h1><div class='byline'>By Mara Quill<span class='photo-credit'>Photography by Tobi Renn</span></div>")
                        .states("en-b-en-by-photo", "b en by photo", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").jsonLd("{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"School roof to be replaced\", \"creator\": \"Mara Quill\", \"datePublished\": \"2024-03-14T10:00:00Z\"}").article("<h1>School roof to be replaced</h1>")
                        .states("en-j-creator", "j creator", "School roof to be replaced", "Mara Quill", "2024-03-14"),
                page("en", "Lakeside Herald").title("School roof to be replaced").jsonLd("{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"School roof to be replaced\", \"author\": [{\"@type\": \"Organization\", \"name\": \"Lakeside Herald\"}, {\"@type\": \"Person\", \"name\": \"Mara Quill\"}]}").article("<h1>School roof to be replaced</h1>")
                        .states("en-j-org-and-person", "j org and person", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").jsonLd("{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"School roof to be replaced\", \"author\": {\"@type\": \"Person\", \"name\": \"Mara Quill | Lakeside Herald\"}}").article("<h1>School roof to be replaced</h1>")
                        .states("en-j-name-pipe-site", "j name pipe site", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").jsonLd("{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"School roof to be replaced\", \"author\": \"https://lakeside.test/staff/mara\"}").article("<h1>School roof to be replaced</h1><p class='byline'>By Mara Quill</p>")
                        .states("en-j-author-url", "j author url", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").jsonLd("{\"@context\": \"https://schema.org\", \"@type\": \"WebPage\", \"name\": \"School roof to be replaced\", \"datePublished\": \"2024-03-14T10:00:00Z\"}").article("<h1>School roof to be replaced</h1>")
                        .states("en-j-webpage-date", "j webpage date", "School roof to be replaced", "", "2024-03-14"),
                page("en", "Lakeside Herald").title("School roof to be replaced").jsonLd("{\"@context\": \"https://schema.org\", \"@type\": [\"NewsArticle\", \"LiveBlogPosting\"], \"headline\": \"School roof to be replaced\", \"coverageStartTime\": \"2024-03-14T10:00:00Z\", \"liveBlogUpdate\": [{\"@type\": \"BlogPosting\", \"datePublished\": \"2024-03-16T10:00:00Z\"}]}").article("<h1>School roof to be replaced</h1>")
                        .states("en-j-type-array-live", "j type array live", "School roof to be replaced", "", "2024-03-14"),
                page("en", "Lakeside Herald").title("School roof to be replaced").jsonLd("{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": \"NewsArticle\", \"headline\": \"School roof to be replaced\", \"author\": {\"@id\": \"https://lakeside.test/#/schema/person/1\"}, \"datePublished\": \"2024-03-14\"}, {\"@type\": \"Person\", \"@id\": \"https://lakeside.test/#/schema/person/1\", \"name\": \"Mara Quill\"}]}").article("<h1>School roof to be replaced</h1>")
                        .states("en-j-graph-id-author", "j graph id author", "School roof to be replaced", "Mara Quill", "2024-03-14"),
                page("en", "Lakeside Herald").title("School roof to be replaced").meta("article:author", "Mara Quill, Tobi Renn").article("<h1>School roof to be replaced</h1>")
                        .states("en-m-article-author-two", "m article author two", "School roof to be replaced", "Mara Quill;Tobi Renn", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").meta("author", "lakeside herald").article("<h1>School roof to be replaced</h1><p class='byline'>By Mara Quill</p>")
                        .states("en-m-author-lower-site", "m author lower site", "School roof to be replaced", "Mara Quill", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").jsonLd("{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": \"WebPage\", \"datePublished\": \"2024-03-10T10:00:00Z\"}, {\"@type\": \"NewsArticle\", \"headline\": \"School roof to be replaced\", \"datePublished\": \"2024-03-14T10:00:00Z\"}]}").article("<h1>School roof to be replaced</h1>")
                        .states("en-j-newsarticle-webpage-date", "j newsarticle webpage date", "School roof to be replaced", "", "2024-03-14"),
                page("en", "Lakeside Herald").title("School roof to be replaced").jsonLd("{\"@context\": \"https://schema.org\", \"@type\": \"Article\", \"headline\": \"School roof to be replaced\", \"author\": {\"@type\": \"Person\", \"name\": \"Mara Quill and Tobi Renn\"}}").article("<h1>School roof to be replaced</h1>")
                        .states("en-j-author-person-name-list", "j author person name list", "School roof to be replaced", "Mara Quill;Tobi Renn", ""),
                page("en", "Lakeside Herald").title("School roof to be replaced").jsonLd("{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"School roof to be replaced\", \"datePublished\": \"2024-03-14 10:00:00\"}").article("<h1>School roof to be replaced</h1>")
                        .states("en-j-date-no-tz", "j date no tz", "School roof to be replaced", "", "2024-03-14"),
                page("en", "Lakeside Herald").title("School roof to be replaced").jsonLd("{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"School roof to be replaced\", \"datePublished\": \"14/03/2024\"}").article("<h1>School roof to be replaced</h1>")
                        .states("en-j-date-slash", "j date slash", "School roof to be replaced", "", "2024-03-14"));
    }
}
