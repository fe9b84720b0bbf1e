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
 * Italian stances of reporting clauses ({@code synthesize/positions/it/}): demands, offers, rejections, refusals,
 * threats, warnings and denials in the passato prossimo ("ha chiesto", "hanno respinto"), the passato remoto
 * ("chiese") and the present ("chiede"); a demand's addressee with its infinitive ("ha chiesto alle parti di
 * riprendere …"), an elided "d'" left out; a reflexive clitic ("si è detto pronto a", "si è rifiutato di"); a claim
 * denied with "secondo cui"; a negated acceptance a rejection. Names are set by hand, as a model would.
 * First read (branch italian26 from aa23254, 2026-12-04): 0 of 10 (Italian had no stance lexicon, so no positions).
 */
class ItalianStancesTest {
    private static final LocalDate DAY = LocalDate.of(2031, 5, 13);

    private static List<Position> in(String text, String person) {
        return PositionFixture.positions(article("a", text).person(person), "it", DAY);
    }

    private static List<Position> org(String text, String name) {
        return PositionFixture.positions(article("a", text).entity(name, "ORGANIZATION"), "it", DAY);
    }

    @Test
    void aDemandOfTheAddresseeKeepsItsInfinitive() {
        for (String text : List.of("Il ministro del Lavoro Sergio Bellini ha chiesto alle parti di riprendere il "
                        + "negoziato.", "Il ministro del Lavoro Sergio Bellini chiese alle parti di riprendere il "
                        + "negoziato.", "Il ministro del Lavoro Sergio Bellini chiede alle parti di riprendere il "
                        + "negoziato.")) {
            List<Position> ps = in(text, "Sergio Bellini");
            assertTrue(ps.stream().anyMatch(p -> p.actor().equals("Sergio Bellini") && p.stance().equals("demands")
                    && p.proposition().contains("parti") && p.proposition().contains("riprendere il negoziato")),
                    text + ": " + ps);
        }
    }

    @Test
    void aDemandOfANounIsADemand() {
        List<Position> ps = org("Il sindacato Filtra ha chiesto un aumento dei salari del 6 per cento.", "Filtra");
        assertTrue(has(ps, "Filtra", "demands", "aumento dei salari"), ps.toString());
        List<Position> many = org("I lavoratori hanno chiesto le dimissioni del consiglio.", "Filtra");
        assertTrue(has(many, "i lavoratori", "demands", "dimissioni del consiglio"), many.toString());
    }

    @Test
    void anOfferOfAnActionReadsTheInfinitive() {
        List<Position> ps = in("Il direttore generale Fabio Conti ha offerto di rimborsare i biglietti dei "
                + "viaggiatori.", "Fabio Conti");
        assertTrue(has(ps, "Fabio Conti", "offers", "rimborsare i biglietti"), ps.toString());
        assertFalse(ps.stream().anyMatch(p -> p.proposition().startsWith("di ")), ps.toString());
    }

    @Test
    void aDenialOfAnIntentionDeniesIt() {
        List<Position> ps = in("Il direttore generale Fabio Conti ha negato di voler lasciare l'incarico.",
                "Fabio Conti");
        assertTrue(has(ps, "Fabio Conti", "denies", "lasciare l'incarico"), ps.toString());
    }

    @Test
    void aRejectedClaimWithSecondoCuiDeniesItsContent() {
        for (String verb : List.of("ha respinto", "ha negato", "respinse")) {
            List<Position> ps = org("Il sindacato Filtra " + verb + " le accuse della società, secondo cui i "
                    + "lavoratori avrebbero bloccato i controlli.", "Filtra");
            assertTrue(has(ps, "Filtra", "denies", "lavoratori avrebbero bloccato i controlli"), verb + ": " + ps);
        }
    }

    @Test
    void aRejectionOfAProposalByARoleGroupIsARejection() {
        List<Position> ps = org("Il governo ha respinto la proposta dell'azienda.", "Filtra");
        assertTrue(has(ps, "il governo", "rejects", "proposta dell'azienda"), ps.toString());
        List<Position> many = org("I lavoratori hanno respinto la proposta dell'azienda.", "Filtra");
        assertTrue(has(many, "i lavoratori", "rejects", "proposta dell'azienda"), many.toString());
    }

    @Test
    void aThreatAndARuledOutMeasureAreRead() {
        List<Position> threat = org("Il sindacato Filtra ha minacciato di bloccare tutti i porti del paese.",
                "Filtra");
        assertTrue(has(threat, "Filtra", "threatens", "bloccare tutti i porti"), threat.toString());
        List<Position> out = in("La ministra Laura Guidi ha escluso un aumento delle accise.", "Laura Guidi");
        assertTrue(has(out, "Laura Guidi", "rules_out", "aumento delle accise"), out.toString());
    }

    @Test
    void aWarningThatAClauseHoldsIsAWarning() {
        List<Position> ps = in("La ministra Laura Guidi ha avvertito che i prezzi dell'energia saliranno ancora.",
                "Laura Guidi");
        assertTrue(has(ps, "Laura Guidi", "warns", "prezzi dell'energia saliranno"), ps.toString());
    }

    @Test
    void aReflexiveCliticKeepsTheStance() {
        List<Position> ready = in("La ministra Laura Guidi si è detta pronta a ridurre le accise.", "Laura Guidi");
        assertTrue(has(ready, "Laura Guidi", "offers", "ridurre le accise"), ready.toString());
        List<Position> refused = org("Il sindacato Filtra si è rifiutato di firmare il contratto.", "Filtra");
        assertTrue(has(refused, "Filtra", "rejects", "firmare il contratto"), refused.toString());
    }

    @Test
    void aNegatedAcceptanceIsARejection() {
        List<Position> ps = org("Il sindacato Filtra non ha accettato la nuova offerta dell'azienda.", "Filtra");
        assertTrue(has(ps, "Filtra", "rejects", "nuova offerta"), ps.toString());
        assertFalse(has(ps, "Filtra", "accepts", "nuova offerta"), ps.toString());
    }
}
