package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
