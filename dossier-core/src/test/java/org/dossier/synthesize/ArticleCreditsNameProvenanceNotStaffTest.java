package org.dossier.synthesize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Credit;
import org.dossier.model.StoryDossier.ArticleRef;
import org.dossier.resolve.ArticleFixture;
import org.junit.jupiter.api.Test;

/**
 * A dossier's article list credits an article's provenance (agencies, sources, the original of a repost), as the
 * schema says; the reporters and editors its closing contribution line names are staff, not credits.
 */
class ArticleCreditsNameProvenanceNotStaffTest {
    @Test
    void writersAndEditorsOfTheContributionLineAreNoCredits() {
        AnnotatedArticle a = ArticleFixture.article("a", "The bank held its rate on Thursday.")
                .credit(Credit.Kind.AGENCY, "Reuters").credit(Credit.Kind.AUTHOR, "Karin Ostholt")
                .credit(Credit.Kind.EDITOR, "Paul Merrow").credit(Credit.Kind.SOURCE, "dpa")
                .credit(Credit.Kind.REPOST, "Harbour Gazette").build();

        ArticleRef ref = DossierSynthesizer.articleRefs(List.of(a)).get(0);

        assertEquals(List.of("Reuters", "dpa", "Harbour Gazette"), ref.credits());
    }
}
