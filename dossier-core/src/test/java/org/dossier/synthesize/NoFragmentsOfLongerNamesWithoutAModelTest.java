package org.dossier.synthesize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.Test;

/**
 * On a page read without a model, a person whose surname is also a first name ("Star") is listed by the whole name
 * the text writes ("Orsolya Star"), never as that last word on its own with the given name left in the role.
 */
class NoFragmentsOfLongerNamesWithoutAModelTest {
    private static final LocalDate TUE = LocalDate.of(2031, 3, 4);

    private static void listedWhole(StoryDossier d, String whole, String fragment) {
        List<String> names = d.entities().stream().map(Entity::name).toList();
        assertTrue(names.contains(whole), names.toString());
        assertTrue(!names.contains(fragment), names.toString());
        Entity e = d.entities().stream().filter(x -> x.name().equals(whole)).findFirst().orElseThrow();
        assertEquals("PERSON", e.type(), e.toString());
        assertTrue(e.roles().stream().noneMatch(r -> r.contains(whole.split(" ")[0])), e.roles().toString());
    }

    @Test
    void aFrenchMinisterWhoseSurnameIsAFirstNameIsListedByHerWholeName() {
        StoryDossier d = ModellessStory.in("fr")
                .article("a", TUE, "La ministre de l'Environnement, Orsolya Star, a visité la côte mardi. Star a "
                        + "promis une aide rapide aux pêcheurs.")
                .article("b", TUE.plusDays(1), "La ministre Orsolya Star a réuni les maires mercredi. Selon Star, le "
                        + "nettoyage durera des semaines.")
                .dossier();
        listedWhole(d, "Orsolya Star", "Star");
    }

    @Test
    void aSpanishSpeakerWhoseSurnameIsAFirstNameIsListedByTheWholeName() {
        StoryDossier d = ModellessStory.in("es")
                .article("a", TUE, "El alcalde, Teodor Ray, visitó el puerto el martes. Ray prometió ayuda.")
                .article("b", TUE.plusDays(1), "El alcalde Teodor Ray se reunió con los pescadores el miércoles.")
                .dossier();
        listedWhole(d, "Teodor Ray", "Ray");
    }
}
