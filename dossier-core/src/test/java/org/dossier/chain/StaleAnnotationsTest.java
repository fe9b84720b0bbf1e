package org.dossier.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.EntityMention;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.junit.jupiter.api.Test;

/**
 * Stored annotations are reused only when the annotator that would read the article now made them: a German article
 * that an older build annotated with the English model (untagged, with the English model's "people") is read again,
 * and annotations the current annotator made are kept.
 */
class StaleAnnotationsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String TEXT = "Das neue Modell kommt im Laufe des Jahres zu den Händlern. „Wir erwarten eine"
            + " große Nachfrage nach dem Wagen“, sagte Entwicklungschef Tomas Hradil am Montag in Ingolstadt.";

    private static Article german() {
        return new Article("de1", "de1.html", null, "Neues Modell", List.of(), LocalDate.of(2024, 5, 15), List.of(),
                "auto.example", "de", List.of(), TEXT, 0.1, null, null);
    }

    private static StoryAnalysis.Result analyse(Map<String, Annotations> stored) {
        return Composition.standard(CLOCK).storyAnalysis()
                .analyse(new Story("s", "t", List.of("de1")), List.of(german()), stored, () -> { });
    }

    @Test
    void anArticleAnOlderBuildReadWithTheEnglishModelIsAnnotatedAgain() {
        Annotations english = new Annotations("de1", LocalDate.of(2024, 5, 15), List.of(),
                List.of(new EntityMention("Laufe des Jahres", "PERSON", 22, 38)), List.of(), List.of());
        StoryAnalysis.Result r = analyse(Map.of("de1", english));
        assertEquals(1, r.fresh().size(), "the untagged annotation is made again");
        String tag = r.fresh().get(0).annotatedBy();
        assertTrue(tag != null && (tag.startsWith("corenlp-de/") || tag.startsWith("no-model/")), tag);
        for (StoryDossier.Entity e : r.dossier().entities()) {
            assertFalse(e.name().equals("Laufe des Jahres"), "the English model's person is gone: " + e);
        }
        assertFalse(r.dossier().quotes().isEmpty(), "the German quote is read in German");
    }

    @Test
    void annotationsTheCurrentAnnotatorMadeAreReused() {
        Annotations made = analyse(Map.of()).fresh().get(0);
        StoryAnalysis.Result again = analyse(Map.of("de1", made));
        assertEquals(List.of(), again.fresh(), "nothing to annotate again");
    }
}
