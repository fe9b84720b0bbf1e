package org.dossier.server;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestCase;
import io.javalin.testtools.TestConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dossier.app.Progress;
import org.dossier.app.Workspace;
import org.dossier.chain.Composition;
import org.dossier.input.FilePageInput;
import org.dossier.port.StoreException;
import org.dossier.store.SqliteStore;

/**
 * A store filled at run time by ingesting some folders, and the server over it: {@link #serve} starts a fresh app
 * on 127.0.0.1 (a free port) for one test, sharing this store's {@link Catalogue}, so a dossier made by one test
 * is not made again by the next. The client's connections time out after a few seconds.
 */
final class ServedStore implements AutoCloseable {
    static final Path EXAMPLES = Path.of(System.getProperty("dossier.root", ".")).resolve("examples/corpus");
    private static final TestConfig CLIENT = new TestConfig(true, true,
            java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());

    final SqliteStore store;
    final Workspace workspace;
    final Catalogue catalogue;

    private ServedStore(SqliteStore store) {
        this.store = store;
        this.workspace = new Workspace(store, Composition.standard());
        this.catalogue = new Catalogue(workspace);
    }

    /** A store in {@code dir} holding the pages of {@code inputs}. */
    static ServedStore ingesting(Path dir, Path... inputs) throws StoreException {
        ServedStore s = new ServedStore(SqliteStore.open(dir));
        s.workspace.ingest(new FilePageInput(List.of(inputs)), Progress.NONE);
        return s;
    }

    void serve(TestCase test) {
        JavalinTest.test(DossierServer.create(catalogue, "127.0.0.1"), CLIENT, test);
    }

    /** The body of a GET that must answer 200. */
    static String ok(HttpClient client, String path) {
        var r = client.get(path);
        if (r.code() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.code() + ": " + r.body().string());
        }
        return r.body().string();
    }

    @Override
    public void close() {
        store.close();
    }
}
