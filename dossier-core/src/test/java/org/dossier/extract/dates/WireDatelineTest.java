package org.dossier.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The wire dateline of a first paragraph: full dates, days without a year against the fetch time, and non-datelines. */
class WireDatelineTest {
    @Test
    void aFullDateInAnAgencyDatelineDatesThePageWithoutAFetchTime() {
        WireDateline w = WireDateline.in("LISBOA, 3 de junho de 2023 (Lusa) - O parlamento aprovou hoje a nova lei.");
        assertNotNull(w);
        assertEquals(LocalDate.of(2023, 6, 3), w.on(null));
        assertEquals(LocalDate.of(2022, 11, 8),
                WireDateline.in("NAIROBI (Nov. 8, 2022) — Kenya's central bank kept rates on hold.").on(null));
    }

    @Test
    void aDayWithoutAYearTakesTheFetchYearAndNeverAFutureDay() {
        WireDateline w = WireDateline.in("TOKYO, Dec 30 (Reuters) - Japanese shares ended the year higher.");
        assertNotNull(w);
        assertNull(w.on(null), "no fetch time: no date");
        assertEquals(LocalDate.of(2022, 12, 30), w.on(Instant.parse("2023-01-02T09:00:00Z")));
        assertEquals(LocalDate.of(2023, 12, 30), w.on(Instant.parse("2023-12-30T22:00:00Z")));
        assertEquals(LocalDate.of(2021, 4, 7), WireDateline.in("WIEN, 7. April (APA) - Die Regierung hat am Mittwoch "
                + "ein neues Paket vorgestellt.").on(Instant.parse("2021-04-07T15:00:00Z")));
    }

    @Test
    void anAgencyBeforeThePlaceOpensADateline() {
        WireDateline w = WireDateline.in("(ANSA) - ROMA, 12 MAR - Il governo ha approvato il decreto sulle bollette.");
        assertNotNull(w);
        assertEquals(LocalDate.of(2024, 3, 12), w.on(Instant.parse("2024-03-12T11:00:00Z")));
        assertNull(WireDateline.in("(ANSA) - Il governo ha approvato il decreto - ha detto il ministro."));
    }

    @Test
    void aSentenceWithADashOrAPlaceInOrdinaryCaseIsNoDateline() {
        assertNull(WireDateline.in("The council met on March 14 - and voted to close the pool."));
        assertNull(WireDateline.in("Berlin hat am 14. März - wie erwartet - den Haushalt beschlossen."));
        assertNull(WireDateline.in("GENEVA (Reuters) - The World Health Organization said on Tuesday it was concerned."));
    }
}
