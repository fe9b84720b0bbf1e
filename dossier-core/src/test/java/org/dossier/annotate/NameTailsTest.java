package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.EntityMention;
import org.junit.jupiter.api.Test;

/** A tagger's name completed by what follows it ({@link NameTails}): a body's number, a species' epithet. */
class NameTailsTest {
    private static EntityMention at(String text, String surface, String type) {
        int i = text.indexOf(surface);
        return new EntityMention(surface, type, i, i + surface.length());
    }

    @Test
    void aUnionLocalKeepsItsNumber() {
        String text = "Members of United Food Workers Local 218, which represents the plant's workers, were sent home.";
        assertEquals(List.of(at(text, "United Food Workers Local 218", "ORGANIZATION")),
                NameTails.completed(text, List.of(at(text, "United Food Workers Local", "ORGANIZATION"))));
    }

    @Test
    void aNameNotEndingInANumberedHeadTakesNoNumber() {
        String text = "Brenmoor Council 12 members voted.";
        EntityMention m = at(text, "Brenmoor Council", "ORGANIZATION");
        assertEquals(List.of(m), NameTails.completed(text, List.of(m)));
    }

    @Test
    void aGenusReadAsAPersonIsASpeciesWithItsEpithet() {
        String text = "Tests found Cronobacter sakazakii in two batches. C. sakazakii can sicken newborns.";
        assertEquals(List.of(at(text, "Cronobacter sakazakii", "MISC")),
                NameTails.completed(text, List.of(at(text, "Cronobacter", "PERSON"))));
        assertEquals(List.of(at(text, "Cronobacter sakazakii", "MISC")),
                NameTails.completed(text, List.of(at(text, "Cronobacter sakazakii", "PERSON"))));
    }

    @Test
    void aShortEpithetEndingInIIsOne() {
        String text = "Inspectors traced Escherichia coli to the cooling tank.";
        assertEquals(List.of(at(text, "Escherichia coli", "MISC")),
                NameTails.completed(text, List.of(at(text, "Escherichia", "PERSON"))));
    }

    @Test
    void aPersonBeforeAWordTheTextWritesElsewhereStaysAPerson() {
        String text = "Varga thus ended the talks. It was thus that the pier closed; Okafor this week said no.";
        EntityMention varga = at(text, "Varga", "PERSON");
        EntityMention okafor = at(text, "Okafor", "PERSON");
        assertEquals(List.of(varga, okafor), NameTails.completed(text, List.of(varga, okafor)));
    }
}
