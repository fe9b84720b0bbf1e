package org.dossier.cli;

import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.cluster.JsonlClustering;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier cluster INPUT.jsonl}: story ids for pre-extracted articles, as the clustering benchmark reads them. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Cluster articles given as JSON lines {id, title, text, date, lang}; print id<TAB>story.")
final class ClusterCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT.jsonl") Path input;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Reader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            JsonlClustering.run(in, out);
        }
        out.flush();
        return DossierCli.OK;
    }
}
