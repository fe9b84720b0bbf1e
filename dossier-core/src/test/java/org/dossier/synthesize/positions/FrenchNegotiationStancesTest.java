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
 * French stances of negotiation reports: "le gouvernement" a role group acting as one party
 * ({@code fr/role-groups.txt}), an elided complement marker left out of the proposition it opens ("a menacé
 * d'imposer …": imposer …), and a stance noun owned by the name after it ("la demande de l'UML d'un fonds":
 * {@code fr/writing.txt} owner-links, {@code OwnedNouns}). First read (branch
 * pos21 from dc2795e, 2026-12-04): no French role group, the proposition opened with "d'", no owned noun read.
 */
class FrenchNegotiationStancesTest {
    private static final LocalDate DAY = LocalDate.of(2036, 9, 10);

    private static List<Position> read(String text, String language) {
        return PositionFixture.positions(article("a", text).entity("UML", "ORGANIZATION"), language,
                DAY);
    }

    @Test
    void theFrenchGovernmentIsARoleGroupAndAnElidedMarkerOpensNoProposition() {
        List<Position> ps = read("Le gouvernement a menacé d'imposer des droits de 30 % sur les fromages.", "fr");
        assertTrue(ps.stream().anyMatch(p -> p.actor().equals("le gouvernement") && p.stance().equals("threatens")
                && p.proposition().startsWith("imposer des droits")), ps.toString());
    }

    @Test
    void aGovernmentWordModifyingTheNextWordIsNoGroup() {
        List<Position> ps = read("Le gouvernement lunessien a menacé d'imposer des droits.", "fr");
        assertFalse(ps.stream().anyMatch(p -> p.actor().equals("le gouvernement")), ps.toString());
    }

    @Test
    void aStanceNounOwnedByTheNameAfterItIsThatNamesStance() {
        List<Position> fr = read("La demande de l'UML d'un fonds de soutien de 200 millions d'euros reste sur la "
                + "table.", "fr");
        assertTrue(has(fr, "UML", "demands", "un fonds de soutien de 200 millions d'euros"), fr.toString());
    }

    @Test
    void withoutAMarkerAfterTheNameTheNounIsNobodys() {
        List<Position> ps = read("La demande de l'UML reste sur la table.", "fr");
        assertTrue(ps.isEmpty(), ps.toString());
    }
}
