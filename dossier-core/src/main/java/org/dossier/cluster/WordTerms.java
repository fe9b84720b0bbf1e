package org.dossier.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.dossier.text.TextWords;

/**
 * The terms one language analyzer makes of a text, word by word: the text is cut by Lucene's standard tokenizer
 * (the analyzers' own first step, shared as {@link TextWords}) and each word's term, found once by the whole
 * analyzer, is remembered as its feature id (at most {@link #CAPACITY} words; the memory is then cleared). A word
 * the tokenizer cuts differently on its own, or that the filters split, sends its text through the analyzer as a
 * whole. Not thread-safe.
 */
final class WordTerms {
    static final int CAPACITY = 200_000;
    /** What a stop word, a number or a too short term gives: nothing counted. */
    private static final int NONE = -1;
    /** A word whose term depends on its neighbours. */
    private static final int CONTEXT = -2;

    private final Analyzer analyzer;
    private final FeatureIds ids;
    private final Analyzer wordCheck = plainTokenizer();
    private final WordMap terms = new WordMap();
    private int[] found = new int[256];
    private int[] offsets = new int[256];

    WordTerms(Analyzer analyzer, FeatureIds ids) {
        this.analyzer = analyzer;
        this.ids = ids;
    }

    /**
     * Adds the weighted terms of {@code s}, whose words are {@code words[from, to)}, to {@code tf} as
     * {@link LexicalTerms#add} does.
     */
    void add(TextWords words, int from, int to, String s, TermWeights tf, double weight, int leadChars) {
        if (s == null || s.isEmpty()) {
            return;
        }
        int n = read(words, from, to);
        if (n < 0) {
            LexicalTerms.add(analyzer, s, (term, offset) -> tf.add(ids.id(term), LexicalTerms.weight(offset, weight, leadChars)));
            return;
        }
        for (int i = 0; i < n; i++) {
            tf.add(found[i], LexicalTerms.weight(offsets[i], weight, leadChars));
        }
    }

    /**
     * The ids of the words' counted terms and their offsets into the scratch arrays: their number, or -1 when
     * a word needs its context.
     */
    private int read(TextWords words, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int t = terms.get(words.hash(i));
            if (t == WordMap.MISSING) {
                t = learn(words.word(i));
            }
            if (t == CONTEXT) {
                return -1;
            }
            if (t == NONE) {
                continue;
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

    /** Forgets every word's term id (the ids were given to other features). */
    void forgetIds() {
        terms.clear();
    }

    /** Finds and remembers the term of one word. */
    private int learn(String word) {
        int t = alone(word) ? term(word) : CONTEXT;
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

    /** The id of the analyzer's term for a lone word: {@link #NONE} for none counted, {@link #CONTEXT} for several. */
    private int term(String word) {
        try (TokenStream ts = analyzer.tokenStream("t", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            String t = null;
            boolean several = false;
            while (ts.incrementToken()) {
                several |= t != null || off.startOffset() != 0;
                t = term.toString();
            }
            ts.end();
            return several ? CONTEXT : t == null || !LexicalTerms.counts(t) ? NONE : ids.id(t);
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
