package org.dossier.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The words of a text as dedup compares them (Lucene's standard tokenizer, lower case, ASCII folding), kept in
 * one reused buffer joined by single spaces, so that a run of words is a char range (a shingle, as Lucene's
 * {@code ShingleFilter} spells it). Not thread-safe.
 */
final class FoldedWords {
    /** Tokenizers cut longer tokens; such keys are left to Lucene. */
    static final int MAX_TOKEN = 255;

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
        }
    };
    private char[] chars = new char[4096];
    private int length;
    private int[] starts = new int[512];
    private int[] ends = new int[512];
    private int count;

    /**
     * Reads the words of {@code s}; false when their positions have gaps or a word holds a surrogate, which only
     * Lucene's own filters spell as they do.
     */
    boolean read(String s) {
        length = 0;
        count = 0;
        try (TokenStream ts = analyzer.tokenStream("f", s)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            boolean plain = true;
            while (ts.incrementToken()) {
                plain &= pos.getPositionIncrement() == 1 && append(term.buffer(), term.length());
            }
            ts.end();
            return plain;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean append(char[] word, int n) {
        if (length + n + 1 > chars.length) {
            chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, length + n + 1));
        }
        if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, count * 2);
            ends = java.util.Arrays.copyOf(ends, count * 2);
        }
        if (count > 0) {
            chars[length++] = ' ';
        }
        boolean plain = true;
        for (int i = 0; i < n; i++) {
            plain &= !Character.isSurrogate(word[i]);
        }
        System.arraycopy(word, 0, chars, length, n);
        starts[count] = length;
        length += n;
        ends[count++] = length;
        return plain;
    }

    /** Whether a string holds no whitespace and no surrogate. */
    static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    int count() {
        return count;
    }

    char[] chars() {
        return chars;
    }

    int start(int word) {
        return starts[word];
    }

    int end(int word) {
        return ends[word];
    }
}
