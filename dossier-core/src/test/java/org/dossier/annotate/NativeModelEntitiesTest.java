package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.EntityMention;
import org.dossier.model.TimeMention;
import org.junit.jupiter.api.Test;

/**
 * German, French and Spanish pages read with their own CoreNLP models (run where the Maven profile
 * {@code languages} puts them on the class path, skipped elsewhere): entity precision on short articles written
 * for this test, after the patterns of agency reports, is at least 0.85, and dates come from the language's rules.
 */
class NativeModelEntitiesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2024, 5, 15);

    /** An article and every span a reader would call a name in it (people, places, organisations, others). */
    private record Case(String text, Set<String> names) {}

    private static final List<Case> GERMAN = List.of(
            new Case("Bundesfinanzminister Jörg Asmussen hat am Montag in Frankfurt den neuen Haushaltsentwurf"
                    + " vorgestellt. Die Ausgaben sollen im kommenden Jahr um 2,1 Prozent steigen, sagte Asmussen."
                    + " Die Opposition kritisierte die Pläne als unzureichend.",
                    Set.of("Jörg Asmussen", "Frankfurt", "Asmussen")),
            new Case("Das neue Modell kommt im Laufe des Jahres zu den Händlern. Die Fahrzeuge erhalten eine neue"
                    + " Kühlermaske. Das Topmodell bringt es auf eine Leistung von 340 PS, sagte Entwicklungschef"
                    + " Tomas Hradil in Ingolstadt.",
                    Set.of("Tomas Hradil", "Ingolstadt")),
            new Case("Die Polizei in Hamburg hat zwei Männer festgenommen. Nach Angaben der Staatsanwaltschaft"
                    + " Hamburg sollen sie Geldautomaten in Niedersachsen gesprengt haben. Innensenator Lars Brügge"
                    + " lobte die Ermittler.",
                    Set.of("Hamburg", "Staatsanwaltschaft Hamburg", "Niedersachsen", "Lars Brügge")));

    private static final List<Case> FRENCH = List.of(
            new Case("Le ministre de l'Économie Bruno Lemaire a présenté lundi à Paris le projet de budget. Les"
                    + " dépenses augmenteront de 2,1 % l'an prochain, a précisé le ministre. L'opposition a jugé"
                    + " le texte insuffisant.",
                    Set.of("Bruno Lemaire", "Paris", "Économie")),
            new Case("La police de Marseille a interpellé deux hommes mardi. Selon le parquet de Marseille, ils sont"
                    + " soupçonnés d'avoir attaqué des distributeurs dans les Bouches-du-Rhône. Le préfet Olivier"
                    + " Dumas a salué le travail des enquêteurs.",
                    Set.of("Marseille", "Bouches-du-Rhône", "Olivier Dumas")),
            new Case("Le constructeur Renault a annoncé jeudi la suppression de 1 200 postes en France. La directrice"
                    + " générale Claire Vasseur a évoqué une baisse des ventes en Europe.",
                    Set.of("Renault", "France", "Claire Vasseur", "Europe")));

    private static final List<Case> SPANISH = List.of(
            new Case("El ministro de Hacienda Carlos Ortega presentó el lunes en Madrid el proyecto de presupuestos."
                    + " El gasto aumentará un 2,1 % el próximo año, dijo Ortega. La oposición calificó el plan de"
                    + " insuficiente.",
                    Set.of("Hacienda", "Carlos Ortega", "Madrid", "Ortega")),
            new Case("La Policía Nacional detuvo el martes en Sevilla a dos hombres. Según la Fiscalía de Andalucía,"
                    + " están acusados de robar cajeros automáticos. La delegada del Gobierno, Marta Ruiz, felicitó a"
                    + " los agentes.",
                    Set.of("Policía Nacional", "Sevilla", "Fiscalía de Andalucía", "Andalucía", "Gobierno", "Marta Ruiz")),
            new Case("La empresa Iberdrola anunció el jueves una inversión de 1.200 millones de euros en México. Su"
                    + " consejero delegado, Javier Lozano, habló de un mercado estratégico.",
                    Set.of("Iberdrola", "México", "Javier Lozano")));

    private static Annotations annotate(String lang, String text) {
        Article a = new Article("t", "t", null, "t", List.of(), ANCHOR, List.of(), null, lang, List.of(), text, 0,
                null, null);
        return new CoreNlpAnnotator(Clock.systemUTC(), lang).annotate(a, ANCHOR);
    }

    private static void precisionAtLeast(String lang, List<Case> cases, double goal) {
        assumeTrue(CoreNlpAnnotator.hasModel(lang), "the " + lang + " model is not on the class path");
        int found = 0;
        int right = 0;
        Set<String> wrong = new TreeSet<>();
        for (Case c : cases) {
            for (EntityMention e : annotate(lang, c.text()).entities()) {
                found++;
                if (c.names().contains(e.text())) {
                    right++;
                } else {
                    wrong.add(e.text() + "/" + e.type());
                }
            }
        }
        double precision = found == 0 ? 0 : right / (double) found;
        System.out.printf("%s entity precision %.2f (%d of %d) wrong %s%n", lang, precision, right, found, wrong);
        assertTrue(found >= cases.size() * 2, lang + ": too few entities to judge: " + found);
        assertTrue(precision >= goal, lang + " precision " + precision + ", wrong: " + wrong);
    }

    @Test
    void germanEntitiesFromTheGermanModel() {
        precisionAtLeast("de", GERMAN, 0.85);
    }

    @Test
    void frenchEntitiesFromTheFrenchModel() {
        precisionAtLeast("fr", FRENCH, 0.85);
    }

    @Test
    void spanishEntitiesFromTheSpanishModel() {
        precisionAtLeast("es", SPANISH, 0.85);
    }

    @Test
    void aGermanModelArticleGetsItsDatesFromTheGermanRules() {
        assumeTrue(CoreNlpAnnotator.hasModel("de"), "the German model is not on the class path");
        List<TimeMention> times = annotate("de", GERMAN.get(0).text()).times();
        assertTrue(times.stream().anyMatch(t -> t.text().equals("am Montag") && t.date().equals(LocalDate.of(2024, 5, 13))),
                times.toString());
    }
}
