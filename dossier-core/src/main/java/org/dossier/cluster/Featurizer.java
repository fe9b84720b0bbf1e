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
        if (count) {
            df.add(lex.keySet(), anc.keySet()); // anchor keys carry a prefix with ':' that terms do not
        }
        LocalDate date = doc.date() != null ? doc.date() : DatelineFinder.find(doc.title(), doc.text());
        FeatureVector lexical = unitTfIdf(lex);
        FeatureVector anchors = unitTfIdf(anc);
        int[] keys = concat(top(lexical, indexKeys), top(anchors, indexKeys));
        return new DocVector(doc.id(), doc.lang(), date, doc.date() != null, lexical, anchors, keys);
    }

    /** Sublinear TF times IDF, scaled to unit length. */
    private FeatureVector unitTfIdf(Map<String, Double> tf) {
        int[] ids = new int[tf.size()];
        double[] w = new double[tf.size()];
        double sq = 0;
        int i = 0;
        for (Map.Entry<String, Double> e : tf.entrySet()) {
            ids[i] = df.id(e.getKey());
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
