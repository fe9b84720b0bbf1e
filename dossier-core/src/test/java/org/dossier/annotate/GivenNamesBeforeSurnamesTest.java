package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.EntityMention;
import org.junit.jupiter.api.Test;

/**
 * A capitalised word right before a one-word person name is that person's given name when it is a known given name
 * or the text names the person with it elsewhere; a given name that is also an ordinary word ("Will", "May") is
 * joined only where it cannot be that word.
 */
class GivenNamesBeforeSurnamesTest {
    private static List<EntityMention> tagged(String text, String... surfacesAndTypes) {
        List<EntityMention> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < surfacesAndTypes.length; i += 2) {
            int at = text.indexOf(surfacesAndTypes[i], from);
            from = at + 1;
            out.add(new EntityMention(surfacesAndTypes[i], surfacesAndTypes[i + 1], at, at + surfacesAndTypes[i].length()));
        }
        return out;
    }

    private static List<String> persons(String text, List<EntityMention> mentions) {
        return GivenNames.completed(text, mentions).stream().filter(m -> m.type().equals("PERSON"))
                .map(EntityMention::text).toList();
    }

    @Test
    void aGivenNameTheTaggerLeftOutOpensThePersonsName() {
        String text = "Per Lindqvist, the company's chief executive, said the plan would go ahead.";
        assertEquals(List.of("Per Lindqvist"), persons(text, tagged(text, "Lindqvist", "PERSON")));
    }

    @Test
    void theTaggerLeavingTheGivenNameOutOfAnEnglishSentenceIsCorrected() {
        String text = "Shares of Norvald Group fell 4 percent on Monday. Per Lindqvist, the company's chief executive, "
                + "said the plan would go ahead. \"We are confident,\" Lindqvist said.";
        List<String> people = Texts.annotate(text, LocalDate.of(2026, 11, 3)).entities().stream()
                .filter(m -> m.type().equals("PERSON")).map(EntityMention::text).toList();
        assertTrue(people.contains("Per Lindqvist"), people.toString());
    }

    @Test
    void givenNamesOfSeveralLanguagesOpenTheirNames() {
        String text = "The mayor, Ole Brattvik, met Eva Sandell and the lawyer Jan Dvorsky on Friday.";
        assertEquals(List.of("Ole Brattvik", "Eva Sandell", "Jan Dvorsky"), persons(text,
                tagged(text, "Brattvik", "PERSON", "Sandell", "PERSON", "Dvorsky", "PERSON")));
    }

    @Test
    void anOrdinaryWordOpeningASentenceIsNoGivenName() {
        String text = "Will Lindqvist resign? May Sandell stay on as chair? Nobody at the board would say.";
        assertEquals(List.of("Lindqvist", "Sandell"), persons(text,
                tagged(text, "Lindqvist", "PERSON", "Sandell", "PERSON")));
    }

    @Test
    void aGivenNameThatIsAlsoAnOrdinaryWordJoinsInsideASentence() {
        String text = "The board thanked Will Lindqvist for his work.";
        assertEquals(List.of("Will Lindqvist"), persons(text, tagged(text, "Lindqvist", "PERSON")));
    }

    @Test
    void aMonthBeforeASurnameIsNoGivenName() {
        String text = "The board met in May. In May Lindqvist said he would stay.";
        assertEquals(List.of("Lindqvist"), persons(text, tagged(text, "Lindqvist", "PERSON")));
    }

    @Test
    void anyWordTheTextNamesThePersonWithElsewhereIsTheirGivenName() {
        String text = "Tarvo Lindqvist spoke first. Later Tarvo Lindqvist's deputy, Ines Moro, read a statement.";
        List<EntityMention> in = tagged(text, "Tarvo Lindqvist", "PERSON", "Lindqvist", "PERSON", "Ines Moro", "PERSON");
        in.set(1, new EntityMention("Lindqvist", "PERSON", text.lastIndexOf("Lindqvist"),
                text.lastIndexOf("Lindqvist") + "Lindqvist".length()));
        assertEquals(List.of("Tarvo Lindqvist", "Tarvo Lindqvist", "Ines Moro"), persons(text, in));
    }

    @Test
    void aTitleOrAnUnknownWordBeforeASurnameStaysOut() {
        String text = "The talks ended when Chancellor Lindqvist and Governor Sandell left.";
        assertEquals(List.of("Lindqvist", "Sandell"), persons(text,
                tagged(text, "Lindqvist", "PERSON", "Sandell", "PERSON")));
    }
}
