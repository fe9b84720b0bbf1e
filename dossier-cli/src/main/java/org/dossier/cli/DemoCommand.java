package org.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.Workspace;
import org.dossier.input.Inputs;
import org.dossier.input.SkippedRecords;
import org.dossier.server.DossierServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier demo}: the bundled example corpus into a store kept in {@code DIR/data}, the report on it written
 * in all three formats to {@code DIR}, and the command that serves the store to a browser. Run again, it finds the
 * pages already stored and writes the same report.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Read the bundled example corpus (examples/corpus) into a store in DIR/data, write its report to DIR "
                + "and say how to browse it.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "dossier-demo",
            description = "Folder for the report files and the store (default: ${DEFAULT-VALUE}).") Path outDir;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path corpus = corpus();
        Path data = outDir.resolve("data");
        var out = spec.commandLine().getOut();
        out.println("Reading the example corpus in " + corpus + " (the first run loads the language models) ...");
        out.flush();
        SkippedRecords skipped = new SkippedRecords();
        Workspace.Report r;
        try (Session s = Session.open(data)) {
            r = s.workspace.report(Inputs.of(List.of(corpus), skipped), ProgressBars.forTerminal());
        }
        Files.createDirectories(outDir);
        for (Format f : Format.values()) {
            Output.write(f.renderer.render(r.dossiers()), outDir.resolve("dossier." + f.name()), out);
        }
        out.printf("%d pages (%d new), %d stories. Report: %s (also dossier.md, dossier.json)%n",
                r.ingest().added() + r.ingest().alreadyStored(), r.ingest().added(), r.dossiers().size(),
                outDir.resolve("dossier.html").toAbsolutePath());
        out.printf("Browse it: ./dossier serve --data %s   then open http://%s:%d/%n", data, DossierServer.DEFAULT_HOST,
                DossierServer.DEFAULT_PORT);
        out.flush();
        Output.reportSkipped(skipped, spec.commandLine().getErr());
        return Output.reportFailures(r.ingest().failures(), spec.commandLine().getErr());
    }

    /** The example corpus: beside the launcher (DOSSIER_HOME) or in the working folder. */
    static Path corpus() {
        String home = System.getProperty("dossier.home", System.getenv().getOrDefault("DOSSIER_HOME", "."));
        return Path.of(home, "examples", "corpus");
    }
}
