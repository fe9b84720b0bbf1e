package org.dossier.synthesize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * A German sentence whose relative clause on an event noun holds one time and whose main clause holds another
 * ("Die Gespräche, die am Montag begonnen hatten, sollen am Donnerstag fortgesetzt werden") gives both days: the
 * relative clause dates its noun, and the main clause, verb-final after its own time, is dated by that time.
 */
class BothTimesOfAVerbFinalSentenceDateEventsTest {
    private static final LocalDate TUE = LocalDate.of(2031, 3, 4);
    private static final LocalDate MON = TUE.minusDays(1);
    private static final LocalDate THU = TUE.plusDays(2);

    private static List<LocalDate> days(StoryDossier d) {
        return d.timeline().stream().map(TimelineEntry::date).toList();
    }

    @Test
    void talksBegunOnOneDayAndToResumeOnAnotherGiveBothDays() {
        StoryDossier d = ModellessStory.in("de")
                .article("a", TUE, "Die Gespräche, die am Montag begonnen hatten, sollen am Donnerstag fortgesetzt "
                        + "werden. Die Gewerkschaft Nahverkehr Velmark bestätigte das.")
                .article("b", TUE, "Die Gewerkschaft Nahverkehr Velmark und die Verkehrsbetriebe Kessling verhandeln.")
                .dossier();
        assertTrue(days(d).contains(MON) && days(d).contains(THU), d.timeline().toString());
        TimelineEntry thursday = d.timeline().stream().filter(t -> THU.equals(t.date())).findFirst().orElseThrow();
        assertTrue(thursday.summary().contains("fortgesetzt"), thursday.summary());
    }

    @Test
    void aStrikeBegunOnOneDayAndToEndOnAnotherGivesBothDays() {
        StoryDossier d = ModellessStory.in("de")
                .article("a", TUE, "Der Streik, der am Montag begonnen hatte, soll am Donnerstag enden. Die "
                        + "Gewerkschaft Nahverkehr Velmark bestätigte das.")
                .article("b", TUE, "Die Gewerkschaft Nahverkehr Velmark und die Verkehrsbetriebe Kessling verhandeln.")
                .dossier();
        assertTrue(days(d).contains(MON) && days(d).contains(THU), d.timeline().toString());
    }
}
