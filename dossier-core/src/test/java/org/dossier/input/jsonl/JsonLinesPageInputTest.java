package org.dossier.input.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.dossier.chain.ArticleChain;
import org.dossier.chain.Composition;
import org.dossier.input.FilePageInput;
import org.dossier.model.Article;
import org.dossier.model.InputFailure;
import org.dossier.model.Json;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesPageInputTest {
    private static final Path SEED = Path.of("../shared/corpus/seeds/004_b4d9f912b9a63af9.txt");
    private static final ArticleChain CHAIN = Composition.standard().articleChain();

    @TempDir Path dir;
    private final List<InputFailure> failures = new ArrayList<>();

    @Test
    void aNewsPleaseLineIsATextPageWhoseArticleHasItsTitleBodyUrlAndDate() throws Exception {
        Article seed = extract(new FilePageInput(List.of(SEED)).readAll(failures::add).get(0));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("url", "https://news.example/russia-nato");
        line.put("title", seed.title());
        line.put("maintext", seed.text().replace("\n\n", "\n"));
        line.put("date_publish", "2021-12-17 14:05:00");
        line.put("authors", List.of("Ann Example"));
        line.put("language", "en");
        line.put("source_domain", "news.example");
        Path file = Files.writeString(dir.resolve("news.jsonl"), Json.write(line) + "\n");

        List<RawPage> pages = read(file);

        assertEquals(List.of(), failures);
        RawPage page = pages.get(0);
        assertEquals(RawPage.Kind.TEXT, page.kind());
        assertEquals(file + ":1", page.source());
        assertEquals("https://news.example/russia-nato", page.hints().url());
        assertEquals(LocalDate.of(2021, 12, 17), page.hints().publishedHint());
        Article a = extract(page);
        assertEquals(seed.title(), a.title());
        assertEquals(seed.text(), a.text(), "the body comes back paragraph for paragraph");
        assertEquals(LocalDate.of(2021, 12, 17), a.published());
        assertTrue(a.byline() != null && a.byline().contains("Ann Example"), a.byline());
    }

    @Test
    void anExtractJsonLineIsReadBackToTheSameArticle() throws Exception {
        Article seed = extract(new FilePageInput(List.of(SEED)).readAll(failures::add).get(0));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("source", SEED.toString());
        line.put("title", seed.title());
        line.put("published", "2021-12-17");
        line.put("byline", null);
        line.put("outlet", null);
        line.put("language", "en");
        line.put("credits", List.of("AFP", "Reuters"));
        line.put("text", seed.text());
        Path file = gzip(dir.resolve("extracted.jsonl.gz"), Json.write(line) + "\n");

        List<RawPage> pages = read(file);

        assertEquals(List.of(), failures);
        assertEquals(1, pages.size());
        assertEquals(LocalDate.of(2021, 12, 17), pages.get(0).hints().publishedHint());
        Article a = extract(pages.get(0));
        assertEquals(seed.title(), a.title());
        assertEquals(seed.text(), a.text());
    }

    @Test
    void badLinesAreNamedByTheirNumberAndTheOtherLinesAreRead() throws Exception {
        Path file = Files.writeString(dir.resolve("mixed.jsonl"), String.join("\n",
                "{\"title\":\"Harbour strike ends\",\"text\":\"Dock workers returned to work on Friday.\"}",
                "{not json",
                "{\"id\":\"empty-3\",\"title\":\" \",\"maintext\":\"  \"}",
                "",
                "[1, 2, 3]",
                "{\"id\":\"p-7\",\"title\":\"Storm hits harbour\",\"maintext\":\"A storm damaged 40 boats on Friday.\"}"));

        List<RawPage> pages = read(file);

        assertEquals(List.of(file + ":1", file + "#p-7"), pages.stream().map(RawPage::source).toList());
        assertEquals(List.of(file + ":2", file + ":3", file + ":5"), failures.stream().map(InputFailure::source).toList());
        assertTrue(failures.get(0).reason().startsWith("not JSON"), failures.toString());
        assertTrue(failures.get(1).reason().startsWith("no text"), failures.toString());
        assertEquals("not a JSON object", failures.get(2).reason());
        failures.forEach(f -> assertTrue(!f.toString().contains("\n"), "one line: " + f));
    }

    @Test
    void aTitleOnlyClusterRecordIsAnArticleOfItsTitle() throws Exception {
        Path file = Files.writeString(dir.resolve("cluster.jsonl"), "{\"id\": \"c-1\", \"lang\": \"en\", "
                + "\"date\": \"2013-06-06\", \"title\": \"Four armed robbers, two dressed as women, stole jewels "
                + "worth 85 million euros from a Paris store on Thursday.\", \"text\": \"\"}\n");

        List<RawPage> pages = read(file);

        assertEquals(List.of(), failures);
        assertEquals(RawPage.Kind.ARTICLE, pages.get(0).kind());
        assertEquals(file + "#c-1", pages.get(0).source());
        Article a = extract(pages.get(0));
        assertTrue(a.title().startsWith("Four armed robbers"), a.title());
        assertEquals(a.title(), a.text(), "the title is the article's text");
        assertEquals(LocalDate.of(2013, 6, 6), a.published());
        assertEquals("en", a.language());
    }

    @Test
    void aBriefRecordKeepsItsShortLinesAsStatedInEachLanguage() throws Exception {
        Path file = Files.writeString(dir.resolve("briefs.jsonl"), String.join("\n",
                "{\"id\":\"en\",\"title\":\"June 06, 2013\",\"text\":\"Swimming star dies at 91\"}",
                "{\"id\":\"de\",\"title\":\"Großbrand im Hafen\",\"text\":\"21. Juli 2013, 14:21 Uhr\\n"
                        + "Ein Lagerhaus am Hafen ist in der Nacht vollständig abgebrannt.\"}",
                "{\"id\":\"fr\",\"title\":\"Incendie au port\",\"text\":\"Un entrepôt a brûlé cette nuit.\",\"authors\":[\"Anne Exemple\"]}"));

        List<RawPage> pages = read(file);

        assertEquals(List.of(), failures);
        List<Article> articles = pages.stream().map(this::extract).toList();
        assertEquals("Swimming star dies at 91", articles.get(0).text());
        assertEquals("21. Juli 2013, 14:21 Uhr\n\nEin Lagerhaus am Hafen ist in der Nacht vollständig abgebrannt.",
                articles.get(1).text());
        assertEquals("Incendie au port", articles.get(2).title());
        assertEquals(List.of("Anne Exemple"), articles.get(2).authors());
    }

    @Test
    void aLongRecordIsStillReadBackByTheTextExtractor() throws Exception {
        Article seed = extract(new FilePageInput(List.of(SEED)).readAll(failures::add).get(0));
        Path file = Files.writeString(dir.resolve("long.jsonl"), Json.write(Map.of("id", "s", "title", seed.title(),
                "text", seed.text())) + "\n");
        assertEquals(RawPage.Kind.TEXT, read(file).get(0).kind());
    }

    @Test
    void theSameArticleInTwoDumpsIsOnePage() throws Exception {
        String line = "{\"title\":\"Harbour strike ends\",\"text\":\"Dock workers returned to work on Friday.\"}";
        Path a = Files.writeString(dir.resolve("a.jsonl"), line + "\n");
        Path b = Files.writeString(dir.resolve("b.jsonl"), "\n" + line);
        assertEquals(read(a).get(0).id(), read(b).get(0).id());
    }

    @Test
    void aTruncatedGzipIsOneFailureAfterTheLinesBeforeIt() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append("{\"title\":\"Story ").append(i).append("\",\"text\":\"Body number ").append(i * 7919L % 104729)
                    .append(" of the dump.\"}\n");
        }
        Path whole = gzip(dir.resolve("whole.jsonl.gz"), text.toString());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        List<RawPage> pages = read(cut);

        assertTrue(pages.size() > 0 && pages.size() < 2000, "read " + pages.size());
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).reason().contains("truncated"), failures.toString());
    }

    private List<RawPage> read(Path file) {
        List<RawPage> pages = new ArrayList<>();
        new JsonLinesPageInput(file).read(pages::add, failures::add);
        return pages;
    }

    private Article extract(RawPage page) {
        return CHAIN.process(page, failures::add).orElseThrow(() -> new AssertionError(failures)).article();
    }

    private static Path gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
