package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.resolve.EntityIndex;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

/** The story title: built from the central event when the dossier can say more than a headline. */
class StoryTitleTest {
    private static final LocalDate MON = LocalDate.of(2030, 3, 4);

    private static StoryDossier dossier(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        Story story = new Story("s", "working title", list.stream().map(AnnotatedArticle::id).toList());
        return new DossierSynthesizer(EntityIndex::new).synthesize(story, list, new NameResolver().resolve(list));
    }

    private static AnnotatedArticle report(String id, String text, String headline) {
        return article(id, text).entity("Chile", "LOCATION").entity("Peru", "LOCATION").entity("Lisbon", "LOCATION")
                .time("on Monday", MON, "day").meta(id + "-news", headline, MON.plusDays(1), MON.plusDays(1)).build();
    }

    @Test
    void titleNamesTheCentralEventItsCountriesPlaceAndDay() {
        StoryDossier d = dossier(
                report("a", "Chile and Peru held talks in Lisbon on Monday over fishing rights.", "Fish row: envoys meet"),
                report("b", "Envoys of Chile and Peru met for talks on Monday in Lisbon.", "Lisbon hosts envoys"));
        assertEquals("Chile\u2013Peru talks in Lisbon, 4 March 2030", d.title());
    }

    @Test
    void theTitleGivesTheKindAndPlaceTheReportsWriteForTheCentralEvent() {
        AnnotatedArticle a = article("a", "Voters in Kestria went to the polls on Monday in a snap parliamentary election. "
                + "The Farmers League won the election on Monday, officials said.").entity("Kestria", "LOCATION")
                .entity("Farmers League", "ORGANIZATION").time("on Monday", MON, "day")
                .meta("Herald", "Farmers League ahead", MON.plusDays(1), MON.plusDays(1)).build();
        AnnotatedArticle b = article("b", "Kestria's Farmers League won the election on Monday with 31 percent, "
                + "ahead of the Liberals.").entity("Kestria", "LOCATION").entity("Farmers League", "ORGANIZATION")
                .time("on Monday", MON, "day").meta("Courier", "League wins Kestria vote", MON.plusDays(1), MON.plusDays(1))
                .build();
        String title = dossier(a, b).title();
        assertTrue(title.startsWith("Parliamentary election in Kestria") || title.startsWith("Snap election in Kestria"),
                title);
        assertTrue(title.endsWith("4 March 2030"), title);
    }

    @Test
    void withoutAnEventTwoArticlesReportTheBestHeadlineIsTheTitle() {
        AnnotatedArticle a = article("a", "The weather was cold.").meta("x", "Cold snap grips the coast", MON, MON).build();
        AnnotatedArticle b = article("b", "Snow fell again.").meta("y", "Snow and cold snap on the coast", MON, MON).build();
        String title = dossier(a, b).title();
        assertTrue(title.equals("Cold snap grips the coast") || title.equals("Snow and cold snap on the coast"), title);
    }

    @Test
    void dateRangesReadAsAnAnalystWritesThem() {
        assertEquals("10 January 2022", Titles.range(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 10)));
        assertEquals("10\u201312 January 2022", Titles.range(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 12)));
        assertEquals("28 February \u2013 3 March 2022", Titles.range(LocalDate.of(2022, 2, 28), LocalDate.of(2022, 3, 3)));
        assertEquals("30 December 2021 \u2013 2 January 2022",
                Titles.range(LocalDate.of(2021, 12, 30), LocalDate.of(2022, 1, 2)));
    }

    @Test
    void withoutAnEventTwoArticlesReportTheEventMostHeadlinesNameTitlesTheStoryWithItsDays() {
        AnnotatedArticle a = article("a", "Dock workers began a strike in Varna on Monday.").entity("Varna", "LOCATION")
                .time("on Monday", MON, "day").meta("Herald", "Varna dockers strike over pay", MON, MON).build();
        AnnotatedArticle b = article("b", "The union and the port employers met for talks in Varna on Wednesday.")
                .entity("Varna", "LOCATION").time("on Wednesday", MON.plusDays(2), "day")
                .meta("Courier", "Strike talks resume in Varna", MON.plusDays(2), MON.plusDays(2)).build();
        AnnotatedArticle c = article("c", "The union and the employers signed an agreement in Varna on Friday.")
                .entity("Varna", "LOCATION").time("on Friday", MON.plusDays(4), "day")
                .meta("Post", "Deal ends Varna port dispute", MON.plusDays(4), MON.plusDays(4)).build();
        StoryDossier d = dossier(a, b, c);
        assertTrue(d.timeline().stream().allMatch(t -> t.articles().size() == 1), d.timeline().toString());
        assertEquals("Strike in Varna, 4\u20138 March 2030", d.title());
    }

    @Test
    void aCopyAndItsOriginalAreOneReportAndThePersonTheHeadlinesNameLeadsTheTitle() {
        String hearing = "Former mayor Tomas Reyne pleaded not guilty on Monday as his bribery trial opened in Carvell.";
        AnnotatedArticle a = article("a", hearing).person("Tomas Reyne").entity("Carvell", "LOCATION")
                .time("on Monday", MON, "day").meta("Harbor Daily", "Reyne pleads not guilty as trial opens", MON, MON)
                .build();
        AnnotatedArticle copy = article("b", hearing).person("Tomas Reyne").entity("Carvell", "LOCATION")
                .time("on Monday", MON, "day").meta("City Wire", "Reyne pleads not guilty as trial opens", MON, MON)
                .duplicateOf("a").build();
        AnnotatedArticle preview = article("c", "The court will rule in the case next week.")
                .meta("Digest", "Verdict due in Reyne bribery trial", MON, MON).build();
        StoryDossier d = dossier(a, copy, preview);
        assertEquals("Tomas Reyne trial in Carvell, 4 March 2030", d.title());
    }

    @Test
    void aTitleKeepsThePlaceWordOfTheCentralEventsSentenceAndEndsAtTheLastReport() {
        LocalDate tue = MON.plusDays(1);
        AnnotatedArticle a = article("a", "A cargo ship ran aground off the port of Kellby on Tuesday, the coast guard "
                + "said.").entity("Kellby", "LOCATION").time("on Tuesday", tue, "day")
                .meta("Wire", "Cargo ship stranded, leak feared", tue, tue).build();
        AnnotatedArticle b = article("b", "Police arrested the captain on Friday. The minister offered to meet the "
                + "owners on Monday.").time("on Friday", tue.plusDays(3), "day").time("on Monday", tue.plusDays(6), "day")
                .meta("Post", "Captain of stranded ship arrested after grounding", tue.plusDays(3), tue.plusDays(3))
                .build();
        AnnotatedArticle c = article("c", "Salvage crews began pumping fuel from the ship on Thursday after the "
                + "grounding.").time("on Thursday", tue.plusDays(2), "day")
                .meta("Daily", "Grounding: salvage begins", tue.plusDays(2), tue.plusDays(2)).build();
        StoryDossier d = dossier(a, b, c);
        assertTrue(d.title().startsWith("Grounding off Kellby"), d.title());
        assertFalse(d.title().contains("11 March"), d.title());
    }
}
