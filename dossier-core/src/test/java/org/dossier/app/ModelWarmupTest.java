package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dossier.annotate.Annotator;
import org.dossier.chain.ProcessedArticle;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/** Which languages' models a report has loaded while its batches are being stored, and how often. */
class ModelWarmupTest {
    /** An annotator that only records the languages it was asked to prepare, failing for {@code failing}. */
    private static final class Recording implements Annotator {
        final List<String> prepared = Collections.synchronizedList(new ArrayList<>());
        final String failing;

        Recording(String failing) {
            this.failing = failing;
        }

        @Override
        public Annotations annotate(Article article, LocalDate anchor) {
            throw new AssertionError("a warm-up annotates nothing");
        }

        @Override
        public void prepare(String language) {
            prepared.add(language);
            if (language.equals(failing)) {
                throw new IllegalStateException("no model for " + language);
            }
        }
    }

    private static ProcessedArticle in(String language) {
        return new ProcessedArticle(null, new Article("a-" + language, null, null, null, null, null, null, null,
                language, null, "Text.", 0, null, null), null);
    }

    @Test
    void eachLanguageOfTheBatchesStoredIsPreparedOnceInTheOrderItWasMet() throws Exception {
        Recording annotator = new Recording(null);
        ModelWarmup warmup = new ModelWarmup(() -> annotator);
        warmup.storing(List.of(in("en"), in("de"), in("en")));
        warmup.storing(List.of(in("fr"), in("de"), in("en")));
        assertTrue(warmup.finish(10_000));
        assertEquals(List.of("en", "de", "fr"), annotator.prepared);
    }

    @Test
    void aLoadThatFailsLeavesTheOtherLanguagesToLoad() throws Exception {
        Recording annotator = new Recording("de");
        ModelWarmup warmup = new ModelWarmup(() -> annotator);
        warmup.storing(List.of(in("de"), in("en")));
        assertTrue(warmup.finish(10_000));
        assertEquals(List.of("de", "en"), annotator.prepared);
    }

    @Test
    void nothingIsPreparedWhenNoBatchWasStored() throws Exception {
        Recording annotator = new Recording(null);
        ModelWarmup warmup = new ModelWarmup(() -> annotator);
        assertTrue(warmup.finish(10_000));
        assertEquals(List.of(), annotator.prepared);
    }
}
