package org.dossier.cluster;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.dossier.text.DatelineFinder;
import org.dossier.text.TextFeatures;

/**
 * Turns a document's {@link TextFeatures} into a {@link DocVector} under the incremental document frequencies,
 * and counts documents into them. A document counted ahead of its vector ({@link #countAndKeep}, a batch's
 * priming) keeps its term frequencies and feature ids until its vector is made, so its words are not weighed
 * twice; a {@link #prune}, which gives ids anew, forgets them. Not thread-safe.
 */
final class Featurizer {
    /** Documents counted ahead whose frequencies are kept at most (two ingest batches); others are weighed again. */
    static final int KEPT = 4_096;

    /** What {@link #countAndKeep} weighed of a document: its lexical ids and sums, its key ids. */
    private record Counted(StoryClusterer.Doc doc, int[] lexIds, double[] lexTf, int[] keyIds) {
        boolean of(StoryClusterer.Doc d) {
            return doc.features() == d.features() && java.util.Objects.equals(doc.title(), d.title())
                    && java.util.Objects.equals(doc.text(), d.text()) && java.util.Objects.equals(doc.lang(), d.lang());
        }
    }

    private final LexicalTerms lexicalTerms;
    private final DocumentFrequencies df;
    private final int indexKeys;
    private final Map<String, Counted> kept = new HashMap<>();

    Featurizer(DocumentFrequencies df, int indexKeys) {
        this.df = df;
        this.indexKeys = indexKeys;
        this.lexicalTerms = new LexicalTerms(df);
    }

    /**
     * Counts the document into the document frequencies, and no more: its distinct feature ids, without weights
     * or a vector (a batch counts every document before the first is assigned).
     */
    void count(StoryClusterer.Doc doc) {
        int[] lexIds = lexicalWeights(doc).ids();
        df.addIds(lexIds, keyIds(doc.features().keys().counts()), doc.lang());
    }

    /**
     * As {@link #count}, keeping what it weighed (up to {@link #KEPT} documents) for the document's {@link #vector},
     * which then need not weigh its words again: the same ids and sums, as no id changed in between.
     */
    void countAndKeep(StoryClusterer.Doc doc) {
        TermWeights lex = lexicalWeights(doc);
        int[] lexIds = lex.ids();
        int[] keyIds = keyIds(doc.features().keys().counts());
        df.addIds(lexIds, keyIds, doc.lang());
        if (kept.size() < KEPT) {
            kept.put(doc.id(), new Counted(doc, lexIds, lex.sums(), keyIds));
        }
    }

    /** The document's vector; {@code count} adds its features to the document frequencies first. */
    DocVector vector(StoryClusterer.Doc doc, boolean count) {
        Counted c = kept.remove(doc.id());
        if (c != null && !c.of(doc)) {
            c = null;
        }
        int[] lexIds;
        double[] lexTf;
        if (c != null) {
            lexIds = c.lexIds();
            lexTf = c.lexTf();
        } else {
            TermWeights lex = lexicalWeights(doc);
            lexIds = lex.ids();
            lexTf = lex.sums();
        }
        Map<String, Integer> keys = doc.features().keys().counts();
        int[] keyIds = c != null ? c.keyIds() : keyIds(keys);
        double[] keyTf = new double[keys.size()];
        int i = 0;
        for (int n : keys.values()) {
            keyTf[i++] = n;
        }
        if (count) {
            df.addIds(lexIds, keyIds, doc.lang());
        }
        LocalDate date = doc.date() != null ? doc.date() : DatelineFinder.find(doc.title(), doc.text());
        FeatureVector lexical = unitTfIdf(lexIds, lexTf);
        FeatureVector keyVector = unitTfIdf(keyIds, keyTf);
        int[] index = concat(top(lexical, indexKeys), top(keyVector, indexKeys));
        return new DocVector(doc.id(), doc.lang(), date, doc.date() != null, lexical, keyVector, index);
    }

    private TermWeights lexicalWeights(StoryClusterer.Doc doc) {
        return lexicalTerms.weights(doc.title(), doc.text(), doc.features().words(), doc.lang());
    }

    /** The ids of the name and number keys, in their order (keys carry a prefix with ':' that terms do not). */
    private int[] keyIds(Map<String, Integer> keys) {
        int[] ids = new int[keys.size()];
        int i = 0;
        for (String key : keys.keySet()) {
            ids[i] = df.id(key);
            if (key.startsWith("e:")) {
                df.markName(ids[i]);
            }
            i++;
        }
        return ids;
    }

    /** Sublinear TF times IDF, scaled to unit length; {@code tf} is aligned with {@code ids} (and becomes the weights). */
    private FeatureVector unitTfIdf(int[] ids, double[] tf) {
        double sq = 0;
        for (int i = 0; i < tf.length; i++) {
            tf[i] = (1 + Math.log(tf[i])) * df.idfOf(ids[i]);
            sq += tf[i] * tf[i];
        }
        double norm = Math.sqrt(sq);
        for (int j = 0; j < tf.length && norm > 0; j++) {
            tf[j] /= norm;
        }
        return new FeatureVector(ids, tf);
    }

    /** Forgets the features {@code held} rejects (see {@link DocumentFrequencies#prune}) and every id remembered for them. */
    int prune(java.util.function.IntPredicate held) {
        int dropped = df.prune(held);
        lexicalTerms.forgetIds();
        kept.clear(); // their ids may have gone to other features
        return dropped;
    }

    /** The ids of the k heaviest features. */
    static int[] top(FeatureVector v, int k) {
        if (v.ids().length <= k) {
            return v.ids().clone();
        }
        double[] sorted = v.weights().clone();
        Arrays.sort(sorted);
        double cut = sorted[sorted.length - k];
        int[] out = new int[k];
        int n = 0;
        for (int i = 0; i < v.ids().length && n < k; i++) {
            if (v.weights()[i] >= cut) {
                out[n++] = v.ids()[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
