package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dossier.model.StoryDossier;
import org.dossier.port.StorySummary;
import org.junit.jupiter.api.Test;

/**
 * The CSV downloads on a dossier whose every string is hostile: each table reads back (as a spreadsheet parses it)
 * with one record per row of the dossier, every cell keeps its text, and no cell starts a formula.
 */
class CsvDownloadsTest {
    static final StoryDossier D = HostileDossier.dossier();

    static void assertNoFormula(List<List<String>> records) {
        for (List<String> r : records) {
            for (String cell : r) {
                String t = cell.stripLeading();
                boolean number = cell.matches("-?\\d+(\\.\\d+)?");
                assertFalse(!number && !t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0, "a formula cell: " + cell);
            }
        }
    }

    private static List<List<String>> table(String csv, int rows, int columns) {
        List<List<String>> records = CsvRecords.parse(csv);
        assertEquals(rows + 1, records.size(), csv);
        records.forEach(r -> assertEquals(columns, r.size(), r.toString()));
        assertNoFormula(records);
        return records;
    }

    @Test
    void everyTableHasOneRecordPerRowAndNoFormulaCell() {
        var quotes = table(DossierCsv.quotes(D), 2, 8);
        assertEquals(List.of("speaker", "speaker_description", "quote", "article", "outlet", "date", "start", "end"), quotes.get(0));
        assertEquals(HostileDossier.s(12), quotes.get(1).get(2), "markup is text to a spreadsheet: kept as it is");
        table(DossierCsv.claims(D), 2, 11);
        var timeline = table(DossierCsv.timeline(D), 2, 7);
        assertEquals("'" + HostileDossier.s(14), timeline.get(1).get(2), "a formula is kept behind an apostrophe");
        table(DossierCsv.entities(D), 2, 6);
        var coverage = table(DossierCsv.coverage(D), 6, 5);
        table(ArticleCsv.of(List.of()), 0, 11);
        table(DossierCsv.stories(List.of(new StorySummary("s1", HostileDossier.s(4), 2, List.of(HostileDossier.s(6)),
                List.of("en"), null, null))), 1, 8);
        assertTrue(coverage.stream().anyMatch(r -> r.get(3).contains("window.__pwned")), "the fact's label is given");
    }

    @Test
    void cellsKeepTheirTextBehindTheApostrophe() {
        Map<String, String> expected = Map.of(
                "=HYPERLINK(\"http://evil.example\",\"x\")", "'=HYPERLINK(\"http://evil.example\",\"x\")",
                "+cmd", "'+cmd", "@SUM(1)", "'@SUM(1)", "  =1", "'  =1", "-x", "'-x", "\tx", "'\tx",
                "plain, with \"quotes\"", "plain, with \"quotes\"", "line\nbreak", "line\nbreak");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String csv = new Csv("v").text(e.getKey()).end().toString();
            assertEquals(e.getValue(), CsvRecords.parse(csv).get(1).get(0), e.getKey());
        }
    }

    @Test
    void coverageLabelsAFactByTheDossiersLabelOrTheFactItself() {
        assertEquals(FactLabels.shorten(HostileDossier.s(21)), FactLabels.of(D, "timeline:0"));
        assertEquals(FactLabels.shorten(HostileDossier.s(16)), FactLabels.of(D, "timeline:1"));
        assertEquals(FactLabels.shorten(HostileDossier.s(19)), FactLabels.of(D, "claim:0"));
        assertTrue(FactLabels.of(D, "quote:1").contains(HostileDossier.s(13)));
        assertEquals("quote:9", FactLabels.of(D, "quote:9"));
    }
}
