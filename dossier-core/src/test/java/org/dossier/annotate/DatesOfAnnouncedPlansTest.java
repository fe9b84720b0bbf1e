package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Dates of something announced for later in the year, read early in the year: they lie ahead, in the article's year,
 * though the year gone by holds the nearer day ("will open this autumn ... on Sept. 24"); own sentences.
 */
class DatesOfAnnouncedPlansTest {
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);

    @Test
    void aSeasonOfAnAnnouncedPlanWithASinceYearIsThisYears() {
        String text = "The museum will hold its first big show since 2015 this autumn, opening in its new wing on "
                + "Sept. 24 and closing on Nov. 2-4.";
        assertEquals("2026-FA", Texts.valueAt(text, MARCH, "this autumn"));
        assertEquals("2026-09-24", Texts.valueAt(text, MARCH, "Sept. 24"));
        assertEquals("2026-11-02", Texts.valueAt(text, MARCH, "Nov. 2-4"));
    }
}
