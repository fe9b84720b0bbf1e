package org.dossier.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.app.IngestReport;
import org.dossier.input.Inputs;
import org.dossier.input.SkippedRecords;
import org.dossier.model.InputFailure;
import org.dossier.model.Json;

/**
 * Ingest from the browser: {@code POST /api/ingest} takes a multipart form whose file parts are read as
 * {@code dossier ingest} reads files (pages, {@code .txt}, web archives, feeds, JSON lines, each also gzipped), and
 * answers {@code {added, already_stored, files, refused: [{source, reason}], skipped: [line], stories}} with each
 * refusal named by the file's own name; {@code GET /upload} is the page (progress and refusals shown by the
 * server's script). Uploads are saved under {@link UploadNames} in a temporary folder deleted afterwards. A body
 * over {@link Limits#maxUploadBytes} or more than {@link Limits#maxUploadFiles} files is a 413; a form posted from
 * another site's page (its {@code Origin} or {@code Sec-Fetch-Site} says so) is a 403.
 */
final class IngestRoutes {
    /** How much one upload may bring. */
    record Limits(long maxUploadBytes, int maxUploadFiles) {
        static final Limits DEFAULT = new Limits(256L << 20, 2_000);
    }

    private final Catalogue catalogue;
    private final Limits limits;

    IngestRoutes(Catalogue catalogue, Limits limits) {
        this.catalogue = catalogue;
        this.limits = limits;
    }

    void addTo(RoutesConfig routes) {
        routes.post("/api/ingest", this::ingest);
        routes.get("/upload", ctx -> ctx.html(UploadPage.render(limits)));
    }

    private void ingest(Context ctx) throws Exception {
        refuseOtherSites(ctx);
        long declared = ctx.contentLength();
        if (declared > limits.maxUploadBytes()) {
            throw Problem.tooLarge(limits.maxUploadBytes());
        }
        if (!ctx.isMultipartFormData()) {
            throw Problem.badRequest("send the files as multipart/form-data (a form with <input type=file>)");
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles();
        } catch (RuntimeException e) {
            throw tooLargeOrBad(e);
        }
        if (files.isEmpty()) {
            throw Problem.badRequest("no file in the form");
        }
        if (files.size() > limits.maxUploadFiles()) {
            throw new Problem(413, "at most " + limits.maxUploadFiles() + " files in one upload");
        }
        Path folder = Files.createTempDirectory("dossier-upload-");
        try {
            Map<String, String> shown = new LinkedHashMap<>();
            List<Path> paths = new ArrayList<>();
            long total = 0;
            for (int i = 0; i < files.size(); i++) {
                UploadedFile f = files.get(i);
                Path target = folder.resolve(UploadNames.safe(i + 1, f.filename())).normalize();
                if (!target.getParent().equals(folder)) {
                    throw Problem.badRequest("bad file name: " + UploadNames.shown(f.filename()));
                }
                try (InputStream in = f.content()) {
                    total += Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (total > limits.maxUploadBytes()) {
                    throw Problem.tooLarge(limits.maxUploadBytes());
                }
                shown.put(target.toString(), UploadNames.shown(f.filename()));
                paths.add(target);
            }
            SkippedRecords skipped = new SkippedRecords();
            IngestReport r = catalogue.ingest(Inputs.of(paths, skipped));
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("added", r.added());
            doc.put("already_stored", r.alreadyStored());
            doc.put("files", List.copyOf(shown.values()));
            List<Map<String, String>> refused = new ArrayList<>();
            for (InputFailure failure : r.failures()) {
                refused.add(Map.of("source", rename(failure.source(), shown), "reason", rename(failure.reason(), shown)));
            }
            doc.put("refused", refused);
            doc.put("skipped", skipped.lines().stream().map(l -> rename(l, shown)).toList());
            doc.put("stories", catalogue.storyCount());
            ApiRoutes.json(ctx, Json.write(doc));
        } finally {
            delete(folder);
        }
    }

    /** A form posted by another site's page: browsers say so in {@code Origin} and {@code Sec-Fetch-Site}. */
    private static void refuseOtherSites(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        boolean crossSite = site != null && !site.equals("same-origin") && !site.equals("none");
        boolean otherOrigin = origin != null && host != null && !origin.equals("http://" + host) && !origin.equals("https://" + host);
        if (crossSite || otherOrigin) {
            throw new Problem(403, "uploads are taken from this server's own page only");
        }
    }

    private Problem tooLargeOrBad(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("exceed") || m.contains("too large") || m.contains("max")) {
                return Problem.tooLarge(limits.maxUploadBytes());
            }
        }
        return Problem.badRequest("cannot read the form: " + e.getClass().getSimpleName());
    }

    /** A message with each saved file's path replaced by the name the client gave it. */
    private static String rename(String text, Map<String, String> shown) {
        String out = text;
        for (Map.Entry<String, String> e : shown.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
