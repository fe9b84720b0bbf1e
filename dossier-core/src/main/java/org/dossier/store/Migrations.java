package org.dossier.store;

import java.util.List;
import org.dossier.port.StoreException;

/** The store's schema migrations in order; the schema version ({@code PRAGMA user_version}) is the number applied. */
final class Migrations {
    static final List<String> SCRIPTS = List.of("V1__init.sql", "V2__page_hints.sql", "V3__page_order_index.sql",
            "V4__story_summaries.sql");

    private Migrations() {}

    /** Brings the store's schema up to the newest version, one transaction per script. */
    static void apply(SqliteStore store) throws StoreException {
        for (int v = store.schemaVersion(); v < SCRIPTS.size(); v++) {
            store.migrate(SqliteStore.resource(SCRIPTS.get(v)), v + 1);
        }
    }
}
