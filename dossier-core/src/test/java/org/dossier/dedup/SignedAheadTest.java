package org.dossier.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.model.Article;
import org.dossier.text.SeedPages;
import org.dossier.text.TextFeatures;
import org.junit.jupiter.api.Test;

/** A signature made ahead on other threads gives dedup the marks it would give signing the article itself. */
class SignedAheadTest {
    /** The seeds, then each seed again (an exact copy) and with its first paragraph dropped (a near copy). */
    private static List<Article> stream() {
        List<Article> out = new ArrayList<>(SeedPages.articles());
        for (Article seed : SeedPages.articles()) {
            out.add(SeedPages.article(seed.id() + "-copy", List.of(seed.text().split("\n\n"))));
            List<String> lines = List.of(seed.text().split("\n\n"));
            out.add(SeedPages.article(seed.id() + "-trimmed", lines.subList(1, lines.size())));
        }
        return out;
    }

    @Test
    void signaturesMadeOnOtherThreadsEqualTheOnesDedupMakes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<TextSignature>> ahead = new ArrayList<>();
            for (Article a : stream()) {
                ahead.add(pool.submit(() -> MinHashDeduplicator.sign(a, TextFeatures.of(a.title(), a.text()))));
            }
            Signer own = new Signer();
            List<Article> all = stream();
            for (int i = 0; i < all.size(); i++) {
                Article a = all.get(i);
                TextSignature expected = own.sign(a.title(), a.text(), TextFeatures.of(a.title(), a.text()));
                TextSignature got = ahead.get(i).get();
                assertArrayEquals(expected.shingleHashes(), got.shingleHashes(), a.id());
                assertArrayEquals(expected.fingerprintHashes(), got.fingerprintHashes(), a.id());
                assertEquals(expected.words(), got.words(), a.id());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void copiesAreMarkedTheSameWithASignatureGivenAhead() {
        MinHashDeduplicator itself = new MinHashDeduplicator();
        MinHashDeduplicator given = new MinHashDeduplicator();
        int marked = 0;
        for (Article a : stream()) {
            TextFeatures f = TextFeatures.of(a.title(), a.text());
            Article own = itself.add(a, f);
            Article ahead = given.add(a, f, MinHashDeduplicator.sign(a, f));
            assertEquals(own.duplicateOf(), ahead.duplicateOf(), a.id());
            assertEquals(own.derivedFrom(), ahead.derivedFrom(), a.id());
            if (own.duplicateOf() != null || own.derivedFrom() != null) {
                marked++;
            }
        }
        assertEquals(2 * SeedPages.articles().size(), marked, "every copy and near copy is marked");
    }
}
