package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.resolve.EntityIndex;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Claim;
import org.dossier.model.StoryDossier.Disagreement;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

class ClaimSelectionTest {
    private static final LocalDate DAY = LocalDate.of(2031, 5, 6);

    private static StoryDossier dossier(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        Story story = new Story("s", "t", list.stream().map(AnnotatedArticle::id).toList());
        return new DossierSynthesizer(EntityIndex::new).synthesize(story, list, new NameResolver().resolve(list));
    }

    private static AnnotatedArticle plain(String id, String text, LocalDate date) {
        return article(id, text).meta(id + " News", "t", date, date).build();
    }

    private static List<String> phrases(StoryDossier d) {
        return d.claims().stream().map(Claim::text).toList();
    }

    @Test
    void smallCountsOfGenericThingsAndBarePeriodsAreNotClaims() {
        StoryDossier d = dossier(plain("a", "The two countries have been rivals for 30 years. Envoys brought two "
                + "draft treaties. Rescuers used 40 amphibious vehicles. Two people were killed.", DAY));
        assertEquals(List.of("40 amphibious vehicles", "Two people"), phrases(d));
    }

    @Test
    void periodWithAPhraseSayingWhatLastedIsAClaim() {
        StoryDossier d = dossier(plain("a", "The deal came after nine hours of talks. It took two days.", DAY));
        assertEquals(List.of("nine hours of talks"), phrases(d));
    }

    @Test
    void clockTimesAndMultipliersAreNotQuantities() {
        StoryDossier d = dossier(plain("a", "The wall broke at about 5.40am after rain reached almost three times "
                + "the average.", DAY));
        assertTrue(d.claims().isEmpty(), d.claims().toString());
    }

    @Test
    void ofPhraseJoiningTwoNamesStaysWholeInTheSubject() {
        StoryDossier d = dossier(plain("a", "Drills follow in Lisbon with 3,000 troops of Varnia and the League.", DAY),
                plain("b", "Drills follow in Lisbon with 3,000 troops of Varnia and NORDA.", DAY));
        assertEquals("troops of Varnia and the League", d.claims().get(0).subject());
        assertEquals("troops of Varnia and NORDA", d.claims().get(1).subject());
    }

    @Test
    void aCountOfMembersOfTwoNamedBodiesIsDroppedAsUnreadable() {
        StoryDossier d = dossier(plain("a", "Talks follow in Lisbon with 30 members of Varnia and the League.", DAY),
                plain("b", "The League has 30 members since the spring.", DAY));
        assertEquals(1, d.claims().size(), d.claims().toString());
        assertEquals("b", d.claims().get(0).article());
    }

    @Test
    void spaceGroupedThousandsAndNearToReadAsAnApproximateCount() {
        Claim c = dossier(plain("a", "Near to 12 000 persons had to quit their homes.", DAY)).claims().get(0);
        assertEquals(12_000.0, c.value());
        assertEquals("people", c.unit());
    }

    @Test
    void differentlyWordedEvacuationCountsFormOneDisagreement() {
        StoryDossier d = dossier(
                plain("a", "The breach forced the evacuation of about 12,000 people, the ministry said.", DAY),
                plain("b", "Up to 9,500 residents of the lower valley were ordered out of their homes.", DAY),
                plain("c", "Relief agencies say tens of thousands of people have been displaced from their homes.", DAY.plusDays(2)),
                plain("d", "Near to 12 000 persons had to quit their domicile since Tuesday.", DAY.plusDays(3)),
                plain("e", "More than 11,000 people had to leave their homes in the lower valley.", DAY.plusDays(7)));
        List<Disagreement> people = d.disagreements().stream().filter(x -> x.unit().equals("people")).toList();
        assertEquals(1, people.size(), d.disagreements().toString());
        List<Disagreement.Value> values = people.get(0).values();
        assertEquals(4, values.size(), values.toString());
        Disagreement.Value twelve = values.stream().filter(v -> v.value().equals("about 12,000")).findFirst()
                .orElseThrow();
        assertEquals(List.of("a", "d"), twelve.articles());
        assertEquals(List.of(DAY, DAY.plusDays(3)), twelve.dates());
    }

    @Test
    void lengthsOfTalksCalledTalksOrDiscussionsFormOneDisagreement() {
        StoryDossier d = dossier(plain("a", "Ministers agreed after nine hours of talks in Sarvo.", DAY),
                plain("b", "At the end of ten hours of discussions, they released a fund.", DAY),
                plain("c", "The deal came after more than 11 hours of talks.", DAY));
        assertEquals(1, d.disagreements().size(), d.disagreements().toString());
        assertEquals(3, d.disagreements().get(0).values().size());
        assertEquals("hours", d.disagreements().get(0).unit());
    }

    @Test
    void troopEstimatesWordedFourWaysFormOneDisagreementWithEachValuesArticles() {
        StoryDossier d = dossier(plain("a", "Varnia keeps an army of about 100,000 near the border.", DAY),
                plain("b", "Varnia has massed about 100,000 troops on the Osrian border.", DAY),
                plain("c", "Tens of thousands of Varnian soldiers are on the borders of Osria.", DAY.plusDays(1)),
                plain("d", "Varnia moved up to 90,000 troops to the vicinity of the Osrian border.", DAY.plusDays(2)));
        assertEquals(1, d.disagreements().size(), d.disagreements().toString());
        Disagreement x = d.disagreements().get(0);
        assertEquals("troops", x.unit());
        assertEquals(3, x.values().size(), x.values().toString());
        Disagreement.Value hundred = x.values().get(0);
        assertEquals("about 100,000", hundred.value());
        assertEquals(List.of("a", "b"), hundred.articles());
        assertEquals(List.of(DAY.plusDays(2)), x.values().stream().filter(v -> v.value().equals("up to 90,000"))
                .findFirst().orElseThrow().dates());
    }

    @Test
    void smallAndLargeCountsOfOneUnitStayApart() {
        StoryDossier d = dossier(plain("a", "About 12,000 people fled. Two people were killed.", DAY),
                plain("b", "Some 12,000 people fled. Three people were killed.", DAY));
        assertEquals(1, d.disagreements().size(), d.disagreements().toString());
        assertEquals(List.of("2", "3"), d.disagreements().get(0).values().stream().map(Disagreement.Value::value)
                .toList());
    }

    @Test
    void partOfASumAndAFarLargerBareSumAreNotComparedWithTheFund() {
        StoryDossier d = dossier(plain("a", "Ministers agreed to set up a €40 million emergency fund.", DAY),
                plain("b", "They released an envelope of 45 million euros.", DAY),
                plain("c", "Vesnar pays 20 million euros of the total. Insurers estimate damage at 250 million euros.",
                        DAY));
        assertEquals(1, d.disagreements().size(), d.disagreements().toString());
        assertEquals(List.of("40,000,000", "45,000,000"), d.disagreements().get(0).values().stream()
                .map(Disagreement.Value::value).toList());
    }
}
