package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.input.SkippedRecords;
import org.dossier.model.InputFailure;
import org.dossier.model.StoryDossier;

/** Where command output goes: a file given with -o, or standard output; input failures one line each on stderr. */
final class Output {
    private Output() {}

    static void write(String text, Path file, PrintWriter out) throws IOException {
        if (file == null) {
            out.print(text);
            out.flush();
        } else {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    /** What archives passed over on purpose (not failures: the exit code does not change), one line per file. */
    static void reportSkipped(SkippedRecords skipped, PrintWriter err) {
        for (String line : skipped.lines()) {
            err.println("dossier: " + line);
        }
        err.flush();
    }

    /** How many pages feed items dated, and the summary-only feed items that matched no page, on stderr. */
    static void reportFeeds(org.dossier.app.IngestReport r, PrintWriter err) {
        if (r.enrichedByFeeds() > 0) {
            err.println("dossier: " + r.enrichedByFeeds() + (r.enrichedByFeeds() == 1 ? " page" : " pages")
                    + " enriched by feed items linking to them");
        }
        if (!r.feedItemsWithoutPage().isEmpty()) {
            err.println("dossier: " + r.feedItemsWithoutPage().size() + " feed items with a summary only and no page in the input:");
            r.feedItemsWithoutPage().forEach(line -> err.println("  " + line));
        }
    }

    /**
     * The articles a dossier lists as not analysed (their annotation cut off by its budget or failed, or their
     * story's analysis failed), one line each on stderr: {@link DossierCli#SOME_FAILED} when there is one.
     * Articles analysed without a model of their language ("not analysed fully") are not failures.
     */
    static int reportUnanalysed(List<StoryDossier> dossiers, PrintWriter err) {
        int n = 0;
        for (StoryDossier d : dossiers) {
            for (StoryDossier.ArticleRef a : d.articles()) {
                if (a.analysis() != null && a.analysis().startsWith(NOT_ANALYSED)) {
                    err.println("dossier: story " + d.id() + ": " + (a.source() == null ? a.id() : a.source())
                            + ": " + a.analysis());
                    n++;
                }
            }
        }
        err.flush();
        return n == 0 ? DossierCli.OK : DossierCli.SOME_FAILED;
    }

    private static final String NOT_ANALYSED = "not analysed: ";

    static int reportFailures(List<InputFailure> failures, PrintWriter err) {
        for (InputFailure f : failures) {
            err.println("dossier: " + f.source() + ": " + f.reason());
        }
        err.flush();
        return failures.isEmpty() ? DossierCli.OK : DossierCli.SOME_FAILED;
    }
}
