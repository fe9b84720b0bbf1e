package org.dossier.resolve;

import static org.dossier.resolve.ArticleFixture.article;
import static org.dossier.resolve.ArticleFixture.named;
import static org.dossier.resolve.ArticleFixture.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.Test;

/**
 * A body of members named by its head word ("Seafarers' Guild", "Growers' Federation") is an organisation even when
 * the tagger reads the name as miscellaneous ({@code institution-heads.txt}); a company named with and without its
 * closing legal form ("Marrow Bay Ferries Ltd", "Marrow Bay Ferries") is one organisation ({@code legal-forms.txt}).
 * First read (2026-12-04, an unseen ferry-strike story): the guild was listed as "misc" and never an actor; the
 * company's two forms were two organisations.
 */
class BodiesOfMembersAndCompaniesWithTheirLegalFormTest {
    @Test
    void aGuildOrFederationTaggedMiscellaneousIsAnOrganisation() {
        for (String name : List.of("Seafarers' Guild", "Growers' Federation", "Dockers Association")) {
            List<Entity> e = resolve(article("a", "The " + name + " called a strike on Monday.").entity(name, "MISC")
                    .build());
            assertEquals("ORGANIZATION", named(e, name).type(), e.toString());
        }
    }

    @Test
    void aMiscellaneousNameWithoutABodyWordStaysMiscellaneous() {
        List<Entity> e = resolve(article("a", "The Harvest Cup final was played on Monday.").entity("Harvest Cup", "MISC")
                .build());
        assertEquals("MISC", named(e, "Harvest Cup").type(), e.toString());
    }

    @Test
    void aCompanyWithAndWithoutItsLegalFormIsOneOrganisation() {
        for (String form : List.of("Ltd", "plc", "GmbH", "S.A.", "Inc.")) {
            String full = "Marrow Bay Ferries " + form;
            List<Entity> e = resolve(article("a", full + " cancelled its sailings.").entity(full, "ORGANIZATION").build(),
                    article("b", "Marrow Bay Ferries said the strike cost it money.")
                            .entity("Marrow Bay Ferries", "ORGANIZATION").build());
            List<Entity> company = e.stream().filter(x -> x.variants().contains(full)
                    || x.name().equals(full)).toList();
            assertEquals(1, company.size(), e.toString());
            assertTrue(company.get(0).variants().contains("Marrow Bay Ferries")
                    || company.get(0).name().equals("Marrow Bay Ferries"), e.toString());
        }
    }

    @Test
    void aLegalFormAloneOrAsTheWholeNameIsKept() {
        assertEquals("Ltd", OrgClusters.withoutLegalForm("Ltd"));
        assertEquals("The AG", OrgClusters.withoutLegalForm("The AG"));
        assertEquals("Harrow Systems", OrgClusters.withoutLegalForm("Harrow Systems Ltd."));
        assertEquals("Harrow Systems Group", OrgClusters.withoutLegalForm("Harrow Systems Group"));
    }
}
