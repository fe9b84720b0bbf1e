package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.resolve.EntityIndex;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

/** Timeline entries as statements: who did what, where, with the outcome; statements as events; only parties. */
class EventStatementTest {
    private static final LocalDate MON = LocalDate.of(2031, 5, 5);
    private static final LocalDate TUE = MON.plusDays(1);

    private static List<TimelineEntry> timeline(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        Story story = new Story("s", "t", list.stream().map(AnnotatedArticle::id).toList());
        return new DossierSynthesizer(EntityIndex::new).synthesize(story, list, new NameResolver().resolve(list)).timeline();
    }

    @Test
    void aPlaceNamedAsWhatTheEventIsAboutIsNotItsVenue() {
        List<TimelineEntry> t = timeline(article("a", "Foreign ministers met on Monday over the crisis in Velna "
                + "at a summit in Lisbon.").entity("Lisbon", "LOCATION").entity("Velna", "LOCATION")
                .time("on Monday", MON, "day").meta("x", "t", TUE, TUE).build());
        assertEquals(1, t.size(), t.toString());
        assertEquals("Lisbon", t.get(0).place(), t.toString());
    }

    @Test
    void aMeetingEntrySaysWhoMetWhereAndTheOutcomeWithoutItsDateWords() {
        List<TimelineEntry> t = timeline(article("a", "Osria and Velna held talks in Lisbon on Monday, ending "
                + "without a breakthrough.").entity("Osria", "LOCATION").entity("Velna", "LOCATION")
                .entity("Lisbon", "LOCATION").time("on Monday", MON, "day").meta("x", "t", TUE, TUE).build());
        assertEquals(1, t.size(), t.toString());
        assertEquals("Osria and Velna held talks in Lisbon, ending without a breakthrough", t.get(0).summary());
        assertEquals(List.of("Osria", "Velna"), t.get(0).participants());
        assertEquals("Lisbon", t.get(0).place());
        assertTrue(t.get(0).sentence().contains("on Monday"), t.get(0).sentence());
    }

    @Test
    void anUndatedStatementByAnActorAboutAnEventIsAnEventOfTheArticlesDay() {
        List<TimelineEntry> t = timeline(article("a", "Kremlin spokesman Ivo Dask told reporters that the talks "
                + "had failed. The weather was mild.").person("Ivo Dask").meta("x", "t", TUE, TUE).build());
        assertEquals(1, t.size(), t.toString());
        TimelineEntry e = t.get(0);
        assertEquals(TUE, e.date());
        assertEquals("statement", e.kind());
        assertEquals(List.of("Ivo Dask"), e.participants());
        assertEquals("Kremlin spokesman Ivo Dask told reporters that the talks had failed", e.summary());
        assertNotNull(e.dateNote(), "the day is the article's, not the statement's own");
    }

    @Test
    void anUndatedRemarkThatNamesNoEventIsNoTimelineEntry() {
        List<TimelineEntry> t = timeline(article("a", "Ivo Dask said the weather was mild.").person("Ivo Dask")
                .meta("x", "t", TUE, TUE).build());
        assertTrue(t.isEmpty(), t.toString());
    }

    @Test
    void theSourceOfTheInformationIsNoParticipant() {
        List<TimelineEntry> t = timeline(article("a", "According to a spokesman for the Foreign Office, Ana Brel "
                + "will meet Piet Laar for talks on Monday.").entity("Foreign Office", "ORGANIZATION")
                .person("Ana Brel", "Piet Laar").time("on Monday", MON, "day").meta("x", "t", MON.minusDays(1),
                        MON.minusDays(1)).build());
        assertEquals(1, t.size(), t.toString());
        assertEquals(List.of("Ana Brel", "Piet Laar"), t.get(0).participants());
        assertFalse(t.get(0).summary().contains("spokesman"), t.get(0).summary());
    }

