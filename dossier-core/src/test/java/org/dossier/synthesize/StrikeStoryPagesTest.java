package org.dossier.synthesize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.extract.PageExtractor;
import org.dossier.input.Inputs;
import org.dossier.input.SkippedRecords;
import org.dossier.model.Article;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The labour-dispute story's pages, written to a folder at run time, read back as {@code dossier report} reads them:
 * eight pages, each with its headline, the undated explainer without a date and the others on their own days.
 */
class StrikeStoryPagesTest {
    @Test
    void theStorysPagesAreReadAsEightArticlesOnTheirOwnDays(@TempDir Path dir) throws Exception {
        List<RawPage> raw = Inputs.readAll(Inputs.of(List.of(StrikeStoryPages.writeTo(dir)), new SkippedRecords()),
                failure -> { throw new AssertionError(failure.toString()); });
        assertEquals(8, raw.size());
        PageExtractor extractor = new PageExtractor();
        Map<String, Article> byFile = new HashMap<>();
        for (RawPage page : raw) {
            Article a = extractor.extract(page);
            byFile.put(Path.of(a.source()).getFileName().toString(), a);
        }
        assertNull(byFile.get("07_undated_explainer.html").published());
        assertEquals(LocalDate.of(2031, 3, 4), byFile.get("03_agency_repost.html").published());
        assertEquals(LocalDate.of(2031, 3, 7), byFile.get("05_de_schlichter.html").published());
        assertEquals("Bahnstreik: Ministerin setzt Schlichter ein", byFile.get("05_de_schlichter.html").title());
        assertTrue(byFile.get("08_deal_reached.html").text().contains("9 percent in two steps over 20 months"));
    }
}
