package org.dossier.extract.credits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.extract.PageExtractor;
import org.dossier.model.Article;
import org.dossier.model.Credit;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;

/** Contribution lines and bylines with a trailing agency, read as structured credits (synthetic snippets). */
class ContributionCreditsTest {
    private static final String PROSE = "The harbour board met on Monday to weigh the new ferry timetable, which has "
            + "changed twice this year, and members argued about fares, berths and night crossings for hours.";
    private final ContributionCredits contributions = ContributionCredits.get();
    private final CreditFinder credits = CreditFinder.get();

    private static List<String> named(List<Credit> cs, Credit.Kind kind) {
        return cs.stream().filter(c -> c.kind() == kind).map(Credit::name).toList();
    }

    @Test
    void reportingAndEditingLineCreditsAnAuthorAndAnEditor() {
        List<Credit> c = contributions.find("(Reporting by Jane Roe; Editing by Max Poe)");
        assertEquals(List.of("Jane Roe"), named(c, Credit.Kind.AUTHOR));
        assertEquals(List.of("Max Poe"), named(c, Credit.Kind.EDITOR));
    }

    @Test
    void additionalReportingCreditsEveryNameAndLeavesPlacesOut() {
        List<Credit> c = contributions.find("Additional reporting by Ana Lima in Porto and Olu Ade in Lagos.");
        assertEquals(List.of("Ana Lima", "Olu Ade"), named(c, Credit.Kind.AUTHOR));
    }

    @Test
    void commaSeparatedRolesAreSplitAndNameParticlesKept() {
        List<Credit> c = contributions.find(
                "(Writing by Ida van Berg, with reporting by Tim Lund and Eva Moss, editing by Tom Vale.)");
        assertEquals(List.of("Ida van Berg", "Tim Lund", "Eva Moss"), named(c, Credit.Kind.AUTHOR));
        assertEquals(List.of("Tom Vale"), named(c, Credit.Kind.EDITOR));
    }

    @Test
    void agencyNamedAsReporterIsAnAgencyCredit() {
        List<Credit> c = contributions.find("Reporting by Reuters; Editing by Max Poe");
        assertEquals(List.of("Reuters"), named(c, Credit.Kind.AGENCY));
        assertEquals(List.of("Max Poe"), named(c, Credit.Kind.EDITOR));
    }

    @Test
    void runningTextWithByIsNoContributionLine() {
        assertTrue(contributions.find("The report was compiled by the ministry in March.").isEmpty());
        assertTrue(contributions.find("Reporting by phone was banned during the strike.").isEmpty());
        assertTrue(contributions.find("Reporting by Jane Roe; the rest of the day was quiet").isEmpty());
    }

    @Test
    void bylineWithTrailingAgencyGivesTheNamesAndTheAgency() {
        assertEquals(List.of("Jane Roe"), credits.byline("By Jane Roe with VPA"));
        assertEquals(List.of("VPA"), named(credits.bylineAgencies("By Jane Roe with VPA"), Credit.Kind.AGENCY));
        assertEquals(List.of("Jane Roe", "Max Poe"), credits.byline("By Jane Roe and Max Poe with AFP and XNA"));
        assertEquals(List.of("AFP", "XNA"),
                named(credits.bylineAgencies("By Jane Roe and Max Poe with AFP and XNA"), Credit.Kind.AGENCY));
        assertTrue(credits.bylineAgencies("By Jane Roe").isEmpty());
    }

    @Test
    void bylineWithAgencyIsNotReadAsASourceOutlet() {
        List<Credit> c = credits.creditLine("By Jane Roe with VPA");
        assertEquals(List.of("VPA"), named(c, Credit.Kind.AGENCY));
        assertTrue(named(c, Credit.Kind.SOURCE).isEmpty(), c::toString);
    }

    @Test
    void declaredAuthorLosesItsTrailingAgency() {
        assertEquals(List.of("Jane Roe"), AuthorNames.clean(List.of("By Jane Roe with VPA")));
    }

    @Test
    void htmlPageCreditsBylineAgencyAndContributionLineWhichStaysInTheBody() throws Exception {
        String html = "<html><head><title>Ferry timetable changes</title></head><body><article>"
                + "<h1>Ferry timetable changes</h1><div class='byline'>By Jane Roe with VPA</div>"
                + "<p>" + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p>"
                + "<p>(Reporting by Jane Roe; Editing by Max Poe)</p></article></body></html>";
        Article a = new PageExtractor().extract(new RawPage("p", "test", RawPage.Kind.HTML, html));
        assertEquals(List.of("Jane Roe"), a.authors());
        assertEquals(List.of("VPA"), named(a.credits(), Credit.Kind.AGENCY));
        assertEquals(List.of("Max Poe"), named(a.credits(), Credit.Kind.EDITOR));
        assertEquals(List.of("Jane Roe"), named(a.credits(), Credit.Kind.AUTHOR));
        assertTrue(a.text().contains("Editing by Max Poe"), a.text());
    }

    @Test
    void creditedReportersAreTheAuthorsWhenThePageNamesNoneButEditorsAreNot() throws Exception {
        String html = "<html><head><title>Ferry timetable changes</title></head><body><article>"
                + "<p>" + PROSE + "</p><p>" + PROSE + "</p><p>(Reporting by Ana Lima; Editing by Max Poe)</p>"
                + "</article></body></html>";
        Article a = new PageExtractor().extract(new RawPage("p", "test", RawPage.Kind.HTML, html));
        assertEquals(List.of("Ana Lima"), a.authors());
        String declared = html.replace("<title>", "<meta name='author' content='Ida Lund'><title>");
        Article b = new PageExtractor().extract(new RawPage("p", "test", RawPage.Kind.HTML, declared));
        assertEquals(List.of("Ida Lund"), b.authors());
    }

    @Test
    void textPageCreditsAContributionLineAfterTheBody() throws Exception {
        String text = String.join("\n\n", "Ferry timetable changes", PROSE,
                "Night crossings will stop in winter, while two more morning boats are added, the board said.",
                "Fares for commuters stay the same until spring, when the board will look at them again.",
                "Additional reporting by Ana Lima in Porto");
        Article a = new PageExtractor().extract(new RawPage("p", "test", RawPage.Kind.TEXT, text));
        assertEquals(List.of("Ana Lima"), named(a.credits(), Credit.Kind.AUTHOR), a.credits()::toString);
    }
}
