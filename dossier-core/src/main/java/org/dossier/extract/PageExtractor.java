package org.dossier.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.credits.AuthorNames;
import org.dossier.extract.credits.CreditFinder;
import org.dossier.extract.credits.DistinctCredits;
import org.dossier.extract.dates.DateLabels;
import org.dossier.extract.dates.RelativeDates;
import org.dossier.extract.dates.WireDateline;
import org.dossier.extract.html.HtmlExtractor;
import org.dossier.extract.html.HtmlMetadata;
import org.dossier.extract.lines.LineShape;
import org.dossier.extract.text.PlainTextExtractor;
import org.dossier.extract.translation.TranslationScorer;
import org.dossier.model.Article;
import org.dossier.model.Credit;
import org.dossier.model.PageDate;
import org.dossier.model.RawPage;

/**
 * The extract stage's extractor for every page: sends an HTML page to {@link HtmlExtractor} and a scraped-text
 * page to {@link PlainTextExtractor}, takes an article already extracted ({@link RawPage.Kind#ARTICLE}) as stated
 * (its text its title when it states no body, so a headline-only record is an article of its headline), then assembles the {@link Article} with the publication date chosen from
 * the weighted page dates, the outlet, the credits and a translation score. Rejects empty, binary and
 * fragment pages.
 *
 * <p>What the input knew of the page ({@link RawPage.Hints}) fills what the page does not say: the article's URL is
 * the page's canonical link, else the hint's URL; the outlet is the one the page names (its metadata, else a repost
 * or source credit), else the host of the hint's URL without {@code www.} (kept as written: without a list of
 * public suffixes {@code news.example.co.uk} stays so, it is not cut to {@code example.co.uk}); the date an index
 * of pages states ({@link RawPage.Hints#publishedHint()}) joins the page dates with origin {@value #INDEX_ORIGIN}
 * and confidence {@value #INDEX_DATE_CONFIDENCE}, so it is the publication date unless the page states one it
 * trusts more (JSON-LD, a published meta tag, a labelled line). The fetch time is never a publication date.
 */
public class PageExtractor implements Extractor {
    /** Dates below this confidence are kept as page dates but never become the publication date. */
    public static final double MIN_PUBLISHED_CONFIDENCE = 0.5;
    /** The origin of the day a wire dateline in the first paragraph gives ("BERLIN, March 14 (Reuters) -"). */
    static final String WIRE_ORIGIN = "text:wire-dateline";
    /** A wire dateline is trusted a little below a visible dateline line (0.6). */
    private static final double WIRE_CONFIDENCE = 0.55;
    private static final double MAX_CONTROL_SHARE = 0.1;
    /** Bodies shorter than this are page fragments, not articles. */
    public static final int MIN_ARTICLE_WORDS = 15;
    /** The origin of the page date an index of pages (a feed, a JSON dump) stated. */
    public static final String INDEX_ORIGIN = "index";
    /**
     * How much a date an index states is trusted: below a page's own JSON-LD and published meta tags (0.95, 0.9),
     * above a date in its URL (0.75) and its first time element (0.7).
     */
    public static final double INDEX_DATE_CONFIDENCE = 0.85;
    /** The origin of a date read from a relative date against the fetch time ("vor 2 Stunden"). */
    public static final String RELATIVE_ORIGIN = "text:relative";
    /** The same beside an update label ("Aktualisiert vor 2 Stunden"): a date of the last change. */
    public static final String RELATIVE_UPDATED_ORIGIN = "text:relative-updated";
    /** A relative date is trusted as a bare dateline is. */
    private static final double RELATIVE_CONFIDENCE = 0.6;

    @Override
    public Article extract(RawPage page) throws ExtractionException {
        if (page == null || page.content() == null || page.content().isBlank()) {
            throw new ExtractionException("empty page");
        }
        if (binary(page.content())) {
            throw new ExtractionException("content is binary, not text");
        }
        if (page.kind() == RawPage.Kind.ARTICLE) {
            return fromStated(page);
        }
        Article a = page.kind() == RawPage.Kind.HTML ? fromHtml(page) : fromText(page);
        int words = LineShape.words(a.text(), MIN_ARTICLE_WORDS);
        if (words < MIN_ARTICLE_WORDS) {
            throw new ExtractionException("no usable article: body has only " + words + " words");
        }
        return a;
    }

