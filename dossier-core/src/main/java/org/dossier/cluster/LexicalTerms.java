package org.dossier.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.dossier.text.TextWords;

/**
 * Stemmed, stop-word-free terms of a title and text with Lucene's analyzer for the document's language;
 * title terms and terms of the lead (first {@link #LEAD_CHARS} characters) count more than body terms.
 * The analyzers' filters work word by word, so each word's term is remembered ({@link WordTerms}) and only
 * words not seen before go through them. Not thread-safe.
 */
public final class LexicalTerms {
    /** News puts the event (who, what, where, when) in the first sentences: roughly this many characters. */
    static final int LEAD_CHARS = 400;
    static final double TITLE_WEIGHT = 3.0;
    static final double LEAD_WEIGHT = 2.0;

    private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();
    private final Map<String, WordTerms> words = new HashMap<>();
    private final FeatureIds ids;
    private final TermWeights weights = new TermWeights();

    /** Terms with ids of their own (outside a clusterer). */
    public LexicalTerms() {
        this(new FeatureIds.Local());
    }

    /** Terms whose ids come from {@code ids} (a clusterer's document frequencies). */
    LexicalTerms(FeatureIds ids) {
        this.ids = ids;
    }

    /**
     * Weighted term frequencies of one document, in the order terms first occur; for a {@code LexicalTerms} with
     * ids of its own (a clusterer's table keeps no strings to give back).
     */
    public Map<String, Double> terms(String title, String text, String lang) {
        if (!(ids instanceof FeatureIds.Local local)) {
            throw new IllegalStateException("terms by name need a LexicalTerms with ids of its own");
        }
        TermWeights tf = weights(title, text, TextWords.of(title, text), lang);
        Map<String, Double> out = new LinkedHashMap<>();
        int[] termIds = tf.ids();
        double[] sums = tf.sums();
        for (int i = 0; i < termIds.length; i++) {
            out.put(local.feature(termIds[i]), sums[i]);
        }
        return out;
    }

    /**
     * The same weights by term id, from the title's and text's {@code read} words, in a table reused by the next
     * call (read it before calling again): the clusterer's path, with no string per term.
     */
    TermWeights weights(String title, String text, TextWords read, String lang) {
        WordTerms w = words(lang);
        weights.clear();
        w.add(read, 0, read.titleWords(), title, weights, TITLE_WEIGHT, Integer.MAX_VALUE);
        w.add(read, read.titleWords(), read.count(), text, weights, 1.0, LEAD_CHARS);
        return weights;
    }

    /** Forgets the term ids remembered for words, after the id table gave ids to other features. */
    void forgetIds() {
        words.values().forEach(WordTerms::forgetIds);
    }

    /** The same terms, every word through the analyzer's whole chain (the reference for {@link WordTerms}). */
    Map<String, Double> analyzedTerms(String title, String text, String lang) {
        Analyzer a = analyzer(lang);
        Map<String, Double> tf = new LinkedHashMap<>();
        add(a, title, (term, offset) -> tf.merge(term, weight(offset, TITLE_WEIGHT, Integer.MAX_VALUE), Double::sum));
        add(a, text, (term, offset) -> tf.merge(term, weight(offset, 1.0, LEAD_CHARS), Double::sum));
        return tf;
    }

    /** Whether a term counts: not too short, not a number. */
    static boolean counts(CharSequence term) {
        return term.length() >= 2 && !Character.isDigit(term.charAt(0));
    }

    /** The weight of a term at {@code offset}: at least the lead weight within the lead. */
    static double weight(int offset, double weight, int leadChars) {
        return offset < leadChars ? Math.max(weight, LEAD_WEIGHT) : weight;
    }

    /** What receives each counted term of an analysed text with the offset of its token. */
    interface TermSink {
        void term(String term, int offset);
    }

    /** Runs the analyzer over {@code s}, handing each counted term to {@code sink}. */
    static void add(Analyzer a, String s, TermSink sink) {
        if (s == null || s.isEmpty()) {
            return;
        }
        try (TokenStream ts = a.tokenStream("t", s)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (counts(term)) {
                    sink.term(term.toString(), off.startOffset());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Analyzer analyzer(String lang) {
        return analyzers.computeIfAbsent(key(lang), LexicalTerms::create);
    }

    private WordTerms words(String lang) {
        return words.computeIfAbsent(key(lang), k -> new WordTerms(analyzer(k), ids));
    }

    private static String key(String lang) {
        return lang == null ? "" : lang.toLowerCase(java.util.Locale.ROOT);
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