    @Test
    void aBodyNamedOnlyAsWhatTheTalksAreAboutIsNoParticipant() {
        List<TimelineEntry> t = timeline(article("a", "Osria and Velna held talks in Lisbon on Monday about the "
                + "Nordic League.").entity("Osria", "LOCATION").entity("Velna", "LOCATION")
                .entity("Lisbon", "LOCATION").entity("Nordic League", "ORGANIZATION").time("on Monday", MON, "day")
                .meta("x", "t", TUE, TUE).build());
        assertEquals(List.of("Osria", "Velna"), t.get(0).participants());
    }

    @Test
    void oneHappeningReportedByTwoOutletsIsOneEntryWithBothSentences() {
        AnnotatedArticle a = article("a", "Osria and Velna held talks in Lisbon on Monday.").entity("Osria", "LOCATION")
                .entity("Velna", "LOCATION").entity("Lisbon", "LOCATION").time("on Monday", MON, "day")
                .meta("x", "t", TUE, TUE).build();
        AnnotatedArticle b = article("b", "Shortly before the talks in Lisbon on Monday, Velna ruled out any deal.")
                .entity("Velna", "LOCATION").entity("Lisbon", "LOCATION").time("on Monday", MON, "day")
                .meta("y", "t", MON.minusDays(1), MON.minusDays(1)).build();
        List<TimelineEntry> t = timeline(a, b);
        assertEquals(1, t.size(), t.toString());
        assertEquals(List.of("a", "b"), t.get(0).articles());
        assertEquals(2, t.get(0).mentions().size());
        assertEquals("Osria and Velna held talks in Lisbon", t.get(0).summary(), "the report that opens with who met");
    }

    @Test
    void anEntryNamesTheBodyWhoseMeetingItIs() {
        List<TimelineEntry> t = timeline(article("a", "At the opening of the Velna Council session, Ana Brel, the "
                + "chair of the body, warned on Thursday of new tensions.").entity("Velna Council", "ORGANIZATION")
                .person("Ana Brel").time("on Thursday", MON.plusDays(3), "day")
                .meta("x", "t", MON.plusDays(3), MON.plusDays(3)).build());
        assertEquals(1, t.size(), t.toString());
        assertTrue(t.get(0).summary().contains("Velna Council") && t.get(0).summary().contains("Ana Brel warned"),
                t.get(0).summary());
        assertFalse(t.get(0).summary().contains("chair of the body"), t.get(0).summary());
    }

    @Test
    void aRelativeDayInAnArticleDatedOnlyByABoundIsShownAsBeforeTheBound() {
        AnnotatedArticle built = article("a", "Osria released its draft treaty on Friday in Lisbon.")
                .entity("Osria", "LOCATION").entity("Lisbon", "LOCATION").time("Friday", MON.minusDays(3), "day")
                .meta("x", "t", null, MON.minusDays(1)).estimatedAnchor().build();
        AnnotatedArticle bounded = new AnnotatedArticle(built.article(),
                built.annotations().withAnchor(MON.minusDays(1), "why", true, MON));
        TimelineEntry e = timeline(bounded).get(0);
        assertEquals("before", e.precision());
        assertEquals(MON, e.date());
        assertTrue(e.dateNote().contains("before " + MON), e.dateNote());
    }

    private static AnnotatedArticle talks(String tail) {
        return article("a", "Osria and Velna held talks in Lisbon on Monday, " + tail).entity("Osria", "LOCATION")
                .entity("Velna", "LOCATION").entity("Lisbon", "LOCATION").time("on Monday", MON, "day")
                .meta("x", "t", TUE, TUE).build();
    }

    @Test
    void anOutcomeInAClauseOfItsOwnFollowsTheEventAfterASemicolon() {
        assertEquals("Osria and Velna held talks in Lisbon; a deal was rejected",
                timeline(talks("although a deal was rejected.")).get(0).summary());
    }

    @Test
    void aConditionalClauseStatesNoOutcome() {
        assertEquals("Osria and Velna held talks in Lisbon",
                timeline(talks("if reports of a deal are right.")).get(0).summary());
    }

