package org.dossier.synthesize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * A timeline statement keeps the quote marks its words are written with balanced: a German quote closing the
 * sentence („…“ or »…«) keeps its closing mark, whatever the marks of the language.
 */
class StatementsKeepBalancedQuoteMarksTest {
    private static final LocalDate THU = LocalDate.of(2031, 3, 6);

    private static TimelineEntry entryOf(StoryDossier d, String word) {
        List<TimelineEntry> hits = d.timeline().stream().filter(t -> t.summary().contains(word)).toList();
        assertFalse(hits.isEmpty(), d.timeline().toString());
        return hits.get(0);
    }

    @Test
    void aGermanQuoteClosingTheSentenceKeepsItsClosingMark() {
        StoryDossier d = ModellessStory.in("de")
                .article("a", THU, "Die Fahrer der Verkehrsbetriebe Kessling streikten am Donnerstag gegen den "
                        + "\u201eSparplan der Stadt\u201c. Die Gewerkschaft Nahverkehr Velmark rief dazu auf.")
                .article("b", THU, "Die Gewerkschaft Nahverkehr Velmark und die Verkehrsbetriebe Kessling verhandeln.")
                .dossier();
        String s = entryOf(d, "Sparplan").summary();
        assertTrue(s.contains("\u201eSparplan der Stadt\u201c"), s);
    }

    @Test
    void guillemetsTheGermanWayStayPaired() {
        StoryDossier d = ModellessStory.in("de")
                .article("a", THU, "Die Fahrer der Verkehrsbetriebe Kessling streikten am Donnerstag gegen den "
                        + "\u00bbSparplan der Stadt\u00ab. Die Gewerkschaft Nahverkehr Velmark rief dazu auf.")
                .article("b", THU, "Die Gewerkschaft Nahverkehr Velmark und die Verkehrsbetriebe Kessling verhandeln.")
                .dossier();
        String s = entryOf(d, "Sparplan").summary();
        assertTrue(s.contains("\u00bbSparplan der Stadt\u00ab"), s);
    }
}
