package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.resolve.EntityIndex;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Credit;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Quote;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

class QuoteAndTimelineTest {
    private static final LocalDate MON = LocalDate.of(2031, 5, 5);
    private static final LocalDate TUE = MON.plusDays(1);

    private static StoryDossier dossier(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        Story story = new Story("s", "t", list.stream().map(AnnotatedArticle::id).toList());
        return new DossierSynthesizer(EntityIndex::new).synthesize(story, list, new NameResolver().resolve(list));
    }

    private static final String SAID = "\"Nobody goes back until the engineers say so,\" Ilse Varga said.";

    @Test
    void quoteCarriedByARepostIsOneEntryCitedFromTheOriginal() {
        AnnotatedArticle copy = article("copy", SAID + " More later.").person("Ilse Varga")
                .quote("Nobody goes back until the engineers say so,", "Ilse Varga", null)
                .meta("Reposter", "t", TUE, TUE).derivedFrom("orig").build();
        AnnotatedArticle orig = article("orig", SAID).person("Ilse Varga")
                .quote("Nobody goes back until the engineers say so,", "Ilse Varga", null)
                .meta("Herald", "t", MON, MON).build();
        StoryDossier d = dossier(copy, orig);
        assertEquals(1, d.quotes().size(), d.quotes().toString());
        assertEquals("orig", d.quotes().get(0).article());
        assertTrue(d.coverage().stream().allMatch(c -> c.facts().contains("quote:0")), d.coverage().toString());
    }

    @Test
    void sameWordsWithDifferentPunctuationAreOneQuoteAndDistinctQuotesStay() {
        AnnotatedArticle a = article("a", "\"Everything can be replaced at home.\" \"We wanted a tablet,\" Rafa Ost said.")
                .person("Rafa Ost").quote("Everything can be replaced at home.", "Rafa Ost", null)
                .quote("We wanted a tablet,", "Rafa Ost", null).meta("One", "t", MON, MON).build();
        AnnotatedArticle b = article("b", "\"Everything can be replaced at home,\" the company said.")
                .quote("Everything can be replaced at home,", null, "the company").meta("Two", "t", MON, MON).build();
        List<Quote> quotes = dossier(a, b).quotes();
        assertEquals(2, quotes.size(), quotes.toString());
        assertEquals("Rafa Ost", quotes.get(0).speaker());
    }

    @Test
    void twoNamedSpeakersSayingTheSameWordsStayTwoQuotes() {
        AnnotatedArticle a = article("a", "\"No comment,\" Ilse Varga said.").person("Ilse Varga")
                .quote("No comment,", "Ilse Varga", null).meta("One", "t", MON, MON).build();
        AnnotatedArticle b = article("b", "\"No comment,\" Piet Laar said.").person("Piet Laar")
                .quote("No comment,", "Piet Laar", null).meta("Two", "t", MON, MON).build();
        assertEquals(2, dossier(a, b).quotes().size());
    }

    @Test
    void casualtyPlaceComesFromItsOwnClauseNotFromASubordinateOne() {
        AnnotatedArticle a = article("a", "As diplomats met in Lisbon, two soldiers were killed on Monday after a "
                + "blast in eastern Osria.").entity("Lisbon", "LOCATION").entity("Osria", "LOCATION")
                .time("on Monday", MON, "day").meta("x", "t", TUE, TUE).build();
        List<TimelineEntry> t = dossier(a).timeline();
        assertEquals(1, t.size(), t.toString());
        assertEquals("Two soldiers were killed after a blast in eastern Osria", t.get(0).summary());
        assertEquals("Osria", t.get(0).place());
    }

    @Test
    void creditedAgencyIsNotAParticipant() {
        AnnotatedArticle a = article("a", "The Osrian League released its proposals on Friday, Wirepress reported.")
                .entity("Osrian League", "ORGANIZATION").entity("Wirepress", "ORGANIZATION")
                .time("on Friday", MON.plusDays(4), "day").credit(Credit.Kind.AGENCY, "Wirepress")
                .meta("x", "t", MON.plusDays(4), MON.plusDays(4)).build();
        List<TimelineEntry> t = dossier(a).timeline();
        assertEquals(1, t.size(), t.toString());
        assertEquals(List.of("Osrian League"), t.get(0).participants());
        assertEquals("The Osrian League released its proposals, Wirepress reported", t.get(0).summary());
    }

