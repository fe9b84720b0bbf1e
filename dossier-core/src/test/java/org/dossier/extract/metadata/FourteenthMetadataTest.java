package org.dossier.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.extract.metadata.PageBuilder.Case;
import org.junit.jupiter.api.Test;

/**
 * The fourteenth metadata set ({@link FourteenthMetadataPages}, {@link FourteenthMetadataPagesEurope}): pages in the
 * shapes of news CMSs written to find author and date misses (issue 12). It prints its table and misses, and may
 * read no worse than the floor below.
 *
 * <p>The first read (at c7c24e8, before the rules it led to): date 148/155, title 155/155, author 87/123, no author
 * 32/32; its misses were live pages dated by a later entry, description-list and table dates, a WebPage object's
 * date, Drupal's user field and username link, glued byline elements ("Ana RuizLuis Pardo"), writers' labels
 * ("Author:", "Auteur :", "Autorin:"), lead-ins ("Door onze redacteur", "Propos recueillis par"), places, dates and
 * picture credits after the names, bracketed agencies, bylines in capitals and Cxense's author meta. The floor is the
 * read after the rules of branch meta18: every page right.
 */
class FourteenthMetadataTest {
    private static final List<Case> CASES = all();

    private static List<Case> all() {
        List<Case> out = new ArrayList<>(FourteenthMetadataPages.all());
        out.addAll(FourteenthMetadataPagesEurope.all());
        return out;
    }

    @Test
    void theFourteenthSetCoversEightLanguagesAndOverAHundredFiftyPages() {
        MetadataScore.assertCovers(CASES, 150, Set.of("en", "de", "fr", "es", "it", "nl", "pt", "nb"));
    }

    @Test
    void theFourteenthSetReadsNoWorseThanItsFloor() throws Exception {
        MetadataScore s = MetadataScore.of(CASES);
        String report = s.report("fourteenth metadata set, " + CASES.size() + " pages");
        System.out.print(report);
        assertTrue(s.all.date().right() >= 155, report);
        assertTrue(s.all.title().right() >= 155, report);
        assertTrue(s.all.author().right() >= 123, report);
        assertTrue(s.all.noAuthor().right() >= 32, report);
    }
}
