package org.dossier.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dossier.server.Catalogue;
import org.dossier.server.DossierServer;
import org.dossier.server.search.ArticleIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier serve}: the web pages and HTTP API over the store, until the process is stopped (Ctrl-C). Binds to
 * 127.0.0.1 unless {@code --host} says otherwise; the NLP models load on the first dossier asked for. The search
 * index in {@code DIR/search-index} is caught up with the store (made when missing) before serving, and again
 * whenever the store grows.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the stories as web pages and a JSON/CSV API (http://HOST:PORT/, /api/stories).")
final class ServeCommand implements Callable<Integer> {
    /** The search index's folder, beside the store's file. */
    static final String SEARCH_INDEX = ArticleIndex.FOLDER;

    @Mixin DataOption data;
    @Option(names = "--host", defaultValue = DossierServer.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).") String host;
    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}).") int port;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 1 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be from 1 to 65535");
        }
        Session s = Session.open(data.dir);
        Catalogue catalogue = new Catalogue(s.workspace, data.dir.resolve(SEARCH_INDEX));
        Javalin app;
        try {
            catalogue.index();
            app = DossierServer.start(catalogue, host, port);
        } catch (RuntimeException e) {
            catalogue.close();
            s.close();
            throw new IllegalStateException("cannot serve on " + host + ":" + port + ": "
                    + (e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            try {
                catalogue.close();
            } catch (java.io.IOException ignored) {
                // the index is only read while serving; nothing is lost
            }
            s.close();
            stopped.countDown();
        }, "dossier-serve-stop"));
        var out = spec.commandLine().getOut();
        int stories = s.workspace.stories().size();
        out.printf("Serving %d stories from %s on http://%s:%d/ (Ctrl-C stops)%n", stories, data.dir,
                host.contains(":") ? "[" + host + "]" : host, app.port());
        out.printf("Search index: %d articles in %s%n", catalogue.index().size(), data.dir.resolve(SEARCH_INDEX));
        if (stories == 0) {
            out.println("The store is empty: add pages with ./dossier ingest --data " + data.dir
                    + " PATH, or run ./dossier demo and serve its store with --data dossier-demo/data");
        }
        out.flush();
        stopped.await();
        return DossierCli.OK;
    }
}
