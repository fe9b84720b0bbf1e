package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * Held-out set T1 (invented articles): a timeline statement carries what was said; one that would end on its
 * reporting verb ("…, the minister warned") takes the clause the verb introduces after a colon, or is not an entry.
 * First read on the unchanged code (commit of this set): 0 of 3 pass (the colon's clause was cut off in both
 * colon cases; "…, Ivo Dask, the foreign minister of Osria, warned on Monday." gave "…, Ivo Dask warned").
 */
class StatementsCarryTheirContentTest {
    private static final LocalDate MON = LocalDate.of(2031, 5, 5);
    private static final LocalDate TUE = MON.plusDays(1);

    private static List<TimelineEntry> timeline(String text) {
        return StoryFixture.dossier(article("a", text).person("Ivo Dask").entity("Osria", "LOCATION")
                .entity("Velna", "LOCATION").time("on Monday", MON, "day").meta("x", "t", TUE, TUE).build()).timeline();
    }

    private static boolean endsOnItsVerb(List<TimelineEntry> t) {
        return t.stream().anyMatch(e -> e.summary().matches("(?s).*\\b(?:warned|said|stressed|declared)$"));
    }

    @Test
    void aStatementWhoseWordsFollowAColonCarriesThem() {
        List<TimelineEntry> t = timeline("At the opening of the summit in Velna, Ivo Dask, the foreign minister of "
                + "Osria, warned on Monday: sanctions would follow any attack on the border.");
        assertFalse(endsOnItsVerb(t), t.toString());
        assertTrue(t.stream().anyMatch(e -> e.summary().contains("sanctions would follow any attack")), t.toString());
    }

    @Test
    void aStatementOpeningWithItsSpeakerCarriesTheWordsAfterTheColon() {
        List<TimelineEntry> t = timeline("Ivo Dask declared on Monday at the summit in Velna: the talks with Osria "
                + "had failed.");
        assertFalse(endsOnItsVerb(t), t.toString());
        assertTrue(t.stream().anyMatch(e -> e.summary().contains("the talks with Osria had failed")), t.toString());
    }

    @Test
    void aStatementWithNothingSaidAfterASettingIsTheSpeakerAtThatSetting() {
        List<TimelineEntry> t = timeline("At the opening of the summit in Velna, Ivo Dask, the foreign minister of "
                + "Osria, warned on Monday.");
        assertTrue(t.stream().anyMatch(e -> e.summary().startsWith("Ivo Dask")
                && e.summary().contains("at the opening of the summit in Velna")), t.toString());
    }

    @Test
    void whatWasSaidBeforeAClosingReportingClauseIsKept() {
        List<TimelineEntry> t = timeline("Sanctions would follow any attack on the border of Osria, Ivo Dask warned"
                + " on Monday.");
        assertTrue(t.stream().anyMatch(e -> e.summary().contains("Sanctions would follow any attack")), t.toString());
    }

    @Test
    void aReportingVerbWithNothingSaidMakesNoEntryEndingOnIt() {
        List<TimelineEntry> t = timeline("At the opening of the summit in Velna, Ivo Dask, the foreign minister of "
                + "Osria, warned on Monday.");
        assertFalse(endsOnItsVerb(t), t.toString());
    }
}
