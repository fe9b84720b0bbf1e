package org.dossier.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.text.NewsTexts;
import org.dossier.text.SeedPages;
import org.dossier.text.TextFeatures;
import org.dossier.text.TextWords;
import org.junit.jupiter.api.Test;

class SignerTest {
    /** The signature of each text equals the one Lucene's shingle and MinHash filters give. */
    private static void assertSameAsLucene(String title, String text) {
        Signer signer = new Signer();
        TextSignature sig = signer.sign(title, text, TextFeatures.of(title, text));
        String all = (title == null ? "" : title + "\n") + (text == null ? "" : text);
        assertArrayEquals(signer.luceneTextHashes(all), sig.shingleHashes(), "text hashes of: " + all);
        assertEquals(signer.luceneWords(), sig.words(), "words of: " + all);
        List<String> keys = Signer.fingerprintKeys(title, text);
        assertArrayEquals(signer.luceneFingerprintHashes(keys), sig.fingerprintHashes(), "fingerprint of: " + all);
    }

    @Test
    void shingleSignatureEqualsLuceneMinHashFilterOnNewsTexts() {
        List<NewsTexts.NewsText> docs = NewsTexts.ecbPlusDev();
        assertTrue(docs.size() > 100);
        for (NewsTexts.NewsText d : docs) {
            assertSameAsLucene(d.title(), d.text());
        }
        for (Article a : SeedPages.articles()) {
            assertSameAsLucene(a.title(), a.text());
        }
    }

    @Test
    void shortAndUnusualTextsMatchLuceneToo() {
        assertSameAsLucene(null, null);
        assertSameAsLucene("", "");
        assertSameAsLucene("Alone", null);
        assertSameAsLucene("Two words", null);
        assertSameAsLucene(null, "Three small words");
        assertSameAsLucene("Über Straße", "Café crème à Zürich, 12.500 € am 3. März 2021 – „Zitat“ «citation» naïve");
        assertSameAsLucene("Emoji 🙂 in a title", "A text with 😀 two 👍🏽 emoji and a lone \ud800 surrogate here");
        assertSameAsLucene("CJK", "東京で会議が開かれた 2022年1月10日 ソウル");
        assertSameAsLucene("Long", "x".repeat(300) + " Y" + "z".repeat(600) + " tail words here");
        assertSameAsLucene("Numbers", "1,000 2.5 3/4 2021-01-10 10:30 #hash @handle a-b c'd e’f");
    }

    @Test
    void emojiPairsAreSignedWithoutLuceneTheSameAsLucene() {
        String title = "Fans cheer 🎉 at the final in Milano";
        String text = "The crowd 👏🏽 sang as the team 🏆 lifted the cup. «Grazie a tutti» 😀 said the captain 🇮🇹.";
        assertTrue(new FoldedWords().read(TextWords.of(title, text)), "surrogate pairs need no Lucene fallback");
        assertSameAsLucene(title, text);
        assertSameAsLucene(null, "Ein Tor 🥅⚽ in der 90. Minute, 😱 sagte der Trainer");
    }

    @Test
    void everyBucketIsFilledEvenForOneShingle() {
        TextSignature sig = new Signer().sign(null, "only three words");
        assertEquals(Signer.TEXT_BUCKETS, sig.shingleHashes().length);
        assertEquals(1, java.util.Arrays.stream(sig.shingleHashes()).distinct().count());
    }
}
