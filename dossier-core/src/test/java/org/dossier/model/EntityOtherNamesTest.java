package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.Test;

/** The other names a reader is shown for an entity: its variants without its own name or a case-only repeat. */
class EntityOtherNamesTest {

    private static Entity entity(String name, String... variants) {
        return new Entity(name, "PERSON", List.of(variants), List.of(), List.of("a"), List.of());
    }

    @Test
    void theEntitysOwnNameIsNoOtherName() {
        assertEquals(List.of("Hront"), entity("Pavel Hront", "Pavel Hront", "Hront").otherNames());
    }

    @Test
    void aVariantInOtherCapitalsIsNoOtherName() {
        assertEquals(List.of(), entity("Tarsen", "Tarsen", "TARSEN").otherNames());
        assertEquals(List.of("US", "U.S."), entity("United States", "United States", "US", "U.S.", "us").otherNames());
    }
}
