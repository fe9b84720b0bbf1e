package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntityTypeLabelsTest {

    @Test
    void labelsAreTheStringsStoredInAnnotationsAndDossiers() {
        assertEquals(List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC"),
                Arrays.stream(EntityType.values()).map(EntityType::label).toList());
        assertEquals("{\"text\":\"Oslo\",\"type\":\"LOCATION\",\"start\":0,\"end\":4}",
                Json.write(new EntityMention("Oslo", EntityType.LOCATION.label(), 0, 4)));
    }

    @Test
    void aTypeMatchesOnlyItsOwnLabel() {
        assertTrue(EntityType.PERSON.is("PERSON"));
        assertFalse(EntityType.PERSON.is("person"));
        assertFalse(EntityType.ORGANIZATION.is("ORG"));
        assertFalse(EntityType.MISC.is(null));
    }

    @Test
    void everyCoarseTypeTheAnnotatorMapsToIsAnEntityType() throws IOException {
        Set<String> labels = Arrays.stream(EntityType.values()).map(EntityType::label).collect(Collectors.toSet());
        try (InputStream in = EntityType.class.getResourceAsStream("/org/dossier/annotate/entity-types.txt")) {
            assertNotNull(in);
            List<String> targets = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split("\t+")[1].strip()).toList();
            assertFalse(targets.isEmpty());
            targets.forEach(t -> assertTrue(labels.contains(t), t));
        }
    }
}
