package org.dossier.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.CoreNlpAnnotator;
import org.dossier.chain.StandardStages;
import org.dossier.model.Article;

/**
 * Benchmark (not a test): load time and tokens/s of {@link CoreNlpAnnotator} against the full CoreNLP pipeline
 * (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote) on the same texts in the same run.
 * Usage: AnnotateBench [pagesDir] [rounds]; body = lines of at least 8 words, as in the seed test.
 */
public final class AnnotateBench {
    private static final String FULL = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private AnnotateBench() {}

    public static void main(String[] args) throws IOException {
        Path dir = Paths.get(args.length > 0 ? args[0] : "../shared/corpus/seeds");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<String> texts = bodies(dir);
        long tokens = countTokens(texts);
        System.out.printf("%d texts, %d tokens, %d measured rounds after one warm-up%n", texts.size(), tokens, rounds);

        Annotator ours = new StandardStages(Clock.systemDefaultZone()).annotator(); // the annotate stage as composed
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        CoreNlpAnnotator.loadModels();
        double oursLoad = seconds(t0);
        System.out.printf("annotate stage load: %.1f s wall, %.1f s CPU (models load in parallel)%n", oursLoad,
                (cpuNanos() - cpu0) / 1e9);
        double oursRate = rate(tokens, rounds, () -> texts.forEach(t -> ours.annotate(article(t), LocalDate.of(2022, 1, 10))));
        System.out.printf("annotate stage: load %.1f s, %.0f tokens/s%n", oursLoad, oursRate);

        Properties p = new Properties();
        p.setProperty("annotators", FULL);
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        t0 = System.nanoTime();
        StanfordCoreNLP full = new StanfordCoreNLP(p);
        double fullLoad = seconds(t0);
        double fullRate = rate(tokens, rounds, () -> texts.forEach(t -> {
            Annotation a = new Annotation(t);
            a.set(CoreAnnotations.DocDateAnnotation.class, "2022-01-10");
            full.annotate(a);
        }));
        System.out.printf("full pipeline (%s): load %.1f s, %.0f tokens/s%n", FULL, fullLoad, fullRate);
        System.out.printf("speed-up: %.1fx tokens/s, %.1fx load%n", oursRate / fullRate, fullLoad / oursLoad);
    }

    private static double rate(long tokens, int rounds, Runnable pass) {
        pass.run();
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            pass.run();
        }
        return tokens * rounds / seconds(t0);
    }

    private static long countTokens(List<String> texts) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize");
        StanfordCoreNLP tok = new StanfordCoreNLP(p);
        long n = 0;
        for (String t : texts) {
            Annotation a = new Annotation(t);
            tok.annotate(a);
            n += a.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return n;
    }

    private static List<String> bodies(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().collect(Collectors.toList())) {
                out.add(Files.readAllLines(f, StandardCharsets.UTF_8).stream().map(String::strip)
                        .filter(l -> l.split("\\s+").length >= 8).collect(Collectors.joining("\n\n")));
            }
        }
        return out;
    }

    private static Article article(String text) {
        return new Article("bench", null, null, null, null, null, null, null, "en", null, text, 0, null, null);
    }

    /** CPU time of the whole process, or 0 when the JVM does not report it. */
    private static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() : 0;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