    @Test
    void mostlyQuotedSentenceIsStatedAsTheSpeakerSayingTheQuote() {
        String q = "There will be no firm commitments in these talks, which will be exploratory,";
        AnnotatedArticle a = article("a", "\"" + q + "\" said a government official on Monday.")
                .time("on Monday", MON, "day").quote(q, null, "a government official")
                .meta("x", "t", TUE, TUE).build();
        List<TimelineEntry> t = dossier(a).timeline();
        assertEquals(1, t.size(), t.toString());
        assertEquals("A government official said: \u201cThere will be no firm commitments in these talks, which will be "
                + "exploratory\u201d", t.get(0).summary());
    }

    @Test
    void statementPlaceIsNotTakenFromWhatWasReported() {
        AnnotatedArticle a = article("a", "Mira Holt said on Wednesday that inspectors had begun work in Lutvia.")
                .person("Mira Holt").entity("Lutvia", "LOCATION").time("on Wednesday", MON.plusDays(2), "day")
                .meta("x", "t", MON.plusDays(2), MON.plusDays(2)).build();
        List<TimelineEntry> t = dossier(a).timeline();
        assertEquals(1, t.size(), t.toString());
        assertEquals("Mira Holt said that inspectors had begun work in Lutvia", t.get(0).summary());
        assertEquals(null, t.get(0).place());
        assertEquals(List.of("Mira Holt"), t.get(0).participants());
    }

    @Test
    void courtesyTitleAloneIsNoSpeakerDescription() {
        AnnotatedArticle a = article("a", "\"As soon as the water is down,\" Mr Dunbar said. \"Soon,\" officials said.")
                .person("Dunbar").quote("As soon as the water is down,", "Dunbar", "Mr")
                .quote("Soon,", null, "officials").meta("x", "t", MON, MON).build();
        List<Quote> quotes = dossier(a).quotes();
        assertEquals(null, quotes.get(0).speakerDescription());
        assertEquals("officials", quotes.get(1).speakerDescription());
    }

    @Test
    void statementsBySeveralSpeakersOnOneDayStayApart() {
        AnnotatedArticle a = article("a", "Mira Holt said on Monday the dam was safe.").person("Mira Holt")
                .time("on Monday", MON, "day").meta("x", "t", TUE, TUE).build();
        AnnotatedArticle b = article("b", "The Dam Panel said on Monday the wall was cracked.")
                .entity("Dam Panel", "ORGANIZATION").time("on Monday", MON, "day").meta("y", "t", TUE, TUE).build();
        AnnotatedArticle c = article("c", "Mira Holt said on Monday that repairs would follow.").person("Mira Holt")
                .time("on Monday", MON, "day").meta("z", "t", TUE, TUE).build();
        List<String> summaries = dossier(a, b, c).timeline().stream().map(TimelineEntry::summary).toList();
        assertEquals(List.of("Mira Holt said the dam was safe", "The Dam Panel said the wall was cracked"), summaries);
    }

    @Test
    void aTimeOfDayWithoutADayYieldsToTheDateInItsSentence() {
        LocalDate fri = MON.plusDays(4);
        AnnotatedArticle a = article("a", "The spillway wall of the dam collapsed before dawn on May 5 after days of rain.")
                .entity("dam", "LOCATION").time("before dawn", fri, "day").time("May 5", MON, "day")
                .meta("x", "t", fri, fri).build();
        List<TimelineEntry> t = dossier(a).timeline();
        assertTrue(t.stream().anyMatch(e -> MON.equals(e.date())), t.toString());
        assertTrue(t.stream().noneMatch(e -> fri.equals(e.date())), t.toString());
    }

    @Test
    void aPossessiveDateDatesOnlyTheNounItOpens() {
        AnnotatedArticle a = article("a", "Ana Brel said at a meeting in Lisbon that Osria reached its goal with "
                + "Wednesday's troop move at the border.").person("Ana Brel").entity("Lisbon", "LOCATION")
                .entity("Osria", "LOCATION").time("Wednesday", MON.plusDays(2), "day").meta("x", "t", TUE.plusDays(3),
                        TUE.plusDays(3)).build();
        List<TimelineEntry> t = dossier(a).timeline();
        assertTrue(t.stream().noneMatch(e -> e.summary().toLowerCase(java.util.Locale.ROOT).contains("meeting")), t.toString());
    }

