package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.resolve.EntityIndex;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Disagreement;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

class DossierSynthesizerTest {
    private static final LocalDate MON = LocalDate.of(2030, 3, 4);
    private static final LocalDate TUE = MON.plusDays(1);

    private static StoryDossier dossier(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        Story story = new Story("s1", "working title", list.stream().map(AnnotatedArticle::id).toList());
        return new DossierSynthesizer(EntityIndex::new).synthesize(story, list, new NameResolver().resolve(list));
    }

    private static AnnotatedArticle talksReport(String id, String text, LocalDate anchor) {
        return article(id, text).person("Anna Berg", "Berg", "Pavel Orlov", "Orlov").entity("Lisbon", "LOCATION")
                .time("on Monday", MON, "day").meta(id + "-news", "Envoys meet in Lisbon", anchor, anchor).build();
    }

    @Test
    void sameMeetingReportedByTwoArticlesIsOneTimelineEntryCitingBoth() {
        AnnotatedArticle a = talksReport("a", "Anna Berg and Pavel Orlov held talks in Lisbon on Monday. "
                + "Both sides called them useful.", TUE);
        AnnotatedArticle b = talksReport("b", "Envoys met on Monday in Lisbon, where Orlov told Berg that "
                + "nothing had changed.", TUE);
        List<TimelineEntry> timeline = dossier(a, b).timeline();
        assertEquals(1, timeline.size(), timeline.toString());
        TimelineEntry e = timeline.get(0);
        assertEquals(MON, e.date());
        assertEquals(List.of("a", "b"), e.articles());
        assertEquals(2, e.mentions().size());
        assertTrue(e.summary().contains("Lisbon") && e.summary().contains("Anna Berg"), e.summary());
    }

    @Test
    void sameDayEventsInDifferentPlacesStayApart() {
        AnnotatedArticle a = article("a", "Ministers met in Oslo on Monday. Rival envoys met in Quito on Monday.")
                .entity("Oslo", "LOCATION").entity("Quito", "LOCATION").time("on Monday", MON, "day")
                .meta("x", "t", TUE, TUE).build();
        int second = a.article().text().lastIndexOf("on Monday");
        AnnotatedArticle withSecondTime = new AnnotatedArticle(a.article(), new org.dossier.model.Annotations("a",
                TUE, a.annotations().sentences(), a.annotations().entities(),
                List.of(a.annotations().times().get(0), new org.dossier.model.TimeMention("on Monday", second,
                        second + 9, MON, "day", 1)), List.of()));
        assertEquals(2, dossier(withSecondTime).timeline().size());
    }

    @Test
    void sentenceWithoutEventWordIsNotOnTheTimeline() {
        AnnotatedArticle a = article("a", "The weather was cold on Monday.").time("on Monday", MON, "day")
                .meta("x", "t", TUE, TUE).build();
        assertTrue(dossier(a).timeline().isEmpty());
    }

    @Test
    void differingTroopCountsOnOneDayAreOneContradictionListingEachValue() {
        AnnotatedArticle a = article("a", "Russia has gathered about 100,000 troops near the border.")
                .meta("one", "t", TUE, TUE).build();
        AnnotatedArticle b = article("b", "Officials say up to 90,000 soldiers are near the border.")
                .meta("two", "t", TUE, TUE).build();
        AnnotatedArticle c = article("c", "A third paper also counted about 100,000 troops on the border.")
                .meta("three", "t", TUE, TUE).build();
        StoryDossier d = dossier(a, b, c);
        assertEquals(3, d.claims().size(), d.claims().toString());
        assertEquals(1, d.disagreements().size(), d.disagreements().toString());
        Disagreement x = d.disagreements().get(0);
        assertEquals("troops", x.unit());
        assertEquals("troops on the border", x.subject());
        assertEquals("contradiction", x.kind());
        assertEquals(2, x.values().size());
        Disagreement.Value hundred = x.values().stream().filter(v -> v.value().contains("100,000")).findFirst()
                .orElseThrow();
        assertEquals(List.of("a", "c"), hundred.articles());
        Disagreement.Value ninety = x.values().stream().filter(v -> v.value().contains("90,000")).findFirst()
                .orElseThrow();
        assertEquals(List.of("b"), ninety.articles());
        assertEquals(List.of(TUE), ninety.dates());
    }

