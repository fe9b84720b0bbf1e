package org.dossier.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.extract.PageExtractor;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;

/**
 * What sits among the paragraphs of an article body without being the article: boxes known by their words
 * (newsletter, paywall, follow us), pull quotes, author bios, comment sections named in other languages; and what
 * looks like them but is body (paragraphs that repeat each other, quotes set as pull quotes, live-entry times).
 */
class BodyAsidesTest {
    private static final String P1 = "The harbour board approved the new ferry timetable on Monday after a long debate about winter services.";
    private static final String P2 = "Boats will run every forty minutes in the morning peak, and the last crossing will leave at eleven at night.";
    private static final String P3 = "Island residents had asked for later crossings for years, saying the old timetable cut them off in the evening.";

    private static List<String> body(String... blocks) throws Exception {
        String html = "<html><head><title>Ferry timetable approved</title></head><body><div class='site'><a class='logo' href='/'>Harbour News</a></div>"
                + "<main><article><h1>Ferry timetable approved</h1><div class='article-body'>" + String.join("\n", blocks)
                + "</div></article></main></body></html>";
        return new PageExtractor().extract(new RawPage("t", "t", RawPage.Kind.HTML, html)).paragraphs();
    }

    private static String p(String s) {
        return "<p>" + s + "</p>";
    }

    @Test
    void newsletterBoxKnownOnlyByItsWordsIsNotBody() throws Exception {
        String en = "Sign up for our free morning newsletter and get the day's top stories in your inbox.";
        String de = "Abonnieren Sie jetzt unseren kostenlosen Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten.";
        List<String> b = body(p(P1), "<div class='box'><p>" + en + "</p></div>", p(P2), "<div class='box'><p>" + de + "</p></div>", p(P3));
        assertEquals(List.of(P1, P2, P3), b);
    }

    @Test
    void paywallNoticeIsNotBodyAndTheTeaserIs() throws Exception {
        String it = "Questo articolo è riservato agli abbonati. Abbonati per continuare a leggere tutti gli articoli.";
        List<String> b = body(p(P1), p(P2), "<div class='premium-box'><p>" + it + "</p><a href='/abbonati'>Abbonati ora</a></div>");
        assertEquals(List.of(P1, P2), b);
    }

    @Test
    void bodyServedInsideAPaywallElementIsBody() throws Exception {
        List<String> b = body(p(P1), "<div class='paywall'>" + p(P2) + p(P3) + "</div>");
        assertEquals(List.of(P1, P2, P3), b);
    }

    @Test
    void followUsLineIsNotBody() throws Exception {
        List<String> b = body(p(P1), p(P2), p(P3), p("Follow us on Facebook and Twitter for the latest news from the island."));
        assertEquals(List.of(P1, P2, P3), b);
    }

    @Test
    void pullQuoteRepeatingABodySentenceIsNotBody() throws Exception {
        String said = "\u201cWe have waited ten years for a boat after dinner,\u201d said Mary Hill, who lives on the island.";
        List<String> b = body(p(P1), p(said), "<blockquote class='pullquote'><p>\u201cWe have waited ten years for a boat after dinner.\u201d</p></blockquote>", p(P2));
        assertEquals(List.of(P1, said, P2), b);
    }

    @Test
    void quoteSetAsAPullQuoteThatIsFoundNowhereElseIsBody() throws Exception {
        String quote = "\u201cWe have waited ten years for a boat after dinner,\u201d said Mary Hill, who lives on the island.";
        List<String> b = body(p(P1), "<blockquote class='pullquote'><p>" + quote + "</p></blockquote>", p(P2));
        assertEquals(List.of(P1, quote, P2), b);
    }

    @Test
    void paragraphsThatRepeatEachOtherSideBySideAreBody() throws Exception {
        String monday = "Tomato salad with cherry tomatoes, cucumber slices and feta, then grilled fish";
        String tuesday = monday + ", then a cup of grapes and a glass of milk";
        List<String> b = body(p(P1), "<h3>Monday</h3>", p(monday), "<h3>Tuesday</h3>", p(tuesday), p(P2));
        assertEquals(List.of(P1, "Monday", monday, "Tuesday", tuesday, P2), b);
    }

    @Test
    void closingAuthorBioInItalicsIsNotBody() throws Exception {
        List<String> en = body(p(P1), p(P2), "<p><em>Sam Okafor is a freelance journalist based in Leeds who writes about transport.</em></p>");
        List<String> fr = body(p(P1), p(P2), "<p><i>Claire Martin est journaliste indépendante à Lyon.</i></p>");
        assertEquals(List.of(P1, P2), en);
        assertEquals(List.of(P1, P2), fr);
    }

    @Test
    void closingBioOfTheDeclaredAuthorIsNotBody() throws Exception {
        String html = "<html><head><meta name='author' content='Sam Okafor'></head><body><main><article><h1>Ferry</h1>"
                + p(P1) + p(P2) + p("Sam Okafor is a reporter for the paper and covers the islands and the harbour.")
                + "</article></main></body></html>";
        List<String> b = new PageExtractor().extract(new RawPage("t", "t", RawPage.Kind.HTML, html)).paragraphs();
        assertEquals(List.of(P1, P2), b);
    }

