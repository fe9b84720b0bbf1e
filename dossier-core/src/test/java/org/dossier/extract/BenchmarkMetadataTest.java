package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dossier.extract.lines.TextForms;
import org.dossier.model.Article;
import org.dossier.model.RawPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Metadata on real benchmark pages, checked against what each page states (its published-time meta tag,
 * its author meta tag, its h1 headline), read here independently with jsoup.
 */
class BenchmarkMetadataTest {
    private static final Path HTML = Path.of("../shared/bench/extraction/scrapinghub/html");
    private static final int PAGES = 40;
    private static final List<Document> DOCS = new ArrayList<>();
    private static final List<Article> ARTICLES = new ArrayList<>();

    @BeforeAll
    static void extract() throws IOException, ExtractionException {
        try (Stream<Path> files = Files.list(HTML)) {
            for (Path p : files.sorted().limit(PAGES).toList()) {
                String html;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                DOCS.add(Jsoup.parse(html));
                ARTICLES.add(new PageExtractor().extract(new RawPage(p.getFileName().toString(), p.toString(),
                        RawPage.Kind.HTML, html)));
            }
        }
    }

    @Test
    void publishedMatchesThePagesPublishedTimeMeta() {
        int checked = 0;
        int agree = 0;
        for (int i = 0; i < DOCS.size(); i++) {
            Element meta = DOCS.get(i).selectFirst("meta[property=article:published_time]");
            if (meta == null || !meta.attr("content").matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                continue;
            }
            checked++;
            LocalDate stated = LocalDate.parse(meta.attr("content").substring(0, 10));
            agree += stated.equals(ARTICLES.get(i).published()) ? 1 : 0;
        }
        assertTrue(checked >= 5, "pages with a published-time meta: " + checked);
        assertTrue(agree >= checked - 1, agree + " of " + checked);
    }

    @Test
    void authorsIncludeTheAuthorMetaName() {
        int checked = 0;
        int agree = 0;
        for (int i = 0; i < DOCS.size(); i++) {
            Element meta = DOCS.get(i).selectFirst("meta[name=author]");
            String name = meta == null ? "" : meta.attr("content").strip();
            if (name.isEmpty() || name.contains("http") || name.contains(",") || name.contains(" and ")) {
                continue;
            }
            checked++;
            // the authors are people named in the meta (its text may add an outlet: "Jane Doe. Outlet", and a name in
            // capitals is given in title case); an agency named there is credited as one
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            Article a = ARTICLES.get(i);
            agree += a.authors().stream().anyMatch(n -> lower.contains(n.toLowerCase(java.util.Locale.ROOT)))
                    || a.credits().stream().anyMatch(c -> name.equals(c.name())) ? 1 : 0;
        }
        assertTrue(checked >= 3, "pages with an author meta: " + checked);
        assertTrue(agree >= checked * 0.8, agree + " of " + checked);
    }

    @Test
    void titleIsTheHeadlineAndNotInTheBody() {
        int checked = 0;
        int agree = 0;
        for (int i = 0; i < DOCS.size(); i++) {
            Element h1 = DOCS.get(i).selectFirst("article h1, h1[itemprop=headline], h1[class*=title]");
            if (h1 == null || h1.text().isBlank()) {
                continue;
            }
            checked++;
            Article a = ARTICLES.get(i);
            String headline = TextForms.normalize(h1.text());
            agree += headline.equals(a.title()) ? 1 : 0;
            assertTrue(a.paragraphs().stream().noneMatch(p -> p.equals(headline)), headline);
        }
        assertTrue(checked >= 10, "pages with a headline h1: " + checked);
        assertTrue(agree >= checked * 0.8, agree + " of " + checked);
    }

    @Test
    void everyPageYieldsSubstantialText() {
        for (Article a : ARTICLES) {
            assertTrue(a.text().length() > 200, a.id());
        }
    }
}
