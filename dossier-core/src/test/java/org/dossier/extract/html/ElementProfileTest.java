package org.dossier.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An element's class/id profile: the class text's and the id's weighed apart and added, as one text would weigh. */
class ElementProfileTest {
    private static ElementSemantics.Profile profile(String attributes) {
        Element e = Jsoup.parse("<div " + attributes + ">x</div>").selectFirst("div");
        return ElementSemantics.get().profile(e);
    }

    @Test
    void aClassAndAnIdWeighAsTheirSum() {
        assertEquals(-1, profile("class='share'").weight());
        assertEquals(-1, profile("id='comments'").weight());
        assertEquals(-2, profile("class='share' id='comments'").weight());
        assertEquals(-2, profile("class='  share  ' id=' comments'").weight());
    }

    @Test
    void aNeutralClassOrIdAddsNothing() {
        assertEquals(0, profile("class='grid col-6' id='x123'").weight());
        assertEquals(-1, profile("class='grid col-6' id='related'").weight());
        assertFalse(profile("class='grid' id='x123'").siteName());
    }

    @Test
    void theSiteNameMarkOfEitherHolds() {
        assertTrue(profile("class='grid' id='site-logo'").siteName());
        assertTrue(profile("class='site-logo' id='x123'").siteName());
        assertEquals(1, profile("class='article-body' id='site-logo'").weight());
    }
}
