package org.dossier.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import java.util.Properties;

/**
 * The process-wide, lazily loaded CoreNLP models of the annotate stage: a pipeline without parser or coref,
 * and SUTime, which runs apart on the sentences that may hold a date (it is most of the NER cost).
 */
public final class SharedPipeline {
    /** CoreNLP settings: one 4-class CRF (PERSON, LOCATION, ORGANIZATION, MISC), no fine-grained NER. */
    public static Properties properties() {
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

    private static volatile StanfordCoreNLP pipeline;
    private static volatile TimeAnnotator sutime;
    private static volatile long loadMillis = -1;

    private SharedPipeline() {}

    /** The shared pipeline, loaded on first use. */
    public static StanfordCoreNLP get() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (SharedPipeline.class) {
                if (pipeline == null) {
                    long t0 = System.nanoTime();
                    Thread time = new Thread(() -> sutime = new TimeAnnotator("sutime", new Properties()));
                    time.start();
                    StanfordCoreNLP loaded = new StanfordCoreNLP(properties());
                    joinQuietly(time);
                    pipeline = loaded;
                    loadMillis = (System.nanoTime() - t0) / 1_000_000;
                }
                p = pipeline;
            }
        }
        return p;
    }

    /** The shared SUTime annotator, loaded with the pipeline. */
    public static TimeAnnotator sutime() {
        get();
        return sutime;
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (sutime == null) {
            sutime = new TimeAnnotator("sutime", new Properties());
        }
    }

    /** Milliseconds the first load took, or -1 when not loaded yet. */
    public static long loadMillis() {
        return loadMillis;
    }
}
