package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.StoryDossier.Position;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

/**
 * A speaker's own intention in a quote ("I want to thank ...", "we would like to reopen ...", "we wish to meet ...")
 * is no demand of the speaker: nobody else is asked to do anything. Wanting someone else to act ("we want the
 * council to publish ...") stays a demand. First read (branch stances2 from d5a2cae, 2026-12-03): 3 of 4 right
 * ("I want to thank" was read as a demand; "would like to" and "wish to" are no stance words, the council demand held).
 */
class OwnIntentionIsNoDemandTest {
    private static final LocalDate DAY = LocalDate.of(2034, 5, 11);

    private static List<Position> positions(String quote) {
        String text = "\u201c" + quote + "\u201d said Ilse Morven.";
        List<AnnotatedArticle> list = List.of(article("a", text).person("Ilse Morven")
                .quote(quote, "Ilse Morven", null).meta("x", "t", DAY, DAY).build());
        return Positions.of(list, new EntityIndex(new NameResolver().resolve(list)), Set.of());
    }

    private static boolean noDemand(List<Position> ps) {
        return ps.stream().noneMatch(p -> p.stance().equals("demands"));
    }

    @Test
    void wantingToDoSomethingOneselfIsNoDemand() {
        List<Position> ps = positions("I want to thank the volunteers who kept the shelter open all night,");
        assertTrue(noDemand(ps), ps.toString());
    }

    @Test
    void wouldLikeToIsNoDemand() {
        List<Position> ps = positions("We would like to reopen the ferry crossing before the summer,");
        assertTrue(noDemand(ps), ps.toString());
    }

    @Test
    void wishingToIsNoDemand() {
        List<Position> ps = positions("We wish to meet the families of the miners next week,");
        assertTrue(noDemand(ps), ps.toString());
    }

    @Test
    void wantingSomeoneElseToActStaysADemand() {
        List<Position> ps = positions("We want the council to publish the inspection figures,");
        assertTrue(ps.stream().anyMatch(p -> p.actor().equals("Ilse Morven") && p.stance().equals("demands")),
                ps.toString());
    }
}
