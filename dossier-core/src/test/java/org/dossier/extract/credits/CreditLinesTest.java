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
    void aWireDatelineCreditsTheAgenciesInItsBrackets() {
        assertEquals(List.of("dpa"), names(credits.dateline("Lindenfeld (dpa) – Einen Tag nach der Explosion gaben"
                + " die Messtrupps Entwarnung.")));
        assertEquals(List.of("AFP", "Reuters"), names(credits.dateline("PORT MELLIN, March 3 (AFP/Reuters) — Divers"
                + " reached the hull on Tuesday.")));
        assertEquals(List.of("Europa Press"), names(credits.dateline("MADRID, 14 Mar. (EUROPA PRESS) - El Consejo de"
                + " Ministros ha aprobado el plan.")));
        assertTrue(credits.dateline("dpa").isEmpty());
    }

    @Test
    void bracketsThatAreNoAgencyOrNoDatelineCreditNothing() {
        assertTrue(credits.dateline("Lindenfeld (Reuters) says the mayor, who met reporters.").isEmpty());
        assertTrue(credits.dateline("The mayor (Greens) – elected in May – resigned.").isEmpty());
        assertTrue(credits.dateline("Divers reached the hull, a spokesman for the coast guard told the agency on"
                + " Tuesday at the port of Mellin (AFP) - and left.").isEmpty());
    }

    @Test
    void anAgencyWrittenTwoWaysIsOneCreditUnderOneName() {
        List<Credit> c = DistinctCredits.of(List.of(new Credit(Credit.Kind.AGENCY, "Associated Press", "x"),
                new Credit(Credit.Kind.AGENCY, "AP", "y"), new Credit(Credit.Kind.AGENCY, "Reuters", "z")));
        assertEquals(List.of("AP", "Reuters"), c.stream().map(Credit::name).toList());
    }

    private static List<String> names(List<Credit> c) {
        assertTrue(c.stream().allMatch(x -> x.kind() == Credit.Kind.AGENCY), c.toString());
        return c.stream().map(Credit::name).toList();
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
    void aNoticeThatTheArticleFirstAppearedElsewhereIsARepostOfThatOutlet() {
        for (String[] line : new String[][] {
                {"This article originally appeared in The Harbour Courier.", "The Harbour Courier"},
                {"This story was first published on Ridgeline Post", "Ridgeline Post"},
                {"This article was originally published by Starwatch. Read the original article.", "Starwatch"},
                {"Dieser Artikel erschien zuerst bei Nordkurier Online.", "Nordkurier Online"},
                {"Cet article a été initialement publié dans Le Courrier du Port.", "Le Courrier du Port"},
                {"Este artículo fue publicado originalmente en El Diario del Puerto.", "El Diario del Puerto"}}) {
            List<Credit> c = credits.creditLine(line[0]);
            assertEquals(1, c.size(), line[0]);
            assertEquals(Credit.Kind.REPOST, c.get(0).kind(), line[0]);
            assertEquals(line[1], c.get(0).name(), line[0]);
        }
        assertTrue(credits.creditLine("This article originally appeared in print in 1998.").isEmpty());
        assertTrue(credits.creditLine("This article originally appeared in print in 1998, when the harbour was still"
                + " open to fishing boats and the town had two newspapers of its own, both since closed.").isEmpty());
    }

    @Test
    void aRepostNoticeGoingOnAfterTheOutletEndsItsNameThere() {
        for (String[] line : new String[][] {
                {"This article originally appeared in Harbour Wire and is republished here with permission.", "Harbour Wire"},
                {"This story was first published by The Ridgeline Post, reproduced with permission.", "The Ridgeline Post"},
                {"This article originally appeared in Starwatch Press and Partners.", "Starwatch Press and Partners"}}) {
            List<Credit> c = credits.creditLine(line[0]);
            assertEquals(1, c.size(), line[0]);
            assertEquals(line[1], c.get(0).name(), line[0]);
        }
    }

    @Test
    void aRepostNoticeSayingItIsRepublishedEndsTheOutletBeforeThoseWords() {
        for (String[] line : new String[][] {
                {"This article originally appeared in The Lowmoor Gazette and is republished with permission.",
                        "The Lowmoor Gazette"},
                {"This story first appeared in Quayside Weekly, reproduced with kind permission.", "Quayside Weekly"},
                {"Dieser Artikel erschien zuerst im Talboten und wird mit freundlicher Genehmigung veröffentlicht.",
                        "Talboten"},
                {"Este artículo apareció originalmente en La Voz de Arrelo y se reproduce con permiso.",
                        "La Voz de Arrelo"}}) {
            List<Credit> c = credits.creditLine(line[0]);
            assertEquals(1, c.size(), line[0] + " " + c);
            assertEquals(line[1], c.get(0).name(), line[0]);
        }
    }

    @Test
    void aNoticeNamingTheOutletInsideItsWordsIsARepostOfThatOutlet() {
        for (String[] line : new String[][] {
                {"This report by The Canadian Press was first published Nov. 16, 2026.", "The Canadian Press"},
                {"This story by Harbour Wire was originally published on March 3.", "Harbour Wire"},
                {"Ce texte de La Presse Riveraine a été publié pour la première fois le 16 novembre.",
                        "La Presse Riveraine"}}) {
            List<Credit> c = credits.creditLine(line[0]);
            assertEquals(1, c.size(), line[0]);
            assertEquals(Credit.Kind.REPOST, c.get(0).kind(), line[0]);
            assertEquals(line[1], c.get(0).name(), line[0]);
        }
        assertTrue(credits.creditLine("This report by the committee was first published in 2019 and is long.").isEmpty());
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
