package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.anchor.Anchor;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.TimexValues;
import org.dossier.app.ParallelArticles;
import org.dossier.chain.Composition;
import org.dossier.cluster.StoryClusterer;
import org.dossier.input.FilePageInput;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.InputFailure;
import org.dossier.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier annotate FILE... [--date D] [--json]}: entities, resolved time expressions and attributed quotes of
 * each article (pages, or JSON lines of {@code {id, text, date}} records), one JSON object a line, in input order,
 * annotated on every core with the models loaded once. Offsets index the printed {@code text}.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Annotate articles: entities, time expressions (TIMEX3-style values) and quotes with speakers.",
                "FILE is a page (.html, .htm, .txt, .gz; its clean article is annotated) or JSON lines (.jsonl) of",
                "{id, text, date[, lang]} records, each annotated against its own date and echoing its id.",
                "Times resolve against --date, else the record's date, else the anchor Dossier chooses for the page."})
final class AnnotateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Page files or .jsonl record files.") List<Path> files;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date times are resolved against.")
    LocalDate date;
    @Option(names = "--json", description = "One JSON object per line (the only output format; accepted for clarity).")
    boolean json;
    @Spec CommandSpec spec;

    /** Articles annotated together on every core before their lines are printed (in input order). */
    private static final int CHUNK = 64;

    /** One article to annotate: the id to echo (null for a page), where it came from, the article, its anchor. */
    private record Job(String id, String source, Article article, LocalDate anchor) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<InputFailure> failures = new ArrayList<>();
        Composition composition = Composition.standard();
        List<Job> jobs = new ArrayList<>();
        List<Path> pages = new ArrayList<>();
        for (Path f : files) {
            if (f.getFileName().toString().endsWith(".jsonl")) {
                jobs.addAll(records(f, composition, failures));
            } else {
                pages.add(f);
            }
        }
        if (!pages.isEmpty()) {
            List<Article> articles = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            ParallelArticles extract = new ParallelArticles(composition.articleChain(), p -> {
                articles.add(p.article());
                sources.add(p.page().source());
            }, failures::add, () -> { });
            new FilePageInput(pages).read(extract, failures::add);
            extract.flush();
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                jobs.add(new Job(null, sources.get(i), a, date != null ? date : anchorOf(composition, a)));
            }
        }
        Annotator annotator = composition.annotator();
        for (int from = 0; from < jobs.size(); from += CHUNK) {
            List<String> lines = jobs.subList(from, Math.min(jobs.size(), from + CHUNK)).parallelStream()
                    .map(j -> line(j, annotator, failures)).toList();
            lines.stream().filter(l -> l != null).forEach(out::println);
            out.flush();
        }
        return Output.reportFailures(failures, spec.commandLine().getErr());
    }

    private List<Job> records(Path file, Composition composition, List<InputFailure> failures) throws IOException {
        List<StoryClusterer.Doc> docs;
        try (Reader in = new java.io.StringReader(utf8Lines(file, failures))) {
            docs = JsonLinesDocs.read(in, file.toString(), failures::add);
        }
        List<Job> jobs = new ArrayList<>();
        for (StoryClusterer.Doc d : docs) {
            if (d.text() == null) {
                failures.add(new InputFailure(file + ":" + d.id(), "no \"text\" field"));
                continue;
            }
            String lang = d.lang() != null ? d.lang() : composition.articleChain().languageOf(d.text());
            Article a = new Article(d.id(), file.toString(), null, d.title(), List.of(), d.date(), List.of(), null,
                    lang, List.of(), d.text(), 0, null, null);
            jobs.add(new Job(d.id(), file.toString(), a, date != null ? date : d.date()));
        }
        return jobs;
    }

    /**
     * The file's text with each line that is not valid UTF-8 named in {@code failures} ({@code FILE:N}) and left
     * blank, so the other lines keep their numbers and are read.
     */
    private static String utf8Lines(Path file, List<InputFailure> failures) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        StringBuilder text = new StringBuilder(bytes.length);
        int line = 0;
        for (int from = 0; from < bytes.length; ) {
            int end = from;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            line++;
            try {
                text.append(StandardCharsets.UTF_8.newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(bytes, from, end - from)));
            } catch (java.nio.charset.CharacterCodingException e) {
                failures.add(new InputFailure(file + ":" + line, "not UTF-8 text"));
            }
            text.append('\n');
            from = end + 1;
        }
        return text.toString();
    }

    private static LocalDate anchorOf(Composition composition, Article a) {
        Anchor anchor = composition.anchorPolicy().choose(List.of(a), Map.of()).get(a.id());
        return anchor == null ? null : anchor.date();
    }

    private static String line(Job j, Annotator annotator, List<InputFailure> failures) {
        Annotations ann;
        try {
            ann = annotator.annotate(j.article(), j.anchor());
        } catch (RuntimeException e) {
            synchronized (failures) {
                failures.add(new InputFailure(j.id() != null ? j.source() + ":" + j.id() : j.source(),
                        "could not annotate (" + e.getClass().getSimpleName() + ")"));
            }
            return null;
        }
        Map<String, Object> o = new LinkedHashMap<>();
        if (j.id() != null) {
            o.put("id", j.id());
        } else {
            o.put("source", j.source());
        }
        o.put("language", j.article().language());
        o.put("date", j.anchor());
        o.put("text", j.article().text());
        o.put("entities", ann.entities().stream().map(e -> ordered("start", e.start(), "end", e.end(),
                "text", e.text(), "type", e.type())).toList());
        o.put("times", TimexValues.all(j.article().text(), j.article().language(), ann.times(), j.anchor()).stream()
                .map(t -> ordered("start", t.start(), "end", t.end(), "text", t.text(), "value", t.value())).toList());
        o.put("quotes", ann.quotes().stream().map(q -> ordered("start", q.start(), "end", q.end(),
                "text", q.text(), "speaker", q.speaker(), "speaker_description", q.speakerDescription())).toList());
        return Json.write(o);
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
