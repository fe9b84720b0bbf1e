package org.dossier.synthesize.positions;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.positions.PositionFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.StoryDossier.Position;
import org.junit.jupiter.api.Test;

/**
 * Italian stances on sentences written after the Italian lexicon was made and never tuned on (unlike {@link
 * ItalianStancesTest}): each row an actor, a stance and words of its proposition. It prints its figure and every
 * miss and asserts the first read holds. First read (commit e5f9f26, untuned): 7 of 8; the miss reads nothing from
 * "I sindacati hanno accettato l'accordo …, ha detto Chiara Valli" (the row wants the reporter's stance, a doubtful
 * reading; "sindacati" is no role group, so the clause's own subject is no actor either).
 */
class UnseenItalianStancesTest {
    private static final LocalDate DAY = LocalDate.of(2031, 6, 2);

    private record Row(String text, String actor, String type, String stance, String words) {}

    private static final List<Row> ROWS = List.of(
            new Row("La sindaca Chiara Valli ha chiesto alla regione di finanziare il nuovo ospedale.", "Chiara Valli",
                    "PERSON", "demands", "finanziare il nuovo ospedale"),
            new Row("Il gruppo Orvietana ha respinto l'offerta di acquisto del fondo americano.", "Orvietana",
                    "ORGANIZATION", "rejects", "offerta di acquisto"),
            new Row("Il presidente Enrico Sala ha escluso nuove elezioni prima del 2033.", "Enrico Sala", "PERSON",
                    "rules_out", "nuove elezioni"),
            new Row("La Confederazione Artigiani minaccia di chiudere i negozi per protesta.", "Confederazione Artigiani",
                    "ORGANIZATION", "threatens", "chiudere i negozi"),
            new Row("Il ministro Enrico Sala ha smentito le voci secondo cui il governo sarebbe pronto a dimettersi.",
                    "Enrico Sala", "PERSON", "denies", "governo sarebbe pronto a dimettersi"),
            new Row("L'azienda Orvietana propose di ridurre l'orario di lavoro invece dei licenziamenti.", "Orvietana",
                    "ORGANIZATION", "offers", "ridurre l'orario di lavoro"),
            new Row("I sindacati hanno accettato l'accordo sul rinnovo del contratto, ha detto Chiara Valli.",
                    "Chiara Valli", "PERSON", "accepts", "accordo sul rinnovo"),
            new Row("La ministra Chiara Valli non ha accettato le condizioni poste dalla banca.", "Chiara Valli",
                    "PERSON", "rejects", "condizioni poste dalla banca"));

    @Test
    void unseenItalianStancesHoldTheirFirstRead() {
        int correct = 0;
        List<String> misses = new ArrayList<>();
        for (Row r : ROWS) {
            List<Position> ps = PositionFixture.positions(article("a", r.text()).entity(r.actor(), r.type()), "it", DAY);
            if (has(ps, r.actor(), r.stance(), r.words())) {
                correct++;
            } else {
                misses.add(r.text() + " -> " + ps.stream().map(p -> p.actor() + " " + p.stance() + ": "
                        + p.proposition()).toList());
            }
        }
        System.out.println("it unseen stances: " + correct + "/" + ROWS.size());
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertTrue(correct >= 7, correct + "/" + ROWS.size() + "\n" + String.join("\n", misses));
    }
}
