package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.EntityMention;
import org.junit.jupiter.api.Test;

/** The surname of a person named in full is a person mention where the tagger left it untagged. */
class UntaggedSurnamesOfNamedPeopleTest {

    private static List<EntityMention> tagged(String text, String... surfacesAndTypes) {
        List<EntityMention> out = new ArrayList<>();
        for (int i = 0; i < surfacesAndTypes.length; i += 2) {
            int at = text.indexOf(surfacesAndTypes[i]);
            out.add(new EntityMention(surfacesAndTypes[i], surfacesAndTypes[i + 1], at, at + surfacesAndTypes[i].length()));
        }
        return out;
    }

    private static List<String> persons(String text, List<EntityMention> mentions) {
        return SurnameMentions.added(text, mentions).stream().filter(m -> m.type().equals("PERSON"))
                .map(m -> m.text() + "@" + m.start()).toList();
    }

    @Test
    void aSurnameOpeningALaterSentenceIsThePerson() {
        String text = "Interior Minister Pavel Hront spoke on Friday. Hront denied that the decision was political.";
        assertEquals(List.of("Pavel Hront@18", "Hront@47"), persons(text, tagged(text, "Pavel Hront", "PERSON")));
    }

    @Test
    void aSurnameAfterAVerbOrInAPossessiveIsThePerson() {
        String text = "Nurse Mira Kovan was on shift. \"It is hard,\" said Kovan. Kovan's team worked all night.";
        List<String> p = persons(text, tagged(text, "Mira Kovan", "PERSON"));
        assertEquals(3, p.size(), p.toString());
    }

    @Test
    void aSurnameInsideAnotherNameIsNotAdded() {
        String text = "Pavel Hront spoke. Hront Logistics and Anna Hront were not asked. Ursula von der Lenz and Dirk Lenz met.";
        List<EntityMention> m = tagged(text, "Pavel Hront", "PERSON", "Dirk Lenz", "PERSON");
        assertEquals(List.of("Pavel Hront@0", "Dirk Lenz@" + text.indexOf("Dirk Lenz")), persons(text, m));
    }

    @Test
    void aSurnameTaggedAsSomethingElseOrNamingAPlaceIsNotAdded() {
        String text = "Lord Alan Chester arrived. Chester is a city. Marta Jordan spoke. Jordan was calm.";
        List<EntityMention> m = tagged(text, "Alan Chester", "PERSON", "Chester is", "LOCATION", "Marta Jordan", "PERSON");
        m.set(1, new EntityMention("Chester", "LOCATION", 27, 34));
        List<String> p = persons(text, m);
        assertTrue(p.stream().noneMatch(s -> s.startsWith("Chester@") || s.startsWith("Jordan@")), p.toString());
    }

    @Test
    void aSurnameThatIsAlsoACommonWordIsNoPersonOpeningASentence() {
        String text = "Coach Tom Hope was sacked. Hope remains for the club, fans said, and there is hope. \"No,\" said Hope.";
        List<String> p = persons(text, tagged(text, "Tom Hope", "PERSON"));
        assertEquals(List.of("Tom Hope@6", "Hope@" + text.lastIndexOf("Hope")), p);
    }

    @Test
    void aLowerCaseWordIsNoSurname() {
        String text = "Gordon Brown spoke. The brown fields were flooded.";
        assertEquals(List.of("Gordon Brown@0"), persons(text, tagged(text, "Gordon Brown", "PERSON")));
    }
}
