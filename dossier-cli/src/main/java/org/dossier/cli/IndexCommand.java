package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.port.StoreException;
import org.dossier.server.search.ArticleIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier index [--rebuild]}: brings the search index beside the store ({@code DIR/search-index}) up to date
 * with it, or with {@code --rebuild} makes it anew from every stored article. {@code ingest} and {@code serve}
 * catch it up themselves; this is for an index lost, damaged or made by another version.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Bring the search index (DIR/search-index) up to date with the store; --rebuild makes it anew.")
final class IndexCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Option(names = "--rebuild", description = "Make the index anew from every stored article.") boolean rebuild;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Session s = Session.open(data.dir)) {
            int n = catchUp(s, data.dir, rebuild, spec.commandLine().getErr());
            if (n < 0) {
                return DossierCli.SOME_FAILED;
            }
            spec.commandLine().getOut().printf("%d articles %s; the index in %s holds %d%n", n,
                    rebuild ? "indexed anew" : "added", ArticleIndex.in(data.dir), indexed(data.dir));
            return DossierCli.OK;
        }
    }

    /**
     * Catches the index beside {@code dataDir} up with the session's store (made anew with {@code rebuild}); returns
     * how many articles it added, or -1 after naming the failure on {@code err} in one line (the store is untouched).
     */
    static int catchUp(Session s, Path dataDir, boolean rebuild, PrintWriter err) throws StoreException {
        try (ArticleIndex index = ArticleIndex.open(ArticleIndex.in(dataDir))) {
            return rebuild ? index.rebuild(s.workspace.store()) : index.catchUp(s.workspace.store());
        } catch (IOException e) {
            err.println(ArticleIndex.in(dataDir) + ": search index not updated: " + e.getMessage()
                    + " (run dossier index --rebuild)");
            err.flush();
            return -1;
        }
    }

    private static int indexed(Path dataDir) throws IOException {
        try (ArticleIndex index = ArticleIndex.open(ArticleIndex.in(dataDir))) {
            return index.size();
        }
    }
}
