package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.extract.PageExtractor;
import org.dossier.extract.ExtractionException;
import org.dossier.extract.Extractor;
import org.dossier.ingest.InputFailure;
import org.dossier.ingest.PageReader;
import org.dossier.language.LanguageIdentifier;
import org.dossier.language.LinguaIdentifier;
import org.dossier.model.Article;
import org.dossier.model.Credit;
import org.dossier.model.Json;
import org.dossier.model.RawPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier extract FILE...}: clean articles from pages, without the store or any NLP model. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the clean article of each page (no store, no NLP models).")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Page files (.html, .htm, .txt, .gz).") List<Path> files;
    @Option(names = "--json", description = "One JSON object per line.") boolean json;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Extractor extractor = new PageExtractor();
        LanguageIdentifier language = new LinguaIdentifier();
        PrintWriter out = spec.commandLine().getOut();
        List<InputFailure> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                RawPage page = PageReader.read(file);
                Article a = extractor.extract(page);
                print(out, file.toString(), a.withLanguage(language.identify(a.text())));
            } catch (PageReader.BadPageException | ExtractionException e) {
                failures.add(new InputFailure(file.toString(), e.getMessage()));
            } catch (IOException e) {
                failures.add(new InputFailure(file.toString(), "cannot read: " + e.getMessage()));
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(new InputFailure(file.toString(), "could not extract an article (" + e.getClass().getSimpleName() + ")"));
            }
        }
        out.flush();
        return Output.reportFailures(failures, spec.commandLine().getErr());
    }

    private void print(PrintWriter out, String source, Article a) {
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("source", source);
            o.put("title", a.title());
            o.put("published", a.published());
            o.put("byline", a.byline());
            o.put("outlet", a.outlet());
            o.put("language", a.language());
            o.put("credits", a.credits().stream().map(Credit::name).toList());
            o.put("machine_translation", Math.round(a.translationScore() * 100) / 100.0);
            o.put("text", a.text());
            out.println(Json.write(o));
        } else {
            out.printf("== %s%ntitle: %s%npublished: %s%nbyline: %s%noutlet: %s%nlanguage: %s%ncredits: %s%n%n%s%n%n",
                    source, a.title(), a.published(), a.byline(), a.outlet(), a.language(),
                    a.credits().stream().map(c -> c.kind() + " " + c.name()).toList(), a.text());
        }
    }
}
