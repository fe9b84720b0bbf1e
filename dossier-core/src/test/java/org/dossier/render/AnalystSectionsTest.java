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
import org.dossier.model.StoryDossier.Fact;
import org.dossier.model.StoryDossier.Position;
import org.dossier.model.StoryDossier.SummarySentence;
import org.junit.jupiter.api.Test;

/** Summary, positions (actor × stance) and the fact × outlet matrix in every format. */
class AnalystSectionsTest {
    private static final LocalDate D = LocalDate.of(2025, 3, 4);

    static StoryDossier sample() {
        StoryDossier s = RenderersTest.sample();
        return new StoryDossier(s.id(), s.title(), s.span(),
                List.of(new SummarySentence("The dam's spillway collapsed on Tuesday.", List.of("a1", "a2"),
                        List.of(new Span("a1", 0, 30)))),
                s.articles(), s.entities(), s.quotes(),
                List.of(new Position("Taras Hrebenyuk", "Ukraine", "rejects", "blame for the <breach>",
                                "Taras Hrebenyuk rejected blame for the breach.", List.of("a1"), List.of(new Span("a1", 0, 40)), D),
                        new Position("Ukraine", "Ukraine", "demands", "an inquiry", "Ukraine demanded an inquiry.",
                                List.of("a2"), List.of(new Span("a2", 0, 20)), D)),
                s.timeline(), s.claims(), s.disagreements(),
                List.of(new Fact("timeline:0", "timeline", "2025-03-04 Dam spillway collapses", List.of("a1", "a2"),
                        List.of("Herald", "Flow"), 1, true)),
                List.of(new StoryDossier.Coverage("Herald", List.of("timeline:0"), List.of("a1"), true, null),
                        new StoryDossier.Coverage("Flow", List.of("timeline:0"), List.of("a2"), false, "repost")));
    }

    @Test
    void markdownShowsSummaryActorStanceTableAndFactMatrix() {
        String md = new MarkdownRenderer().render(List.of(sample()));
        assertTrue(md.contains("### Summary\n\n- The dam's spillway collapsed on Tuesday. [A1, A2]"), md);
        assertTrue(md.contains("| Actor | demands | rejects |"), md);
        assertTrue(md.contains("| **Taras Hrebenyuk (Ukraine)** |  | blame for the <breach> [A1, 2025-03-04] |"), md);
        assertTrue(md.contains("| 2025-03-04 Dam spillway collapses | 1 (single source) | A1 | A2 |"), md);
        assertTrue(md.contains("| O2 | Flow | A2 | no (repost) | 1 |"), md);
        assertFalse(md.contains("timeline:0"), md);
    }

    @Test
    void htmlEscapesPropositionsAndMarksSingleSourceFacts() {
        String html = new HtmlRenderer().render(List.of(sample()));
        assertTrue(html.contains("<h3>Summary</h3>"), html);
        assertTrue(html.contains("blame for the &lt;breach&gt;"), html);
        assertFalse(html.contains("<breach>"), html);
        assertTrue(html.contains("<tr class=\"single\"><td>2025-03-04 Dam spillway collapses</td><td>1 (single source)</td>"), html);
        assertTrue(html.contains("<th>rejects</th>"), html);
    }

    @Test
    void jsonCarriesPositionsFactsAndWhyAnOutletIsNotIndependent() throws Exception {
        JsonNode story = Json.MAPPER.readTree(new JsonRenderer().render(List.of(sample()))).get("stories").get(0);
        assertEquals("rejects", story.get("positions").get(0).get("stance").asText());
        assertEquals("Ukraine", story.get("positions").get(0).get("side").asText());
        assertEquals(1, story.get("facts").get(0).get("independent_sources").asInt());
        assertTrue(story.get("facts").get(0).get("single_source").asBoolean());
        assertEquals("repost", story.get("coverage").get(1).get("dependence").asText());
        assertEquals("a1", story.get("summary").get(0).get("articles").get(0).asText());
        StoryDossier back = Json.MAPPER.treeToValue(story, StoryDossier.class);
        assertEquals(sample().positions(), back.positions());
        assertEquals(sample().coverage(), back.coverage());
    }

