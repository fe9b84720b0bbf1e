package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Drupal's author markup: the user field's element ({@code field--name-uid}) and a user link ({@code class=username})
 * inside the node's submitted line name the author; a user link in a reader's comment does not.
 */
class DrupalAuthorSignalsTest {
    @Test
    void theUserFieldNamesTheAuthor() throws Exception {
        assertEquals(List.of("Corin Ashdown"), read(page("en", "Riverton Council News").title("Bridge closes for repairs")
                .article("<h1>Bridge closes for repairs</h1><div class='node__meta'><span class='field field--name-uid field--type-entity-reference'>"
                        + "<span>Corin Ashdown</span></span> <span class='field field--name-created'>14 March 2024</span></div>"))
                .authors());
    }

    @Test
    void aUserLinkInTheSubmittedLineNamesTheAuthor() throws Exception {
        assertEquals(List.of("Corin Ashdown"), read(page("en", "Riverton Council News").title("Bridge closes for repairs")
                .article("<h1>Bridge closes for repairs</h1><div class='submitted'><a href='/user/12' class='username'>Corin Ashdown</a>"
                        + " – 14 March 2024</div>")).authors());
        assertEquals(List.of("Wiebke Osterkamp"), read(page("de", "Gemeinde Lindholm").title("Neue Buslinie ab Mai")
                .article("<h1>Neue Buslinie ab Mai</h1><footer class='node__submitted'><span><a href='/user/7' class='username'>Wiebke Osterkamp</a></span>"
                        + " | 14.03.2024</footer>")).authors());
    }

    @Test
    void aUserLinkInAReadersCommentNamesNoAuthor() throws Exception {
        assertEquals(List.of(), read(page("en", "Riverton Council News").title("Bridge closes for repairs")
                .article("<h1>Bridge closes for repairs</h1>")
                .after("<section class='comments'><article class='comment'><div class='submitted'><a href='/user/40' class='username'>Pell Trannock</a>"
                        + " – 15 March 2024</div><p>About time too.</p></article></section>")).authors());
    }
}