    @Test
    void aPossessiveDateStillDatesAnEventNounAfterIt() {
        AnnotatedArticle a = article("a", "Diplomats prepared for Monday's talks in Lisbon with care.")
                .entity("Lisbon", "LOCATION").time("Monday", MON, "day").meta("x", "t", MON.minusDays(1), MON.minusDays(1)).build();
        List<TimelineEntry> t = dossier(a).timeline();
        assertTrue(t.stream().anyMatch(e -> MON.equals(e.date())), t.toString());
    }

    private static final LocalDate FRI = MON.plusDays(4);

    /** "Osria released its draft treaty {when} in Lisbon.", dated {@code published}, its anchor three days after Friday. */
    private static org.dossier.resolve.ArticleFixture treaty(String id, String when, LocalDate published) {
        return article(id, "Osria released its draft treaty " + when + " in Lisbon.")
                .entity("Lisbon", "LOCATION").entity("Osria", "LOCATION").time(when.replace("on ", ""), FRI, "day")
                .meta("x" + id, "t", published, published != null ? published : FRI.plusDays(3));
    }

    @Test
    void aRelativeDayInAnUndatedArticleIsMarkedAnEstimate() {
        TimelineEntry e = dossier(treaty("a", "on Friday", null).estimatedAnchor().build()).timeline().get(0);
        assertEquals(FRI, e.date());
        assertTrue(e.dateNote() != null && e.dateNote().contains("'Friday'"), e.toString());
    }

    @Test
    void aStatedDateOrAnOwnAnchorIsNoEstimate() {
        AnnotatedArticle stated = treaty("a", "on May 9", null).estimatedAnchor().build();
        AnnotatedArticle own = treaty("b", "on Friday", FRI.plusDays(3)).build();
        assertEquals(null, dossier(stated).timeline().get(0).dateNote());
        assertEquals(null, dossier(own).timeline().get(0).dateNote());
    }

    @Test
    void anEventAlsoDatedByAnotherArticleTakesThatDateWithoutNote() {
        AnnotatedArticle undated = treaty("a", "on Friday", null).estimatedAnchor().build();
        AnnotatedArticle dated = treaty("b", "on Friday", FRI.plusDays(1)).build();
        List<TimelineEntry> t = dossier(undated, dated).timeline();
        assertEquals(1, t.size(), t.toString());
        assertEquals(null, t.get(0).dateNote());
    }

    @Test
    void aDateAfterAnEventNounDatesThatEventNotTheReportingVerbLater() {
        LocalDate mar4 = MON.minusDays(1);
        AnnotatedArticle a = article("a", "The Safety Panel, a group appointed after the breach on May 4, said the "
                + "wall had cracked years ago.").entity("Safety Panel", "ORGANIZATION").time("May 4", mar4, "day")
                .meta("x", "t", TUE.plusDays(5), TUE.plusDays(5)).build();
        List<TimelineEntry> t = dossier(a).timeline();
        assertEquals(1, t.size(), t.toString());
        assertTrue(t.get(0).summary().startsWith("Breach"), t.toString());
    }

    @Test
    void aClockTimeWithoutADayDatesNothing() {
        AnnotatedArticle a = article("a", "The breach happened at around 05:40 after a week of heavy rain.")
                .time("around 05:40", TUE, "day").meta("x", "t", TUE, TUE).build();
        assertTrue(dossier(a).timeline().isEmpty(), dossier(a).timeline().toString());
    }

    @Test
    void aCountryOpeningTheSentenceLeadsTheParticipantsOfItsAct() {
        AnnotatedArticle a = article("a", "Osria on Friday released its proposals for a pact with the Velna Council.")
                .entity("Osria", "LOCATION").entity("Velna Council", "ORGANIZATION").time("Friday", FRI, "day")
                .meta("x", "t", FRI.plusDays(1), FRI.plusDays(1)).build();
        TimelineEntry e = dossier(a).timeline().get(0);
        assertEquals(List.of("Osria", "Velna Council"), e.participants());
        assertEquals("Osria released its proposals for a pact with the Velna Council", e.summary());
    }

    @Test
    void aMonthQualifyingANounDatesNoEvent() {
        AnnotatedArticle a = article("a", "Velna Power said the dam was strained after rain reached three times the "
                + "March average.").entity("Velna Power", "ORGANIZATION").time("March", MON.withDayOfMonth(1), "month")
                .meta("x", "t", TUE, TUE).build();
        assertTrue(dossier(a).timeline().isEmpty(), dossier(a).timeline().toString());
    }
}
