package org.dossier.synthesize.summary;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.StoryDossier.SummarySentence;
import org.junit.jupiter.api.Test;

/** The extractive summary: a few readable sentences, no repeats, each citing the articles carrying it. */
class SummaryTest {
    private static final LocalDate DAY = LocalDate.of(2031, 4, 2);

    private static AnnotatedArticle a(String id, String text) {
        return article(id, text).entity("Quito", "LOCATION").entity("Ecuador", "LOCATION")
                .meta(id + "-news", "Quake", DAY, DAY).build();
    }

    private static final AnnotatedArticle ONE = a("one", "A strong earthquake struck near Quito early on Tuesday, "
            + "damaging hundreds of buildings across the capital. He said it was bad. "
            + "Rescue teams from Ecuador's army searched the rubble of two collapsed schools in Quito. "
            + "The government of Ecuador declared a state of emergency in three provinces around Quito.");
    private static final AnnotatedArticle TWO = a("two", "A strong earthquake struck near Quito on Tuesday morning, "
            + "damaging hundreds of buildings in the capital. But nobody knew more. "
            + "Ecuador asked neighbouring countries to send field hospitals and water pumps to Quito.");
    private static final AnnotatedArticle THREE = a("three", "Officials in Ecuador said the earthquake near Quito "
            + "had damaged hundreds of buildings and cut power to large parts of the capital overnight.");

    @Test
    void summaryHasThreeToFiveSentencesFromTheArticles() {
        List<SummarySentence> s = Summary.of(List.of(ONE, TWO, THREE), List.of(), List.of(), Set.of());
        assertTrue(s.size() >= 3 && s.size() <= 5, s.toString());
        for (SummarySentence x : s) {
            String article = x.articles().get(0);
            AnnotatedArticle from = List.of(ONE, TWO, THREE).stream().filter(y -> y.id().equals(article)).findFirst().orElseThrow();
            assertEquals(x.text(), from.article().text().substring(x.mentions().get(0).start(), x.mentions().get(0).end()));
        }
    }

    @Test
    void sentencesLeaningOnTheOneBeforeAreNotTaken() {
        List<SummarySentence> s = Summary.of(List.of(ONE, TWO, THREE), List.of(), List.of(), Set.of());
        assertFalse(s.stream().anyMatch(x -> x.text().startsWith("He ") || x.text().startsWith("But ")), s.toString());
    }

    @Test
    void nearIdenticalSentencesAppearOnceCitingEveryArticleCarryingThem() {
        List<SummarySentence> s = Summary.of(List.of(ONE, TWO, THREE), List.of(), List.of(), Set.of());
        List<SummarySentence> quake = s.stream().filter(x -> x.text().startsWith("A strong earthquake")).toList();
        assertEquals(1, quake.size(), s.toString());
        assertTrue(quake.get(0).articles().containsAll(List.of("one", "two")), quake.toString());
    }

    @Test
    void anIndependentArticleIsPreferredForTheSameContent() {
        List<SummarySentence> s = Summary.of(List.of(ONE, TWO, THREE), List.of(), List.of(), Set.of("two"));
        SummarySentence quake = s.stream().filter(x -> x.text().startsWith("A strong earthquake")).findFirst().orElseThrow();
        assertEquals("two", quake.articles().get(0));
    }

    @Test
    void aCopyIsNoOtherSourceToSpreadTheSummaryOver() {
        String text = "A strong earthquake struck near Quito early on Tuesday, damaging hundreds of buildings across"
                + " the capital. Rescue teams from Ecuador's army searched the rubble of two collapsed schools in Quito.";
        AnnotatedArticle original = a("orig", text);
        AnnotatedArticle copy = article("copy", text).entity("Quito", "LOCATION").entity("Ecuador", "LOCATION")
                .duplicateOf("orig").meta("copy-news", "Quake", DAY, DAY).build();
        List<SummarySentence> s = Summary.of(List.of(original, copy), List.of(), List.of(), Set.of("orig"));
        assertEquals(2, s.size(), s.toString());
        assertTrue(s.stream().allMatch(x -> x.articles().get(0).equals("orig")), s.toString());
    }

    @Test
    void anOpeningDatelineIsLeftOutOfTheSentenceAndItsSpan() {
        AnnotatedArticle d = a("d", "QUITO \u2014 A strong earthquake struck near Quito early on Tuesday, damaging "
                + "hundreds of buildings across the capital.");
        SummarySentence s = Summary.of(List.of(d), List.of(), List.of(), Set.of()).get(0);
        assertTrue(s.text().startsWith("A strong earthquake"), s.text());
        assertEquals(s.text(), d.article().text().substring(s.mentions().get(0).start(), s.mentions().get(0).end()));
    }

    @Test
    void readableSentenceRules() {
        assertTrue(Readable.alone("Ministers from both countries met in Oslo to discuss the border.", "en"));
        assertFalse(Readable.alone("He said ministers from both countries met in Oslo to discuss it.", "en"));
        assertFalse(Readable.alone("Ministers from both countries met in Oslo to discuss \u201cthe border.", "en"));
        assertFalse(Readable.alone("Ministers from both countries met in Oslo to discuss the border", "en"));
        assertFalse(Readable.alone("Talks ended.", "en"));
    }