    private Article fromHtml(RawPage page) throws ExtractionException {
        HtmlExtractor.Result r = new HtmlExtractor().extract(page.content());
        HtmlMetadata m = r.meta();
        String text = String.join("\n\n", r.paragraphs());
        List<Credit> found = new ArrayList<>(r.credits());
        List<String> authors = new ArrayList<>();
        for (String a : m.authors()) {
            String agency = agency(a);
            if (agency != null) {
                found.add(new Credit(Credit.Kind.AGENCY, agency, a));
            } else {
                authors.add(a);
            }
        }
        List<Credit> credits = DistinctCredits.of(named(found));
        String outlet = m.outlet() != null ? m.outlet() : outletFromCredits(credits);
        String url = m.url() != null ? m.url() : page.hints().url();
        outlet = outlet != null ? outlet : outletFromUrl(page.hints().url());
        outlet = outlet != null ? outlet : outletFromUrl(url); // the page's canonical address
        authors = AuthorNames.withoutSite(authors, outlet, outletFromUrl(url));
        java.time.ZoneOffset offset = r.ages().isEmpty() || page.hints().fetchedAt() == null
                ? java.time.ZoneOffset.UTC : RelativeDates.statedOffset(page.content());
        List<PageDate> dates = withHint(withWireDateline(withAges(m.dates(), r.ages(), page.hints(), offset),
                r.wire(), page.hints()), page.hints());
        return new Article(page.id(), page.source(), url, m.title(), orCredited(authors, credits),
                published(dates), dates, outlet, null, credits, text, TranslationScorer.score(text),
                null, null);
    }

    private Article fromText(RawPage page) throws ExtractionException {
        PlainTextExtractor.Result r = new PlainTextExtractor().extract(page.content());
        String text = String.join("\n\n", r.paragraphs());
        List<Credit> credits = DistinctCredits.of(named(r.credits()));
        String outlet = outletFromCredits(credits);
        outlet = outlet != null ? outlet : outletFromUrl(page.hints().url());
        List<PageDate> dates = withHint(r.dates(), page.hints());
        return new Article(page.id(), page.source(), page.hints().url(), r.title(),
                orCredited(AuthorNames.clean(r.authors()), credits), published(dates), dates,
                outlet, null, credits, text, TranslationScorer.score(text), null, null);
    }

