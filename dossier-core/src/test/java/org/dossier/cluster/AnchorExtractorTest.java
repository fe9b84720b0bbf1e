package org.dossier.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AnchorExtractorTest {
    private final AnchorExtractor extractor = new AnchorExtractor();

    @Test
    void namesNumbersYearsAndDaysAreFoundInAnyLanguage() {
        Map<String, Integer> en = extractor.extract("Quake", "Rescuers reached Kellbrook on 12 October 2019, "
                + "where 1,240 people were hurt.").counts();
        Map<String, Integer> de = extractor.extract("Beben", "Retter erreichten Kellbrook am 12. Oktober 2019, "
                + "wo 1.240 Menschen verletzt wurden.").counts();
        for (String key : new String[] {"e:kellbrook", "d:10-12", "y:2019", "n:1240"}) {
            assertTrue(en.containsKey(key), key + " in " + en);
            assertTrue(de.containsKey(key), key + " in " + de);
        }
    }

    @Test
    void sentenceInitialWordsCountOnlyWhenCapitalisedMidSentence() {
        Map<String, Integer> c = extractor.extract(null,
                "Officials met in Geneva.\nGeneva hosted the talks. Talks ended late.").counts();
        assertEquals(2, c.get("e:geneva"));
        assertFalse(c.containsKey("e:talks"), c.toString());
        assertFalse(c.containsKey("e:officials"), c.toString());
    }

    @Test
    void anExtractorThatReadManyTextsFindsWhatAFreshOneFinds() throws java.io.IOException {
        java.util.List<StoryClusterer.Doc> docs = org.dossier.testdata.EcbDocs.read(org.dossier.testdata.EcbDocs.DEV);
        assertTrue(docs.size() > 100);
        for (StoryClusterer.Doc d : docs) {
            Map<String, Integer> read = extractor.extract(d.title(), d.text()).counts();
            // copies of the strings, so the last-texts memo cannot answer for the fresh extractor
            Map<String, Integer> fresh = new AnchorExtractor().extract(
                    d.title() == null ? null : new String(d.title()), d.text() == null ? null : new String(d.text())).counts();
            assertEquals(fresh, read, d.id());
        }
        Map<String, Integer> again = extractor.extract(null, "Officials met in Geneva.\nGeneva hosted the talks.").counts();
        assertEquals(2, again.get("e:geneva"));
    }

    @Test
    void adjacentNamesAlsoGiveATwoWordName() {
        Map<String, Integer> c = extractor.extract(null, "Yesterday actress Mara Quinlan left.").counts();
        assertTrue(c.containsKey("e:mara quinlan"), c.toString());
    }

    @Test
    void quotesAreCounted() {
        assertEquals(2, extractor.extract(null, "He said: “We agree.” She said \"No\".").quotes());
    }
}
