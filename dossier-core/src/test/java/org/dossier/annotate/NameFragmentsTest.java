package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.EntityMention;
import org.junit.jupiter.api.Test;

/** A tagger's fragments of one longer name become that name; neighbouring names stay apart. */
class NameFragmentsTest {
    private static EntityMention at(String text, String surface, String type) {
        int i = text.indexOf(surface);
        return new EntityMention(surface, type, i, i + surface.length());
    }

    private static List<EntityMention> of(EntityMention... m) {
        return new ArrayList<>(List.of(m));
    }

    @Test
    void placeFragmentsAroundACollegeWordAreOneOrganisation() {
        String text = "A lecturer at St Anne\u2019s College Oxford Mary Holt said the vote was close.";
        List<EntityMention> out = NameSpans.joined(text, of(at(text, "St Anne", "LOCATION"),
                at(text, "Oxford", "LOCATION"), at(text, "Mary Holt", "PERSON")));
        assertEquals(List.of(at(text, "St Anne\u2019s College Oxford", "ORGANIZATION"), at(text, "Mary Holt", "PERSON")),
                out);
    }

    @Test
    void longFormCutShortIsCompletedWhenTheTextUsesItsAcronym() {
        String text = "Delegates met at the Council for Trade and Co-operation in Asia on Friday. The CTCA said little.";
        List<EntityMention> out = NameSpans.joined(text, of(at(text, "Council for Trade and Co-operation", "ORGANIZATION"),
                at(text, "Asia", "LOCATION"), at(text, "CTCA", "ORGANIZATION")));
        assertEquals(at(text, "Council for Trade and Co-operation in Asia", "ORGANIZATION"), out.get(0));
        assertEquals(2, out.size(), out.toString());
    }

    @Test
    void countriesJoinedByAndStayApart() {
        String text = "Talks between Norway and Sweden and the Baltic Council resumed.";
        List<EntityMention> in = of(at(text, "Norway", "LOCATION"), at(text, "Sweden", "LOCATION"),
                at(text, "Baltic Council", "ORGANIZATION"));
        assertEquals(in, NameSpans.joined(text, in));
    }

    @Test
    void aCountrysPossessiveIsNotPartOfAName() {
        String text = "Norway\u2019s Fisheries Ministry said the quota would stay.";
        List<EntityMention> in = of(at(text, "Norway", "LOCATION"));
        assertEquals(in, NameSpans.joined(text, in));
    }

    @Test
    void aPersonsNameCutAtBinIsOnePerson() {
        String text = "Qatar's energy minister, Khalid bin Hamad al-Thani, said exports would rise.";
        List<EntityMention> out = NameSpans.joined(text, of(at(text, "Qatar", "LOCATION"), at(text, "Khalid", "PERSON"),
                at(text, "Hamad al-Thani", "PERSON")));
        assertEquals(List.of(at(text, "Qatar", "LOCATION"), at(text, "Khalid bin Hamad al-Thani", "PERSON")), out);
    }

    @Test
    void aGivenNameAQuotedNicknameAndASurnameAreOnePerson() {
        String text = "Police arrested Karim \"Le Chat\" Benali on Wednesday.";
        List<EntityMention> out = NameSpans.joined(text, of(at(text, "Karim", "LOCATION"), at(text, "Le Chat", "ORGANIZATION"),
                at(text, "Benali", "PERSON")));
        assertEquals(List.of(at(text, "Karim \"Le Chat\" Benali", "PERSON")), out);
    }

    @Test
    void twoPeopleWithALowerCaseWordBetweenThemStayApart() {
        String text = "Khalid told Hamad al-Thani nothing.";
        List<EntityMention> in = of(at(text, "Khalid", "PERSON"), at(text, "Hamad al-Thani", "PERSON"));
        assertEquals(in, NameSpans.joined(text, in));
    }
}
