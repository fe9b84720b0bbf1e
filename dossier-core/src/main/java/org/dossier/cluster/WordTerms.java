package org.dossier.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The terms one language analyzer makes of a text, word by word: the text is cut by Lucene's standard tokenizer
 * (the analyzers' own first step, shared as {@link TextWords}) and each word's term, found once by the whole analyzer, is remembered (at most
 * {@link #CAPACITY} words; the memory is then cleared). A word the tokenizer cuts differently on its own, or
 * that the filters split, sends its text through the analyzer as a whole. Not thread-safe.
 */
final class WordTerms {
    static final int CAPACITY = 200_000;
    /** What a stop word gives: no term. */
    private static final String NONE = new String("none");
    /** A word whose term depends on its neighbours. */
    private static final String CONTEXT = new String("context");

    private final Analyzer analyzer;
    private final Analyzer wordCheck = plainTokenizer();
    private final WordMap terms = new WordMap();
    private final TermSums sums = new TermSums();
    private String[] found = new String[256];
    private int[] offsets = new int[256];

    WordTerms(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Adds the weighted terms of {@code s}, whose words are {@code words[from, to)}, to {@code tf} as
     * {@link LexicalTerms#add} does.
     */
    void add(TextWords words, int from, int to, String s, Map<String, Double> tf, double weight, int leadChars) {
        if (s == null || s.isEmpty()) {
            return;
        }
        int n = read(words, from, to);
        if (n < 0) {
            LexicalTerms.add(analyzer, s, tf, weight, leadChars);
            return;
        }
        for (int i = 0; i < n; i++) {
            String t = found[i];
            if (t != NONE && LexicalTerms.counts(t)) {
                sums.add(t, LexicalTerms.weight(offsets[i], weight, leadChars), tf);
            }
        }
        sums.putInto(tf);
    }

    /** The words' terms and offsets into the scratch arrays: their number, or -1 when one needs its context. */
    private int read(TextWords words, int from, int to) {
        int n = 0;
        char[] chars = words.chars();
        for (int i = from; i < to; i++) {
            int start = words.start(i);
            String t = terms.get(chars, start, words.end(i));
            if (t == null) {
                t = learn(new String(chars, start, words.end(i) - start));
            }
            if (t == CONTEXT) {
                return -1;
            }
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
                offsets = Arrays.copyOf(offsets, n * 2);
            }
            found[n] = t;
            offsets[n++] = words.offset(i);
        }
        return n;
    }

    /** Finds and remembers the term of one word. */
    private String learn(String word) {
        String t = alone(word) ? term(word) : CONTEXT;
        if (terms.size() >= CAPACITY) {
            terms.clear();
        }
        terms.put(word, t);
        return t;
    }

    /** Whether the tokenizer reads the word on its own as that one word. */
    private boolean alone(String word) {
        try (TokenStream ts = wordCheck.tokenStream("t", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            boolean one = ts.incrementToken() && off.startOffset() == 0 && off.endOffset() == word.length()
                    && word.contentEquals(term) && !ts.incrementToken();
            ts.end();
            return one;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analyzer's term for a lone word: {@link #NONE} for none, {@link #CONTEXT} for several. */
    private String term(String word) {
        try (TokenStream ts = analyzer.tokenStream("t", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            String t = NONE;
            while (ts.incrementToken()) {
                t = t == NONE && off.startOffset() == 0 ? term.toString() : CONTEXT;
            }
            ts.end();
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analyzer plainTokenizer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                return new TokenStreamComponents(new StandardTokenizer());
            }
        };
    }
}
