package org.dossier.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The words of one article's title and text as Lucene's standard tokenizer cuts them (title words first): read
 * once per article ({@link #of}) and then only read from, so dedup (shingles) and clustering (stemmed terms) share
 * one tokenisation. A value: nothing changes after construction, and any thread may read it.
 */
public final class TextWords {
    private final char[] chars;
    private final int[] starts;
    private final int[] ends;
    private final int[] offsets;
    private final int count;
    private final int titleWords;
    private final boolean gaps;
    /** The title and text read (references only: an article holds them anyway). */
    private final String title;
    private final String text;

    private TextWords(Reading r, String title, String text) {
        this.title = title;
        this.text = text;
        this.chars = r.chars;
        this.starts = r.starts;
        this.ends = r.ends;
        this.offsets = r.offsets;
        this.count = r.count;
        this.titleWords = r.titleWords;
        this.gaps = r.gaps;
    }

    /** The words of this title and text (either may be null). Thread-safe: each call tokenizes on its own. */
    public static TextWords of(String title, String text) {
        Reading r = new Reading(length(title) + length(text));
        r.add(title);
        r.titleWords = r.count;
        r.add(text);
        return new TextWords(r, title, text);
    }

    /**
     * Whether these are the words of exactly this title and text (an article's title may be filled in after its
     * words were read, e.g. from a feed item), so a reader may take them instead of tokenizing the strings again.
     */
    public boolean readFrom(String title, String text) {
        return same(this.title, title) && same(this.text, text);
    }

    private static boolean same(String read, String s) {
        return read == s || read != null && read.equals(s);
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
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

    /** The word's length in chars. */
    public int length(int word) {
        return ends[word] - starts[word];
    }

    /** The word as a new string. */
    public String word(int word) {
        return new String(chars, starts[word], ends[word] - starts[word]);
    }

    /** The word's {@link Hash64}, equal to that of {@link #word}. */
    public long hash(int word) {
        return Hash64.of(chars, starts[word], ends[word]);
    }

    /** Copies the word's chars into {@code into} from {@code at}. */
    public void copy(int word, char[] into, int at) {
        System.arraycopy(chars, starts[word], into, at, ends[word] - starts[word]);
    }

    /** Where the word starts in its title or text. */
    public int offset(int word) {
        return offsets[word];
    }

    /** The arrays being filled while the tokenizer reads the title and then the text. */
    private static final class Reading {
        /** Tokens are runs of the source's chars, so the source's length bounds theirs: this does not grow. */
        char[] chars;
        int length;
        int[] starts;
        int[] ends;
        int[] offsets;
        int count;
        int titleWords;
        boolean gaps;
        private StandardTokenizer tokenizer;

        Reading(int sourceLength) {
            chars = new char[sourceLength];
            int words = sourceLength / 5 + 16; // about one word per six chars of news text: rarely grows
            starts = new int[words];
            ends = new int[words];
            offsets = new int[words];
        }

        void add(String s) {
            if (s == null || s.isEmpty()) {
                return;
            }
            if (tokenizer == null) {
                tokenizer = new StandardTokenizer();
            }
            tokenizer.setReader(new StringReader(s));
            try (StandardTokenizer ts = tokenizer) {
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
                throw new UncheckedIOException(e);
            }
        }

        private void append(char[] word, int n, int offset) {
            if (length + n > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + n));
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
    }
}
