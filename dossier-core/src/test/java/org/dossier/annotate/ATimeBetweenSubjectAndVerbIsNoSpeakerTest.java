package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * A time phrase between a named subject and its verb ("X, on Friday sharply criticised …, calling it "…"") is no
 * speaker: the named subject before it speaks. First read: the weekday was given as an unnamed speaker's
 * description.
 */
class ATimeBetweenSubjectAndVerbIsNoSpeakerTest {
    private static final LocalDate DAY = LocalDate.of(2030, 10, 4);

    private static QuoteMention quoteOf(String text, String quoteStart) {
        List<QuoteMention> quotes = Texts.annotate(text, DAY).quotes();
        return quotes.stream().filter(q -> q.text().startsWith(quoteStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote " + quotes));
    }

    @Test
    void aWeekdayAfterAnApposedNameLeavesTheNameSpeaking() {
        QuoteMention q = quoteOf("The port authority's director, Helga Brandvik, on Thursday sharply criticised the"
                + " ferry operator's new timetable, calling it \"a slap in the face for every commuter who relies on the early boats\".", "a slap");
        assertEquals("Helga Brandvik", q.speaker(), q.toString());
    }

    @Test
    void aDateAfterTheSubjectLeavesTheSubjectSpeaking() {
        QuoteMention q = quoteOf("Mayor Ivo Sandqvist on 2 October criticised the plan, calling it \"a waste of"
                + " public money that the town will regret for a decade\".", "a waste");
        assertEquals("Ivo Sandqvist", q.speaker(), q.toString());
    }
}
