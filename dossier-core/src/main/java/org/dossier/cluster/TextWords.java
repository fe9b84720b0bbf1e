package org.dossier.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The words of a title and text as Lucene's standard tokenizer cuts them (title words first), read once per
 * document and shared by dedup and clustering: each thread keeps the last document it read, and a caller uses
 * the words before asking for another document's.
 */
public final class TextWords {
    private static final ThreadLocal<TextWords> LAST = ThreadLocal.withInitial(TextWords::new);

    private final Analyzer tokenizer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };
    private String title;
    private String text;
    private boolean read;
    private char[] chars = new char[4096];
    private int length;
    private int[] starts = new int[512];
    private int[] ends = new int[512];
    private int[] offsets = new int[512];
    private int count;
    private int titleWords;
    private boolean gaps;

    private TextWords() {}

    /** The words of this title and text (either may be null). */
    public static TextWords of(String title, String text) {
        TextWords w = LAST.get();
        if (!w.read || w.title != title || w.text != text) {
            w.read(title, text);
        }
        return w;
    }

    private void read(String title, String text) {
        this.title = title;
        this.text = text;
        length = 0;
        count = 0;
        gaps = false;
        add(title);
        titleWords = count;
        add(text);
        read = true;
    }

    private void add(String s) {
        if (s == null || s.isEmpty()) {
            return;
        }
        try (TokenStream ts = tokenizer.tokenStream("t", s)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                gaps |= pos.getPositionIncrement() != 1;
                append(term.buffer(), term.length(), off.startOffset());
            }
            ts.end();
        } catch (IOException e) {
            read = false;
            throw new UncheckedIOException(e);
        }
    }

    private void append(char[] word, int n, int offset) {
        if (length + n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + n));
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        System.arraycopy(word, 0, chars, length, n);
        starts[count] = length;
        length += n;
        ends[count] = length;
        offsets[count++] = offset;
    }

    /** Number of words, title and text together. */
    public int count() {
        return count;
    }

    /** Number of title words: the text's words follow them. */
    public int titleWords() {
        return titleWords;
    }

    /** Whether the tokenizer skipped a position (a word too long to keep). */
    public boolean gaps() {
        return gaps;
    }

    /** The buffer the words' chars are in. */
    public char[] chars() {
        return chars;
    }

    public int start(int word) {
        return starts[word];
    }

    public int end(int word) {
        return ends[word];
    }

    /** Where the word starts in its title or text. */
    public int offset(int word) {
        return offsets[word];
    }
}