    @Test
    void aDatelineIsLeftOutAndAFigureKeepsItsThousandsSeparator() {
        List<TimelineEntry> t = timeline(article("a", "OSLA, Up to 9,500 residents were evacuated on Tuesday after "
                + "the dam failed.").entity("OSLA", "LOCATION").time("on Tuesday", TUE, "day")
                .meta("x", "t", TUE, TUE).build());
        assertEquals("Up to 9,500 residents were evacuated after the dam failed", t.get(0).summary());
    }

    @Test
    void aRelativeClauseIsStatedWithTheClauseItHangsOn() {
        List<TimelineEntry> t = timeline(article("a", "Callers can reach the hotline, which officials said on "
                + "Tuesday had taken 3,000 calls.").time("on Tuesday", TUE, "day").meta("x", "t", TUE, TUE).build());
        assertEquals("Callers can reach the hotline, which officials said had taken 3,000 calls", t.get(0).summary());
    }

    @Test
    void anEventInAnAfterClauseIsStatedWithoutTheSubordinator() {
        LocalDate sun = MON.plusDays(6);
        List<TimelineEntry> t = timeline(article("a", "The blockade of Tarso ended on Sunday after the Farmers "
                + "League and the Grain Board signed an agreement in Tarso on Saturday.")
                .entity("Farmers League", "ORGANIZATION").entity("Grain Board", "ORGANIZATION")
                .entity("Tarso", "LOCATION").time("on Sunday", sun, "day").time("on Saturday", sun.minusDays(1), "day")
                .meta("x", "t", sun, sun).build());
        TimelineEntry signed = t.stream().filter(e -> e.summary().contains("signed")).findFirst().orElseThrow();
        assertTrue(signed.summary().startsWith("The Farmers League and the Grain Board signed"), t.toString());
    }
    @Test
    void chargingAPersonWithAnOffenceIsAnEvent() {
        List<TimelineEntry> t = timeline(article("a", "Prosecutors on Monday charged Lena Pirk, the former head of "
                + "the port authority, with fraud and abuse of office.").person("Lena Pirk")
                .time("on Monday", MON, "day").meta("x", "t", TUE, TUE).build());
        assertEquals(1, t.size(), t.toString());
        assertEquals("charges", t.get(0).kind(), t.toString());
        assertEquals(MON, t.get(0).date());
    }

    @Test
    void aPriceChargedOrABatteryChargedIsNoEvent() {
        List<TimelineEntry> t = timeline(article("a", "The ferry operator on Monday charged 12 euros for a crossing. "
                + "The drones were fully charged on Monday before the flight.").time("on Monday", MON, "day")
                .meta("x", "t", TUE, TUE).build());
        assertTrue(t.stream().noneMatch(e -> e.kind().equals("charges")), t.toString());
    }
    @Test
    void aDayOwningTheEventNounIsReadAsTheNounNotCutToItsPossessive() {
        List<TimelineEntry> t = timeline(article("a", "The death toll from Tuesday's earthquake in the Osrian delta "
                + "rose to 64 on Wednesday, officials said.").time("Tuesday", MON, "day").time("on Wednesday", TUE, "day")
                .meta("x", "t", TUE, TUE).build());
        assertFalse(t.isEmpty(), "the earthquake is an event");
        assertTrue(t.stream().noneMatch(e -> e.summary().startsWith("S ") || e.summary().startsWith("s ")),
                t.toString());
        assertTrue(t.stream().anyMatch(e -> e.summary().startsWith("The death toll from")
                && e.summary().contains("earthquake")), t.toString());
    }
    @Test
    void anEventDatedByAPossessiveDayReadsWithTheNoun() {
        List<TimelineEntry> t = timeline(article("a", "Tuesday's earthquake killed 40 people in the Osrian delta.")
                .time("Tuesday", MON, "day").meta("x", "t", TUE, TUE).build());
        assertEquals(1, t.size(), t.toString());
        assertTrue(t.get(0).summary().toLowerCase(java.util.Locale.ROOT).startsWith("the earthquake killed 40 people"),
                t.toString());
    }
}
