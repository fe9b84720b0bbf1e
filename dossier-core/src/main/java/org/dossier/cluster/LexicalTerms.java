package org.dossier.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Stemmed, stop-word-free terms of a title and text with Lucene's analyzer for the document's language;
 * title terms and terms of the lead (first {@link #LEAD_CHARS} characters) count more than body terms.
 */
public final class LexicalTerms {
    /** News puts the event (who, what, where, when) in the first sentences: roughly this many characters. */
    static final int LEAD_CHARS = 400;
    static final double TITLE_WEIGHT = 3.0;
    static final double LEAD_WEIGHT = 2.0;

    private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

    /** Weighted term frequencies of one document. */
    public Map<String, Double> terms(String title, String text, String lang) {
        Analyzer a = analyzer(lang);
        Map<String, Double> tf = new HashMap<>();
        add(a, title, tf, TITLE_WEIGHT, Integer.MAX_VALUE);
        add(a, text, tf, 1.0, LEAD_CHARS);
        return tf;
    }

    private static void add(Analyzer a, String s, Map<String, Double> tf, double weight, int leadChars) {
        if (s == null || s.isEmpty()) {
            return;
        }
        try (TokenStream ts = a.tokenStream("t", s)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() < 2 || Character.isDigit(term.charAt(0))) {
                    continue;
                }
                double w = off.startOffset() < leadChars ? Math.max(weight, LEAD_WEIGHT) : weight;
                tf.merge(term.toString(), w, Double::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Analyzer analyzer(String lang) {
        String key = lang == null ? "" : lang.toLowerCase(java.util.Locale.ROOT);
        return analyzers.computeIfAbsent(key, LexicalTerms::create);
    }

    private static Analyzer create(String lang) {
        return switch (lang) {
            case "en" -> new EnglishAnalyzer();
            case "de" -> new GermanAnalyzer();
            case "fr" -> new FrenchAnalyzer();
            case "es" -> new SpanishAnalyzer();
            case "it" -> new ItalianAnalyzer();
            default -> new StandardAnalyzer();
        };
    }
}
