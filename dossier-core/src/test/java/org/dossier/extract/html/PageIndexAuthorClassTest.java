package org.dossier.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The byline elements the page index finds by class, with its shortened substring test before the class lookup. */
class PageIndexAuthorClassTest {
    @Test
    void aBylineClassHoldingAnotherIsLeftToTheShorterOneInTheQuickTest() {
        assertEquals(List.of("byline", "author", "autor", "auteur"),
                PageIndex.cores(List.of("byline", "author", "author-name", "autor", "autorin", "auteur", "auteurs", "autor")));
    }

    @Test
    void everyBylineClassOfTheRulesMarksABylineElement() {
        for (String cls : ElementSemantics.get().authorClasses) {
            PageIndex index = PageIndex.of(Jsoup.parse("<html><body><p class='lead'>Der Rat tagte am Montag.</p>"
                    + "<div class='meta " + cls + "'>Anna Berg</div></body></html>"));
            assertEquals(1, index.authorElements.size(), cls);
            assertEquals("Anna Berg", index.authorElements.get(0).text(), cls);
        }
    }

    @Test
    void aClassThatOnlyContainsABylineWordMarksNoBylineElement() {
        PageIndex index = PageIndex.of(Jsoup.parse("<html><body><div class='autorenseite-link'>Alle Autoren</div>"
                + "<div class='coauthors-box'>Weitere</div></body></html>"));
        assertEquals(0, index.authorElements.size());
    }
}
