package org.dossier.extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.extract.ExtractionException;
import org.dossier.extract.PageExtractor;
import org.dossier.model.Article;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;

/** A body line of a text page is not taken for chrome because of its quotation marks or final punctuation. */
class BodyLineQuotesTest {
    private static final String P1 = "The mayor met the harbour workers on Tuesday to discuss the closure of the old dock.";
    private static final String P2 = "Workers said they had not been told how long the dock would stay closed this year.";
    private static final String P4 = "The council will vote on the repair budget at its next meeting in the town hall.";
    private static final String P5 = "A ferry will carry the workers across the bay while the dock is closed, the port said.";
    private static final String P6 = "The union said it would meet again next week to decide whether the strike goes on.";

    private static Article text(String... lines) throws ExtractionException {
        return new PageExtractor().extract(new RawPage("p", "test", RawPage.Kind.TEXT, String.join("\n\n", lines)));
    }

    @Test
    void keepsAParagraphEndingWithAStrayOpeningQuoteMark() throws Exception {
        String quoted = "\u201cWe will not move. They will hear us:\u2018we stay until the dock opens again,\u2019\u201d"
                + " the union leader said. We do not give in. This is out of the question. \u201c";
        Article a = text("Harbour news", "Dock workers vow to stay", P1, P2, quoted, P4);
        assertTrue(a.paragraphs().contains(quoted), a.paragraphs().toString());
    }

    @Test
    void keepsAParagraphOfSeveralSentencesWhoseLastLostItsFullStop() throws Exception {
        String unfinished = "The dock opened in 1901. It was closed twice during floods. Repairs were paid by the"
                + " port, the city and the state, and the last one took three years to finish";
        Article a = text("Harbour news", "Dock workers vow to stay", P1, P2, unfinished, P4);
        assertTrue(a.paragraphs().contains(unfinished), a.paragraphs().toString());
    }

    @Test
    void stillDropsMenuAndTeaserLinesBetweenTheBodyLines() throws Exception {
        String menu = "Home News Sport Weather Culture Opinion Video Podcasts Newsletters Jobs Contact Us About";
        String teaser = "Local team wins the cup after a long season of hard training and many close games and...";
        Article a = text("Harbour news", "Dock workers vow to stay", P1, P2, P4, menu, teaser, P5, P6);
        assertTrue(a.paragraphs().contains(P4) && a.paragraphs().contains(P5), a.paragraphs().toString());
        assertFalse(a.paragraphs().contains(menu), a.paragraphs().toString());
        assertFalse(a.paragraphs().contains(teaser), a.paragraphs().toString());
    }

    @Test
    void dropsANewsletterLineBetweenTheBodyLines() throws Exception {
        String call = "Sign up for our free newsletter and get the harbour news in your inbox every morning.";
        Article a = text("Harbour news", "Dock workers vow to stay", P1, P2, call, P4, P5, P6);
        assertTrue(a.paragraphs().contains(P4) && a.paragraphs().contains(P2), a.paragraphs().toString());
        assertFalse(a.paragraphs().contains(call), a.paragraphs().toString());
    }

    @Test
    void keepsAShortQuoteParagraphThatSharesNoWordWithTheRest() throws Exception {
        for (String quote : new String[] {
            "\u00ab Nous installons des barrages \u00bb, a d\u00e9clar\u00e9 le directeur, Paul Marchand.",
            "\u201eWir bleiben hier, bis alles geklärt ist\u201c, sagte Sprecherin Jana Roth.",
            "\u201cNobody expected such a turnout in this weather,\u201d organiser Lise Vang told reporters."}) {
            Article a = text("Harbour news", "Dock workers vow to stay", P1, P2, quote, P4);
            assertTrue(a.paragraphs().contains(quote), a.paragraphs().toString());
        }
    }
}
