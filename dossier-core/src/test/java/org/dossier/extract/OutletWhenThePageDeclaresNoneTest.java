package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.dossier.model.Article;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;

/**
 * The outlet of a page with no declared site name (no og:site_name, publisher or logo link naming it): the name its
 * title sets beside the headline, else the host of its canonical address.
 */
class OutletWhenThePageDeclaresNoneTest {
    private static final String BODY = "<p>The ferry ran aground on a sandbank off the northern cape late on Friday,"
            + " and all 212 passengers were taken off by lifeboats before dawn, the coast guard said.</p>"
            + "<p>Divers inspected the hull on Saturday morning and found no leak, the operator said.</p>";

    private static Article page(String title, String head) throws ExtractionException {
        String html = "<html><head><title>" + title + "</title>" + head + "</head><body><nav><a href=\"/\">Home</a>"
                + "</nav><article><h1>Ferry runs aground off the northern cape</h1>" + BODY + "</article></body></html>";
        return new PageExtractor().extract(new RawPage("p", "page.html", RawPage.Kind.HTML, html, RawPage.Hints.NONE));
    }

    @Test
    void theNameAfterTheHeadlineInTheTitleIsTheOutlet() throws Exception {
        assertEquals("The Harbour Courier", page("Ferry runs aground off the northern cape | The Harbour Courier", "").outlet());
        assertEquals("Nordkurier Online", page("Ferry runs aground off the northern cape – Nordkurier Online", "").outlet());
    }

    @Test
    void theNameBeforeTheHeadlineInTheTitleIsTheOutlet() throws Exception {
        assertEquals("Cape Times Daily", page("Cape Times Daily - Ferry runs aground off the northern cape", "").outlet());
    }

    @Test
    void aGenreOrALowerCasePartBesideTheHeadlineIsNoOutlet() throws Exception {
        assertNull(page("Ferry runs aground off the northern cape | Analysis", "").outlet());
        assertNull(page("Ferry runs aground off the northern cape | live updates", "").outlet());
        assertNull(page("Ferry runs aground off the northern cape", "").outlet());
    }

    @Test
    void withoutANameTheHostOfTheCanonicalAddressIsTheOutlet() throws Exception {
        Article a = page("Ferry runs aground off the northern cape",
                "<link rel=\"canonical\" href=\"https://www.harbourcourier.example/news/ferry-aground\">");
        assertEquals("harbourcourier.example", a.outlet());
        assertEquals("https://www.harbourcourier.example/news/ferry-aground", a.url());
    }

    @Test
    void aDeclaredSiteNameWinsOverTheTitle() throws Exception {
        assertEquals("Courier", page("Ferry runs aground off the northern cape | The Harbour Courier",
                "<meta property=\"og:site_name\" content=\"Courier\">").outlet());
    }

    private static Article withFooter(String footer) throws ExtractionException {
        String html = "<html><head><title>Ferry runs aground off the northern cape</title></head><body><article>"
                + "<h1>Ferry runs aground off the northern cape</h1>" + BODY + "</article>" + footer + "</body></html>";
        return new PageExtractor().extract(new RawPage("p", "page.html", RawPage.Kind.HTML, html, RawPage.Hints.NONE));
    }

    @Test
    void aNameOnlyTheFootersCopyrightLineGivesIsTheOutlet() throws Exception {
        assertEquals("Kellby Today", withFooter("<div class=\"footer\">All content copyright Kellby Today</div>").outlet());
        assertEquals("The Harbour Gazette", withFooter("<footer><p>\u00a9 2025 The Harbour Gazette. All rights "
                + "reserved.</p></footer>").outlet());
        assertEquals("Le Courrier du Nord", withFooter("<footer>\u00a9 Le Courrier du Nord 2025</footer>").outlet());
    }

    @Test
    void aCopyrightLineNamingNoOneGivesNoOutlet() throws Exception {
        assertNull(withFooter("<footer><p>\u00a9 All rights reserved.</p></footer>").outlet());
        assertNull(withFooter("<div class=\"site-footer\">Contact | Privacy | Terms</div>").outlet());
    }

    @Test
    void aCopyrightHoldersCorporateSuffixIsNoPartOfTheOutletsName() throws Exception {
        assertEquals("The Harbour Gazette", withFooter("<footer><p>\u00a9 2025 The Harbour Gazette Company. All rights "
                + "reserved.</p></footer>").outlet());
        assertEquals("Kellby Today", withFooter("<div class=\"footer\">Copyright 2024 Kellby Today Ltd</div>").outlet());
        assertEquals("Nordkurier Lindau", withFooter("<footer>\u00a9 2025 Nordkurier Lindau GmbH</footer>").outlet());
        assertEquals("Diario del Sur", withFooter("<footer>\u00a9 Diario del Sur S.A. Todos los derechos reservados."
                + "</footer>").outlet());
    }
}
