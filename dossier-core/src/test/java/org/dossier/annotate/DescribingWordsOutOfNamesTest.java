package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.EntityMention;
import org.junit.jupiter.api.Test;

/**
 * A describing word a tagger takes into a name opening a sentence ("Neighbouring Corvania offered …") is left out
 * of the entity, and a word that only describes places types what it describes as a place; the names of an opening
 * dateline are places.
 */
class DescribingWordsOutOfNamesTest {

    /** The tagger's mention of {@code surface} in {@code text}, tagged {@code tag}, one token a word. */
    private static CoreMap mention(String text, String surface, String tag) {
        int at = text.indexOf(surface);
        List<CoreLabel> toks = new ArrayList<>();
        int pos = at;
        for (String w : surface.split(" ")) {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            l.setValue(w);
            l.setBeginPosition(pos);
            l.setEndPosition(pos + w.length());
            l.setTag("NNP");
            toks.add(l);
            pos += w.length() + 1;
        }
        CoreMap m = new ArrayCoreMap();
        m.set(CoreAnnotations.TokensAnnotation.class, toks);
        m.set(CoreAnnotations.NamedEntityTagAnnotation.class, tag);
        return m;
    }

    private static EntityMention only(String text, String surface, String tag) {
        List<EntityMention> out = EntityExtractor.extract(text, List.of(mention(text, surface, tag)));
        assertEquals(1, out.size(), out.toString());
        return out.get(0);
    }

    @Test
    void aNeighbouringCountryIsTheCountryAndAPlace() {
        String text = "Neighbouring Corvania offered to send 200 rescuers.";
        EntityMention m = only(text, "Neighbouring Corvania", "ORGANIZATION");
        assertEquals("Corvania", m.text());
        assertEquals("LOCATION", m.type());
        assertEquals(text.indexOf("Corvania"), m.start());
    }

    @Test
    void aDescribedBodyKeepsItsTypeWithoutTheDescription() {
        EntityMention m = only("Embattled Velmar Bank said on Monday it would cut 900 jobs.", "Embattled Velmar Bank",
                "ORGANIZATION");
        assertEquals("Velmar Bank", m.text());
        assertEquals("ORGANIZATION", m.type());
    }

    @Test
    void theNamesOfAnOpeningDatelineArePlacesAndItsAgencyStaysAsTagged() {
        String text = "MERIDAN, Orvane (Reuters) - A court in Meridan on Thursday jailed a former minister.";
        List<EntityMention> out = EntityExtractor.extract(text, List.of(mention(text, "MERIDAN", "ORGANIZATION"),
                mention(text, "Orvane", "PERSON"), mention(text, "Reuters", "ORGANIZATION")));
        assertEquals(List.of("MERIDAN/LOCATION", "Orvane/LOCATION", "Reuters/ORGANIZATION"),
                out.stream().map(m -> m.text() + "/" + m.type()).toList());
        String plain = "Orvane said on Thursday that the court in Meridan had jailed a former minister.";
        assertEquals("PERSON", only(plain, "Orvane", "PERSON").type(), "no dateline: the tagger's type stays");
    }

    @Test
    void aNameWhoseFirstWordIsPartOfItIsKept() {
        assertEquals("Northern Corvania Railways", only("Northern Corvania Railways cut its services.",
                "Northern Corvania Railways", "ORGANIZATION").text());
        assertEquals("Rival", only("The band Rival played.", "Rival", "ORGANIZATION").text());
    }
}
