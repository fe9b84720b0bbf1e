package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.EntityMention;
import org.junit.jupiter.api.Test;

/**
 * A hyphenated place name with a lower-case linking word, which taggers leave out, is a place ({@link
 * PlaceCompounds}); hyphenated words without one, and names the tagger read, are left as they are.
 */
class PlaceCompoundsTest {
    @Test
    void aHyphenatedNameLinkedByALowerCaseWordIsAPlace() {
        String text = "Searchers combed the flooded streets of Saint-Aubin-des-Monts on Monday.";
        List<EntityMention> out = PlaceCompounds.added(text, List.of());
        assertEquals(1, out.size(), out.toString());
        assertEquals("Saint-Aubin-des-Monts", out.get(0).text());
        assertEquals("LOCATION", out.get(0).type());
        assertEquals(text.indexOf("Saint-Aubin"), out.get(0).start());
    }

    @Test
    void aFrenchSentenceNamesItsVillageSoToo() {
        String text = "Le pont de Belmont-sur-Vire a cédé dimanche.";
        List<EntityMention> out = PlaceCompounds.added(text, List.of());
        assertEquals(List.of("Belmont-sur-Vire"), out.stream().map(EntityMention::text).toList());
    }

    @Test
    void hyphenatedWordsWithoutALinkAndTaggedNamesStayAsTheyAre() {
        String text = "Franco-German talks resumed in Saint-Aubin-des-Monts and SAINT-AUBIN-DES-MONTS.";
        EntityMention tagged = new EntityMention("Saint-Aubin-des-Monts", "ORGANIZATION",
                text.indexOf("Saint-Aubin"), text.indexOf("Saint-Aubin") + "Saint-Aubin-des-Monts".length());
        List<EntityMention> out = PlaceCompounds.added(text, List.of(tagged));
        assertEquals(List.of(tagged), out);
        assertTrue(PlaceCompounds.added("Franco-German talks resumed.", List.of()).isEmpty());
    }
}
