package org.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.dossier.port.StoreException;

/**
 * The store's schema migrations in order and their runner: the schema version ({@code PRAGMA user_version}) is the
 * number applied; each script (a resource {@code V<n>__*.sql} beside this class) runs in one transaction with the
 * version it sets. Used by {@link SqliteStore#open} only.
 */
final class Migrations {
    static final List<String> SCRIPTS = List.of("V1__init.sql", "V2__page_hints.sql", "V3__page_order_index.sql",
            "V4__story_summaries.sql");

    private Migrations() {}

    /** Brings the schema of {@code store} (whose connection is {@code db}) up to the newest version. */
    static void apply(SqliteStore store, Connection db) throws StoreException {
        for (int v = store.schemaVersion(); v < SCRIPTS.size(); v++) {
            migrate(store, db, resource(SCRIPTS.get(v)), v + 1);
        }
    }

    /** Runs one migration script and sets the schema version, in one transaction. */
    private static void migrate(SqliteStore store, Connection db, String script, int version) throws StoreException {
        store.inTransaction(() -> {
            try (Statement s = db.createStatement()) {
                for (String stmt : script.split(";\\s*\n")) {
                    String body = stmt.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
                    if (!body.isBlank()) {
                        s.execute(body);
                    }
                }
                s.execute("PRAGMA user_version = " + version);
            }
            return null;
        });
    }

    private static String resource(String name) throws StoreException {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new StoreException("missing migration " + name, null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + name, e);
        }
    }
}
