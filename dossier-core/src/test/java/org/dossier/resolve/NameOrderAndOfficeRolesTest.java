package org.dossier.resolve;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.resolve.ArticleFixture.named;
import static org.dossier.resolve.ArticleFixture.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.Test;

/**
 * A family name written first ("Zhao Ming" ... "Zhao") joins its person; roles with the office's field after it
 * ("the minister for foreign affairs"), a former office kept as former, Spanish offices.
 */
class NameOrderAndOfficeRolesTest {
    private static List<Entity> people(List<Entity> entities) {
        return entities.stream().filter(e -> e.type().equals("PERSON")).toList();
    }

    @Test
    void aFamilyNameWrittenFirstJoinsItsFullName() {
        List<Entity> e = people(resolve(article("a", "China's foreign minister, Zhao Ming, arrived on Friday. Zhao said "
                + "the talks went well.").person("Zhao Ming", "Zhao").build()));
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).variants().contains("Zhao"), e.toString());
    }

    @Test
    void aWordThatOpensTwoFullNamesJoinsNeither() {
        List<Entity> e = people(resolve(article("a", "Zhao Ming met Zhao Lei in Busan. Zhao said nothing.")
                .person("Zhao Ming", "Zhao Lei", "Zhao").build()));
        assertEquals(3, e.size(), e.toString());
    }

    @Test
    void theOfficesFieldAfterForIsPartOfTheRole() {
        List<Entity> e = resolve(article("a", "The minister for foreign affairs, Ivo Brandl, will visit Nairobi.")
                .person("Ivo Brandl").build());
        assertEquals(List.of("minister for foreign affairs"), named(e, "Ivo Brandl").roles(), e.toString());
    }

    @Test
    void aFormerOfficeKeepsFormerInTheRole() {
        List<Entity> e = resolve(article("a", "The move was criticised by the former central bank governor, Lena Fisk, "
                + "who said it broke the rules.").person("Lena Fisk").build());
        assertEquals(List.of("former central bank governor"), named(e, "Lena Fisk").roles(), e.toString());
    }

    @Test
    void aSpanishOfficeBeforeTheNameIsItsRole() {
        List<Entity> e = resolve(article("a", "La ministra de Hacienda, Lucía Ortega, dijo en Madrid que respetaba la "
                + "sentencia.").person("Lucía Ortega").build());
        Entity ortega = named(e, "Lucía Ortega");
        assertNotNull(ortega, e.toString());
        assertEquals(List.of("ministra de Hacienda"), ortega.roles(), e.toString());
    }
}
