package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.StoryDossier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The story page's views on a dossier made by hand with a hostile string in every field: the timeline chart draws
 * a bar per dated day, names are grouped by kind, quotes by speaker, numbers sorted by date with the disagreement,
 * the fact × outlet matrix labels its facts; every citation opens an article at its span; nothing hostile runs.
 */
class StoryViewsTest {
    static final StoryDossier D = HostileDossier.dossier();
    static final String PAGE = StoryPage.render(D);
    static final Document DOC = Jsoup.parse(PAGE);

    @Test
    void nothingFromThePageRunsOrLoads() {
        Inert.assertInert(PAGE);
        for (String s : HostileDossier.STRINGS) {
            if (s.contains("<")) {
                assertTrue(!PAGE.contains(s), "kept as markup: " + s);
            }
        }
        assertTrue(DOC.text().contains(HostileDossier.s(12).strip()), "a quote is shown as its text");
    }

    @Test
    void theChartHasABarPerDatedDayAndADotPerDayWithEvents() {
        Element svg = DOC.selectFirst("#v-timeline svg.timeline-chart");
        assertEquals(2, svg.select("rect.articles").size(), svg.outerHtml());
        assertEquals(2, svg.select("circle.events").size());
        assertEquals("2024-05-03: 1 article", svg.selectFirst("rect.articles title").text());
    }

    @Test
    void namesAreGroupedByKindAndQuotesBySpeaker() {
        List<String> kinds = DOC.select("#v-names h3").eachText();
        assertEquals(List.of("People (1)", "Organisations (1)"), kinds);
        List<String> speakers = DOC.select("#v-quotes h3").eachText();
        assertEquals(List.of(HostileDossier.s(10).strip(), "Unnamed speakers"), speakers);
    }

    @Test
    void numbersAreInDateOrderWithWhereOutletsDiffer() {
        List<String> dates = DOC.select("#v-numbers table tr td:first-child").eachText();
        assertEquals(List.of("2024-05-03", "2024-05-06"), dates);
        assertEquals(1, DOC.select("#v-numbers ul.disagreements li").size());
        assertTrue(DOC.selectFirst("#v-numbers table").text().contains("13–15"), "a range is shown as one");
    }

    @Test
    void aVagueAmountIsShownAsWrittenNotAsANumber() {
        StoryDossier.Claim vague = new StoryDossier.Claim("soldiers at the border", null, null, null, "soldiers",
                "tens of thousands of soldiers at the border", "a1", D.span().from(), null, "tens of thousands", true,
                null, "day", false);
        StoryDossier d = new StoryDossier(D.id(), D.title(), D.span(), D.summary(), D.articles(), D.entities(),
                D.quotes(), D.positions(), D.timeline(), List.of(vague), List.of(), D.facts(), D.coverage());
        Document doc = Jsoup.parse(StoryPage.render(d));
        assertTrue(doc.selectFirst("#v-numbers table").text().contains("tens of thousands (vague)"),
                doc.selectFirst("#v-numbers").outerHtml());
    }

    @Test
    void theMatrixHasARowPerFactWithItsLabelAndAColumnPerOutlet() {
        Element matrix = DOC.selectFirst("#v-coverage table.matrix");
        assertEquals(4, matrix.select("tr").first().select("th").size(), "fact, two outlets, count");
        assertEquals(6, matrix.select("tr").size() - 1);
        assertEquals(FactLabels.of(D, "timeline:0"), matrix.select("tr").get(1).child(0).text());
        assertEquals(6, matrix.select("td.has").size());
    }

    @Test
    void theMatrixListsASpeakersQuotesAsOneRowAsTheOtherFormatsDo() {
        List<StoryDossier.Fact> facts = List.of(
                new StoryDossier.Fact("timeline:0", "timeline", "2024-05-03 Dam breach", List.of("a1"), List.of("Herald"), 1,
                        true),
                new StoryDossier.Fact("quote:0", "quote", "Ana Brel: \u201cWe will rebuild\u201d", List.of("a1"),
                        List.of("Herald"), 1, true, "Ana Brel"),
                new StoryDossier.Fact("quote:1", "quote", "Ana Brel: \u201cNobody was warned\u201d", List.of("a2"),
                        List.of("Flow"), 1, true, "Ana Brel"));
        List<StoryDossier.Coverage> coverage = List.of(
                new StoryDossier.Coverage("Herald", List.of("timeline:0", "quote:0"), List.of("a1"), true),
                new StoryDossier.Coverage("Flow", List.of("quote:1"), List.of("a2"), false, "repost"));
        StoryDossier d = new StoryDossier(D.id(), D.title(), D.span(), D.summary(), D.articles(), D.entities(),
                D.quotes(), D.positions(), D.timeline(), D.claims(), D.disagreements(), facts, coverage);
        Element matrix = Jsoup.parse(StoryPage.render(d)).selectFirst("#v-coverage table.matrix");
        List<Element> rows = matrix.select("tr");
        assertEquals(3, rows.size(), matrix.outerHtml());
        assertEquals("Ana Brel: 2 quotes", rows.get(2).child(0).text());
        assertEquals(2, rows.get(2).select("td.has").size(), "both outlets carry one of her quotes");
        assertEquals("1 each (single source)", rows.get(2).child(3).text());
        assertEquals(1, rows.get(1).select("td.has").size());
    }

    @Test
    void everyCitationOfTheViewsOpensAnArticleAtItsSpan() {
        var cites = DOC.select("section.view a.cite");
        assertTrue(cites.size() >= 8, cites.toString());
        for (Element a : cites) {
            String href = a.attr("href");
            assertTrue(href.matches("/articles/a[12](\\?start=(\\d+)&end=(\\d+)#span-\\2-\\3)?"), href);
        }
        assertTrue(DOC.select("#v-quotes a.cite").eachAttr("href").contains("/articles/a1?start=50&end=80#span-50-80"));
    }
}
