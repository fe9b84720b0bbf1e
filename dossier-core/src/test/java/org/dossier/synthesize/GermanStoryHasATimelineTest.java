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
 * A story whose articles are all German, read without a German model (sentences, German rule dates, names the story
 * confirms), gets a timeline: the days of a transport strike as dated entries naming the union and the operator, a
 * strike announced for a day and reported on it one entry in the words of the report, a time opening a German
 * clause kept in its statement, a verb-final relative clause dated by its own time, and a strike "seit Donnerstag"
 * no event of Thursday.
 */
class GermanStoryHasATimelineTest {
    private static final LocalDate TUE = LocalDate.of(2031, 3, 4);
    private static final LocalDate THU = TUE.plusDays(2);
    private static final LocalDate FRI = TUE.plusDays(3);
    private static final String UNION = "Gewerkschaft Nahverkehr Velmark";
    private static final String OPERATOR = "Verkehrsbetriebe Kessling";

    private static final StoryDossier STRIKE = ModellessStory.in("de")
            .article("a", TUE, "Die Fahrer der Verkehrsbetriebe Kessling wollen am Donnerstag und am Freitag streiken. "
                    + "Das kündigte die Gewerkschaft Nahverkehr Velmark am Dienstag an. "
                    + "Die Verkehrsbetriebe Kessling nannten den Streik überzogen.")
            .article("b", THU, "Die Gewerkschaft Nahverkehr Velmark hat am Donnerstag die Busse und Bahnen der "
                    + "Verkehrsbetriebe Kessling bestreikt. Fast alle Fahrten fielen aus, teilten die Verkehrsbetriebe "
                    + "Kessling mit.")
            .article("c", FRI.plusDays(1), "Am Freitag streikten die Fahrer der Verkehrsbetriebe Kessling erneut. "
                    + "Die Gewerkschaft Nahverkehr Velmark beendete den Warnstreik am Samstag.")
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
        TimelineEntry thursday = strikeOn(STRIKE, THU).get(0);
        assertTrue(thursday.participants().containsAll(List.of(UNION, OPERATOR)), thursday.toString());
        assertTrue(thursday.summary().contains("bestreikt"), thursday.summary());
    }

    @Test
    void aStrikeAnnouncedForADayAndReportedOnItIsOneEntryInTheWordsOfTheReport() {
        TimelineEntry friday = strikeOn(STRIKE, FRI).get(0);
        assertEquals(List.of("a", "c"), friday.articles(), friday.toString());
        assertFalse(friday.summary().contains("wollen"), friday.summary());
    }

    @Test
    void aTimeOpeningAGermanClauseStaysInItsStatement() {
        assertTrue(strikeOn(STRIKE, FRI).get(0).summary().startsWith("Am Freitag streikten"),
                strikeOn(STRIKE, FRI).get(0).summary());
    }

    @Test
    void theUnionEndingTheStrikeIsAnEntryOfItsDay() {
        TimelineEntry end = STRIKE.timeline().stream().filter(t -> FRI.plusDays(1).equals(t.date())).findFirst()
                .orElseThrow(() -> new AssertionError(STRIKE.timeline().toString()));
        assertEquals(List.of(UNION), end.participants(), end.toString());
    }

    @Test
    void aVerbFinalRelativeClauseIsTheEventOfItsOwnTime() {
        StoryDossier d = ModellessStory.in("de")
                .article("a", FRI, "Die Verkehrsbetriebe Kessling, deren Chef Paul Ferrand am Dienstag zurückgetreten "
                        + "war, unterzeichneten am Mittwoch eine Vereinbarung mit der Gewerkschaft Nahverkehr Velmark.")
                .article("b", FRI, "Die Verkehrsbetriebe Kessling und die Gewerkschaft Nahverkehr Velmark schweigen.")
                .dossier();
        TimelineEntry resignation = d.timeline().stream().filter(t -> "resignation".equals(t.kind())).findFirst()
                .orElseThrow(() -> new AssertionError(d.timeline().toString()));
        assertEquals(TUE, resignation.date());
        assertEquals(List.of("Paul Ferrand"), resignation.participants());
    }

    @Test
    void aRelativeClauseIsStatedWithTheNameItHangsOn() {
        StoryDossier d = ModellessStory.in("de")
                .article("a", FRI, "Die Verkehrsbetriebe Kessling, deren Chef Paul Ferrand am Dienstag zurückgetreten "
                        + "war, unterzeichneten am Mittwoch eine Vereinbarung mit der Gewerkschaft Nahverkehr Velmark.")
                .article("b", FRI, "Die Verkehrsbetriebe Kessling und die Gewerkschaft Nahverkehr Velmark schweigen.")
                .dossier();
        TimelineEntry resignation = d.timeline().stream().filter(t -> "resignation".equals(t.kind())).findFirst()
                .orElseThrow(() -> new AssertionError(d.timeline().toString()));
        assertTrue(resignation.summary().startsWith("Die Verkehrsbetriebe Kessling, deren Chef"), resignation.summary());
    }

    @Test
    void aStrikeSinceADayIsNoEventOfThatDay() {
        StoryDossier d = ModellessStory.in("de")
                .article("a", FRI, "Seit Donnerstag streiken die Fahrer der Verkehrsbetriebe Kessling. Am Freitag "
                        + "trafen sich die Verkehrsbetriebe Kessling und die Gewerkschaft Nahverkehr Velmark zu Gesprächen.")
                .article("b", FRI, "Die Verkehrsbetriebe Kessling und die Gewerkschaft Nahverkehr Velmark schweigen.")
                .dossier();
        assertFalse(d.timeline().isEmpty(), "the talks of Friday are an entry");
        assertTrue(d.timeline().stream().noneMatch(t -> THU.equals(t.date())), d.timeline().toString());
    }
}
