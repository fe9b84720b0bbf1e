package org.dossier.cluster;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Turns a document into a {@link DocVector}, counting its features into the incremental document frequencies. */
final class Featurizer {
    private final LexicalTerms lexicalTerms = new LexicalTerms();
    private final AnchorExtractor anchorExtractor = new AnchorExtractor();
    private final DocumentFrequencies df;
    private final int indexKeys;

    Featurizer(DocumentFrequencies df, int indexKeys) {
        this.df = df;
        this.indexKeys = indexKeys;
    }

    /** The document's vector; {@code count} adds its features to the document frequencies first. */
    DocVector vector(StoryClusterer.Doc doc, boolean count) {
        Map<String, Double> lex = lexicalTerms.terms(doc.title(), doc.text(), doc.lang());
        Map<String, Double> anc = new HashMap<>();
        anchorExtractor.extract(doc.title(), doc.text()).counts().forEach((k, v) -> anc.put(k, v.doubleValue()));
        int[] lexIds = ids(lex);
        int[] ancIds = ids(anc); // anchor keys carry a prefix with ':' that terms do not
        if (count) {
            df.addIds(lexIds, ancIds);
        }
        LocalDate date = doc.date() != null ? doc.date() : DatelineFinder.find(doc.title(), doc.text());
        FeatureVector lexical = unitTfIdf(lex, lexIds);
        FeatureVector anchors = unitTfIdf(anc, ancIds);
        int[] keys = concat(top(lexical, indexKeys), top(anchors, indexKeys));
        return new DocVector(doc.id(), doc.lang(), date, doc.date() != null, lexical, anchors, keys);
    }

    /** The feature ids of the map's keys in its order, assigned on first sight. */
    private int[] ids(Map<String, Double> tf) {
        int[] ids = new int[tf.size()];
        int i = 0;
        for (String key : tf.keySet()) {
            ids[i++] = df.id(key);
        }
        return ids;
    }

    /** Sublinear TF times IDF, scaled to unit length; {@code ids} are those of the map's keys in its order. */
    private FeatureVector unitTfIdf(Map<String, Double> tf, int[] ids) {
        double[] w = new double[tf.size()];
        double sq = 0;
        int i = 0;
        for (Map.Entry<String, Double> e : tf.entrySet()) {
            w[i] = (1 + Math.log(e.getValue())) * df.idfOf(ids[i]);
            sq += w[i] * w[i];
            i++;
        }
        double norm = Math.sqrt(sq);
        for (int j = 0; j < w.length && norm > 0; j++) {
            w[j] /= norm;
        }
        return new FeatureVector(ids, w);
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
