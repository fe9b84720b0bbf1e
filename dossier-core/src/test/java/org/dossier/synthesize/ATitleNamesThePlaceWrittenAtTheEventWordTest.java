package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.synthesize.StoryFixture.dossier;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/**
 * A story titled by its central event names the place written at the event word ("talks in Lisbon", "the Lisbon
 * talks") rather than the place its sentences name most (the countries at odds). First read (2026-12-04, an unseen
 * border-clash story): "Talks in Peru, 4–11 May 2032" for talks held in Lisbon.
 */
class ATitleNamesThePlaceWrittenAtTheEventWordTest {
    private static final LocalDate TUE = LocalDate.of(2032, 5, 4);

    private static AnnotatedArticle page(String id, String title, String text, LocalDate day) {
        return article(id, text).entity("Peru", "LOCATION").entity("Ecuador", "LOCATION").entity("Lisbon", "LOCATION")
                .time("on Thursday", day, "day").meta("outlet " + id, title, day, day).build();
    }

    @Test
    void thePlaceRightAtTheEventWordTitlesTheEvent() {
        StoryDossier d = dossier(
                page("a", "Peru and Ecuador to hold talks", "Ecuador on Thursday rejected the demand Peru made before the Lisbon talks.", TUE),
                page("b", "Peru walks out of talks", "Peru on Thursday walked out of the talks, blaming Ecuador.",
                        TUE.plusDays(2)),
                page("c", "Talks fail, Peru says", "Peru said on Thursday that the talks with Ecuador had failed.",
                        TUE.plusDays(2)));
        assertTrue(d.title().contains("in Lisbon"), d.title() + " " + d.timeline());
        assertTrue(!d.title().contains("in Peru"), d.title());
    }
}
