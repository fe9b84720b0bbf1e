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

    /** Weighted term frequencies of one document. */
    public Map<String, Double> terms(String title, String text, String lang) {
        WordTerms w = words(lang);
        TextWords read = TextWords.of(title, text);
        Map<String, Double> tf = new HashMap<>();
        w.add(read, 0, read.titleWords(), title, tf, TITLE_WEIGHT, Integer.MAX_VALUE);
        w.add(read, read.titleWords(), read.count(), text, tf, 1.0, LEAD_CHARS);
        return tf;
    }

    /** The same terms, every word through the analyzer's whole chain (the reference for {@link WordTerms}). */
    Map<String, Double> analyzedTerms(String title, String text, String lang) {
        Analyzer a = analyzer(lang);
        Map<String, Double> tf = new HashMap<>();
        add(a, title, tf, TITLE_WEIGHT, Integer.MAX_VALUE);
        add(a, text, tf, 1.0, LEAD_CHARS);
        return tf;
    }

    /** Adds the term of a token at {@code offset}, unless it is too short or a number. */
    static void count(Map<String, Double> tf, CharSequence term, int offset, double weight, int leadChars) {
        if (counts(term)) {
            tf.merge(term.toString(), weight(offset, weight, leadChars), Double::sum);
        }
    }

    /** Whether a term counts: not too short, not a number. */
    static boolean counts(CharSequence term) {
        return term.length() >= 2 && !Character.isDigit(term.charAt(0));
    }

    /** The weight of a term at {@code offset}: at least the lead weight within the lead. */
    static double weight(int offset, double weight, int leadChars) {
        return offset < leadChars ? Math.max(weight, LEAD_WEIGHT) : weight;
    }

    static void add(Analyzer a, String s, Map<String, Double> tf, double weight, int leadChars) {
        if (s == null || s.isEmpty()) {
            return;
        }
        try (TokenStream ts = a.tokenStream("t", s)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                count(tf, term, off.startOffset(), weight, leadChars);
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
        return words.computeIfAbsent(key(lang), k -> new WordTerms(analyzer(k)));
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
