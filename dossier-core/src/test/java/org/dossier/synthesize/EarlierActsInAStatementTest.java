package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/**
 * A time inside a statement's complement after an auxiliary of an earlier act ("said the dam had been inspected in
 * June", {@code earlier-auxiliaries.txt}) dates that act, not the statement: the statement is of its article's day.
 * First read (branch unseen21 from dc2795ea): the statement was dated June, the company's Sunday statement Friday.
 */
class EarlierActsInAStatementTest {
    private static final LocalDate MON = LocalDate.of(2031, 11, 17);
    private static final LocalDate JUNE = LocalDate.of(2031, 6, 1);

    @Test
    void aStatementThatSomethingHadHappenedInJuneIsNoEventOfJune() {
        StoryDossier d = dossier(article("a", "Its chief executive, Marit Olsen, said the company followed every "
                + "rule and that the dam had been inspected in June.").person("Marit Olsen")
                .time("in June", JUNE, "month").meta("Valley Courier", "t", MON, MON).build());
        assertTrue(d.timeline().stream().noneMatch(e -> JUNE.equals(e.date())), d.timeline().toString());
    }

    @Test
    void aStatementMadeOnADayIsStillOfThatDay() {
        LocalDate sun = MON.minusDays(1);
        StoryDossier d = dossier(article("a", "Marit Olsen said on Sunday that the dam had been safe for years.")
                .person("Marit Olsen").time("on Sunday", sun, "day").meta("Valley Courier", "t", MON, MON).build());
        assertEquals(1, d.timeline().stream().filter(e -> sun.equals(e.date())).count(), d.timeline().toString());
    }
}
