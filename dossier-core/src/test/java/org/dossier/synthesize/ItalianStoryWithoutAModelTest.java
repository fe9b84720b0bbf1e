package org.dossier.synthesize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Position;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * A story whose articles are all Italian, read as the default build reads them (no Italian model, nothing annotated
 * by hand): the quote of a manager named by surname is his, the positions of the minister (a demand of the parties),
 * the manager (an offer, a denial) and the union (a denied claim "secondo cui …") are read, and the strike days are
 * dated timeline entries naming the union. First read (branch italian26 from aa23254, 2026-12-04): 0 of 4 (no
 * quotes, no positions and no strike entry: Italian had no quote rules, no stance lexicon, and read English event
 * words).
 */
class ItalianStoryWithoutAModelTest {
    private static final LocalDate TUE = LocalDate.of(2031, 3, 4);
    private static final LocalDate THU = TUE.plusDays(2);
    private static final String UNION = "Lega Moli";

    private static final StoryDossier FERRIES = ModellessStory.in("it")
            .article("a", TUE, "Il sindacato dei marittimi Lega Moli ha respinto martedì le accuse della compagnia "
                    + "Navi Sirene, secondo cui i suoi iscritti avrebbero bloccato i controlli di sicurezza. Il ministro "
                    + "dei trasporti Sergio Bellini ha chiesto alle parti di riprendere il negoziato. Il direttore "
                    + "generale Fabio Conti ha negato di voler lasciare l'incarico e ha offerto di rimborsare gli "
                    + "alberghi dei passeggeri. «Questa protesta non ha alcun senso», ha detto Conti.")
            .article("b", THU, "I marittimi della Lega Moli hanno scioperato giovedì nei porti di Navi Sirene. "
                    + "Secondo Navi Sirene, nove traghetti su dieci sono rimasti fermi. La Lega Moli ha proclamato "
                    + "un nuovo sciopero di due giorni.")
            .dossier();

    private static boolean has(String actor, String stance, String words) {
        return FERRIES.positions().stream().anyMatch(p -> p.actor().equals(actor) && p.stance().equals(stance)
                && p.proposition().contains(words));
    }

    @Test
    void theQuoteNamedBySurnameIsTheManagers() {
        StoryDossier.Quote q = FERRIES.quotes().stream().filter(x -> x.text().startsWith("Questa protesta"))
                .findFirst().orElseThrow(() -> new AssertionError(FERRIES.quotes().toString()));
        assertEquals("Fabio Conti", q.speaker(), q.toString());
    }

    @Test
    void theMinisterDemandsThatThePartiesResumeTalks() {
        List<Position> ps = FERRIES.positions();
        assertTrue(ps.stream().anyMatch(p -> p.actor().equals("Sergio Bellini") && p.stance().equals("demands")
                && p.proposition().contains("riprendere il negoziato")), ps.toString());
    }

    @Test
    void theManagerOffersAndDeniesAndTheUnionDeniesTheClaim() {
        List<Position> ps = FERRIES.positions();
        assertTrue(has("Fabio Conti", "offers", "rimborsare gli alberghi"), ps.toString());
        assertTrue(has("Fabio Conti", "denies", "lasciare l'incarico"), ps.toString());
        assertTrue(has(UNION, "denies", "iscritti avrebbero bloccato i controlli"), ps + " " + FERRIES.entities());
    }

    /**
     * A story whose people and union a model-less reader finds only by the article's own words: a minister named
     * after a role with its lower-case complement and a first name no list knows ("il ministro dei trasporti Ewan
     * Tarbet"), a union whose name holds a plural possessive ("Dockers' League"), and a strike called "per lunedì".
     * First read (a scratch run of such a story, before NameGuesses read a role's complement, candidates joined a
     * possessive's apostrophe and Italian dates read "per lunedì"): no demand of the minister (no person), the union
     * split in two names with no position, the called strike dated on the last Monday.
     */
    private static final StoryDossier PORTERS = ModellessStory.in("it")
            .article("a", TUE, "Il sindacato Dockers' League ha respinto le accuse della società Harbour Link, "
                    + "secondo cui i suoi iscritti avrebbero rallentato le consegne. Il ministro dei trasporti Ewan "
                    + "Tarbet ha chiesto alle parti di tornare a trattare. Il sindacato ha proclamato uno sciopero per "
                    + "lunedì.")
            .article("b", TUE, "La società Harbour Link e la Dockers' League non hanno commentato.")
            .dossier();

    @Test
    void aMinisterNamedAfterARolesComplementHoldsHisDemand() {
        assertTrue(PORTERS.positions().stream().anyMatch(p -> p.actor().equals("Ewan Tarbet")
                && p.stance().equals("demands") && p.proposition().contains("tornare a trattare")),
                PORTERS.positions() + " " + PORTERS.entities());
    }

    @Test
    void aUnionNamedWithAPluralPossessiveIsOneActor() {
        assertTrue(PORTERS.positions().stream().anyMatch(p -> p.actor().equals("Dockers' League")
                && p.stance().equals("denies") && p.proposition().contains("avrebbero rallentato le consegne")),
                PORTERS.positions() + " " + PORTERS.entities());
    }

    @Test
    void aStrikeCalledForMondayIsDatedOnTheComingMonday() {
        assertTrue(PORTERS.timeline().stream().anyMatch(t -> "strike".equals(t.kind())
                && TUE.plusDays(6).equals(t.date())), PORTERS.timeline().toString());
        assertTrue(PORTERS.timeline().stream().noneMatch(t -> "strike".equals(t.kind()) && t.date() != null
                && t.date().isBefore(TUE)), PORTERS.timeline().toString());
    }

    @Test
    void theStrikeDayIsADatedEntryNamingTheUnion() {
        List<TimelineEntry> strikes = FERRIES.timeline().stream()
                .filter(t -> THU.equals(t.date()) && "strike".equals(t.kind())).toList();
        assertEquals(1, strikes.size(), FERRIES.timeline().toString());
        assertTrue(strikes.get(0).participants().contains(UNION), strikes.get(0).toString());
    }
}
