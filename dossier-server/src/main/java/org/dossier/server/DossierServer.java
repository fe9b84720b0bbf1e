package org.dossier.server;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import org.dossier.app.Workspace;

/**
 * The web front end: a Javalin app serving the HTTP API ({@link ApiRoutes}), the pages ({@link PageRoutes}) and the
 * search ({@link SearchRoutes})
 * over one {@link Catalogue}, with the stylesheet and script from the jar under {@code /assets}. Quiet (no
 * banner; logging goes to slf4j, which the command line binds to nothing), every page under a content security
 * policy that allows no script but the server's own. Use {@link #create} in tests (javalin-testtools starts it on
 * a free port) and {@link #start} from the command line.
 */
public final class DossierServer {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** Set on a request whose error answer is written, so the 404 fallback leaves it alone. */
    private static final String ANSWERED = "dossier.answered";

    private DossierServer() {}

    /** The app over a workspace, bound (when started) to {@code host}; not started. */
    public static Javalin create(Workspace workspace, String host) {
        return create(new Catalogue(workspace), host);
    }

    /** The app over a catalogue (tests share one, and its dossiers, between apps), bound to {@code host}; not started. */
    public static Javalin create(Catalogue catalogue, String host) {
        return create(catalogue, host, IngestRoutes.Limits.DEFAULT);
    }

    /** As {@link #create(Catalogue, String)}, taking uploads within {@code limits}. */
    static Javalin create(Catalogue catalogue, String host, IngestRoutes.Limits limits) {
        ApiRoutes api = new ApiRoutes(catalogue);
        IngestRoutes ingest = new IngestRoutes(catalogue, limits);
        PageRoutes pages = new PageRoutes(catalogue);
        SearchRoutes search = new SearchRoutes(catalogue);
        return Javalin.create(config -> {
            config.jetty.host = host;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.jetty.multipartConfig.maxTotalRequestSize(limits.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(limits.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/org/dossier/server/assets";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(ctx -> ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer"));
            api.addTo(config.routes);
            pages.addTo(config.routes);
            search.addTo(config.routes);
            ingest.addTo(config.routes);
            config.routes.exception(Problem.class, (e, ctx) -> answer(ctx, e.status, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> answer(ctx, 500,
                    "the server failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            config.routes.error(404, ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                    answer(ctx, 404, "nothing at " + ctx.path());
                }
            });
        });
    }

    /** Starts the app over a workspace on {@code host:port} (port 0: a free one) and returns it running. */
    public static Javalin start(Workspace workspace, String host, int port) {
        return create(workspace, host).start(port);
    }

    /** Starts the app over a catalogue on {@code host:port} (port 0: a free one) and returns it running. */
    public static Javalin start(Catalogue catalogue, String host, int port) {
        return create(catalogue, host).start(port);
    }

    /** An error as JSON under {@code /api}, as a page elsewhere. */
    private static void answer(Context ctx, int status, String message) {
        ctx.attribute(ANSWERED, true);
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
            ApiRoutes.json(ctx, ApiRoutes.error(status, message));
        } else {
            ctx.html(Html.errorPage(status, message));
        }
    }
}
