package org.dossier.synthesize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * A story whose articles are all French, read without a French model, gets a timeline: the days of a tram strike as
 * dated entries naming the union and the operator, a strike announced in the simple future ("feront grève jeudi")
 * dated on the coming day and stated, once reported, as it happened, and the agreement that ends it.
 */
class FrenchStoryHasATimelineTest {
    private static final LocalDate TUE = LocalDate.of(2031, 3, 4);
    private static final LocalDate THU = TUE.plusDays(2);
    private static final LocalDate FRI = TUE.plusDays(3);
    private static final String UNION = "Sud Rail Varenne";
    private static final String OPERATOR = "Régie Lormont";

    private static final StoryDossier STRIKE = ModellessStory.in("fr")
            .article("a", TUE, "Les conducteurs de la Régie Lormont feront grève jeudi, a annoncé mardi le syndicat "
                    + "Sud Rail Varenne.")
            .article("b", THU, "Les conducteurs de la Régie Lormont ont fait grève jeudi à l'appel du syndicat Sud Rail "
                    + "Varenne. Selon la Régie Lormont, neuf trams sur dix sont restés au dépôt.")
            .article("c", FRI.plusDays(1), "La grève a continué vendredi sur le réseau de la Régie Lormont. "
                    + "Le syndicat Sud Rail Varenne et la Régie Lormont ont signé un accord samedi.")
            .dossier();

    private static List<TimelineEntry> of(String kind, LocalDate day) {
        return STRIKE.timeline().stream().filter(t -> day.equals(t.date()) && kind.equals(t.kind())).toList();
    }

    @Test
    void bothStrikeDaysAreDatedEntries() {
        assertEquals(1, of("strike", THU).size(), STRIKE.timeline().toString());
        assertEquals(1, of("strike", FRI).size(), STRIKE.timeline().toString());
    }

    @Test
    void theStrikeEntryNamesTheUnionAndTheOperator() {
        assertTrue(of("strike", THU).get(0).participants().containsAll(List.of(UNION, OPERATOR)),
                of("strike", THU).get(0).toString());
    }

    @Test
    void aStrikeAnnouncedInTheFutureIsDatedOnTheComingDayAndStatedAsItHappened() {
        TimelineEntry thursday = of("strike", THU).get(0);
        assertEquals(List.of("a", "b"), thursday.articles(), thursday.toString());
        assertTrue(thursday.summary().contains("ont fait grève"), thursday.summary());
        assertFalse(thursday.summary().contains("feront"), thursday.summary());
    }

    @Test
    void theAgreementIsAnEntryOfItsDayNamingBothSides() {
        TimelineEntry deal = of("agreement", FRI.plusDays(1)).stream().findFirst()
                .orElseThrow(() -> new AssertionError(STRIKE.timeline().toString()));
        assertTrue(deal.participants().containsAll(List.of(UNION, OPERATOR)), deal.toString());
    }
}
