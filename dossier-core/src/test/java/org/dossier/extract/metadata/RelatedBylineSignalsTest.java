package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A byline element that sits only in another story's container (a related-stories block after the article) never
 * credits the page, even when the page has no byline element of its own.
 */
class RelatedBylineSignalsTest {
    @Test
    void aRelatedStorysAuthorIsNotThePagesWhenThePageNamesNone() throws Exception {
        assertEquals(List.of(), read(page("en", "Fenland Times").title("Drainage board raises levy")
                .article("<h1>Drainage board raises levy</h1><p class=\"dateline\">12 February 2024</p>")
                .after("<section class=\"related-stories\"><h2>More on this</h2><div class=\"teaser\"><a href=\"/n/9\">Pumping station upgrade</a><span class=\"author\">Tess Harlow</span></div></section>")).authors());
    }
}
