package org.dossier.cluster;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Turns a document into a {@link DocVector}, counting its features into the incremental document frequencies. */
final class Featurizer {
    private final LexicalTerms lexicalTerms = new LexicalTerms();
    private final AnchorExtractor anchorExtractor = new AnchorExtractor();
    private final DocumentFrequencies df;

    Featurizer(DocumentFrequencies df) {
        this.df = df;
    }

    /** The document's vector; {@code count} adds its features to the document frequencies first. */
    DocVector vector(StoryClusterer.Doc doc, boolean count) {
        Map<String, Double> lex = lexicalTerms.terms(doc.title(), doc.text(), doc.lang());
        Map<String, Double> anc = new HashMap<>();
        anchorExtractor.extract(doc.title(), doc.text()).counts().forEach((k, v) -> anc.put(k, v.doubleValue()));
        if (count) {
            Set<String> features = new HashSet<>(lex.keySet());
            features.addAll(anc.keySet());
            df.add(features);
        }
        LocalDate date = doc.date() != null ? doc.date() : DatelineFinder.find(doc.title(), doc.text());
        return new DocVector(doc.id(), doc.lang(), date, doc.date() != null, unitTfIdf(lex), unitTfIdf(anc));
    }

    /** Sublinear TF times IDF, scaled to unit length. */
    private Map<String, Double> unitTfIdf(Map<String, Double> tf) {
        Map<String, Double> out = new HashMap<>(tf.size() * 2);
        double sq = 0;
        for (Map.Entry<String, Double> e : tf.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * df.idf(e.getKey());
            out.put(e.getKey(), w);
            sq += w * w;
        }
        double norm = Math.sqrt(sq);
        if (norm > 0) {
            out.replaceAll((k, w) -> w / norm);
        }
        return out;
    }
}
