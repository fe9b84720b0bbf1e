package org.dossier.server.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Fuzz target for the search query parser ({@link QueryReader} through {@link ArticleIndex#search}): any string
 * ends in a result or a {@link BadQueryException} with a one-line reason, never another exception or error.
 * Under {@code mvn verify} Jazzer runs {@link #searchQuery} on its seed inputs ({@code QueryFuzzTestInputs}) and
 * {@link #randomQueriesOfTheSyntaxNeverEscape} runs {@value #RANDOM} seeded random queries made of the syntax's
 * pieces; {@code bench/fuzz.sh ... query} fuzzes it for long ({@link QueryFuzzMain}).
 */
class QueryFuzzTest {
    static final int RANDOM = 3_000;
    private static ArticleIndex index;

    static synchronized ArticleIndex index() {
        if (index == null) {
            try {
                index = SearchFixture.index(Files.createTempDirectory("dossier-query-fuzz"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }

    @FuzzTest(maxDuration = "5s")
    void searchQuery(byte[] data) {
        search(new String(data, StandardCharsets.UTF_8));
    }

    static void search(String query) {
        try {
            index().search(query, 10, id -> null);
        } catch (BadQueryException e) {
            String reason = e.getMessage();
            assertTrue(reason != null && !reason.isBlank() && !reason.contains("\n") && reason.length() <= 300,
                    "not a short one-line reason: " + reason);
        }
    }

    /** The pieces of the classic query syntax, and words of the fixture's articles. */
    static final List<String> PIECES = List.of("(", ")", "\"", "*", "?", "~", "~2", "~0.5", "^", "^3", ":", "title:",
            "text:", "outlet:", "id:", "AND", "OR", "NOT", "&&", "||", "!", "+", "-", "[", "]", "{", "}", " TO ", "/",
            "\\", " ", " ", " ", "bridge", "bri", "river", "Brücke", "négociations", "a", "1", "99999999999999999999",
            "\u0000", "\uD800", "\uD83D\uDE00", "é", "\t");

    /** A random query of up to 40 pieces. */
    static String randomQuery(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(40);
        for (int i = 0; i < n; i++) {
            b.append(PIECES.get(r.nextInt(PIECES.size())));
        }
        return b.toString();
    }

    @Test
    void randomQueriesOfTheSyntaxNeverEscape() {
        Random r = new Random(15);
        for (int i = 0; i < RANDOM; i++) {
            search(randomQuery(r));
        }
    }
}
