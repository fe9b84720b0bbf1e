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
 * A demand's addressee with a clause of its own ({@code addressees.txt}: "pidió a los bancos que suspendan …",
 * "instó a los vecinos a abandonar …", "a demandé aux banques de …", "forderte die Banken auf, … zu …"): the
 * content is the addressee and what it is asked to do, not the addressee alone. First read (branch pos18 from
 * c7c24e8, 2026-12-03): "demands: bancos", "demands: al gobierno", "demands: Banken".
 */
class AddresseeClauseTest {
    private static final LocalDate DAY = LocalDate.of(2033, 4, 11);

    private static List<Position> in(String lang, String text, String person) {
        return PositionFixture.positions(article("a", text).person(person), lang, DAY);
    }

    @Test
    void aSpanishAddresseeIsTheSubjectOfTheQueClause() {
        for (String text : List.of("La alcaldesa Nuria Belvís pidió a los bancos que suspendan las hipotecas.",
                "La alcaldesa Nuria Belvís exigió a los bancos que suspendan las hipotecas.")) {
            List<Position> ps = in("es", text, "Nuria Belvís");
            assertTrue(has(ps, "Nuria Belvís", "demands", "bancos suspendan las hipotecas"), text + ": " + ps);
        }
    }

    @Test
    void aSpanishContractedAddresseeIsTheSubjectOfTheQueClause() {
        List<Position> ps = in("es", "La alcaldesa Nuria Belvís exigió al gobierno que envíe más tiendas de "
                + "campaña a Olmeda.", "Nuria Belvís");
        assertTrue(has(ps, "Nuria Belvís", "demands", "gobierno envíe más tiendas"), ps.toString());
        assertFalse(has(ps, "Nuria Belvís", "demands", "al gobierno"), ps.toString());
    }

    @Test
    void aSpanishUrgedAddresseeKeepsItsInfinitive() {
        List<Position> ps = in("es", "La alcaldesa Nuria Belvís instó a los vecinos a abandonar sus casas.",
                "Nuria Belvís");
        assertTrue(has(ps, "Nuria Belvís", "demands", "vecinos a abandonar sus casas"), ps.toString());
    }

    @Test
    void aFrenchAddresseeKeepsItsInfinitive() {
        for (String text : List.of("La maire Odile Varenne a demandé aux banques de suspendre les remboursements.",
                "La maire Odile Varenne a demandé au gouvernement d'envoyer des tentes.")) {
            List<Position> ps = in("fr", text, "Odile Varenne");
            assertTrue(ps.stream().anyMatch(p -> p.stance().equals("demands")
                    && p.proposition().matches("(banques de suspendre|gouvernement d'envoyer).*")), text + ": " + ps);
        }
    }

    @Test
    void aGermanAddresseeBeforeItsParticleKeepsTheInfinitiveClause() {
        List<Position> ps = in("de", "Bürgermeisterin Greta Halvig forderte die Banken auf, die Kredite "
                + "auszusetzen.", "Greta Halvig");
        assertTrue(has(ps, "Greta Halvig", "demands", "Kredite auszusetzen"), ps.toString());
    }
}
