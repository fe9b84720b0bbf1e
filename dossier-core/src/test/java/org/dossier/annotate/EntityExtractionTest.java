package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Annotations;
import org.dossier.model.EntityMention;
import org.junit.jupiter.api.Test;

/** Entity mentions: coarse types, exact offsets, pronouns dropped, glued place names split off persons. */
class EntityExtractionTest {

    private static List<CoreLabel> labels(String text) {
        List<CoreLabel> out = new ArrayList<>();
        int pos = 0;
        for (String w : text.split(" ")) {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            l.setBeginPosition(pos);
            l.setEndPosition(pos + w.length());
            out.add(l);
            pos += w.length() + 1;
        }
        return out;
    }

    @Test
    void countryGluedAfterAPersonIsSplitOff() {
        String text = "Ivan Petrov Ukraine";
        List<EntityMention> m = EntityExtractor.repair(text, "PERSON", labels(text));
        assertEquals(List.of(new EntityMention("Ivan Petrov", "PERSON", 0, 11),
                new EntityMention("Ukraine", "LOCATION", 12, 19)), m);
    }

    @Test
    void wordRepeatedInOneSpanIsSplit() {
        String text = "Russia Russia";
        assertEquals(List.of(new EntityMention("Russia", "LOCATION", 0, 6), new EntityMention("Russia", "LOCATION", 7, 13)),
                EntityExtractor.repair(text, "LOCATION", labels(text)));
    }

    @Test
    void plainPersonSpanIsKeptWhole() {
        String text = "Anna Maria Lindqvist";
        assertEquals(List.of(new EntityMention(text, "PERSON", 0, 20)),
                EntityExtractor.repair(text, "PERSON", labels(text)));
    }

    @Test
    void mentionsHaveCoarseTypesAndExactOffsets() {
        String text = "Chancellor Karl Berger met NATO officials in Brussels. He said Germany would help.";
        Annotations a = Texts.annotate(text, LocalDate.of(2023, 3, 15));
        for (EntityMention e : a.entities()) {
            assertEquals(e.text(), text.substring(e.start(), e.end()));
            assertTrue(List.of("PERSON", "LOCATION", "ORGANIZATION", "MISC").contains(e.type()), e.type());
            assertTrue(!e.text().equalsIgnoreCase("he"), "pronouns are not entities");
        }
        assertTrue(a.entities().contains(new EntityMention("Karl Berger", "PERSON", 11, 22)), a.entities().toString());
        assertTrue(a.entities().stream().anyMatch(e -> e.text().equals("Brussels") && e.type().equals("LOCATION")));
    }
}
