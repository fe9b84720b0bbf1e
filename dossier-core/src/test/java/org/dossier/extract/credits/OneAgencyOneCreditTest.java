package org.dossier.extract.credits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.chain.Composition;
import org.dossier.model.Article;
import org.dossier.model.Credit;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;

/**
 * An agency's long name and its short form are one credit ({@link DistinctCredits}): with a leading article, in
 * another case, a source line naming it, and a long name whose initials the article credits too.
 */
class OneAgencyOneCreditTest {
    private static List<String> names(List<Credit> c) {
        return c.stream().map(x -> x.kind() + " " + x.name()).toList();
    }

    @Test
    void anAgencysNameWithItsLeadingArticleIsItsOneName() {
        assertEquals(List.of("AGENCY AP"), names(DistinctCredits.of(List.of(
                new Credit(Credit.Kind.AGENCY, "The Associated Press", "x"), new Credit(Credit.Kind.AGENCY, "AP", "y")))));
    }

    @Test
    void aSourceLineNamingAnAgencyIsThatAgencysCredit() {
        assertEquals(List.of("AGENCY AFP", "SOURCE Valley Ledger"), names(DistinctCredits.of(List.of(
                new Credit(Credit.Kind.AGENCY, "AFP", "x"), new Credit(Credit.Kind.SOURCE, "Agence France-Presse", "y"),
                new Credit(Credit.Kind.SOURCE, "Valley Ledger", "z")))));
    }

    @Test
    void aLongNameWhoseInitialsTheArticleCreditsIsThatShortForm() {
        assertEquals(List.of("AGENCY NTA", "AGENCY Reuters"), names(DistinctCredits.of(List.of(
                new Credit(Credit.Kind.AGENCY, "NTA", "x"), new Credit(Credit.Kind.AGENCY, "Nordic Telegraph Agency", "y"),
                new Credit(Credit.Kind.AGENCY, "Reuters", "z")))));
    }

    @Test
    void aLongNameAloneKeepsItsName() {
        assertEquals(List.of("AGENCY Nordic Telegraph Agency", "AGENCY NTB"), names(DistinctCredits.of(List.of(
                new Credit(Credit.Kind.AGENCY, "Nordic Telegraph Agency", "y"), new Credit(Credit.Kind.AGENCY, "NTB", "x")))));
    }

    @Test
    void aPageCreditingAnAgencyByDatelineAndSourceLineListsItOnce() {
        String html = "<html><head><title>Flooding closes river road | Valley Ledger</title></head><body><article>"
                + "<h1>Flooding closes river road</h1><p>HOLBROOK, Ore. (AP) \u2014 Floodwater closed the river road"
                + " south of Holbrook on Monday after two days of heavy rain, county officials said.</p><p>Crews"
                + " expected to reopen one lane by Wednesday if the water kept falling, the county's roads manager"
                + " said in a statement.</p><p>Source: The Associated Press</p></article></body></html>";
        Article a = Composition.standard().articleChain().article(new RawPage("p", "p.html", RawPage.Kind.HTML, html),
                f -> { throw new AssertionError(f.toString()); }).orElseThrow();
        assertEquals(List.of("AP"), a.credits().stream().filter(c -> c.kind() != Credit.Kind.AUTHOR)
                .map(Credit::name).toList(), a.credits().toString());
    }
}
