package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.input.SkippedRecords;
import org.dossier.model.InputFailure;

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

    static int reportFailures(List<InputFailure> failures, PrintWriter err) {
        for (InputFailure f : failures) {
            err.println("dossier: " + f.source() + ": " + f.reason());
        }
        err.flush();
        return failures.isEmpty() ? DossierCli.OK : DossierCli.SOME_FAILED;
    }
}
