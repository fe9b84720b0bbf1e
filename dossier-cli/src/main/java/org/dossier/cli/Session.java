package org.dossier.cli;

import java.nio.file.Path;
import org.dossier.pipeline.Pipeline;
import org.dossier.pipeline.StandardStages;
import org.dossier.store.Store;
import org.dossier.store.StoreException;

/** An open store with the standard pipeline over it, for the duration of one command. */
final class Session implements AutoCloseable {
    final Store store;
    final Pipeline pipeline;

    private Session(Store store) {
        this.store = store;
        this.pipeline = new Pipeline(StandardStages.create(), store);
    }

    static Session open(Path dataDir) throws StoreException {
        return new Session(Store.open(dataDir));
    }

    @Override
    public void close() {
        store.close();
    }
}
