package org.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier demo}: the report on the bundled example corpus, written in all three formats. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the report on the bundled example corpus (examples/corpus) and say where the result is.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "dossier-demo",
            description = "Folder for the report files (default: ${DEFAULT-VALUE}).") Path outDir;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path corpus = corpus();
        var out = spec.commandLine().getOut();
        out.println("Reading the example corpus in " + corpus + " (the first run loads the language models) ...");
        out.flush();
        Workspace.Report r = ReportCommand.run(List.of(corpus), ProgressBars.forTerminal());
        Files.createDirectories(outDir);
        for (Format f : Format.values()) {
            Output.write(f.renderer.render(r.dossiers()), outDir.resolve("dossier." + f.name()), out);
        }
        out.printf("%d pages, %d stories. Report: %s (also dossier.md, dossier.json)%n",
                r.ingest().added(), r.dossiers().size(), outDir.resolve("dossier.html").toAbsolutePath());
        out.flush();
        return Output.reportFailures(r.ingest().failures(), spec.commandLine().getErr());
    }

    /** The example corpus: beside the launcher (DOSSIER_HOME) or in the working folder. */
    static Path corpus() {
        String home = System.getProperty("dossier.home", System.getenv().getOrDefault("DOSSIER_HOME", "."));
        return Path.of(home, "examples", "corpus");
    }
}
