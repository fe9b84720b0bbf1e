package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

/**
 * The story title is built from what has happened: a plan every report announces ("the inquiry will hold its first
 * hearing on Friday") is not the story's central event, however many reports name it; the event its headlines
 * name is, with the structure its reports write before the event word ("Bridge collapse").
 */
class TitleFromWhatHappenedTest {
    private static final LocalDate MON = LocalDate.of(2030, 3, 4);

    @Test
    void aPlanEveryReportAnnouncesIsNoCentralEvent() {
        AnnotatedArticle a = article("a", "A road bridge collapsed in Kessby on Monday. The inquiry will hold its"
                + " first hearing in Kessby on Friday.").entity("Kessby", "LOCATION")
                .time("on Monday", MON, "day").time("on Friday", MON.plusDays(4), "day")
                .meta("Herald", "Bridge collapse shuts Kessby crossing", MON, MON).build();
        AnnotatedArticle b = article("b", "The inquiry will hold its first hearing in Kessby on Friday, officials"
                + " said on Tuesday.").entity("Kessby", "LOCATION")
                .time("on Friday", MON.plusDays(4), "day").time("on Tuesday", MON.plusDays(1), "day")
                .meta("Courier", "Inquiry into Kessby bridge collapse named", MON.plusDays(1), MON.plusDays(1)).build();
        List<AnnotatedArticle> list = List.of(a, b);
        StoryDossier d = new DossierSynthesizer(EntityIndex::new).synthesize(new Story("s", "working title",
                List.of("a", "b")), list, new NameResolver().resolve(list));
        assertFalse(d.title().startsWith("Hearing"), d.title() + " " + d.timeline());
        assertTrue(d.title().startsWith("Bridge collapse in Kessby"), d.title() + " " + d.timeline());
    }
}