    /** An article as stated (the {@link RawPage.Kind#ARTICLE} layout): no chrome to find, no fragment gate. */
    private Article fromStated(RawPage page) throws ExtractionException {
        String[] lines = page.content().split("\n", -1);
        String title = lines[0].isBlank() ? null : lines[0].strip();
        List<String> authors = new ArrayList<>();
        if (lines.length > 1 && !lines[1].isBlank()) {
            for (String a : lines[1].split(";")) {
                authors.add(a.strip());
            }
        }
        List<String> paragraphs = new ArrayList<>();
        List<Credit> found = new ArrayList<>();
        for (int i = 2; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                paragraphs.add(lines[i].strip());
                found.addAll(CreditFinder.get().inText(lines[i].strip()));
            }
        }
        String text = paragraphs.isEmpty() ? title : String.join("\n\n", paragraphs);
        if (text == null || LineShape.words(text, 1) < 1) {
            throw new ExtractionException("no usable article: neither a title nor a body");
        }
        List<Credit> credits = DistinctCredits.of(named(found));
        String outlet = outletFromCredits(credits);
        outlet = outlet != null ? outlet : outletFromUrl(page.hints().url());
        List<PageDate> dates = withHint(List.of(), page.hints());
        return new Article(page.id(), page.source(), page.hints().url(), title,
                orCredited(AuthorNames.clean(authors), credits), published(dates), dates, outlet, null, credits, text,
                TranslationScorer.score(text), null, null);
    }

    /**
     * The article with what an index of pages (a feed item naming its URL) states of it: the day joins its page dates
     * with origin {@value #INDEX_ORIGIN} (the publication date is chosen again), the title and the authors fill
     * what the page does not say. Null values change nothing.
     */
    public static Article withIndexEntry(Article a, LocalDate day, String title, List<String> authors) {
        List<PageDate> dates = a.pageDates();
        if (day != null && dates.stream().noneMatch(d -> d.date().equals(day) && d.origin().equals(INDEX_ORIGIN))) {
            List<PageDate> more = new ArrayList<>(dates);
            more.add(new PageDate(day, INDEX_ORIGIN, INDEX_DATE_CONFIDENCE));
            dates = List.copyOf(more);
        }
        String t = a.title() == null || a.title().isBlank() ? title : a.title();
        List<String> by = a.authors().isEmpty() && authors != null ? AuthorNames.clean(authors) : a.authors();
        return new Article(a.id(), a.source(), a.url(), t, by, published(dates), dates, a.outlet(), a.language(),
                a.credits(), a.text(), a.translationScore(), a.duplicateOf(), a.derivedFrom());
    }

    /** The agency an author field names ("AFP", "The Associated Press"), or null. */
    private static String agency(String author) {
        CreditFinder f = CreditFinder.get();
        String bare = author.startsWith("The ") ? author.substring(4) : author;
        return f.isAgency(author) ? author : f.isAgency(bare) ? bare : null;
    }

    /**
     * The page's dates and, when the input knew the fetch time, the day the relative date nearest the body gives
     * against it ("vor 2 Stunden" fetched at 2023-03-15T10:00Z is 2023-03-15), the day taken in the page's stated
     * offset from UTC ({@link RelativeDates#statedOffset}), as origin {@value #RELATIVE_ORIGIN}
     * with a dateline's confidence, or {@value #RELATIVE_UPDATED_ORIGIN} below it when an update label stands by
     * it. Without a fetch time a relative date dates nothing: the clock is never a page's date.
     */
    static List<PageDate> withAges(List<PageDate> dates, List<RelativeDates.Age> ages, RawPage.Hints hints,
                                   java.time.ZoneOffset offset) {
        if (ages.isEmpty() || hints.fetchedAt() == null) {
            return dates;
        }
        RelativeDates.Age age = ages.get(0);
        List<PageDate> out = new ArrayList<>(dates);
        out.add(age.updated()
                ? new PageDate(age.before(hints.fetchedAt(), offset), RELATIVE_UPDATED_ORIGIN,
                        DateLabels.LABELLED_UPDATED)
                : new PageDate(age.before(hints.fetchedAt(), offset), RELATIVE_ORIGIN, RELATIVE_CONFIDENCE));
        return List.copyOf(out);
    }

    /**
     * The page's dates and the day of the wire dateline its first paragraph opens with, as origin
     * {@value #WIRE_ORIGIN} a little below a visible dateline: its full date, or its day without a year in the year
     * of the fetch time its input knew (none without one).
     */
    static List<PageDate> withWireDateline(List<PageDate> dates, WireDateline wire, RawPage.Hints hints) {
        LocalDate day = wire == null ? null : wire.on(hints.fetchedAt());
        if (day == null) {
            return dates;
        }
        List<PageDate> out = new ArrayList<>(dates);
        out.add(new PageDate(day, WIRE_ORIGIN, WIRE_CONFIDENCE));
        return List.copyOf(out);
    }

    /** The page's dates, and after them the date an index of pages stated for it, when one did. */
    static List<PageDate> withHint(List<PageDate> dates, RawPage.Hints hints) {
        if (hints.publishedHint() == null) {
            return dates;
        }
        List<PageDate> out = new ArrayList<>(dates);
        out.add(new PageDate(hints.publishedHint(), INDEX_ORIGIN, INDEX_DATE_CONFIDENCE));
        return List.copyOf(out);
    }

    /**
     * The outlet a URL's host names: the host in lower case without a leading {@code www.}, otherwise as written
     * (no public-suffix list, so a subdomain is kept); null for no URL, one without a host, or an IP address.
     */
    static String outletFromUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String host;
        try {
            host = java.net.URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null || host.isBlank() || host.startsWith("[") || host.matches("[0-9.]+")) {
            return null;
        }
        host = host.toLowerCase(java.util.Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /**
     * The most trusted date, if trusted enough; among equally trusted dates the one with most support from
     * the page's other date evidence, then the earliest. Without one, the date of the page's last change.
     */
    static LocalDate published(List<PageDate> dates) {
        java.util.Map<LocalDate, Double> support = new java.util.HashMap<>();
        for (PageDate d : dates) {
            support.merge(d.date(), d.confidence(), Double::sum);
        }
        PageDate best = null;
        for (PageDate d : dates) {
            if (d.confidence() < MIN_PUBLISHED_CONFIDENCE) {
                continue;
            }
            if (best == null || d.confidence() > best.confidence()
                    || d.confidence() == best.confidence() && better(d.date(), best.date(), support)) {
                best = d;
            }
        }
        return best == null ? lastChange(dates, support) : best.date();
    }

    /**
     * For a page that states no publication date it trusts, the date it states for its last change (a modified meta
     * tag or JSON-LD field, an "Updated" line): most trusted, then most supported, then earliest; null without one.
     */
    private static LocalDate lastChange(List<PageDate> dates, java.util.Map<LocalDate, Double> support) {
        PageDate best = null;
        for (PageDate d : dates) {
            String origin = d.origin().toLowerCase(java.util.Locale.ROOT);
            if (!origin.contains("modified") && !origin.contains("updated")) {
                continue;
            }
            if (best == null || d.confidence() > best.confidence()
                    || d.confidence() == best.confidence() && better(d.date(), best.date(), support)) {
                best = d;
            }
        }
        return best == null ? null : best.date();
    }

    private static boolean better(LocalDate a, LocalDate b, java.util.Map<LocalDate, Double> support) {
        int c = Double.compare(support.get(a), support.get(b));
        return c > 0 || c == 0 && a.isBefore(b);
    }

    /** The authors found, or, when none is, the reporters a contribution line credits ("Reporting by …"). */
    static List<String> orCredited(List<String> authors, List<Credit> credits) {
        if (!authors.isEmpty()) {
            return authors;
        }
        return credits.stream().filter(c -> c.kind() == Credit.Kind.AUTHOR).map(Credit::name).toList();
    }

    /** The outlet named by a repost notice, else by a source credit. */
    static String outletFromCredits(List<Credit> credits) {
        for (Credit.Kind kind : new Credit.Kind[] {Credit.Kind.REPOST, Credit.Kind.SOURCE}) {
            for (Credit c : credits) {
                if (c.kind() == kind && c.name() != null && !c.name().isBlank()) {
                    return c.name();
                }
            }
        }
        return null;
    }

    /**
     * Credits with a name: a nameless repost notice ("Source link …") takes the outlet a repost notice of the
     * page names ("… appeared first on X"); without one it is dropped.
     */
    static List<Credit> named(List<Credit> in) {
        String origin = null;
        for (Credit c : in) {
            if (origin == null && c.kind() == Credit.Kind.REPOST && hasName(c)) {
                origin = c.name();
            }
        }
        List<Credit> out = new ArrayList<>();
        List<Credit> filled = new ArrayList<>();
        for (Credit c : in) {
            if (hasName(c)) {
                out.add(c);
            } else if (c.kind() == Credit.Kind.REPOST && origin != null) {
                filled.add(new Credit(Credit.Kind.REPOST, origin, c.text()));
            }
        }
        out.addAll(filled); // after the stated ones, so that deduplication keeps the notice naming the outlet
        return out;
    }

    private static boolean hasName(Credit c) {
        return c.name() != null && !c.name().isBlank();
    }

    private static boolean binary(String s) {
        int n = Math.min(s.length(), 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == 0 || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == '\ufffd') {
                control++;
            }
        }
        return control > MAX_CONTROL_SHARE * n;
    }
}
