package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.dossier.model.Annotations;
import org.dossier.model.TimeMention;
import org.junit.jupiter.api.Test;

/**
 * SUTime reads only the stretches around time triggers ({@link TimeWindows}): which tokens trigger, how far a stretch
 * reaches and when two merge, which numbers open one (a clock hour, a year, a date, not an amount), and that on
 * English news the stretches give the same times as the sentences whole.
 */
class TimeStretchesTest {
    private static final StanfordCoreNLP SPLIT = splitter();

    private static StanfordCoreNLP splitter() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        return new StanfordCoreNLP(p);
    }

    private static List<CoreMap> sentences(String text) {
        Annotation a = new Annotation(text);
        SPLIT.annotate(a);
        return a.get(CoreAnnotations.SentencesAnnotation.class);
    }

    private static List<String> stretches(String text) {
        return TimeWindows.of(text, sentences(text)).stream().map(m -> m.get(CoreAnnotations.TextAnnotation.class))
                .toList();
    }

    private static CoreLabel token(String word) {
        CoreLabel l = new CoreLabel();
        l.setWord(word);
        return l;
    }

    @Test
    void digitsMonthsUnitsAndPartsOfTheDayTrigger() {
        for (String w : List.of("2022", "5pm", "Sept.", "Jan.", "mid-August", "five-year", "overnight", "hours",
                "Thanksgiving", "weekly", "dusk")) {
            assertTrue(TimeWindows.isTrigger(token(w)), w);
        }
        for (String w : List.of("sector", "Secretary", "SEC", "minister", "past", "said", "-")) {
            assertFalse(TimeWindows.isTrigger(token(w)), w);
        }
        for (String w : List.of("2022", "5pm", "10:30", "2022-01-09", "3rd", "1990s", "Q4")) {
            assertTrue(TimeWindows.opensStretch(List.of(token(w)), 0), w);
        }
        for (String w : List.of("7", "240,000", "2.5", "850", "24-year-old", "F-16")) {
            assertFalse(TimeWindows.opensStretch(List.of(token(w)), 0), w);
        }
    }

    @Test
    void aStretchReachesFourTokensEachSideWithinItsSentence() {
        String text = "The committee of the regional parliament in the north met on Monday to discuss the budget"
                + " and the new rules for schools and hospitals across the country.";
        assertEquals(List.of("the north met on Monday to discuss the budget"), stretches(text));
    }

    @Test
    void stretchesThatTouchMergeAndASentenceWithoutTriggerGivesNone() {
        String text = "Lawmakers approved the plan. It was signed on Monday, and the first payments follow on"
                + " March 3 after a vote in the upper house that many observers expect to be close.";
        assertEquals(List.of("It was signed on Monday, and the first payments follow on March 3 after a vote"),
                stretches(text));
    }

    @Test
    void amountsMoneyAndPercentagesOpenNoStretch() {
        String text = "The club paid $45 million for the striker, 12 percent more than its rival offered, and"
                + " sold 240,000 shirts; the striker scored 3 goals and 2.5 assists a game in a side that"
                + " counts 850 staff.";
        assertEquals(List.of(), stretches(text));
    }

    @Test
    void aClockHourAShortYearAndAYearOpenAStretch() {
        assertEquals(List.of("The polls close at 8 p.m. and results are"),
                stretches("The polls close at 8 p.m. and results are expected soon after that."));
        assertEquals(List.of("the cars of the '66 season still."),
                stretches("Collectors prize the cars of the '66 season still."));
        assertEquals(List.of("plant, opened in 2009, employs 850 workers"),
                stretches("The plant, opened in 2009, employs 850 workers across three shifts."));
    }

    @Test
    void aBareNumberBesideATimeWordIsReadThroughTheWord() {
        assertEquals(List.of("hearing was moved to March 3 after the defence"),
                stretches("The hearing was moved to March 3 after the defence asked for more time to prepare."));
        assertEquals(List.of("The strike lasted 12 days and cost the company"),
                stretches("The strike lasted 12 days and cost the company its contract."));
    }

    @Test
    void aSentenceFullOfTriggersIsReadWhole() {
        String text = "On Monday, January 10, 2022, at 9 a.m.";
        List<CoreMap> s = sentences(text);
        assertEquals(List.of(s.get(0)), TimeWindows.of(text, s));
    }

    @Test
    void englishNewsGivesTheSameTimesFromStretchesAsFromWholeSentences() {
        String text = "Rescue teams worked overnight after the storm hit the coast on Thursday morning, officials said."
                + " Several hours later, the regional governor, who took office in the spring of 2019, declared a"
                + " state of emergency that will last at least two weeks. The last comparable flood, in mid-August"
                + " 2010, forced thousands of families from their homes for months; a five-year rebuilding plan"
                + " followed in the autumn. Schools will reopen next Monday, and a report is due by the end of"
                + " the year, the ministry said on Sept. 3.";
        LocalDate anchor = LocalDate.of(2022, 1, 14);
        Annotations stretched = Texts.ANNOTATOR.annotate(Texts.article("s", text), anchor);
        Annotations whole = Texts.ANNOTATOR.withWholeSentenceTimes().annotate(Texts.article("w", text), anchor);
        assertTrue(stretched.times().size() >= 6, stretched.times().stream().map(TimeMention::text).toList()::toString);
        assertEquals(whole.times(), stretched.times());
    }
}
