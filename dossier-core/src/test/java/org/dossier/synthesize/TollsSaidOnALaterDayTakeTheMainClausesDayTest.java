package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/**
 * A time inside a relative clause on an event noun ("the storm that hit Belmark on Thursday") dates that noun only:
 * the main clause ("... rose to 57, the minister said on Saturday") is an entry of the sentence's other day.
 */
class TollsSaidOnALaterDayTakeTheMainClausesDayTest {
    private static final LocalDate THU = LocalDate.of(2030, 3, 14);
    private static final LocalDate SAT = THU.plusDays(2);

    private static boolean on(StoryDossier d, LocalDate day, String words) {
        return d.timeline().stream().anyMatch(t -> t.date().equals(day) && t.summary().contains(words));
    }

    @Test
    void aTollSaidOnALaterDayIsAnEntryOfThatDay() {
        StoryDossier d = dossier(article("a", "The number of dead from the storm that hit southern Belmark on Thursday"
                + " rose to 57, Health Minister Oda Renn said on Saturday.").entity("Belmark", "LOCATION")
                .person("Oda Renn").time("on Thursday", THU, "day").time("on Saturday", SAT, "day")
                .meta("Herald", "t", SAT, SAT).build());
        assertTrue(on(d, SAT, "rose to 57"), d.timeline().toString());
        assertFalse(on(d, THU, "rose to 57"), d.timeline().toString());
    }

    @Test
    void aTollRisingOnALaterDayIsAnEntryOfThatDay() {
        LocalDate mon = THU.minusDays(3);
        LocalDate wed = THU.minusDays(1);
        StoryDossier d = dossier(article("a", "The death toll from the floods which swept Orvik on Monday climbed to 31"
                + " on Wednesday, officials said.").entity("Orvik", "LOCATION").time("on Monday", mon, "day")
                .time("on Wednesday", wed, "day").meta("Herald", "t", wed, wed).build());
        assertTrue(on(d, wed, "climbed to 31"), d.timeline().toString());
        assertFalse(on(d, mon, "climbed to 31"), d.timeline().toString());
    }

    @Test
    void aRelativeClausesTimeAloneStillDatesTheWholeSentence() {
        StoryDossier d = dossier(article("a", "The storm that hit Belmark on Thursday destroyed 200 homes.")
                .entity("Belmark", "LOCATION").time("on Thursday", THU, "day").meta("Herald", "t", SAT, SAT).build());
        assertTrue(on(d, THU, "destroyed 200 homes"), d.timeline().toString());
    }
}
