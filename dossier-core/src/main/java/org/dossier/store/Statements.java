package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prepared statements of one connection, each prepared on first use and reused, so a batch of thousands of
 * rows does not compile the same SQL thousands of times. At most {@link #KEPT} are kept (the least recently used
 * is closed first: the list's filters make a few dozen shapes of SQL). Not thread-safe: used under
 * {@link SqliteStore}'s lock.
 */
final class Statements implements AutoCloseable {
    static final int KEPT = 64;
    private final Connection db;
    private final LinkedHashMap<String, PreparedStatement> kept = new LinkedHashMap<>(16, 0.75f, true);

    Statements(Connection db) {
        this.db = db;
    }

    /** The statement of this SQL, its parameters as the last use left them (bind them all). */
    PreparedStatement of(String sql) throws SQLException {
        PreparedStatement ps = kept.get(sql);
        if (ps == null) {
            ps = db.prepareStatement(sql);
            kept.put(sql, ps);
            if (kept.size() > KEPT) {
                Iterator<Map.Entry<String, PreparedStatement>> eldest = kept.entrySet().iterator();
                PreparedStatement old = eldest.next().getValue();
                eldest.remove();
                old.close();
            }
        }
        return ps;
    }

    /** Closes every statement kept. */
    @Override
    public void close() {
        for (PreparedStatement ps : kept.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // the connection closes next; nothing more to do with a statement that will not close
            }
        }
        kept.clear();
    }
}
