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
 * A story whose articles are all Spanish, read without a Spanish model, gets a timeline: the days of a metro strike
 * as dated entries naming the union and the operator, a strike called "para el jueves" or announced in the simple
 * future ("harán huelga el jueves") dated on the coming Thursday and stated, once reported, as it happened; a vote
 * announced for Sunday ("votará el domingo") is dated on the coming Sunday, after its article, not the last one; a
 * strike "a partir del jueves" (from Thursday on) is no event of the last Thursday.
 */
class SpanishStoryHasATimelineTest {
    private static final LocalDate TUE = LocalDate.of(2031, 3, 4);
    private static final LocalDate THU = TUE.plusDays(2);
    private static final LocalDate FRI = TUE.plusDays(3);
    private static final String UNION = "Unión Ferroviaria Montalbo";
    private static final String OPERATOR = "Metro Sorianes";

    private static final StoryDossier STRIKE = ModellessStory.in("es")
            .article("a", TUE, "El sindicato Unión Ferroviaria Montalbo convocó una huelga en Metro Sorianes para el "
                    + "jueves. Los maquinistas de Metro Sorianes harán huelga el jueves, anunció el martes el "
                    + "sindicato Unión Ferroviaria Montalbo.")
            .article("b", THU, "Los maquinistas de Metro Sorianes hicieron huelga el jueves. "
                    + "Según Metro Sorianes, nueve de cada diez trenes no circularon.")
            .article("c", FRI.plusDays(1), "La huelga continuó el viernes en Metro Sorianes. "
                    + "El sindicato Unión Ferroviaria Montalbo y Metro Sorianes firmaron un acuerdo el sábado.")
            .dossier();

    private static List<TimelineEntry> strikeOn(StoryDossier d, LocalDate day) {
        return d.timeline().stream().filter(t -> day.equals(t.date()) && "strike".equals(t.kind())).toList();
    }

    @Test
    void bothStrikeDaysAreDatedEntries() {
        assertEquals(1, strikeOn(STRIKE, THU).size(), STRIKE.timeline().toString());
        assertEquals(1, strikeOn(STRIKE, FRI).size(), STRIKE.timeline().toString());
    }

    @Test
    void theStrikeEntryNamesTheUnionAndTheOperator() {
        assertTrue(strikeOn(STRIKE, THU).get(0).participants().containsAll(List.of(UNION, OPERATOR)),
                strikeOn(STRIKE, THU).get(0).toString());
    }

    @Test
    void aStrikeCalledForTheComingDayIsOneEntryWithItsReportStatedAsItHappened() {
        TimelineEntry thursday = strikeOn(STRIKE, THU).get(0);
        assertEquals(List.of("a", "b"), thursday.articles(), thursday.toString());
        assertTrue(thursday.summary().contains("hicieron huelga"), thursday.summary());
        assertFalse(thursday.summary().contains("harán"), thursday.summary());
    }

    @Test
    void aStrikeFromADayOnIsNoEventOfTheLastSuchDay() {
        StoryDossier d = ModellessStory.in("es")
                .article("a", TUE, "Los sindicatos de Metro Sorianes convocaron una huelga indefinida a partir del "
                        + "jueves. El sindicato Unión Ferroviaria Montalbo se reunió el lunes con Metro Sorianes.")
                .article("b", TUE, "Metro Sorianes y el sindicato Unión Ferroviaria Montalbo no comentaron.")
                .dossier();
        assertFalse(d.timeline().isEmpty(), "the meeting of Monday is an entry");
        assertTrue(d.timeline().stream().noneMatch(t -> "strike".equals(t.kind())), d.timeline().toString());
    }

    @Test
    void aVoteAnnouncedForSundayIsDatedOnTheComingSunday() {
        StoryDossier d = ModellessStory.in("es")
                .article("a", TUE, "La asamblea de Metro Sorianes votará el domingo el preacuerdo.")
                .article("b", TUE, "Los trabajadores de Metro Sorianes esperan el preacuerdo.")
                .dossier();
        TimelineEntry vote = d.timeline().stream().filter(t -> "vote".equals(t.kind())).findFirst()
                .orElseThrow(() -> new AssertionError(d.timeline().toString()));
        assertEquals(TUE.plusDays(5), vote.date(), vote.toString());
    }
}
