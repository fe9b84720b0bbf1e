package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

/**
 * A verb that only says something befell a place or people ("struck", "killed") names the happening its clause
 * names: the quake, the floods; a strike by people stays an attack.
 */
class HappeningsNameTheirEventTest {
    private static final LocalDate MON = LocalDate.of(2031, 6, 2);

    private static StoryDossier dossier(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        Story story = new Story("s", "working title", list.stream().map(AnnotatedArticle::id).toList());
        return new DossierSynthesizer(EntityIndex::new).synthesize(story, list, new NameResolver().resolve(list));
    }

    private static AnnotatedArticle report(String id, String text, String headline) {
        return article(id, text).entity("Marvia", "LOCATION").entity("Dornhall", "LOCATION")
                .time("on Monday", MON, "day").meta(id + "-news", headline, MON.plusDays(1), MON.plusDays(1)).build();
    }

    private static StoryDossier.TimelineEntry only(StoryDossier d) {
        assertEquals(1, d.timeline().size(), d.timeline().toString());
        return d.timeline().get(0);
    }

    @Test
    void anEarthquakeThatStruckIsTheEarthquakeNotAStrike() {
        StoryDossier d = dossier(
                report("a", "A magnitude 6.4 earthquake struck Dornhall in Marvia on Monday, killing at least 30 people.",
                        "Deadly quake in Marvia"),
                report("b", "A powerful quake struck Dornhall on Monday, officials in Marvia said.", "Marvia shaken"));
        assertEquals("disaster", only(d).kind());
        assertTrue(d.title().startsWith("Earthquake in "), d.title());
    }

    @Test
    void floodsThatKilledAreTheFloodsNotCasualties() {
        StoryDossier d = dossier(report("a", "Floods killed 12 people in Dornhall on Monday.", "Floods in Marvia"));
        assertEquals("disaster", only(d).kind());
    }

    @Test
    void aStrikeByPeopleStaysAnAttack() {
        StoryDossier d = dossier(report("a", "Rebels struck an army base near Dornhall on Monday.", "Base attacked"));
        assertEquals("attack", only(d).kind());
    }

    @Test
    void theOutcomeOfAHappeningIsKeptInItsStatement() {
        StoryDossier d = dossier(
                report("a", "A strong earthquake struck Dornhall on Monday, killing at least 30 people.", "Quake kills 30"),
                report("b", "An earthquake struck Dornhall on Monday.", "Quake in Marvia"));
        assertTrue(only(d).summary().contains("killing at least 30 people"), only(d).summary());
    }

    @Test
    void aClockTimeInAStatementIsNotCutAtItsColon() {
        StoryDossier d = dossier(report("a", "The quake struck Dornhall at 04:17 local time on Monday, killing two.", "Quake at dawn"));
        assertFalse(only(d).summary().contains("4, 17"), only(d).summary());
    }
}