    @Test
    void valuesMovingOneWayOverDifferentDatesAreAnUpdate() {
        AnnotatedArticle a = article("a", "The flood has displaced 2,000 residents of the valley.")
                .meta("one", "t", MON, MON).build();
        AnnotatedArticle b = article("b", "The flood has now displaced 5,000 residents of the valley.")
                .meta("two", "t", MON.plusDays(3), MON.plusDays(3)).build();
        List<Disagreement> ds = dossier(a, b).disagreements();
        assertEquals(1, ds.size(), ds.toString());
        assertEquals("update", ds.get(0).kind());
        assertEquals("2,000", ds.get(0).values().get(0).value());
    }

    @Test
    void agreeingCountsAndUnrelatedUnitsGiveNoDisagreement() {
        AnnotatedArticle a = article("a", "About 100,000 troops are near the border. The talks lasted eight hours.")
                .meta("one", "t", TUE, TUE).build();
        AnnotatedArticle b = article("b", "Some 100,000 soldiers wait near the border.").meta("two", "t", TUE, TUE)
                .build();
        assertTrue(dossier(a, b).disagreements().isEmpty());
    }

    @Test
    void vagueCountStaysAsWrittenWithNoMadeUpRange() {
        AnnotatedArticle a = article("a", "Tens of thousands of soldiers took part.").meta("one", "t", TUE, TUE).build();
        StoryDossier.Claim c = dossier(a).claims().get(0);
        assertTrue(c.vague());
        assertEquals("tens of thousands", c.amount());
        assertNull(c.value());
        assertNull(c.low());
        assertNull(c.high());
        assertEquals(TUE, c.date());
    }

    @Test
    void coverageMarksDerivedArticlesNotIndependent() {
        AnnotatedArticle a = article("a", "About 100,000 troops are near the border.").meta("Origin", "t", TUE, TUE)
                .build();
        AnnotatedArticle b = article("b", "About 100,000 troops are near the border.").meta("Copycat", "t", TUE, TUE)
                .derivedFrom("a").build();
        AnnotatedArticle c = article("c", "Nothing numeric here.").meta(null, "t", TUE, TUE).duplicateOf("a").build();
        List<StoryDossier.Coverage> cov = dossier(a, b, c).coverage();
        assertEquals(3, cov.size());
        assertTrue(cov.get(0).independent());
        assertEquals("Origin", cov.get(0).outlet());
        assertEquals(List.of("claim:0"), cov.get(0).facts());
        assertFalse(cov.get(1).independent());
        // The copy's figure is its original's claim (one source, one claim), carried by both.
        assertEquals(List.of("claim:0"), cov.get(1).facts());
        assertEquals("unknown outlet (c.html)", cov.get(2).outlet());
        assertFalse(cov.get(2).independent());
    }

    @Test
    void quoteSpeakersMapToCanonicalNamesAndUnnamedStayUnnamed() {
        String text = "Kremlin spokesman Dmitry Peskov spoke first. \"We will not retreat,\" Mr Peskoff said. "
                + "\"It is over,\" a senior diplomat said.";
        AnnotatedArticle a = article("a", text).person("Dmitry Peskov", "Mr Peskoff")
                .quote("We will not retreat,", "Mr Peskoff", null).quote("It is over,", null, "a senior diplomat")
                .meta("x", "t", TUE, TUE).build();
        StoryDossier d = dossier(a);
        assertEquals("Dmitry Peskov", d.quotes().get(0).speaker());
        assertNull(d.quotes().get(1).speaker());
        assertEquals("a senior diplomat", d.quotes().get(1).speakerDescription());
        assertTrue(d.coverage().get(0).facts().containsAll(List.of("quote:0", "quote:1")));
    }

