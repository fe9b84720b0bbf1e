package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.QuoteSpeakerSets.Case;
import org.dossier.model.Article;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * Italian quote speakers on a set written after the Italian rules were made and never tuned on (unlike
 * {@link ItalianQuoteSpeakersTest}): court, sport, local politics, health and business reports, «…» and “…” marks,
 * names after and before the reporting verb, roles, "secondo", a passato remoto, dropped subjects.
 * First read (commit 3f86200, the rules as they stood, untuned since): 9 of 10; the miss is "ha precisato la
 * manager" ("manager" is no listed role, so the description is kept, not the manager named before). Bar 0.75.
 */
class UnseenItalianQuoteSpeakersTest {
    private static final LocalDate ANCHOR = LocalDate.of(2031, 6, 2);
    private static final Clock CLOCK = Clock.fixed(ANCHOR.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    static final List<Case> UNSEEN = List.of(
            new Case("""
                    Il tribunale di Valmora ha condannato l'ex assessore Piero Landolfi a tre anni. «Rispettiamo la \
                    sentenza ma faremo appello», ha commentato il suo avvocato, Silvia Orlandi.""",
                    "Rispettiamo la sentenza", "Silvia Orlandi"),
            new Case("""
                    Dopo la sconfitta, il tecnico Mauro Bellandi non ha cercato scuse. “Abbiamo giocato male per \
                    novanta minuti”, ha ammesso Bellandi. “Ora serve lavorare in silenzio”, ha aggiunto.""",
                    "Abbiamo giocato male", "Mauro Bellandi", "Ora serve lavorare", "Mauro Bellandi"),
            new Case("""
                    Il consiglio comunale ha approvato il nuovo piano del traffico. Il consigliere Tommaso Riva ha \
                    votato contro: «È un piano scritto senza ascoltare i residenti».""",
                    "È un piano", "Tommaso Riva"),
            new Case("""
                    Secondo l'assessora alla sanità Claudia Neri, «le liste d'attesa si ridurranno entro l'estate». \
                    I sindacati dei medici sono scettici.""",
                    "le liste d", "Claudia Neri"),
            new Case("""
                    «I conti del trimestre sono migliori delle attese», ha detto l'amministratrice delegata Paola \
                    Vianello durante la presentazione dei risultati. «Non prevediamo tagli al personale», ha \
                    precisato la manager.""",
                    "I conti del", "Paola Vianello", "Non prevediamo tagli", "Paola Vianello"),
            new Case("""
                    Il vescovo Giacomo Ferrante parlò ai fedeli in piazza. «Nessuno deve restare indietro», disse \
                    Ferrante.""",
                    "Nessuno deve restare", "Giacomo Ferrante"),
            new Case("""
                    «Siamo stanchi di promesse», ha raccontato una residente del quartiere, che da settimane vive \
                    senza acqua calda.""",
                    "Siamo stanchi di", "~residente"),
            new Case("""
                    La procuratrice Marina Gallo ha chiesto l'archiviazione. «Non ci sono prove sufficienti», ha \
                    spiegato Gallo ai giornalisti.""",
                    "Non ci sono", "Marina Gallo"));

    @Test
    void unseenItalianSpeakersReachTheBar() {
        int correct = 0;
        int expected = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : UNSEEN) {
            Article a = new Article("t", null, null, null, null, ANCHOR, null, null, "it", null, c.text(), 0, null,
                    null);
            List<QuoteMention> quotes = new NameEvidenceAnnotator(CLOCK, l -> "no model").annotate(a, ANCHOR).quotes();
            for (int k = 0; k < c.expected().length; k += 2) {
                expected++;
                String start = c.expected()[k];
                String want = c.expected()[k + 1];
                QuoteMention q = quotes.stream().filter(m -> m.text().startsWith(start)).findFirst().orElse(null);
                boolean ok = q != null && (want.startsWith("~")
                        ? (q.speaker() + " " + q.speakerDescription()).contains(want.substring(1))
                        : want.equals(q.speaker()));
                if (ok) {
                    correct++;
                } else {
                    misses.add("\"" + start + "…\" want " + want + ", got "
                            + (q == null ? "no quote" : q.speaker() + " / " + q.speakerDescription()));
                }
            }
        }
        String figures = String.format("it unseen speaker accuracy without a model: %d/%d", correct, expected);
        System.out.println(figures);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertTrue(correct >= 0.75 * expected, figures + "\n" + String.join("\n", misses));
    }
}