    @Test
    void sentenceAboutAJournalistInTheBodyIsBody() throws Exception {
        String about = "Anna Berg is a journalist who was held for two days at the border last year, her lawyer said.";
        List<String> b = body(p(P1), p(P2), p(about));
        assertTrue(b.contains(about), b.toString());
    }

    @Test
    void liveEntryTimesAreBodyBeforeTheirEntries() throws Exception {
        List<String> en = body(p(P1), "<div class='entry'><time>10:42</time><h3>First boat leaves</h3>" + p(P2) + "</div>",
                "<div class='entry'><time>09:58 GMT</time>" + p(P3) + "</div>");
        List<String> fr = body(p(P1), "<div class='post'><span>14h32</span>" + p(P2) + "</div>");
        assertEquals(List.of(P1, "10:42", "First boat leaves", P2, "09:58 GMT", P3), en);
        assertEquals(List.of(P1, "14h32", P2), fr);
    }

    @Test
    void clockTimeThatHeadsNoEntryIsNotBody() throws Exception {
        List<String> b = body(p(P1), p(P2), p(P3), "<div class='stamp'>10:42</div>");
        assertFalse(b.contains("10:42"), b.toString());
    }

    @Test
    void commentSectionNamedInAnotherLanguageIsNotBody() throws Exception {
        String comment = "Mooi plan, maar waar moeten al die auto's straks parkeren? Daar hoor ik niemand over, en de straten staan al vol.";
        String html = "<html><body><main><article><h1>Nieuwe haven</h1>" + p(P1) + p(P2) + p(P3) + "</article>"
                + "<section class='reacties'><h3>Reacties (1)</h3><div class='reactie'><p>Henk</p>" + p(comment) + "</div></section>"
                + "</main></body></html>";
        List<String> b = new PageExtractor().extract(new RawPage("t", "t", RawPage.Kind.HTML, html)).paragraphs();
        assertEquals(List.of(P1, P2, P3), b);
    }

    @Test
    void labelLinesOfInsertsAndAdvertsAreNotBody() throws Exception {
        List<String> b = body(p(P1), "<p><strong>À lire aussi</strong></p><ul><li><a href='/a'>Les horaires d'hiver des bateaux</a></li></ul>",
                p(P2), "<p class='label'>Advertisement</p>", p(P3), p("Lesen Sie auch:"));
        assertEquals(List.of(P1, P2, P3), b);
    }

    @Test
    void advertOpeningWithASponsorLeadIsNotBody() throws Exception {
        List<String> b = body(p(P1), "<div class='unit'><p>Sponsored: Get half price on your first box of fresh meals every week.</p></div>", p(P2));
        assertEquals(List.of(P1, P2), b);
    }

    @Test
    void galleryAndReaderCommentsNamedInGermanAreNotBody() throws Exception {
        String html = "<html><body><main><article><h1>Umzug</h1>" + p(P1)
                + "<div class='bildergalerie'><p>Bild 1 von 2</p><p>Die Hexen der Narrenzunft ziehen am Sonntag durch die Marktstraße.</p></div>"
                + p(P2) + p(P3) + "</article><section class='leserkommentare'><h3>Kommentare (1)</h3><p>Gerda M.</p>"
                + p("Endlich! Wir haben jahrelang darum gebeten, und jetzt kann meine Tochter ohne Auto zur Arbeit fahren.")
                + "</section></main></body></html>";
        List<String> b = new PageExtractor().extract(new RawPage("t", "t", RawPage.Kind.HTML, html)).paragraphs();
        assertEquals(List.of(P1, P2, P3), b);
    }

    @Test
    void aRowOfShortItemsBetweenBarsOrDotsIsNotBody() throws Exception {
        for (String row : List.of("Login | Register | E-paper", "Anmelden | Registrieren | E-Paper | Abo",
                "Accueil \u00b7 Monde \u00b7 \u00c9conomie \u00b7 Culture")) {
            String html = "<html><head><title>Ferry timetable approved</title></head><body><div class='wrap'>"
                    + "<div class='top-links'>" + row + "</div><h1>Ferry timetable approved</h1>" + p(P1) + p(P2) + p(P3)
                    + "</div></body></html>";
            List<String> b = new PageExtractor().extract(new RawPage("t", "t", RawPage.Kind.HTML, html)).paragraphs();
            assertEquals(List.of(P1, P2, P3), b, row);
        }
    }

    @Test
    void aSentenceWithBarsInItIsBody() throws Exception {
        String line = "Fares rise to 3 euros | 4 euros at night | 5 euros on holidays, the board said.";
        List<String> b = body(p(P1), p(line), p(P2));
        assertEquals(List.of(P1, line, P2), b);
    }
}
