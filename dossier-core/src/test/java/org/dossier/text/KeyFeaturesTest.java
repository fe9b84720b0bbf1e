package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyFeaturesTest {
    @Test
    void namesNumbersYearsAndDaysAreFoundInAnyLanguage() {
        Map<String, Integer> en = KeyFeatures.of("Quake", "Rescuers reached Kellbrook on 12 October 2019, "
                + "where 1,240 people were hurt.").counts();
        Map<String, Integer> de = KeyFeatures.of("Beben", "Retter erreichten Kellbrook am 12. Oktober 2019, "
                + "wo 1.240 Menschen verletzt wurden.").counts();
        for (String key : new String[] {"e:kellbrook", "d:10-12", "y:2019", "n:1240"}) {
            assertTrue(en.containsKey(key), key + " in " + en);
            assertTrue(de.containsKey(key), key + " in " + de);
        }
    }

    @Test
    void sentenceInitialWordsCountOnlyWhenCapitalisedMidSentence() {
        Map<String, Integer> c = KeyFeatures.of(null,
                "Officials met in Geneva.\nGeneva hosted the talks. Talks ended late.").counts();
        assertEquals(2, c.get("e:geneva"));
        assertFalse(c.containsKey("e:talks"), c.toString());
        assertFalse(c.containsKey("e:officials"), c.toString());
    }

    @Test
    void textsReadInTurnGiveWhatEachGivesReadAlone() {
        List<NewsTexts.NewsText> docs = NewsTexts.ecbPlusDev();
        assertTrue(docs.size() > 100);
        List<Map<String, Integer>> inTurn = docs.stream().map(d -> KeyFeatures.of(d.title(), d.text()).counts()).toList();
        for (int i = docs.size() - 1; i >= 0; i--) {
            NewsTexts.NewsText d = docs.get(i);
            Map<String, Integer> alone = KeyFeatures.of(d.title() == null ? null : new String(d.title()),
                    d.text() == null ? null : new String(d.text())).counts();
            assertEquals(List.copyOf(alone.entrySet()), List.copyOf(inTurn.get(i).entrySet()), d.id());
        }
        Map<String, Integer> again = KeyFeatures.of(null, "Officials met in Geneva.\nGeneva hosted the talks.").counts();
        assertEquals(2, again.get("e:geneva"));
    }

    @Test
    void adjacentNamesAlsoGiveATwoWordName() {
        Map<String, Integer> c = KeyFeatures.of(null, "Yesterday actress Mara Quinlan left.").counts();
        assertTrue(c.containsKey("e:mara quinlan"), c.toString());
    }

    @Test
    void quotesAreCounted() {
        assertEquals(2, KeyFeatures.of(null, "He said: “We agree.” She said \"No\".").quotes());
    }
}
