package org.dossier.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/** The process-wide, lazily loaded CoreNLP pipeline of the annotate stage (no parser, no coref). */
public final class SharedPipeline {
    /** CoreNLP settings: one 4-class CRF (PERSON, LOCATION, ORGANIZATION, MISC), SUTime, no fine-grained NER. */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.language", "en");
        p.setProperty("tokenize.language", "en");
        return p;
    }

    private static volatile StanfordCoreNLP pipeline;
    private static volatile long loadMillis = -1;

    private SharedPipeline() {}

    /** The shared pipeline, loaded on first use. */
    public static StanfordCoreNLP get() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (SharedPipeline.class) {
                if (pipeline == null) {
                    long t0 = System.nanoTime();
                    pipeline = new StanfordCoreNLP(properties());
                    loadMillis = (System.nanoTime() - t0) / 1_000_000;
                }
                p = pipeline;
            }
        }
        return p;
    }

    /** Milliseconds the first load took, or -1 when not loaded yet. */
    public static long loadMillis() {
        return loadMillis;
    }
}
