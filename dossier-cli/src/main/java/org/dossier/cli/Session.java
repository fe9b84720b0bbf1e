package org.dossier.cli;

import java.nio.file.Path;
import org.dossier.app.Workspace;
import org.dossier.chain.Composition;
import org.dossier.port.StoreException;
import org.dossier.store.SqliteStore;

/** An open store with the use cases over it, for the duration of one command. */
final class Session implements AutoCloseable {
    final Workspace workspace;
    private final SqliteStore store;

    private Session(SqliteStore store) {
        this.store = store;
        this.workspace = new Workspace(store, Composition.standard());
    }

    static Session open(Path dataDir) throws StoreException {
        return new Session(SqliteStore.open(dataDir));
    }

    @Override
    public void close() {
        store.close();
    }
}
