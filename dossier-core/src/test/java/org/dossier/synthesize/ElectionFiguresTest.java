package org.dossier.synthesize;

import static org.dossier.synthesize.StoryFixture.dossier;
import static org.dossier.synthesize.StoryFixture.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Claim;
import org.junit.jupiter.api.Test;

/**
 * Results as an analyst reads them: a share "of the vote" is a figure, two parties' counts in one sentence are two
 * things (no contradiction), and a party's result restated later is compared with its own earlier figure.
 */
class ElectionFiguresTest {
    private static final LocalDate MON = LocalDate.of(2033, 5, 2);

    @Test
    void aShareOfTheVoteIsAFigure() {
        StoryDossier d = dossier(plain("a", "The Farmers' League won 27.5 percent of the vote, the commission said.", MON));
        assertEquals(1, d.claims().size(), d.claims().toString());
        Claim c = d.claims().get(0);
        assertEquals("percent", c.unit());
        assertTrue(c.subject().contains("of the vote"), c.subject());
    }

    @Test
    void twoPartiesSeatsInOneSentenceAreNoContradiction() {
        StoryDossier d = dossier(plain("a", "The Farmers' League won 61 seats and the Liberal Bloc 48 seats.", MON),
                plain("b", "The Farmers' League won 61 seats and the Liberal Bloc 48 seats, the count showed.", MON.plusDays(1)));
        assertTrue(d.disagreements().isEmpty(), d.disagreements().toString());
    }

    @Test
    void aCountOnlyOneSentenceGivesTwiceIsStillComparedAcrossArticles() {
        StoryDossier d = dossier(plain("a", "The Farmers' League won 61 seats, its best result.", MON),
                plain("b", "The Farmers' League won 74 seats, its best result, the final count showed.", MON.plusDays(4)));
        assertEquals(1, d.disagreements().size(), d.claims() + " " + d.disagreements());
        assertEquals("update", d.disagreements().get(0).kind());
    }

    @Test
    void aPartOfATotalCountsTheTotalsNounAndTheTotalIsNoClaim() {
        StoryDossier d = dossier(plain("a", "The count gives the Farmers' League 52 of the 140 seats in parliament.", MON),
                plain("b", "Nach dem Endergebnis kam die Liga auf 54 der 140 Sitze.", MON.plusDays(2)));
        assertEquals(List.of(52.0, 54.0), d.claims().stream().map(Claim::value).toList(), d.claims().toString());
        assertEquals(List.of("seats", "seats"), d.claims().stream().map(Claim::unit).toList());
    }
}
