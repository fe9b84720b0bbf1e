package org.dossier.cluster;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.dossier.text.DatelineFinder;
import org.dossier.text.TextFeatures;

/**
 * Turns a document's {@link TextFeatures} into a {@link DocVector} under the incremental document frequencies,
 * and counts documents into them. Not thread-safe.
 */
final class Featurizer {
    private final LexicalTerms lexicalTerms;
    private final DocumentFrequencies df;
    private final int indexKeys;

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

    /** The document's vector; {@code count} adds its features to the document frequencies first. */
    DocVector vector(StoryClusterer.Doc doc, boolean count) {
        TermWeights lex = lexicalWeights(doc);
        int[] lexIds = lex.ids();
        double[] lexTf = lex.sums();
        Map<String, Integer> keys = doc.features().keys().counts();
        int[] keyIds = keyIds(keys);
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
            ids[i++] = df.id(key);
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
