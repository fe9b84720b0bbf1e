package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.dossier.port.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages keep their ingest order however transactions and connections interleave (the seq of each transaction). */
class IngestOrderTest {
    @TempDir Path dir;

    private static void put(SqliteStore s, String... ids) throws Exception {
        s.inTransaction(() -> {
            for (String id : ids) {
                s.putArticle(StoreTest.page(id), StoreTest.article(id, "Body " + id + "."));
            }
            return null;
        });
    }

    private static List<String> order(SqliteStore s) throws Exception {
        return s.articlesAfter(0, 100).stream().map(a -> a.article().id()).toList();
    }

    @Test
    void pagesOfManyTransactionsFollowEachOther() throws Exception {
        try (SqliteStore s = SqliteStore.open(dir)) {
            put(s, "a1", "a2", "a3");
            put(s, "b1");
            s.putArticle(StoreTest.page("c1"), StoreTest.article("c1", "Body c1.")); // a transaction of its own
            put(s, "d1", "d2");
            assertEquals(List.of("a1", "a2", "a3", "b1", "c1", "d1", "d2"), order(s));
            assertEquals(7, s.lastSeq());
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), s.articlesAfter(0, 100).stream().map(StoredArticle::seq).toList());
        }
    }

    @Test
    void anotherConnectionsPagesBetweenTransactionsAreCountedOn() throws Exception {
        try (SqliteStore one = SqliteStore.open(dir); SqliteStore two = SqliteStore.open(dir)) {
            put(one, "a1", "a2");
            put(two, "b1");
            put(one, "c1", "c2");
            put(two, "d1");
            assertEquals(List.of("a1", "a2", "b1", "c1", "c2", "d1"), order(one));
            assertEquals(6, two.lastSeq());
        }
    }

    @Test
    void aFailedTransactionLeavesNoGapAndTheNextCountsOnFromTheStore() throws Exception {
        try (SqliteStore s = SqliteStore.open(dir)) {
            put(s, "a1");
            try {
                put(s, "b1", "a1"); // a1 again: the primary key refuses it, the whole transaction goes
            } catch (org.dossier.port.StoreException expected) {
                // the store is as it was
            }
            put(s, "c1");
            assertEquals(List.of("a1", "c1"), order(s));
            assertEquals(2, s.lastSeq());
        }
    }
}
