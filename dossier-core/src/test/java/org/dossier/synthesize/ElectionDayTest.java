package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * The day of a vote in the timeline: voters going to the polls is the election day, a referendum too, and the
 * reports of that day (who voted, who won) are one entry that states the result.
 */
class ElectionDayTest {
    private static final LocalDate SUN = LocalDate.of(2031, 9, 14);

    private static List<TimelineEntry> onSunday(StoryDossier d) {
        return d.timeline().stream().filter(e -> SUN.equals(e.date())).toList();
    }

    @Test
    void votersGoingToThePollsIsTheElectionDay() {
        StoryDossier d = dossier(article("a", "Voters went to the polls on Sunday under heavy rain.")
                .time("on Sunday", SUN, "day").meta("Harbour Times", "t", SUN.plusDays(1), SUN.plusDays(1)).build());
        List<TimelineEntry> sunday = onSunday(d);
        assertEquals(1, sunday.size(), d.timeline().toString());
        assertEquals("election", sunday.get(0).kind());
    }

    @Test
    void aReferendumIsAVoteDayAsAnElectionIs() {
        StoryDossier d = dossier(article("a", "Marovians voted in a referendum on Sunday on leaving the customs union.")
                .entity("Marovians", "MISC").time("on Sunday", SUN, "day")
                .meta("Courier", "t", SUN.plusDays(1), SUN.plusDays(1)).build());
        assertEquals(List.of("election"), onSunday(d).stream().map(TimelineEntry::kind).toList(), d.timeline().toString());
    }

    @Test
    void whoVotedAndWhoWonOnElectionDayAreOneEntryThatStatesTheResult() {
        StoryDossier d = dossier(
                article("a", "Voters went to the polls on Sunday in an election called after the collapse of Prime "
                        + "Minister Aksel Brenn's coalition.").person("Aksel Brenn").time("on Sunday", SUN, "day")
                        .meta("Harbour Times", "t", SUN.plusDays(1), SUN.plusDays(1)).build(),
                article("b", "The Civic Union won the election on Sunday with 34.2 percent of the vote, according to "
                        + "the final results.").entity("Civic Union", "ORGANIZATION").time("on Sunday", SUN, "day")
                        .meta("Lorvania Monitor", "t", SUN.plusDays(3), SUN.plusDays(3)).build());
        List<TimelineEntry> sunday = onSunday(d);
        assertEquals(1, sunday.size(), d.timeline().toString());
        assertEquals(List.of("a", "b"), sunday.get(0).articles());
        assertTrue(sunday.get(0).summary().startsWith("The Civic Union won the election"), sunday.get(0).summary());
    }
}
