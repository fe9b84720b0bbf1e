package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.app.Progress;
import org.dossier.app.FeedJoin;
import org.dossier.app.Workspace;
import org.dossier.input.Inputs;
import org.dossier.input.SkippedRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier report PATH...}: one shot — a temporary store, every story's dossier out. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Read pages into a temporary store and write the dossiers of all their stories.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Pages, web archives (.warc, .arc), JSON lines (.jsonl), each also .gz; or folders of them.") List<Path> paths;
    @Option(names = "--format", defaultValue = "md", description = "md, html or json (default: ${DEFAULT-VALUE}).") Format format;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.") Path output;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SkippedRecords skipped = new SkippedRecords();
        Workspace.Report r = run(paths, skipped, ProgressBars.forTerminal());
        Output.write(format.renderer.render(r.dossiers()), output, spec.commandLine().getOut());
        Output.reportSkipped(skipped, spec.commandLine().getErr());
        Output.reportFeeds(r.ingest(), spec.commandLine().getErr());
        int unanalysed = Output.reportUnanalysed(r.dossiers(), spec.commandLine().getErr());
        return Math.max(Output.reportFailures(r.ingest().failures(), spec.commandLine().getErr()), unanalysed);
    }

    /** Ingests {@code paths} into a temporary store and returns every story's dossier. */
    static Workspace.Report run(List<Path> paths, Progress progress) throws Exception {
        return run(paths, new SkippedRecords(), progress);
    }

    /** As {@link #run(List, Progress)}, counting the archive records passed over into {@code skipped}. */
    static Workspace.Report run(List<Path> paths, SkippedRecords skipped, Progress progress) throws Exception {
        Path tmp = Files.createTempDirectory("dossier-report");
        try (Session s = Session.open(tmp)) {
            FeedJoin feeds = new FeedJoin();
            return s.workspace.report(Inputs.of(paths, skipped, feeds::add), feeds, progress);
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
