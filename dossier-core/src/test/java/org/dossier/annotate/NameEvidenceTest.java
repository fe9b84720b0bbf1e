package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.EntityMention;
import org.junit.jupiter.api.Test;

/** Names of articles read without a model count only where the story's other articles confirm them. */
class NameEvidenceTest {
    private static final NameEvidenceAnnotator NO_MODEL = new NameEvidenceAnnotator(Clock.systemUTC(), l -> "no model");

    private static Article article(String id, String lang, String text) {
        return new Article(id, id, null, "t", List.of(), LocalDate.of(2024, 5, 15), List.of(), null, lang, List.of(),
                text, 0, null, null);
    }

    private static AnnotatedArticle withoutModel(String id, String lang, String text) {
        Article a = article(id, lang, text);
        return new AnnotatedArticle(a, NO_MODEL.annotate(a, a.published()));
    }

    private static AnnotatedArticle withModel(String id, String text, EntityMention... entities) {
        Article a = article(id, "en", text);
        return new AnnotatedArticle(a, new Annotations(id, null, List.of(), List.of(entities), List.of(), List.of()));
    }

    private static List<String> names(AnnotatedArticle a) {
        return a.annotations().entities().stream().map(e -> e.text() + "/" + e.type()).toList();
    }

    @Test
    void aCandidateTakesTheTypeOfTheEntityAModelFoundInAnotherLanguage() {
        String en = "Chancellor Olaf Scholz visited Warsaw.";
        AnnotatedArticle english = withModel("en", en, new EntityMention("Olaf Scholz", "PERSON", 11, 22),
                new EntityMention("Warsaw", "LOCATION", 31, 37));
        AnnotatedArticle german = withoutModel("de", "de",
                "Die Fahrzeuge der Delegation fuhren vor. Bundeskanzler Olaf Scholz besuchte am Montag Warschau und Warsaw.");
        List<AnnotatedArticle> out = NameEvidence.confirm(List.of(english, german));
        assertEquals(List.of("Olaf Scholz/PERSON", "Warsaw/LOCATION"), names(out.get(1)));
        assertEquals(names(english), names(out.get(0)), "an article read with a model is left as it is");
    }

    @Test
    void aRunOfTwoWordsInTwoArticlesIsConfirmedButNoSingleGermanNoun() {
        AnnotatedArticle a = withoutModel("a", "de", "Die Fahrzeuge kamen an. Laut Stadtwerke Kelsburg war niemand verletzt.");
        AnnotatedArticle b = withoutModel("b", "de", "Alle Fahrzeuge wurden geprüft, teilten die Stadtwerke Kelsburg mit.");
        List<AnnotatedArticle> out = NameEvidence.confirm(List.of(a, b));
        assertEquals(List.of("Stadtwerke Kelsburg/MISC"), names(out.get(0)));
        assertEquals(List.of("Stadtwerke Kelsburg/MISC"), names(out.get(1)));
    }

    @Test
    void aPersonARoleNounOrHonorificIntroducesIsKeptFromOneArticleWithTheirLaterSurname() {
        for (String[] c : new String[][] {
                {"de", "Die Fahrzeuge kamen an. Laut Polizeisprecher Jan Novak war niemand verletzt. Novak sprach von Glück."},
                {"fr", "Les véhicules sont arrivés. Selon le porte-parole Jan Novak, personne n'a été blessé. Novak a parlé de chance."},
                {"es", "Los vehículos llegaron. Según el portavoz Jan Novak, nadie resultó herido. Novak habló de suerte."}}) {
            List<AnnotatedArticle> out = NameEvidence.confirm(List.of(withoutModel("a", c[0], c[1])));
            assertEquals(List.of("Jan Novak/PERSON", "Novak/PERSON"), names(out.get(0)), c[0]);
        }
        List<AnnotatedArticle> none = NameEvidence.confirm(List.of(withoutModel("a", "de",
                "Die Fahrzeuge kamen an. Laut Stadtwerke Kelsburg war niemand verletzt.")));
        assertEquals(List.of(), names(none.get(0)), "a run no role introduces needs another article");
    }

    @Test
    void aSingleWordIsConfirmedInALanguageThatDoesNotCapitaliseNouns() {
        AnnotatedArticle a = withoutModel("a", "it", "Il vertice si è tenuto a Trieste con la delegazione.");
        AnnotatedArticle b = withoutModel("b", "it", "Secondo fonti locali, a Trieste sono arrivati i ministri.");
        List<AnnotatedArticle> out = NameEvidence.confirm(List.of(a, b));
        assertEquals(List.of("Trieste/MISC"), names(out.get(0)));
        assertEquals(List.of("Trieste/MISC"), names(out.get(1)), "the sentence-initial \"Secondo\" is not a name");
    }

    @Test
    void aLoneArticleConfirmsNothingAndSaysWhy() {
        AnnotatedArticle a = withoutModel("a", "fi", "Presidentti Sauli Niinistö vieraili Tukholmassa.");
        assertTrue(a.annotations().analysis().startsWith("no model"), a.annotations().analysis());
        assertEquals(List.of(), names(NameEvidence.confirm(List.of(a)).get(0)));
    }

    @Test
    void aPluralPossessiveBeforeACapitalisedWordStaysInOneName() {
        List<String> names = names(withoutModel("de", "de", "Die Gewerkschaft Seafarers' Guild wies die Vorwürfe zurück."));
        assertTrue(names.stream().anyMatch(n -> n.startsWith("Gewerkschaft Seafarers' Guild/")), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.startsWith("Guild/")), names.toString());
    }
}
