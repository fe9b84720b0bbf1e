package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.ExtractionException;
import org.dossier.extract.credits.AuthorNames;
import org.dossier.extract.credits.ContributionCredits;
import org.dossier.extract.credits.CreditFinder;
import org.dossier.extract.dates.RelativeDates;
import org.dossier.extract.dates.WireDateline;
import org.dossier.extract.lines.TextForms;
import org.dossier.model.Credit;
import org.dossier.model.PageDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The HTML path of extraction: bounded parse, metadata, DOM-scored body, JSON-LD body as fallback. */
public final class HtmlExtractor {
    /** Below this many body characters the JSON-LD articleBody, when longer, is preferred. */
    private static final int MIN_BODY_CHARS = 200;

    /**
     * What an HTML page yielded; {@code ages} are the relative dates shown before the body ("vor 2 Stunden"),
     * nearest the body first, which date the page only against a known fetch time; {@code wire} the wire dateline
     * the first body paragraph opens with ("BERLIN, March 14 (Reuters) -"), or null.
     */
    public record Result(HtmlMetadata meta, List<String> paragraphs, List<Credit> credits,
                         List<RelativeDates.Age> ages, WireDateline wire) {
        public Result(HtmlMetadata meta, List<String> paragraphs, List<Credit> credits) {
            this(meta, paragraphs, credits, List.of(), null);
        }

        public Result(HtmlMetadata meta, List<String> paragraphs, List<Credit> credits,
                      List<RelativeDates.Age> ages) {
            this(meta, paragraphs, credits, ages, null);
        }
    }

    public Result extract(String html) throws ExtractionException {
        HtmlInput.Parsed parsed = HtmlInput.read(html, "");
        Document doc = parsed.doc();
        Element body = doc.body();
        ElementSemantics.Memo profiles = new ElementSemantics.Memo();
        BlockCollector blocks = body == null ? null : BlockCollector.starting(body, profiles);
        HtmlMetadata meta = HtmlMetadata.read(PageWalk.walk(doc, body, blocks, profiles));
        String copyright = meta.outlet() == null ? CopyrightLines.outlet(doc) : null;
        if (copyright != null) { // the page names itself only in its footer's copyright line
            meta = new HtmlMetadata(meta.title(), meta.authors(), meta.dates(), copyright, meta.url(), meta.jsonLdBody(),
                    meta.titleVariants(), meta.siteNames());
        }
        BodyExtractor.Body found = new BodyExtractor.Body(List.of(), List.of(), List.of(), List.of());
        if (blocks != null) {
            blocks.removeSkipped(); // after metadata is read: bylines and dates may sit in removed elements
            found = new BodyExtractor().extract(body, blocks, meta.titleVariants(), meta.authors());
        }
        String appData = AppData.of(html, parsed.cuts());
        meta = withVisibleEvidence(meta, found, AppData.dates(appData), AppData.authors(appData));
        List<String> paragraphs = fallback(found.paragraphs(), meta.jsonLdBody());
        if (paragraphs.isEmpty()) {
            throw new ExtractionException("no article text found in HTML page");
        }
        CreditFinder finder = CreditFinder.get();
        List<Credit> credits = new ArrayList<>(found.credits());
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            List<Credit> line = finder.creditLine(p);
            if (line.isEmpty() && i >= paragraphs.size() - CreditFinder.CLOSING_LINES) {
                line = finder.closingSlug(p);
            }
            credits.addAll(line);
            credits.addAll(finder.inText(p));
            credits.addAll(ContributionCredits.get().find(p)); // a contribution line stays body text
            if (line.isEmpty()) {
                kept.add(p);
            }
        }
        List<String> text = kept.isEmpty() ? paragraphs : kept;
        credits.addAll(finder.dateline(text.get(0)));
        return new Result(meta, text, credits, found.ages(), WireDateline.opening(text));
    }

    /**
     * Adds the dates of the page's script data and the visible datelines to the page dates, and visible bylines
     * when no author is declared, else the page data's authors (without the
     * site's own name: "Par La Dépêche avec AFP" on La Dépêche's page names no author).
     */
    private static HtmlMetadata withVisibleEvidence(HtmlMetadata m, BodyExtractor.Body body, List<PageDate> appData,
                                                    List<String> appAuthors) {
        List<PageDate> dates = new ArrayList<>(m.dates());
        dates.addAll(appData);
        dates.addAll(body.dates());
        String[] sites = m.siteNames().toArray(String[]::new);
        List<String> authors = m.authors().isEmpty()
                ? AuthorNames.withoutSite(AuthorNames.clean(body.bylines()), sites)
                : m.authors();
        if (!appAuthors.isEmpty()) {
            // the page data's, last, or where they name the authors found first and more (Substack's author meta
            // names the first of a post's bylines)
            authors = BylineElements.widened(authors, AuthorNames.withoutSite(AuthorNames.clean(appAuthors), sites),
                    true);
        }
        return new HtmlMetadata(m.title(), authors, dates, m.outlet(), m.url(), m.jsonLdBody(), m.titleVariants(),
                m.siteNames());
    }

    private static List<String> fallback(List<String> paragraphs, String jsonLdBody) {
        int chars = paragraphs.stream().mapToInt(String::length).sum();
        if (chars >= MIN_BODY_CHARS || jsonLdBody == null || jsonLdBody.strip().length() <= chars) {
            return paragraphs;
        }
        List<String> out = new ArrayList<>();
        for (String p : jsonLdBody.split("\\R+")) {
            String s = TextForms.normalize(p);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
