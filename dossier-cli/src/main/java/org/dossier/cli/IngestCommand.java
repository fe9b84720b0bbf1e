package org.dossier.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.FeedJoin;
import org.dossier.app.IngestReport;
import org.dossier.input.Inputs;
import org.dossier.input.SkippedRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier ingest PATH...}: adds pages to the store; new pages join existing stories; the search index beside
 * the store ({@code DIR/search-index}) takes the new articles, each batch as it is stored, while the ingest goes on
 * ({@link IndexAlongside}), anything left at the end.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Add pages to the store: .html, .htm, .txt, web archives (.warc, .arc), JSON lines of articles "
                + "(.jsonl), feeds (.rss, .atom, .xml), each also as .gz; files or folders (walked for all of them). "
                + "A feed item whose link is the URL of a page of the same ingest dates that page.")
final class IngestCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.") List<Path> paths;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Session s = Session.open(data.dir)) {
            SkippedRecords skipped = new SkippedRecords();
            FeedJoin feeds = new FeedJoin();
            IngestReport r;
            try (IndexAlongside index = IndexAlongside.start(s.workspace.store(), data.dir)) {
                r = s.workspace.ingest(Inputs.of(paths, skipped, feeds::add), feeds, ProgressBars.forIngest(paths), index);
            }
            IndexCommand.catchUp(s, data.dir, false, spec.commandLine().getErr());
            spec.commandLine().getOut().printf("%d added, %d already stored, %d failed; %d stories in %s%n",
                    r.added(), r.alreadyStored(), r.failures().size(), s.workspace.stories().size(), data.dir);
            Output.reportSkipped(skipped, spec.commandLine().getErr());
            Output.reportFeeds(r, spec.commandLine().getErr());
            return Output.reportFailures(r.failures(), spec.commandLine().getErr());
        }
    }
}