    @Test
    void aMonthInTheTimelineDoesNotStretchTheSpanToItsFirstDay() {
        LocalDate january = LocalDate.of(2030, 1, 1);
        AnnotatedArticle a = article("a", "Anna Berg and Pavel Orlov held talks in Lisbon on Monday. The two envoys"
                + " first met in Geneva in January.").person("Anna Berg", "Berg", "Pavel Orlov", "Orlov")
                .entity("Lisbon", "LOCATION").entity("Geneva", "LOCATION").time("on Monday", MON, "day").time("in January", january, "month")
                .meta("a-news", "Envoys meet in Lisbon", TUE, TUE).build();
        StoryDossier d = dossier(a);
        assertTrue(d.timeline().stream().anyMatch(t -> "month".equals(t.precision())), d.timeline().toString());
        assertEquals(new StoryDossier.DateRange(MON, TUE), d.span());
    }

    @Test
    void anchorNoteExplainsReanchoredDateAndSpanCoversEvents() {
        // The anchor policy notes a re-anchored date (StoryAnchorPolicyTest); the dossier lists its note.
        AnnotatedArticle a = talksReport("a", "Anna Berg and Pavel Orlov held talks in Lisbon on Monday.", TUE);
        String note = "page date " + TUE.plusDays(5) + " is after the story; re-anchored to " + TUE.plusDays(2);
        AnnotatedArticle b = article("b", "Nothing else.").meta("y", "t", TUE.plusDays(5), TUE.plusDays(2))
                .anchorNote(note).build();
        StoryDossier d = dossier(a, b);
        assertNull(d.articles().get(0).anchorNote());
        assertEquals(TUE.plusDays(2), d.articles().get(1).anchor());
        assertEquals(note, d.articles().get(1).anchorNote());
        assertEquals(new StoryDossier.DateRange(MON, TUE.plusDays(2)), d.span());
    }

    @Test
    void titleIsTheIndependentTitleSharingMostWords() {
        AnnotatedArticle a = article("a", "x.").meta("o1", "Envoys end talks in Lisbon", TUE, TUE).build();
        AnnotatedArticle b = article("b", "x.").meta("o2", "Lisbon talks end without deal", TUE, TUE).build();
        AnnotatedArticle c = article("c", "x.").meta("o3", "Weather report", TUE, TUE).build();
        AnnotatedArticle d = article("d", "x.").meta("o4", "Copy: Lisbon talks end, envoys leave", TUE, TUE)
                .derivedFrom("a").build();
        String title = dossier(a, b, c, d).title();
        assertTrue(title.equals("Envoys end talks in Lisbon") || title.equals("Lisbon talks end without deal"), title);
    }

    @Test
    void meetingAndTalksOnSameDateAndPlaceAreOneEvent() {
        AnnotatedArticle a = article("a", "Envoys met in Lisbon on Monday.").entity("Lisbon", "LOCATION")
                .time("on Monday", MON, "day").meta("one", "t", TUE, TUE).build();
        AnnotatedArticle b = article("b", "On Monday, negotiations opened in Lisbon.").entity("Lisbon", "LOCATION")
                .time("On Monday", MON, "day").meta("two", "t", TUE, TUE).build();
        List<TimelineEntry> timeline = dossier(a, b).timeline();
        assertEquals(1, timeline.size(), timeline.toString());
        assertEquals(List.of("a", "b"), timeline.get(0).articles());
    }

    @Test
    void countsOfDifferentMagnitudeOrClashingModifiersAreNotCompared() {
        AnnotatedArticle a = article("a", "About 100,000 troops are near the border.").meta("one", "t", TUE, TUE)
                .build();
        AnnotatedArticle b = article("b", "Two Ukrainian soldiers were killed near the border. "
                + "Some 40,000 Belarusian troops held drills. About 60,000 Russian troops stayed on the border.")
                .meta("two", "t", TUE, TUE).build();
        List<Disagreement> ds = dossier(a, b).disagreements();
        assertEquals(1, ds.size(), ds.toString());
        assertEquals(2, ds.get(0).values().size(), ds.toString());
        assertTrue(ds.get(0).values().stream().noneMatch(v -> v.value().contains("40,000") || v.value().equals("2")));
    }

