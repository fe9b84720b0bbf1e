package org.dossier.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile search queries through {@link ArticleIndex#search} ({@link QueryReader}): each ends in a result or a
 * {@link BadQueryException} with a one-line reason, quickly; the bounds hold (length, nesting, words, expanding
 * words); a slash is text, not a regular expression.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileQueriesTest {
    @TempDir static Path dir;
    static ArticleIndex index;

    @BeforeAll
    static void indexTheArticles() throws Exception {
        index = SearchFixture.index(dir);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    static String refused(String query) {
        BadQueryException e = assertThrows(BadQueryException.class, () -> index.search(query, 10, id -> null),
                () -> "not refused: " + abbreviated(query));
        assertOneLine(e.getMessage());
        return e.getMessage();
    }

    static long found(String query) throws BadQueryException {
        return index.search(query, 10, id -> null).total();
    }

    static void assertOneLine(String reason) {
        assertTrue(reason != null && !reason.isBlank() && !reason.contains("\n") && reason.length() <= 300,
                "not a short one-line reason: " + reason);
    }

    static String abbreviated(String q) {
        return q.length() <= 60 ? q : q.substring(0, 50) + "\u2026 (" + q.length() + " chars)";
    }

    @Test
    void aQueryOf100KbIsRefusedByItsLength() {
        assertTrue(refused("bridge ".repeat(15_000)).contains("longer than 1,000 characters"));
        assertTrue(refused("\"" + "a ".repeat(50_000) + "\"").contains("longer than"));
    }

    @Test
    void bracketsNestedDeeperThanTheBoundAreRefusedNotAStackOverflow() throws Exception {
        assertTrue(refused("(".repeat(400) + "bridge" + ")".repeat(400)).contains("nests brackets"));
        assertTrue(refused("(".repeat(999)).contains("nests brackets"));
        int deep = QueryReader.MAX_DEPTH;
        assertEquals(1, found("(".repeat(deep) + "bridge" + ")".repeat(deep)));
        assertEquals(1, found("\"" + "(".repeat(100) + "bridge\""), "brackets inside a phrase do not nest");
    }

    @Test
    void aSlashIsReadAsTextNotAsARegularExpression() throws Exception {
        assertEquals(1, found("river/bridge"), "the two words, as in TCP/IP");
        assertEquals(1, found("/bridge/"));
        assertEquals(1, found("bridge/"));
        assertEquals(0, found("/.*/"), "not a regular expression matching everything");
        for (String q : List.of("/a{999999}/", "/[a-z]{1,100}{1,100}/", "/(a|aa)*b/", "/[/")) {
            try {
                found(q);
            } catch (BadQueryException e) {
                assertOneLine(e.getMessage());
            }
        }
    }

    @Test
    void moreWordsThanTheBoundAreRefused() throws Exception {
        assertTrue(refused("bridge ".repeat(101)).contains("too many words"), "101 words in three fields each");
        assertTrue(refused("\"" + "river ".repeat(120) + "\"").contains("too many words"), "a phrase counts its words");
        assertEquals(1, found("bridge ".repeat(100)));
    }

    @Test
    void moreFuzzyOrWildcardWordsThanTheBoundAreRefused() throws Exception {
        assertTrue(refused("bridge~2 ".repeat(6)).contains("wildcard, fuzzy or range"));
        assertTrue(refused("bri* ".repeat(6)).contains("wildcard, fuzzy or range"));
        assertEquals(1, found("bridge~2 ".repeat(5)));
        assertEquals(1, found("bri* rep*"));
    }

    @Test
    void wildcardsTooComplexForTheAutomatonAreABadQuery() {
        assertOneLine(refused("b*a*".repeat(120)));
    }

    @Test
    void theParsersReasonDoesNotEchoTheQuery() {
        String q = "\"unclosed " + "x".repeat(500);
        String reason = refused(q);
        assertFalse(reason.contains("x".repeat(100)), reason);
        assertTrue(reason.startsWith("cannot read the query: "), reason);
    }

    @Test
    void aLongQuotedStretchInTheParsersReasonIsCutWithoutOverflowingASmallStack() throws Exception {
        // Found by the long query fuzz run: the regular expression that cut it recursed once per character.
        String stretch = "ab\\\"c".repeat(2_000);
        String[] cut = new String[1];
        Thread t = new Thread(null, () -> cut[0] = QueryReader.shortQuotes("Encountered \"" + stretch + "\" at 1"),
                "small-stack", 64 * 1024);
        t.start();
        t.join();
        assertEquals("Encountered \"" + "ab\\\"c".repeat(7) + "ab\u2026\" at 1", cut[0]);
        assertEquals("\"short\" and \"unclosed", QueryReader.shortQuotes("\"short\" and \"unclosed"));
    }

    @Test
    void aPhraseInAnExactValueFieldSearchesThatValueInsteadOfFailing() throws BadQueryException {
        // Found by the long query fuzz run: Lucene cannot run a phrase in a field indexed without positions.
        assertEquals(0, found("id:\"rive12sal bridge\""));
        assertEquals(0, found("story:\"s1 s2\"~3 AND bridge"));
        assertEquals(0, found("language:\"en fr\""));
        assertEquals(1, found("id:\"a1\""));
        assertEquals(1, found("language:\"de\" AND Brücke"));
    }

    @Test
    void everyHostileQueryEndsInAResultOrAOneLineReasonWithinSeconds() {
        List<String> hostile = List.of("\"unclosed", "a\"b\"c\"", "*", "?", "*:*", "*dge", "bridge~", "bridge~-1",
                "bridge~99999999999999999999", "\"river bridge\"~99999999999", "bridge^99999999999999999999",
                "bridge^-1", "[a TO z]", "{* TO *}", "title:", ":", "\\", "bridge AND", "NOT", "&& || !", "+-+-",
                "\u0000", "\uD800", "\uD83D\uDE00", "a:b:c", "title:(", "~", "^", "\"\"", "x^", "bridge~2.5",
                "\"river bridge\"~-5", "*?*?*?*?", "b?????????????????????????????????????????????????????????",
                "b" + "*a".repeat(200), "bri" + "?".repeat(300), "-a ".repeat(300), "id:a1", "story:s1", "language:",
                "\u202Ebridge", "br\u00ADidge", "Brücke", "négociations", "()", ")(", "((", "\"(\"", "title:\"\"",
                "[bridge TO", "{a TO b]", "a~0.5~2", "\\\\\\", "\\\"", "a\\");
        for (String q : hostile) {
            long start = System.nanoTime();
            try {
                found(q);
            } catch (BadQueryException e) {
                assertOneLine(e.getMessage());
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 15_000, abbreviated(q) + " took " + ms + " ms");
        }
    }
}
