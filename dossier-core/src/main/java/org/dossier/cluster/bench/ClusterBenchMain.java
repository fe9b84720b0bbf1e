package org.dossier.cluster.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.cluster.JsonlClustering;

/** Clusters a JSON Lines file and writes {@code id<TAB>story}: {@code ClusterBenchMain INPUT.jsonl OUTPUT.tsv}. */
public final class ClusterBenchMain {
    private ClusterBenchMain() {}

    public static void main(String[] args) throws IOException {
        try (var in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             var out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            JsonlClustering.run(in, out);
        }
    }
}
