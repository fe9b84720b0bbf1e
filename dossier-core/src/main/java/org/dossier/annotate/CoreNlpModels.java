package org.dossier.annotate;

import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import java.io.IOException;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The process-wide, lazily loaded CoreNLP models of the annotate stage: tokenize, ssplit, pos, lemma and ner
 * (no parser, no coref), and SUTime, which runs apart on the sentences that may hold a date (it is most of the
 * NER cost). The three models load in parallel.
 */
final class CoreNlpModels {
    /** CoreNLP settings: one 4-class CRF (PERSON, LOCATION, ORGANIZATION, MISC), no fine-grained NER. */
    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.language", "en");
        p.setProperty("tokenize.language", "en");
        return p;
    }

    private static volatile AnnotationPipeline pipeline;
    private static volatile TimeAnnotator sutime;

    private CoreNlpModels() {}

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
