package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.app.ParallelArticles;
import org.dossier.chain.ArticleChain;
import org.dossier.chain.Composition;
import org.dossier.input.Inputs;
import org.dossier.input.SkippedRecords;
import org.dossier.model.Article;
import org.dossier.model.Credit;
import org.dossier.model.InputFailure;
import org.dossier.model.Json;
import org.dossier.parallel.InOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier extract PATH...}: clean articles from pages (the article chain, on every core, printed in input
 * order), without the store or any NLP model. It reads what {@code ingest} reads, through the same {@link Inputs}:
 * page files and folders, web archives, JSON lines and feeds (an item with its full content is an article; archive
 * records and feed items passed over are counted on stderr).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the clean article of each page (no store, no NLP models): .html, .htm, .txt, web "
                + "archives (.warc, .arc), JSON lines (.jsonl), feeds (.rss, .atom, .xml), each also as .gz; files or folders.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.") List<Path> files;
    @Option(names = "--json", description = "One JSON object per line.") boolean json;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<InputFailure> failures = new ArrayList<>();
        SkippedRecords skipped = new SkippedRecords();
        ArticleChain chain = Composition.standard().articleChain();
        int workers = InOrder.cores();
        // pages read on every core (FilePageInput), extracted and written as text on every core, printed in order
        try (InOrder<Shown> extract = new InOrder<>("dossier-extract", workers, ParallelArticles.WINDOW * workers, r -> {
            if (r.text() != null) {
                out.print(r.text());
            }
            r.failures().forEach(failures::add);
        })) {
            Inputs.forShowing(files, skipped).read(page -> extract.submit(() -> { // no id shown: no hashing
                List<InputFailure> f = new ArrayList<>(0);
                String text = chain.article(page, f::add).map(a -> show(page.source(), a)).orElse(null);
                return new Shown(text, f);
            }), f -> extract.submit(() -> new Shown(null, List.of(f)))); // in page order with the rest
            extract.finish();
        }
        out.flush();
        Output.reportSkipped(skipped, spec.commandLine().getErr());
        return Output.reportFailures(failures, spec.commandLine().getErr());
    }

    /** What one page prints, or why it prints nothing. */
    private record Shown(String text, List<InputFailure> failures) {}

    private String show(String source, Article a) {
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("source", source);
            o.put("url", a.url());
            o.put("title", a.title());
            o.put("published", a.published());
            o.put("byline", a.byline());
            o.put("outlet", a.outlet());
            o.put("language", a.language());
            o.put("credits", a.credits().stream().map(Credit::name).toList());
            o.put("machine_translation", Math.round(a.translationScore() * 100) / 100.0);
            o.put("text", a.text());
            return Json.write(o) + System.lineSeparator();
        } else {
            return String.format("== %s%nurl: %s%ntitle: %s%npublished: %s%nbyline: %s%noutlet: %s%nlanguage: %s%ncredits: %s%n%n%s%n%n",
                    source, a.url(), a.title(), a.published(), a.byline(), a.outlet(), a.language(),
                    a.credits().stream().map(c -> c.kind() + " " + c.name()).toList(), a.text());
        }
    }
}