    @Test
    void aSentenceOpeningWithAPhraseLeaningOnTheOneBeforeIsNotReadableAlone() {
        assertFalse(Readable.alone("At the same time, the ministry said it was ready to talk to the unions.", "en"));
        assertFalse(Readable.alone("In response, the rail operator cancelled all night trains across the north.", "en"));
        assertTrue(Readable.alone("At the ministry, officials said they were ready to talk to the unions.", "en"));
    }

    @Test
    void theLatestEventsSentenceIsInTheSummaryAsTheOutcome() {
        AnnotatedArticle four = a("four", "On Friday the city council approved a reconstruction fund of two million "
                + "dollars for the schools.");
        String text = four.article().text();
        org.dossier.model.StoryDossier.TimelineEntry last = new org.dossier.model.StoryDossier.TimelineEntry(
                DAY.plusDays(3), "day", "The city council approved a reconstruction fund", List.of("four"),
                List.of(new org.dossier.model.Span("four", 0, text.length())), null, "agreement", List.of(), null, text);
        List<SummarySentence> without = Summary.of(List.of(ONE, TWO, THREE, four), List.of(), List.of(), Set.of());
        assertFalse(without.stream().anyMatch(x -> x.text().contains("reconstruction fund")), without.toString());
        List<SummarySentence> with = Summary.of(List.of(ONE, TWO, THREE, four), List.of(last), List.of(), Set.of());
        assertTrue(with.stream().anyMatch(x -> x.text().contains("reconstruction fund")), with.toString());
        assertTrue(with.size() <= 5, with.toString());
    }

    private static final String[] RICH = {
            "A strong earthquake struck near Quito early on Tuesday, damaging hundreds of buildings.",
            "Rescue teams from the army searched the rubble of two collapsed schools in the old town.",
            "The government declared a state of emergency in three provinces around the capital.",
            "Electricity returned to most districts of the capital late on Tuesday evening after repairs.",
            "Hospitals in the north of the country treated more than four hundred injured residents."};

    /** An independent article of five distinct sentences, each reported by an entry three articles carry. */
    private static AnnotatedArticle rich() {
        return a("rich", String.join(" ", RICH));
    }

    private static List<org.dossier.model.StoryDossier.TimelineEntry> richEntries(AnnotatedArticle rich) {
        String text = rich.article().text();
        List<org.dossier.model.StoryDossier.TimelineEntry> out = new java.util.ArrayList<>();
        for (String sentence : RICH) {
            int at = text.indexOf(sentence);
            out.add(new org.dossier.model.StoryDossier.TimelineEntry(DAY, "day", sentence, List.of("rich", "x", "y"),
                    List.of(new org.dossier.model.Span("rich", at, at + sentence.length())), null, "attack",
                    List.of(), null, sentence));
        }
        return out;
    }

    private static org.dossier.model.StoryDossier.TimelineEntry entry(AnnotatedArticle a, String sentence,
                                                                    LocalDate day, String precision, String note) {
        String text = a.article().text();
        int at = text.indexOf(sentence);
        return new org.dossier.model.StoryDossier.TimelineEntry(day, precision, sentence, List.of(a.id()),
                List.of(new org.dossier.model.Span(a.id(), at, at + sentence.length())), note, "agreement",
                List.of(), null, sentence);
    }

    private static final String FUND = "The city council approved a reconstruction fund of two million dollars "
            + "for the damaged schools.";

    @Test
    void oneArticleReportingEveryEventDoesNotFillTheSummaryAlone() {
        AnnotatedArticle rich = rich();
        AnnotatedArticle other = a("other", "Neighbouring countries flew water pumps and doctors to the capital on "
                + "Wednesday, a day after the earthquake.");
        List<org.dossier.model.StoryDossier.TimelineEntry> timeline = new java.util.ArrayList<>(richEntries(rich));
        timeline.add(entry(other, other.article().text(), DAY, "day", null));
        List<SummarySentence> s = Summary.of(List.of(rich, other), timeline, List.of(), Set.of("rich"));
        assertTrue(s.stream().anyMatch(x -> x.articles().get(0).equals("other")), s.toString());
    }

    @Test
    void whenTheLatestEntrysSentenceDoesNotReadAloneTheNextLatestIsTheOutcome() {
        AnnotatedArticle rich = rich();
        AnnotatedArticle four = a("four", FUND + " Later: more.");
        List<org.dossier.model.StoryDossier.TimelineEntry> timeline = new java.util.ArrayList<>(richEntries(rich));
        timeline.add(entry(four, FUND, DAY.plusDays(3), "day", null));
        timeline.add(entry(four, "Later: more.", DAY.plusDays(4), "day", null));
        List<SummarySentence> with = Summary.of(List.of(rich, four), timeline, List.of(), Set.of("rich"));
        assertTrue(with.stream().anyMatch(x -> x.text().contains("reconstruction fund")), with.toString());
    }

    @Test
    void anEntryDatedOnlyByItsReportCanBeTheOutcome() {
        AnnotatedArticle rich = rich();
        AnnotatedArticle four = a("four", FUND);
        List<org.dossier.model.StoryDossier.TimelineEntry> timeline = new java.util.ArrayList<>(richEntries(rich));
        timeline.add(entry(four, FUND, DAY.plusDays(3), "day", "estimated: the date of the article reporting it"));
        List<SummarySentence> with = Summary.of(List.of(rich, four), timeline, List.of(), Set.of("rich"));
        assertTrue(with.stream().anyMatch(x -> x.text().contains("reconstruction fund")), with.toString());
    }
}
