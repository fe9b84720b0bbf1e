package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/**
 * A fire's day is an entry: what it burned or destroyed ("burning across 9,000 acres", "destroyed 30 homes") and
 * the orders given because of it ("officials ordered 2,000 people to leave") are events of the timeline, as a
 * quake's or a flood's are.
 */
class FiresAndOrdersAreEventsTest {
    private static final LocalDate WED = LocalDate.of(2030, 3, 13);

    private static boolean on(StoryDossier d, String words) {
        return d.timeline().stream().anyMatch(t -> t.date().equals(WED) && t.summary().contains(words));
    }

    @Test
    void aFireBurningAcrossLandOnADayIsAnEntry() {
        StoryDossier d = dossier(article("a", "The fire grew on Wednesday, burning across 9,000 acres of forest.")
                .time("Wednesday", WED, "day").meta("Herald", "t", WED.plusDays(1), WED.plusDays(1)).build());
        assertTrue(on(d, "burning across 9,000 acres"), d.timeline().toString());
    }

    @Test
    void anOrderToLeaveOnADayIsAnEntry() {
        StoryDossier d = dossier(article("a", "Officials ordered 2,000 people to leave their homes on Wednesday.")
                .time("Wednesday", WED, "day").meta("Herald", "t", WED.plusDays(1), WED.plusDays(1)).build());
        assertTrue(on(d, "ordered 2,000 people to leave their homes"), d.timeline().toString());
    }

    @Test
    void homesDestroyedOnADayAreAnEntry() {
        StoryDossier d = dossier(article("a", "The flames destroyed 30 homes in Varrow on Wednesday.")
                .entity("Varrow", "LOCATION").time("Wednesday", WED, "day")
                .meta("Herald", "t", WED.plusDays(1), WED.plusDays(1)).build());
        assertTrue(on(d, "destroyed 30 homes"), d.timeline().toString());
    }
}
