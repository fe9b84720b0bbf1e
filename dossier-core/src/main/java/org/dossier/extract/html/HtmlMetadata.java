package org.dossier.extract.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.extract.credits.AuthorNames;
import org.dossier.extract.dates.DateLabels;
import org.dossier.extract.dates.DateParsing;
import org.dossier.extract.lines.LineShape;
import org.dossier.extract.lines.TextForms;
import org.dossier.model.PageDate;
import org.dossier.rules.RuleFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Page metadata from meta tags, JSON-LD, {@code <time>} elements, byline elements and the URL: title
 * (without site name), authors, dated evidence, outlet, canonical URL, and the names the site gives itself (its
 * declared name, its logo link), which are never authors. Read before the body is cleaned.
 */
public record HtmlMetadata(String title, List<String> authors, List<PageDate> dates, String outlet, String url,
                           String jsonLdBody, List<String> titleVariants, List<String> siteNames) {
    private static final Map<String, List<String>> DATE_META = RuleFiles.lists(HtmlMetadata.class, "date-meta.txt");
    /** Meta tags that give the publication date, in the order they are read ({@code date-meta.txt}). */
    private static final List<String> PUBLISHED_META = DATE_META.get("published-meta");
    /** Meta tags that give the date of the last change. */
    private static final List<String> MODIFIED_META = DATE_META.get("modified-meta");
    /** Meta tags that name the authors, in the order they are tried. */
    private static final List<String> AUTHOR_META = DATE_META.get("author-meta");
    /** Tags and class/id words of containers whose dates belong to other pages or to readers. */
    private static final Set<String> ELSEWHERE_TAGS = Set.copyOf(DATE_META.get("elsewhere-tag"));
    static final Set<String> ELSEWHERE_WORDS = Set.copyOf(DATE_META.get("elsewhere-word"));
    private static final Set<String> TIME_UPDATED_WORDS = Set.copyOf(DATE_META.get("time-updated-word"));
    private static final Set<String> TIME_PUBLISHED_WORDS = Set.copyOf(DATE_META.get("time-published-word"));
    private static final Set<String> TIME_PUBLISHED_OWN_WORDS =
            Set.copyOf(DATE_META.get("time-published-own-word"));
    private static final Pattern CLASS_PARTS = Pattern.compile("[\\s_-]+");
    private static final Pattern PIPE = Pattern.compile("\\s+\\|\\s+");
    private static final Pattern URL_START = Pattern.compile("(?i)https?://(www\\.)?");
    /** Meta tags that name the page's section or keywords: a title's kicker they name is no part of it. */
    private static final List<String> SECTION_META = DATE_META.get("section-meta");
    /** How many label and data pairs of a Twitter card are read for a writer. */
    private static final int CARD_FIELDS = 4;
    /** The fewest words of an h1 that the document title's agreeing with makes the headline over an og:title. */
    private static final int MIN_SHARED_HEADLINE_WORDS = 3;
    private static final Pattern URL_PATH = Pattern.compile("/.*$");
    /** A description list's term that labels a date is this many words at most ("Zuletzt aktualisiert am"). */
    private static final int MAX_TERM_WORDS = 4;

    static HtmlMetadata read(Document doc) {
        return read(PageIndex.of(doc));
    }

    /** Metadata from an index of the page's metadata-bearing elements. */
    static HtmlMetadata read(PageIndex page) {
        JsonLd ld = JsonLd.read(page.jsonLd);
        String declaredOutlet = siteName(firstNonBlank(page.meta("og:site_name"), ld.publisher(),
                page.meta("application-name")));
        String url = firstNonBlank(page.canonical, page.meta("og:url"), ld.url());
        List<String> siteNames = new ArrayList<>();
        for (String n : new String[] {declaredOutlet, page.siteLink}) {
            if (n != null) {
                siteNames.add(n);
            }
        }
        String h1 = SiteTitle.mainH1(page.h1s, siteNames);
        String declared = firstNonBlank(page.meta("og:title"), ld.headline(), page.meta("twitter:title"), page.title);
        // only a plain <title> is tested for sharing no word with the h1; declared headlines are meant as titles
        boolean plain = declared != null
                && firstNonBlank(page.meta("og:title"), ld.headline(), page.meta("twitter:title")) == null;
        boolean siteOnly = declared != null && h1 != null && SiteTitle.onlySiteName(declared, h1, siteNames, plain);
        // an h1 that is the site's name (a blog's name over its posts, Blogger's) is no headline the title holds
        String headline = h1 != null && SiteTitle.isSiteName(h1, siteNames) ? null : h1;
        String title = siteOnly ? h1 : title(declared, declaredOutlet, headline, page.title);
        if (!siteOnly && page.siteLink != null && title != null) {
            title = TitleCleaner.clean(title, page.siteLink);
        }
        title = TitleCleaner.withoutGenre(TitleCleaner.withoutTickerMarks(TitleCleaner.cleanByHost(title, host(url))));
        title = TitleCleaner.withoutNamedKicker(title, sections(page, ld));
        String outlet = declaredOutlet != null ? declaredOutlet
                : SiteTitle.outlet(page.title, page.siteLink, siteOnly && plain);
        outlet = outlet != null || siteOnly ? outlet : siteName(TitleCleaner.siteBeside(page.title, title));
        List<String> variants = new ArrayList<>();
        String firstH1 = page.h1 == null ? null : TextForms.normalize(page.h1.text());
        for (String t : new String[] {title, page.title, page.meta("og:title"), h1, firstH1}) {
            if (t != null && !t.isBlank() && !variants.contains(t)) {
                variants.add(t);
            }
        }
        String[] sites = siteNames.toArray(String[]::new);
        MetaJson metaJson = MetaJson.read(page); // read once, for its authors and its date
        return new HtmlMetadata(title, authors(page, ld, metaJson, sites), dates(page, ld, metaJson, url), outlet,
                url, ld.articleBody(), variants, List.copyOf(siteNames));
    }

    /**
     * What the page names as its section and keywords ({@code section-meta} in {@code date-meta.txt}, JSON-LD's
     * articleSection and last breadcrumb, the last link of a breadcrumb trail in the markup).
     */
    private static List<String> sections(PageIndex page, JsonLd ld) {
        List<String> out = new ArrayList<>(ld.sections());
        if (page.breadcrumbLast != null && !page.breadcrumbLast.isBlank()) {
            out.add(page.breadcrumbLast.strip());
        }
        for (String key : SECTION_META) {
            String v = page.meta(key);
            if (v != null) {
                for (String part : v.split("[,;]")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The headline: the h1 where the declared title holds it, or where the document title holds it and the declared
     * one (a social og:title worded apart) does not; else the declared title without the site's name.
     */
    private static String title(String declared, String site, String h1Text, String documentTitle) {
        if (h1Text != null && LineShape.words(h1Text) >= 2 && declared != null
                && TextForms.simplify(declared).contains(TextForms.simplify(h1Text))) {
            return h1Text;
        }
        if (h1Text != null && LineShape.words(h1Text) >= MIN_SHARED_HEADLINE_WORDS && documentTitle != null
                && !documentTitle.equals(declared)
                && TextForms.simplify(documentTitle).contains(TextForms.simplify(h1Text))) {
            return h1Text; // <title>Headline :: Site</title> and <h1>Headline</h1> agree; og:title is another wording
        }
        if (declared == null || declared.isBlank()) {
            return h1Text;
        }
        return TitleCleaner.clean(declared, site);
    }

    /**
     * The people the page declares as its authors: JSON-LD's, else the first author meta tag that names one, else
     * a JSON meta tag's ({@link MetaJson}), else
     * a Twitter card's "Written by" field, else the byline elements' (or one byline's links where they name the
     * declared authors and more); a source naming only the site itself ("Harbor City Journal" as the author meta) names no
     * one, and the next is read.
     */
    private static List<String> authors(PageIndex doc, JsonLd ld, MetaJson metaJson, String[] sites) {
        List<String> found = AuthorNames.withoutSite(AuthorNames.clean(ld.authors()), sites);
        for (int i = 0; found.isEmpty() && i < AUTHOR_META.size(); i++) {
            String m = doc.meta(AUTHOR_META.get(i));
            if (m != null) {
                found = AuthorNames.withoutSite(AuthorNames.clean(List.of(m)), sites);
            }
        }
        if (found.isEmpty()) {
            found = AuthorNames.withoutSite(AuthorNames.clean(metaJson.authors()), sites);
        }
        for (int i = 1; found.isEmpty() && i <= CARD_FIELDS; i++) {
            found = AuthorNames.fromCard(doc.meta("twitter:label" + i), doc.meta("twitter:data" + i));
        }
        found = AuthorNames.withoutSite(found, sites);
        if (found.isEmpty()) {
            return AuthorNames.withoutSite(BylineElements.names(doc), sites);
        }
        // one byline that links the declared authors and more (Ghost's JSON-LD names only the first of a post's)
        return BylineElements.widened(found, AuthorNames.withoutSite(BylineElements.linkedInOne(doc), sites), false);
    }

    private static List<PageDate> dates(PageIndex doc, JsonLd ld, MetaJson metaJson, String url) {
        List<PageDate> out = new ArrayList<>();
        add(out, ld.datePublished(), "jsonld:datePublished", 0.95);
        for (String key : PUBLISHED_META) {
            add(out, doc.meta(key), "meta:" + key, 0.9);
        }
        add(out, metaJson.date(), "meta:json", 0.9);
        int k = 0;
        // a live page is dated by its earliest entry, never by a later one (LiveEntries)
        LiveEntries live = LiveEntries.of(doc.times, doc.datePublished);
        for (Element e : doc.datePublished) {
            // only the first datePublished item is the page's own; later ones belong to listed teasers
            add(out, firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()), "itemprop:datePublished",
                    live.confidence(e, k++ == 0 ? 0.9 : 0.3, 0.9, 0.3));
        }
        labelledTerms(doc, out);
        add(out, ld.dateModified(), "jsonld:dateModified", 0.4);
        for (String key : MODIFIED_META) {
            add(out, doc.meta(key), "meta:" + key, 0.4);
        }
        LocalDate fromUrl = DateParsing.inUrl(url);
        if (fromUrl != null) {
            out.add(new PageDate(fromUrl, "url", 0.75));
        }
        int n = 0;
        boolean publishedTime = false;
        for (Element t : doc.times) {
            publishedTime |= !elsewhere(t) && classedWith(t, TIME_PUBLISHED_OWN_WORDS);
        }
        for (Element t : doc.times) {
            if (updateOnly(t, TIME_PUBLISHED_WORDS) || publishedTime && updateOnly(t, TIME_PUBLISHED_OWN_WORDS)) {
                // <time class="updated"> before <time class="entry-date published">: a change, not the page's day
                add(out, firstNonBlank(t.attr("datetime"), MachineTimes.of(t), t.text()), "time:updated", 0.4);
                continue;
            }
            // the first time element outside comments, related and trending stories is the page's own
            boolean elsewhere = elsewhere(t) || Banner.holds(t); // or today's date over the masthead
            double conf = !elsewhere && n++ == 0 ? 0.7 : 0.3;
            add(out, firstNonBlank(t.attr("datetime"), MachineTimes.of(t), t.text()), "time",
                    live.confidence(t, conf, elsewhere ? 0.3 : 0.7, 0.3));
        }
        return out;
    }

    /**
     * The dates a description list labels ({@code <dt>Published</dt><dd>14 March 2024</dd><dt>Updated</dt>…}), or a
     * table's row ({@code <th>Veröffentlicht</th><td>…</td>}): the term's publication label ("Veröffentlicht", "Publié le") dates the page as a visible labelled line does, an
     * update label ("Mis à jour le") its last change ({@code date-labels.txt}); not in other stories' containers.
     */
    private static void labelledTerms(PageIndex doc, List<PageDate> out) {
        DateLabels labels = DateLabels.get();
        for (Element dt : doc.dateTerms) {
            Element dd = dt.nextElementSibling();
            String valueTag = dt.normalName().equals("th") ? "td" : "dd";
            if (dd == null || !dd.normalName().equals(valueTag) || elsewhere(dt)) {
                continue;
            }
            String term = TextForms.normalize(dt.text());
            String value = firstNonBlank(dd.selectFirst("time[datetime]") == null ? null
                    : dd.selectFirst("time[datetime]").attr("datetime"), dd.text());
            if (term.isEmpty() || LineShape.words(term) > MAX_TERM_WORDS) {
                continue;
            }
            if (labels.updatedAt(term) >= 0) {
                add(out, value, "dl:updated", DateLabels.LABELLED_UPDATED);
            } else if (labels.published(term)) {
                add(out, value, "dl:published", VisibleEvidence.LABELLED_PUBLISHED);
            }
        }
    }

    /**
     * Whether a time element says it gives the last change only: its class or itemprop has an update word and none
     * of these publication words ({@code time-updated-word}, {@code time-published-word}: "updated" alone, not
     * tagDiv's "entry-date updated"; on a page with a time classed "published", {@code time-published-own-word}).
     */
    private static boolean updateOnly(Element t, Set<String> publishedWords) {
        boolean update = false;
        for (String w : CLASS_PARTS.split(timeNames(t))) {
            if (publishedWords.contains(w)) {
                return false;
            }
            update |= TIME_UPDATED_WORDS.contains(w);
        }
        return update;
    }

    /** Whether a time element's class or itemprop has one of these words. */
    private static boolean classedWith(Element t, Set<String> words) {
        for (String w : CLASS_PARTS.split(timeNames(t))) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String timeNames(Element t) {
        return (t.attr("class") + " " + t.attr("itemprop")).replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the element lies in a container of other pages' or readers' dates ({@code elsewhere-*} rules). */
    static boolean elsewhere(Element e) {
        for (Element p = e.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            if (ELSEWHERE_TAGS.contains(p.normalName())) {
                return true;
            }
            if (p.attributesSize() > 0) {
                String names = (p.attr("class") + " " + p.id()).toLowerCase(java.util.Locale.ROOT);
                for (String w : CLASS_PARTS.split(names)) {
                    if (ELSEWHERE_WORDS.contains(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Inside a container whose class or id names other stories or readers ("related-stories", "comments"). */
    static boolean elsewhereByName(Element e) {
        for (Element p = e.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            if (p.attributesSize() > 0) {
                String names = (p.attr("class") + " " + p.id()).toLowerCase(java.util.Locale.ROOT);
                for (String w : CLASS_PARTS.split(names)) {
                    if (ELSEWHERE_WORDS.contains(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void add(List<PageDate> out, String value, String origin, double conf) {
        LocalDate d = DateParsing.first(value);
        if (d != null) {
            out.add(new PageDate(d, origin, conf));
        }
    }

    /** A site name as shown: the first part of a piped list, a bare host for a URL. */
    static String siteName(String raw) {
        if (raw == null) {
            return null;
        }
        String s = PIPE.split(raw)[0].strip();
        if (URL_START.matcher(s).lookingAt()) {
            s = URL_PATH.matcher(URL_START.matcher(s).replaceFirst("")).replaceFirst("");
        }
        return s.isEmpty() ? null : s;
    }

    /** The host of an absolute URL, or null. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            return java.net.URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
