package org.dossier.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordMapTest {
    @Test
    void everyWordPutIsFoundByItsCharsAndOthersAreMissing() {
        WordMap map = new WordMap();
        for (int i = 0; i < 50_000; i++) {
            map.put("w" + i, i);
        }
        assertEquals(50_000, map.size());
        char[] text = " w123 w49999 w50000 w12 ".toCharArray();
        assertEquals(123, map.get(text, 1, 5));
        assertEquals(49_999, map.get(text, 6, 12));
        assertEquals(WordMap.MISSING, map.get(text, 13, 19));
        assertEquals(12, map.get(text, 20, 23));
        assertEquals(1, map.get(text, 20, 22)); // the prefix "w1" is a word of its own
        map.clear();
        assertEquals(WordMap.MISSING, map.get(text, 1, 5));
    }
}