    /** The sample with a speaker's three quotes and one quote of another speaker in the fact table. */
    private static StoryDossier withQuoteFacts() {
        StoryDossier s = sample();
        List<Fact> facts = new java.util.ArrayList<>(s.facts());
        facts.add(new Fact("quote:0", "quote", "Ana Brel: \u201cWe will rebuild\u201d", List.of("a1"), List.of("Herald"), 1,
                true, "Ana Brel"));
        facts.add(new Fact("quote:1", "quote", "Ana Brel: \u201cNobody was warned\u201d", List.of("a2"), List.of("Flow"), 1,
                true, "Ana Brel"));
        facts.add(new Fact("quote:2", "quote", "Ana Brel: \u201cThe dam was old\u201d", List.of("a1", "a2"),
                List.of("Herald", "Flow"), 2, false, "Ana Brel"));
        facts.add(new Fact("quote:3", "quote", "Ivo Dak: \u201cWe knew\u201d", List.of("a2"), List.of("Flow"), 1, true,
                "Ivo Dak"));
        facts.add(new Fact("position:0", "position", "Taras Hrebenyuk rejects: blame for the <breach>", List.of("a1"),
                List.of("Herald"), 1, true, "Taras Hrebenyuk"));
        return new StoryDossier(s.id(), s.title(), s.span(), s.summary(), s.articles(), s.entities(), s.quotes(),
                s.positions(), s.timeline(), s.claims(), s.disagreements(), facts, s.coverage());
    }

    @Test
    void coverageListsFactsFirstAndEachSpeakersQuotesAsOneRowInEveryFormat() throws Exception {
        StoryDossier d = withQuoteFacts();
        String md = new MarkdownRenderer().render(List.of(d));
        assertTrue(md.contains("| 2025-03-04 Dam spillway collapses | 1 (single source) | A1 | A2 |\n"
                + "| Ana Brel: 3 quotes | up to 2 | A1 | A2 |\n| Ivo Dak: \u201cWe knew\u201d | 1 (single source) |  | A2 |"), md);
        assertFalse(md.contains("Nobody was warned"), md);
        String html = new HtmlRenderer().render(List.of(d));
        assertTrue(html.contains("<td>Ana Brel: 3 quotes</td><td>up to 2</td>"), html);
        JsonNode facts = Json.MAPPER.readTree(new JsonRenderer().render(List.of(d))).get("stories").get(0).get("facts");
        assertEquals("Ana Brel", facts.get(2).get("group").asText());
    }

    @Test
    void aGroupOfSingleSourceQuotesSaysEachHasOneSourceNotThatTheGroupHasOne() {
        StoryDossier s = sample();
        List<Fact> facts = new java.util.ArrayList<>(s.facts());
        facts.add(new Fact("quote:0", "quote", "Ana Brel: \u201cWe will rebuild\u201d", List.of("a1"), List.of("Herald"), 1,
                true, "Ana Brel"));
        facts.add(new Fact("quote:1", "quote", "Ana Brel: \u201cNobody was warned\u201d", List.of("a2"), List.of("Flow"), 1,
                true, "Ana Brel"));
        StoryDossier d = new StoryDossier(s.id(), s.title(), s.span(), s.summary(), s.articles(), s.entities(),
                s.quotes(), s.positions(), s.timeline(), s.claims(), s.disagreements(), facts, s.coverage());
        String md = new MarkdownRenderer().render(List.of(d));
        assertTrue(md.contains("| Ana Brel: 2 quotes | 1 each (single source) | A1 | A2 |"), md);
        assertTrue(new HtmlRenderer().render(List.of(d)).contains(
                "<tr class=\"single\"><td>Ana Brel: 2 quotes</td><td>1 each (single source)</td>"));
    }
}
