package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class TextWordsTest {
    /** The words and offsets Lucene's standard tokenizer gives for the title, then for the text. */
    private static List<String> lucene(String title, String text) throws IOException {
        List<String> out = new ArrayList<>();
        for (String s : new String[] {title, text}) {
            if (s == null || s.isEmpty()) {
                continue;
            }
            try (StandardTokenizer ts = new StandardTokenizer()) {
                ts.setReader(new StringReader(s));
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    out.add(term + "@" + off.startOffset());
                }
                ts.end();
            }
        }
        return out;
    }

    private static List<String> read(TextWords w) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.count(); i++) {
            char[] chars = new char[w.length(i)];
            w.copy(i, chars, 0);
            assertEquals(w.word(i), new String(chars));
            assertEquals(Hash64.of(w.word(i)), w.hash(i));
            out.add(w.word(i) + "@" + w.offset(i));
        }
        return out;
    }

    @Test
    void titleWordsComeFirstThenTheTextsWithTheirOffsets() throws IOException {
        TextWords w = TextWords.of("Quake hits Kellbrook", "Rescuers arrived on 12 October; 1,240 were hurt.");
        assertEquals(3, w.titleWords());
        assertEquals(lucene("Quake hits Kellbrook", "Rescuers arrived on 12 October; 1,240 were hurt."), read(w));
        assertEquals("Rescuers", w.word(3));
        assertEquals(0, w.offset(3));
        assertFalse(w.gaps());
        assertEquals(0, TextWords.of(null, null).count());
    }

    @Test
    void wordsEqualTheTokenizersOnNewsTexts() throws IOException {
        for (NewsTexts.NewsText d : NewsTexts.ecbPlusDev()) {
            assertEquals(lucene(d.title(), d.text()), read(TextWords.of(d.title(), d.text())), d.id());
        }
    }

    @Test
    void longAndUnusualWordsAreCutAsTheTokenizerCutsThem() throws IOException {
        String title = "Über Straße 🙂";
        String text = "x".repeat(300) + " Y" + "z".repeat(600) + " 東京で会議 2022年1月10日 a-b c'd e’f \ud800 1,000 2.5";
        assertEquals(lucene(title, text), read(TextWords.of(title, text)));
    }

    @Test
    void featuresReadOnManyThreadsEqualThoseReadOnOne() throws Exception {
        List<NewsTexts.NewsText> docs = NewsTexts.ecbPlusDev();
        List<List<String>> one = new ArrayList<>();
        for (NewsTexts.NewsText d : docs) {
            TextFeatures f = TextFeatures.of(d.title(), d.text());
            one.add(List.of(read(f.words()).toString(), f.keys().toString()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> many = new ArrayList<>();
            for (NewsTexts.NewsText d : docs) {
                many.add(pool.submit(() -> {
                    TextFeatures f = TextFeatures.of(d.title(), d.text());
                    return List.of(read(f.words()).toString(), f.keys().toString());
                }));
            }
            for (int i = 0; i < docs.size(); i++) {
                assertEquals(one.get(i), many.get(i).get(), docs.get(i).id());
            }
        } finally {
            pool.shutdown();
        }
    }
}
