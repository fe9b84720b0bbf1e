package org.dossier.extract.credits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.Credit;
import org.junit.jupiter.api.Test;

/** Credit lines, agency slugs, bylines and repost notices read by the credit rules, on synthetic strings. */
class CreditLinesTest {
    private final CreditFinder credits = CreditFinder.get();

    @Test
    void agencySlugLineNamesOnlyAgencies() {
        List<Credit> c = credits.creditLine("jdo / AP / Reuters");
        assertEquals(List.of("AP", "Reuters"), c.stream().map(Credit::name).toList());
        assertTrue(c.stream().allMatch(x -> x.kind() == Credit.Kind.AGENCY));
    }

    @Test
    void closingSlugOfAcronymsNamesAgenciesAndSkipsInitials() {
        assertEquals(List.of("QNA", "XWS"), credits.closingSlug("(QNA/XWS)").stream().map(Credit::name).toList());
        assertEquals(List.of("ZPA"), credits.closingSlug("kl / ZPA").stream().map(Credit::name).toList());
        assertTrue(credits.closingSlug("(kl/mb)").isEmpty());
        assertTrue(credits.closingSlug("Rain / Snow / Fog").isEmpty());
        assertTrue(credits.closingSlug("AA/BB/CC/DD/EE/FF").isEmpty());
    }

    @Test
    void outletWithAgenciesLineGivesSourceAndAgencies() {
        List<Credit> c = credits.creditLine("The Daily Planet with AP and dpa");
        assertEquals(Credit.Kind.SOURCE, c.get(0).kind());
        assertEquals("The Daily Planet", c.get(0).name());
        assertEquals(3, c.size());
    }

    @Test
    void repostAndSourceLines() {
        assertEquals("Example News", credits.creditLine("The post Big storm appeared first on Example News.").get(0).name());
        assertEquals(Credit.Kind.SOURCE, credits.creditLine("Source: welt").get(0).kind());
        assertTrue(credits.creditLine("The source of the leak said on Monday that talks were over.").isEmpty());
        Credit unnamed = credits.creditLine("Source link Big storm").get(0);
        assertEquals(Credit.Kind.REPOST, unnamed.kind());
        assertNull(unnamed.name());
    }

    @Test
    void agenciesNamedInRunningText() {
        List<Credit> c = credits.inText("Talks failed, the news agency AP reported on Sunday.");
        assertEquals("AP", c.get(0).name());
        assertTrue(credits.inText("The AP style guide is long.").isEmpty());
    }

    @Test
    void bylineNamesAreSplitAndLeadInsStripped() {
        assertEquals(List.of("Jane Doe", "John Roe"), credits.byline("By Jane Doe and John Roe"));
        assertEquals(List.of("Jane Doe", "John Roe"), AuthorNames.clean(List.of("by Jane Doe and John Roe")));
        assertEquals(List.of("Ana Ruiz"), AuthorNames.clean(List.of("Por Ana Ruiz")));
    }
}
