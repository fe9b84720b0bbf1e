package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Claim;
import org.junit.jupiter.api.Test;

/**
 * A figure takes the day its statement is dated by ("Reddy said on Monday that the firm had lost £1.2 million", "On
 * Tuesday the company put the loss at £2.5 million"), so two figures of one article said on two days are an update,
 * not a contradiction; a time dating something else in the sentence ("the storm that hit on Thursday") does not date
 * the figure. A source read back to its sentence's start drops a fronted time ("On Tuesday the company" is "the
 * company"). First read (2026-12-04, an unseen ferry-strike story): both figures dated by the article, "contradiction",
 * "according to On Tuesday the company".
 */
class FiguresTakeTheDayTheirStatementIsDatedByTest {
    private static final LocalDate MON = LocalDate.of(2031, 3, 10);
    private static final LocalDate TUE = MON.plusDays(1);

    private static StoryDossier losses() {
        return dossier(article("a", "Callum Reddy said on Monday that the firm had lost about £1.2 million in the first "
                + "day of the strike. On Tuesday the company put the loss at £2.5 million.").person("Callum Reddy")
                .time("on Monday", MON, "day").time("On Tuesday", TUE, "day").meta("Courier", "t", TUE, TUE).build());
    }

    private static Claim claim(StoryDossier d, double value) {
        return d.claims().stream().filter(c -> c.value() != null && c.value() == value).findFirst()
                .orElseThrow(() -> new AssertionError(d.claims().toString()));
    }

    @Test
    void aFigureSaidOnAnEarlierDayTakesThatDay() {
        StoryDossier d = losses();
        assertEquals(MON, claim(d, 1_200_000).date(), d.claims().toString());
        assertEquals(TUE, claim(d, 2_500_000).date(), d.claims().toString());
    }

    @Test
    void twoFiguresOfOneArticleSaidOnTwoDaysAreNoContradiction() {
        StoryDossier d = losses();
        assertFalse(d.disagreements().stream().anyMatch(x -> x.kind().equals("contradiction")), d.disagreements()
                .toString());
    }

    @Test
    void aFrontedTimeIsNoPartOfTheSource() {
        StoryDossier d = losses();
        assertEquals("the company", claim(d, 2_500_000).source(), d.claims().toString());
    }

    @Test
    void aTimeDatingSomethingElseInTheSentenceLeavesTheArticlesDay() {
        LocalDate thu = LocalDate.of(2030, 3, 14);
        LocalDate sat = thu.plusDays(2);
        StoryDossier d = dossier(article("a", "The storm that hit southern Belmark on Thursday destroyed 200 homes, "
                + "officials said.").entity("Belmark", "LOCATION").time("on Thursday", thu, "day")
                .meta("Herald", "t", sat, sat).build());
        assertEquals(sat, claim(d, 200).date(), d.claims().toString());
        assertTrue(d.claims().stream().allMatch(c -> !c.date().equals(thu)), d.claims().toString());
    }
}
