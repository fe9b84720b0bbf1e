package org.dossier.annotate;

import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.dossier.rules.RuleFiles;

/**
 * The process-wide, lazily loaded CoreNLP models of the annotate stage: tokenize, ssplit, pos, lemma and ner
 * (no parser, no coref), and SUTime, which runs apart on the stretches around time triggers ({@link TimeWindows}; on
 * whole sentences it was half the CPU of an English report). The three models load in parallel. The models of other languages ({@code corenlp-models.txt}: German,
 * French, Spanish, from the optional Maven profile {@code languages}) load the same way, lazily, once per process, only
 * for a language met and only where the model's properties resource is on the class path.
 */
final class CoreNlpModels {
    /** CoreNLP settings: one 4-class CRF (PERSON, LOCATION, ORGANIZATION, MISC), no fine-grained NER. */
    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        stageChoices(p);
        p.setProperty("ner.language", "en");
        p.setProperty("tokenize.language", "en");
        return p;
    }

    private static volatile AnnotationPipeline pipeline;
    private static volatile TimeAnnotator sutime;

    /** The properties resource of each other language's model, by ISO 639-1 code. */
    private static final Map<String, String> OTHER_MODELS = RuleFiles.pairs(CoreNlpModels.class, "corenlp-models.txt");
    private static final Map<String, Annotator> OTHER = new ConcurrentHashMap<>();

    private CoreNlpModels() {}

    /** Whether this process can read {@code language} with a CoreNLP model: English always, others when on the class path. */
    static boolean available(String language) {
        if ("en".equals(language)) {
            return true;
        }
        String resource = OTHER_MODELS.get(language);
        return resource != null && CoreNlpModels.class.getClassLoader().getResource(resource) != null;
    }

    /** The pipeline of a language's model ({@link #get()} for English), loaded on first use; see {@link #available}. */
    static Annotator get(String language) {
        if ("en".equals(language)) {
            return get();
        }
        if (!available(language)) {
            throw new IllegalStateException("no CoreNLP model for language " + language + " on the class path");
        }
        return OTHER.computeIfAbsent(language, CoreNlpModels::loadOther);
    }

    /** A language's own settings with this stage's choices: no parser, no SUTime, no fine-grained or numeric NER. */
    static Properties propertiesOf(String language) {
        Properties p = new Properties();
        try (InputStream in = CoreNlpModels.class.getClassLoader().getResourceAsStream(OTHER_MODELS.get(language))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CoreNLP settings of language " + language, e);
        }
        p.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner");
        stageChoices(p);
        return p;
    }

    /** What every language's pipeline shares: paragraphs end sentences; coarse NER with mentions, no SUTime. */
    private static void stageChoices(Properties p) {
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
    }

    private static Annotator loadOther(String language) {
        return new StanfordCoreNLP(propertiesOf(language));
    }

    /** The shared pipeline, loaded on first use. */
    static Annotator get() {
        AnnotationPipeline p = pipeline;
        if (p == null) {
            synchronized (CoreNlpModels.class) {
                if (pipeline == null) {
                    load();
                }
                p = pipeline;
            }
        }
        return p;
    }

    /** The shared SUTime annotator, loaded with the pipeline. */
    static TimeAnnotator sutime() {
        get();
        return sutime;
    }

    private static void load() {
        Properties props = properties();
        CompletableFuture<TimeAnnotator> time = async(() -> new TimeAnnotator("sutime", new Properties()));
        CompletableFuture<Annotator> ner = async(() -> newNer(props));
        Properties split = properties();
        split.setProperty("annotators", "tokenize,ssplit");
        AnnotationPipeline p = new AnnotationPipeline();
        p.addAnnotator(new StanfordCoreNLP(split));
        p.addAnnotator(new POSTaggerAnnotator("pos", props));
        p.addAnnotator(new MorphaAnnotator(false));
        p.addAnnotator(ner.join());
        sutime = time.join();
        pipeline = p;
    }

    private static Annotator newNer(Properties props) {
        try {
            return new NERCombinerAnnotator(props);
        } catch (IOException e) {
            throw new IllegalStateException("cannot load the NER model", e);
        }
    }

    private static <T> CompletableFuture<T> async(Supplier<T> load) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(load.get());
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        }, "annotate-model-load");
        t.setDaemon(true);
        t.start();
        return f;
    }
}
