package org.dossier.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.PageDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Page metadata from meta tags, JSON-LD, {@code <time>} elements, byline elements and the URL: title
 * (without site name), authors, dated evidence, outlet, canonical URL. Read before the body is cleaned.
 */
record HtmlMetadata(String title, List<String> authors, List<PageDate> dates, String outlet, String url,
                    String jsonLdBody) {
    private static final String[] PUBLISHED_META = {"article:published_time", "datePublished", "date", "pubdate",
        "publishdate", "publish-date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date",
        "parsely-pub-date", "og:pubdate", "article.published", "originalpublicationdate"};
    private static final String[] MODIFIED_META = {"article:modified_time", "dateModified", "og:updated_time",
        "last-modified", "dcterms.modified"};
    private static final int MAX_AUTHOR_WORDS = 5;

    static HtmlMetadata read(Document doc) {
        MetaTags.index(doc);
        JsonLd ld = JsonLd.read(doc);
        String outlet = firstNonBlank(meta(doc, "og:site_name"), ld.publisher(), meta(doc, "application-name"));
        String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"), ld.url());
        return new HtmlMetadata(title(doc, ld, outlet), authors(doc, ld), dates(doc, ld, url), outlet, url,
                ld.articleBody());
    }

    private static String title(Document doc, JsonLd ld, String outlet) {
        String declared = firstNonBlank(meta(doc, "og:title"), ld.headline(), meta(doc, "twitter:title"), doc.title());
        Element h1 = doc.selectFirst("h1");
        String h1Text = h1 == null ? null : BlockCollector.normalize(h1.text());
        if (h1Text != null && LineShape.words(h1Text) >= 2 && declared != null
                && BlockFilter.simplify(declared).contains(BlockFilter.simplify(h1Text))) {
            return h1Text;
        }
        if (declared == null || declared.isBlank()) {
            return h1Text;
        }
        return TitleCleaner.clean(declared, outlet);
    }

    private static List<String> authors(Document doc, JsonLd ld) {
        Set<String> raw = new LinkedHashSet<>(ld.authors());
        String metaAuthor = meta(doc, "author");
        if (metaAuthor != null) {
            raw.add(metaAuthor);
        }
        if (raw.isEmpty()) {
            for (Element e : doc.select("[rel=author], [itemprop=author], .byline, .author-name, .author")) {
                raw.add(e.text());
                if (raw.size() >= 3) {
                    break;
                }
            }
        }
        return Authors.clean(raw);
    }

    private static List<PageDate> dates(Document doc, JsonLd ld, String url) {
        List<PageDate> out = new ArrayList<>();
        add(out, ld.datePublished(), "jsonld:datePublished", 0.95);
        for (String key : PUBLISHED_META) {
            add(out, meta(doc, key), "meta:" + key, 0.9);
        }
        for (Element e : doc.select("[itemprop=datePublished]")) {
            add(out, firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()), "itemprop:datePublished", 0.9);
        }
        add(out, ld.dateModified(), "jsonld:dateModified", 0.4);
        for (String key : MODIFIED_META) {
            add(out, meta(doc, key), "meta:" + key, 0.4);
        }
        LocalDate fromUrl = DateParsing.inUrl(url);
        if (fromUrl != null) {
            out.add(new PageDate(fromUrl, "url", 0.75));
        }
        int n = 0;
        for (Element t : doc.select("time")) {
            double conf = n++ == 0 ? 0.7 : 0.3;
            add(out, firstNonBlank(t.attr("datetime"), t.text()), "time", conf);
        }
        return out;
    }

    private static void add(List<PageDate> out, String value, String origin, double conf) {
        LocalDate d = DateParsing.first(value);
        if (d != null) {
            out.add(new PageDate(d, origin, conf));
        }
    }

    static String meta(Document doc, String key) {
        return MetaTags.get(doc, key);
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        String v = e == null ? "" : e.attr(attr).strip();
        return v.isEmpty() ? null : v;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** Author-name cleanup: strips "By", splits lists, drops URLs and overlong strings. */
    static final class Authors {
        private Authors() {
        }

        static List<String> clean(Iterable<String> raw) {
            Set<String> out = new LinkedHashSet<>();
            for (String r : raw) {
                String s = BlockCollector.normalize(r).replaceFirst("(?i)^(by|von|par|por|di)\\s+", "");
                for (String name : s.split("\\s*(?:,|;|\\band\\b|&|\\|)\\s*")) {
                    String n = name.strip();
                    if (!n.isEmpty() && !n.contains("http") && !n.contains("@") && !n.contains("/")
                            && LineShape.words(n) <= MAX_AUTHOR_WORDS && Character.isLetter(n.charAt(0))) {
                        out.add(n);
                    }
                }
            }
            return new ArrayList<>(out);
        }
    }
}
