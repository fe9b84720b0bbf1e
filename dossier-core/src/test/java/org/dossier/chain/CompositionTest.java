package org.dossier.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;

/** The one composition can be shipped to another JVM (serialised) and builds the same chains there. */
class CompositionTest {
    private static final String PAGE = "<html><head><title>Harbour reopens</title></head><body><article>"
            + "<p>The harbour of Kellbrook reopened on Monday after three weeks of repairs to the sea wall, the port authority said.</p>"
            + "<p>Fishing boats returned to the inner basin in the afternoon, and the ferry to the islands will run again from Wednesday.</p>"
            + "</article></body></html>";

    @Test
    void aSerialisedCompositionExtractsTheSameArticleAsTheOriginal() throws Exception {
        Composition original = Composition.standard(Clock.fixed(Instant.parse("2024-05-01T00:00:00Z"), ZoneOffset.UTC));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        Composition copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Composition) in.readObject();
        }
        RawPage page = new RawPage("p1", "harbour.html", RawPage.Kind.HTML, PAGE);
        List<InputFailure> failures = new ArrayList<>();
        Optional<ProcessedArticle> a = original.articleChain().process(page, failures::add);
        Optional<ProcessedArticle> b = copy.articleChain().process(page, failures::add);
        assertTrue(failures.isEmpty(), failures.toString());
        assertEquals(a.orElseThrow().article(), b.orElseThrow().article());
        assertTrue(b.get().article().text().contains("sea wall"));
        assertEquals(null, b.get().page().content(), "the article holds the text; the page keeps provenance only");
    }

    @Test
    void aPageTheExtractorCannotReadIsReportedNotThrown() {
        List<InputFailure> failures = new ArrayList<>();
        Optional<ProcessedArticle> a = Composition.standard().articleChain()
                .process(new RawPage("p2", "empty.html", RawPage.Kind.HTML, "<html><body></body></html>"), failures::add);
        assertTrue(a.isEmpty());
        assertEquals(1, failures.size());
        assertEquals("empty.html", failures.get(0).source());
    }
}
