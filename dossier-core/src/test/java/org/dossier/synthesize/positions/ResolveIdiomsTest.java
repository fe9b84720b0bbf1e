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
 * An idiom of resolve ("we will not rest until …", "won't stop until …", "no descansaremos hasta …", {@code
 * resolve-idioms.txt}) is a commitment to what follows, read as an offer of it, never a refusal of resting. First
 * read (branch pos18 from c7c24e8, 2026-12-03): "rejects: rest until every family has shelter".
 */
class ResolveIdiomsTest {
    private static final LocalDate DAY = LocalDate.of(2033, 4, 11);

    private static List<Position> quoted(String lang, String quote, String after, String speaker) {
        return PositionFixture.positions(article("a", "\"" + quote + "\"" + after).person(speaker)
                .quote(quote, speaker, null), lang, DAY);
    }

    @Test
    void aQuotedIdiomOfResolveIsNoRefusal() {
        for (String quote : List.of("We will not rest until every family in Varsk has a roof,",
                "We won't stop until every family in Varsk has a roof,",
                "We will not give up until every family in Varsk has a roof,")) {
            List<Position> ps = quoted("en", quote, " said Prime Minister Orsa Delling.", "Orsa Delling");
            assertFalse(ps.stream().anyMatch(p -> p.stance().equals("rejects")), quote + ": " + ps);
        }
    }

    @Test
    void aQuotedIdiomOfResolveOffersWhatFollows() {
        List<Position> ps = quoted("en", "We will not rest until every family in Varsk has a roof,",
                " said Prime Minister Orsa Delling.", "Orsa Delling");
        assertTrue(has(ps, "Orsa Delling", "offers", "every family in Varsk has a roof"), ps.toString());
    }

    @Test
    void aReportedIdiomOfResolveOffersWhatFollows() {
        List<Position> ps = PositionFixture.positions(article("a", "Prime Minister Orsa Delling said she would not "
                + "rest until the last road to Varsk was open again.").person("Orsa Delling"), "en", DAY);
        assertFalse(ps.stream().anyMatch(p -> p.stance().equals("rejects")), ps.toString());
        assertTrue(has(ps, "Orsa Delling", "offers", "last road to Varsk was open"), ps.toString());
    }

    @Test
    void aSpanishIdiomOfResolveOffersWhatFollows() {
        List<Position> ps = quoted("es", "No descansaremos hasta que cada familia de Varsk tenga un techo",
                ", dijo el presidente Ramiro Olaval.", "Ramiro Olaval");
        assertFalse(ps.stream().anyMatch(p -> p.stance().equals("rejects")), ps.toString());
        assertTrue(has(ps, "Ramiro Olaval", "offers", "cada familia de Varsk tenga un techo"), ps.toString());
    }

    @Test
    void aGermanIdiomOfResolveOffersWhatFollows() {
        List<Position> ps = quoted("de", "Wir werden nicht ruhen, bis jede Familie in Varsk ein Dach hat",
                ", sagte Ministerin Orsa Delling.", "Orsa Delling");
        assertFalse(ps.stream().anyMatch(p -> p.stance().equals("rejects")), ps.toString());
        assertTrue(has(ps, "Orsa Delling", "offers", "Familie in Varsk ein Dach"), ps.toString());
    }
}
