package org.dossier.synthesize;

import static org.dossier.synthesize.StoryFixture.dossier;
import static org.dossier.synthesize.StoryFixture.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Claim;
import org.junit.jupiter.api.Test;

/**
 * A count of votes after "by" is a margin, owned by whoever the sentence says won by it: the subject of a verb of
 * winning, or the name the loser lost to; with no winner named, the loser's margin of defeat.
 */
class VoteMarginsBelongToTheWinnerTest {
    private static final LocalDate DAY = LocalDate.of(2029, 5, 8);

    @Test
    void theSubjectOfAVerbOfWinningOwnsTheMargin() {
        StoryDossier d = dossier(plain("a", "The Harbour Alliance won the Kestwick seat by 87 votes on Sunday.", DAY));
        assertEquals(List.of("winning margin (Harbour Alliance)"), subjects(d), d.claims().toString());
    }

    @Test
    void theNameALoserLostToOwnsTheMargin() {
        StoryDossier d = dossier(plain("a", "The Rural Front asked for a recount after losing the seat to the Harbour"
                + " Alliance by 87 votes.", DAY));
        assertEquals(List.of("winning margin (Harbour Alliance)"), subjects(d), d.claims().toString());
    }

    @Test
    void aLoserWithNoWinnerNamedOwnsItsMarginOfDefeat() {
        StoryDossier d = dossier(plain("a", "The Rural Front lost by 87 votes, its leader said.", DAY));
        assertEquals(List.of("losing margin (Rural Front)"), subjects(d), d.claims().toString());
    }

    private static List<String> subjects(StoryDossier d) {
        return d.claims().stream().filter(c -> c.value() == 87.0).map(Claim::subject).toList();
    }
}