    @Test
    void articlesWithoutAnnotationsOrWithBadOffsetsStillGiveADossier() {
        AnnotatedArticle good = article("a", "About 100,000 troops are near the border.").meta("one", "t", TUE, TUE)
                .build();
        AnnotatedArticle bare = new AnnotatedArticle(article("b", "Text.").meta("two", "t", MON, null).build()
                .article(), null);
        AnnotatedArticle bad = new AnnotatedArticle(good.article(), new org.dossier.model.Annotations("a", TUE,
                List.of(), List.of(), List.of(new org.dossier.model.TimeMention("Monday", 500, 506, MON, "day", 9)),
                List.of()));
        StoryDossier d = dossier(good, bare, bad);
        assertEquals(3, d.articles().size());
        assertEquals(MON, d.articles().get(1).anchor());
        assertTrue(d.timeline().isEmpty());
    }

    @Test
    void monthPreciseReportJoinsTheDayPreciseEventAtTheSamePlace() {
        AnnotatedArticle a = article("a", "Envoys met in Lisbon on Monday.").entity("Lisbon", "LOCATION")
                .time("on Monday", MON, "day").meta("one", "t", TUE, TUE).build();
        AnnotatedArticle b = article("b", "The March talks in Lisbon went badly.").entity("Lisbon", "LOCATION")
                .time("March", MON.withDayOfMonth(1), "month").meta("two", "t", TUE, TUE).build();
        AnnotatedArticle c = article("c", "The March talks in Oslo went well.").entity("Oslo", "LOCATION")
                .time("March", MON.withDayOfMonth(1), "month").meta("three", "t", TUE, TUE).build();
        List<TimelineEntry> timeline = dossier(a, b, c).timeline();
        assertEquals(2, timeline.size(), timeline.toString());
        TimelineEntry lisbon = timeline.stream().filter(t -> t.articles().contains("a")).findFirst().orElseThrow();
        assertEquals(List.of("a", "b"), lisbon.articles());
        assertEquals(MON, lisbon.date());
        assertEquals("day", lisbon.precision());
    }

    @Test
    void triggerNearestTheDateNamesTheEvent() {
        AnnotatedArticle a = article("a", "Pavel Orlov said on Monday that the talks had failed.")
                .person("Pavel Orlov").time("on Monday", MON, "day").meta("one", "t", TUE, TUE).build();
        List<TimelineEntry> timeline = dossier(a).timeline();
        assertEquals(1, timeline.size());
        assertEquals("statement", timeline.get(0).kind(), timeline.toString());
        assertEquals("Pavel Orlov said that the talks had failed", timeline.get(0).summary());
    }

    @Test
    void sameDayMeetingsWithDifferentParticipantsAndNoPlaceStayApart() {
        AnnotatedArticle a = article("a", "Anna Berg met Pavel Orlov on Monday. Ivo Brandt met Lena Vantor on Monday.")
                .person("Anna Berg", "Pavel Orlov", "Ivo Brandt", "Lena Vantor").time("on Monday", MON, "day")
                .meta("one", "t", TUE, TUE).build();
        int second = a.article().text().lastIndexOf("on Monday");
        AnnotatedArticle both = new AnnotatedArticle(a.article(), new org.dossier.model.Annotations("a", TUE,
                a.annotations().sentences(), a.annotations().entities(), List.of(a.annotations().times().get(0),
                new org.dossier.model.TimeMention("on Monday", second, second + 9, MON, "day", 1)), List.of()));
        assertEquals(2, dossier(both).timeline().size());
    }

    @Test
    void datesInsideQuotesAndStatementsAfterTheArticleDateAreNotEvents() {
        String text = "\"We can meet tomorrow,\" Pavel Orlov said. Anna Berg said on Friday she would wait.";
        AnnotatedArticle a = article("a", text).person("Pavel Orlov", "Anna Berg")
                .time("tomorrow", TUE.plusDays(1), "day").time("on Friday", TUE.plusDays(3), "day")
                .quote("We can meet tomorrow,", "Pavel Orlov", null).meta("one", "t", TUE, TUE).build();
        assertTrue(dossier(a).timeline().isEmpty(), dossier(a).timeline().toString());
    }
}
