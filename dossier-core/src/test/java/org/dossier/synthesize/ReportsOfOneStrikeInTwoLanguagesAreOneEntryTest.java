package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * An English report (annotated as a model annotates it) and a German one read without a model, of one strike on one
 * day by the same union: the timeline joins them by day, class and participants as it joins English reports, so the
 * strike is one entry citing both; a German report of another day stays apart.
 */
class ReportsOfOneStrikeInTwoLanguagesAreOneEntryTest {
    private static final LocalDate THU = LocalDate.of(2031, 3, 6);

    private static StoryDossier story(String german, LocalDate germanDay) {
        return ModellessStory.in("de")
                .annotated(article("en", "Bus and tram drivers at Verkehrsbetriebe Kessling went on strike on Thursday, "
                        + "the Gewerkschaft Nahverkehr Velmark said.")
                        .entity("Verkehrsbetriebe Kessling", "ORGANIZATION")
                        .entity("Gewerkschaft Nahverkehr Velmark", "ORGANIZATION")
                        .time("on Thursday", THU, "day").meta("wire", "Drivers strike in Kessling", THU, THU).build())
                .article("de", germanDay, german)
                .dossier();
    }

    private static List<TimelineEntry> strikes(StoryDossier d) {
        return d.timeline().stream().filter(t -> "strike".equals(t.kind())).toList();
    }

    @Test
    void theStrikeReportedInEnglishAndGermanIsOneEntryCitingBoth() {
        StoryDossier d = story("Die Gewerkschaft Nahverkehr Velmark hat am Donnerstag die Busse und Bahnen der "
                + "Verkehrsbetriebe Kessling bestreikt.", THU);
        assertEquals(1, strikes(d).size(), d.timeline().toString());
        assertEquals(List.of("en", "de"), strikes(d).get(0).articles());
        assertEquals(THU, strikes(d).get(0).date());
    }

    @Test
    void aGermanReportOfTheNextDaysStrikeStaysApart() {
        StoryDossier d = story("Am Freitag streikten die Fahrer der Verkehrsbetriebe Kessling erneut.", THU.plusDays(1));
        assertEquals(2, strikes(d).size(), d.timeline().toString());
        assertTrue(strikes(d).stream().allMatch(t -> t.articles().size() == 1), d.timeline().toString());
    }
}
