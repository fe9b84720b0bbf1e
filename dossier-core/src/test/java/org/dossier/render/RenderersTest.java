package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Json;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.ArticleRef;
import org.junit.jupiter.api.Test;

class RenderersTest {
    static StoryDossier sample() {
        LocalDate d = LocalDate.of(2025, 3, 4);
        return new StoryDossier("s1", "Dam <breach> & flood", new StoryDossier.DateRange(d, d.plusDays(3)),
                List.of(new ArticleRef("a1", "Dam fails", "Herald", d, "a.html", "en", List.of("XYZ"), null, null, d, null),
                        new ArticleRef("a2", "Dam fails", "Flow", d.plusDays(4), "b.txt", "en", List.of(), null, "a1", d,
                                "page date 2025-03-08; re-anchored")),
                List.of(new StoryDossier.Entity("Taras Hrebenyuk", "PERSON", List.of("Taras Hrebenyuk", "Taras Grebeniuk"),
                        List.of("minister"), List.of("a1", "a2"), List.of(new Span("a1", 10, 25)))),
                List.of(new StoryDossier.Quote(null, "a senior ministry official", "We were not warned", "a1", new Span("a1", 40, 58))),
                List.of(new StoryDossier.TimelineEntry(d, "day", "Dam spillway collapses", List.of("a1", "a2"),
                        List.of(new Span("a1", 0, 30), new Span("a2", 0, 30)))),
                List.of(new StoryDossier.Claim("people evacuated", 12000, null, null, "people", "about 12,000 people", "a1", d,
                        new Span("a1", 60, 79))),
                List.of(new StoryDossier.Disagreement("people evacuated", "people", "contradiction",
                        List.of(new StoryDossier.Disagreement.Value("12000", List.of("a1"), List.of(d)),
                                new StoryDossier.Disagreement.Value("9500", List.of("a2"), List.of(d))))),
                List.of(new StoryDossier.Coverage("Herald", List.of("timeline:1", "claim:1"), List.of("a1"), true)));
    }

    @Test
    void jsonFollowsTheDocumentedSchema() throws Exception {
        JsonNode root = Json.MAPPER.readTree(new JsonRenderer().render(List.of(sample())));
        JsonNode story = root.get("stories").get(0);
        for (String field : List.of("id", "title", "span", "articles", "entities", "quotes", "timeline", "claims",
                "disagreements", "coverage")) {
            assertTrue(story.has(field), field);
        }
        assertEquals("2025-03-04", story.get("span").get("from").asText());
        assertEquals("a1", story.get("articles").get(1).get("derived_from").asText());
        assertTrue(story.get("articles").get(0).get("duplicate_of").isNull());
        assertTrue(story.get("quotes").get(0).get("speaker").isNull());
        assertEquals("a senior ministry official", story.get("quotes").get(0).get("speaker_description").asText());
        assertEquals(2, story.get("disagreements").get(0).get("values").size());
    }

    @Test
    void timelineDatesReadAsPreciseAsTheyAreKnownAndEstimatesAreMarked() {
        LocalDate d = LocalDate.of(2025, 3, 1);
        StoryDossier s = sample();
        StoryDossier withDates = new StoryDossier(s.id(), s.title(), s.span(), s.articles(), s.entities(), s.quotes(),
                List.of(new StoryDossier.TimelineEntry(d, "month", "Inspection", List.of("a1"), List.of()),
                        new StoryDossier.TimelineEntry(d.plusDays(6), "day", "Release", List.of("a2"), List.of(),
                                "'Friday' in an undated article")),
                s.claims(), s.disagreements(), s.coverage());
        String md = new MarkdownRenderer().render(List.of(withDates));
        assertTrue(md.contains("- **2025-03** — Inspection"), md);
        assertTrue(md.contains("- **~2025-03-07** (estimated: 'Friday' in an undated article) — Release"), md);
        String html = new HtmlRenderer().render(List.of(withDates));
        assertTrue(html.contains("<b>2025-03</b>") && html.contains("<b>~2025-03-07</b>"), html);
    }

    @Test
    void anAnchorsReasonStandsBelowTheArticleTableNotInItsCell() {
        String md = new MarkdownRenderer().render(List.of(sample()));
        String table = md.substring(md.indexOf("### Articles"), md.indexOf("### Timeline"));
        assertTrue(table.contains("| 2025-03-04 (note A2) |"), table);
        assertTrue(table.contains("Anchor notes:\n\n- A2: page date 2025-03-08; re-anchored\n"), table);
        assertFalse(table.contains("| 2025-03-04 (note A1) |"), table);
        String html = new HtmlRenderer().render(List.of(sample()));
        assertTrue(html.contains("page date 2025-03-08; re-anchored"), html);
    }

    @Test
    void aLikelyMachineTranslationIsSaidInTheArticleTable() {
        LocalDate d = LocalDate.of(2025, 3, 4);
        StoryDossier s = sample();
        List<ArticleRef> refs = List.of(s.articles().get(0), new ArticleRef("a2", "Rupture of the dam", "Flow", d, "b.txt",
                "en", List.of(), null, "a1", d, null, 0.8));
        StoryDossier translated = new StoryDossier(s.id(), s.title(), s.span(), refs, s.entities(), s.quotes(),
                s.timeline(), s.claims(), s.disagreements(), s.coverage());
        String md = new MarkdownRenderer().render(List.of(translated));
        assertTrue(md.contains("| derived from A1; likely machine translation |"), md);
        assertFalse(new MarkdownRenderer().render(List.of(s)).contains("machine translation"));
    }

    @Test
    void aStoryOfOneArticleSaysOneArticle() {
        StoryDossier s = sample();
        StoryDossier one = new StoryDossier(s.id(), s.title(), s.span(), s.articles().subList(0, 1), s.entities(),
                s.quotes(), s.timeline(), s.claims(), s.disagreements(), s.coverage());
        assertTrue(new MarkdownRenderer().render(List.of(one)).contains(", 1 article, "));
        assertTrue(new MarkdownRenderer().render(List.of(s)).contains(", 2 articles, "));
        assertTrue(new HtmlRenderer().render(List.of(one)).contains("1 article"));
        assertFalse(new HtmlRenderer().render(List.of(one)).contains("1 articles"));
    }

    @Test
    void markdownCitesEveryLineWithArticleLabels() {
        String md = new MarkdownRenderer().render(List.of(sample()));
        assertTrue(md.contains("Dam spillway collapses [A1, A2]"), md);
        assertTrue(md.contains("_a senior ministry official_ (unnamed)"), md);
        assertTrue(md.contains("derived from A1"), md);
        assertTrue(md.contains("12000 (" + sample().disagreements().get(0).values().get(0).dates().get(0) + ") [A1]; 9500 ("), md);
    }

    @Test
    void htmlIsEscapedSelfContainedAndLinksCitationsToArticles() {
        String html = new HtmlRenderer().render(List.of(sample()));
        assertTrue(html.contains("Dam &lt;breach&gt; &amp; flood"));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<link"));
        assertTrue(html.contains("href=\"#s1-a2\""));
        assertTrue(html.contains("id=\"s1-a2\""));
        assertTrue(html.contains("chars 40–58"));
    }
}
