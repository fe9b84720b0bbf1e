package org.dossier.dedup;

import java.util.Arrays;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.dossier.text.TextWords;

/**
 * The words of a text as dedup compares them (Lucene's standard tokenizer, then lower case and ASCII folding as
 * Lucene's {@code LowerCaseFilter} and {@code ASCIIFoldingFilter} do), kept in one reused buffer joined by single
 * spaces, so that a run of words is a char range (a shingle, as Lucene's {@code ShingleFilter} spells it).
 * Not thread-safe.
 */
final class FoldedWords {
    /** Tokenizers cut longer tokens; such keys are left to Lucene. */
    static final int MAX_TOKEN = 255;

    private char[] chars = new char[4096];
    private int length;
    private int[] starts = new int[512];
    private int[] ends = new int[512];
    private int count;
    /** Scratch: the word being folded, and the folded length. */
    private char[] folded = new char[1024];
    private int foldedLength;

    /**
     * Reads the words of a title and text; false when their positions have gaps or a word holds a lone surrogate
     * (not one of a pair), which only Lucene's own filters spell as they do (the encoder replaces it).
     */
    boolean read(TextWords words) {
        length = 0;
        count = 0;
        boolean plain = !words.gaps();
        for (int i = 0; i < words.count(); i++) {
            int n = words.length(i);
            if (folded.length < 4 * n) {
                folded = new char[4 * n];
            }
            words.copy(i, folded, 0);
            CharacterUtils.toLowerCase(folded, 0, n);
            char[] word = fold(n);
            plain &= append(word, foldedLength);
        }
        return plain;
    }

    /** {@code folded[0, n)} folded to ASCII as the filter does it: itself, or a new array when a char changes. */
    private char[] fold(int n) {
        for (int i = 0; i < n; i++) {
            if (folded[i] >= '\u0080') {
                char[] out = new char[4 * n];
                foldedLength = ASCIIFoldingFilter.foldToASCII(folded, 0, out, 0, n);
                return out;
            }
        }
        foldedLength = n;
        return folded;
    }

    private boolean append(char[] word, int n) {
        if (length + n + 1 > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + n + 1));
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        if (count > 0) {
            chars[length++] = ' ';
        }
        boolean plain = true;
        for (int i = 0; i < n && plain; i++) {
            if (Character.isHighSurrogate(word[i]) && i + 1 < n && Character.isLowSurrogate(word[i + 1])) {
                i++; // a pair (an emoji): its UTF-16LE bytes are its two chars, as the hash reads them
            } else {
                plain = !Character.isSurrogate(word[i]);
            }
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
