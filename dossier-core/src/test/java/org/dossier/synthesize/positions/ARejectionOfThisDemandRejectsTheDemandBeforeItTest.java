package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.positions.PositionFixture.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier.Position;
import org.junit.jupiter.api.Test;

/**
 * A rejection of "this demand" ("a rejeté cette exigence", {@code referring-stances.txt}) rejects the demand of
 * another actor stated before it in the article, and answers it; with no such demand before it, it is no position
 * (a reader learns nothing from "rejects: this demand"); in "X rejected Y's demand that it withdraw", "it" is X
 * ({@code Complements.subjectNamed}), never in an offer ("Y's offer that it would pay").
 * First read (2026-12-04, the French page of an unseen border-talks story): "Ilse Marwick rejects: cette exigence".
 */
class ARejectionOfThisDemandRejectsTheDemandBeforeItTest {
    private static final LocalDate DAY = LocalDate.of(2032, 5, 11);

    private static List<Position> in(String lang, String text) {
        return PositionFixture.positions(article("a", text).person("Tomas Kerr", "Ilse Mark"), lang, DAY);
    }

    @Test
    void thisDemandIsTheDemandBeforeIt() {
        List<Position> fr = in("fr", "Le ministre Tomas Kerr a exigé le retrait des troupes de la vallée. "
                + "La présidente Ilse Mark a rejeté cette exigence.");
        assertTrue(has(fr, "Ilse Mark", "rejects", "retrait des troupes de la vallée"), fr.toString());
        assertTrue(fr.stream().anyMatch(p -> p.actor().equals("Ilse Mark") && p.answers() != null
                && p.answers().startsWith("Tomas Kerr demands")), fr.toString());
        List<Position> en = in("en", "Tomas Kerr demanded the withdrawal of the troops from the valley. "
                + "Ilse Mark rejected this demand.");
        assertTrue(has(en, "Ilse Mark", "rejects", "withdrawal of the troops"), en.toString());
    }

    @Test
    void withNoDemandBeforeItTheRejectionIsNoPosition() {
        List<Position> en = in("en", "Ilse Mark rejected this demand. Tomas Kerr demanded the withdrawal of the troops.");
        assertFalse(en.stream().anyMatch(p -> p.actor().equals("Ilse Mark")), en.toString());
    }

    @Test
    void itInADemandTheSubjectRejectsIsTheSubject() {
        List<Position> ps = PositionFixture.positions(article("a", "Ostland rejected Vardia's demand that it withdraw "
                + "its forces from the valley.").entity("Ostland", "ORGANIZATION").entity("Vardia", "ORGANIZATION"),
                "en", DAY);
        assertTrue(has(ps, "Vardia", "demands", "Ostland withdraw its forces"), ps.toString());
        List<Position> offer = PositionFixture.positions(article("a", "Ostland accepted Vardia's offer that it would "
                + "pay for the repairs.").entity("Ostland", "ORGANIZATION").entity("Vardia", "ORGANIZATION"), "en", DAY);
        assertFalse(offer.stream().anyMatch(p -> p.proposition().startsWith("Ostland")), offer.toString());
    }
}
