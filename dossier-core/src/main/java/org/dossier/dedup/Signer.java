package org.dossier.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.dossier.text.KeyFeatures;
import org.dossier.text.TextFeatures;

/**
 * Computes {@link TextSignature}s: Lucene's tokens (standard tokenizer, lower case, ASCII folding) in word shingles
 * hashed as Lucene's {@link MinHashFilter} does (by {@link BucketMinHash}, which skips one token object per shingle;
 * the filter itself signs the rare text it could not match), and the MinHash of the fingerprint of names and
 * numbers. Reads an article's {@link TextFeatures}; not thread-safe: use one signer per thread.
 */
public final class Signer {
    /** Word shingles of this size: long enough that different articles share almost none. */
    static final int SHINGLE = 3;
    static final int TEXT_BUCKETS = 128;
    static final int FINGERPRINT_BUCKETS = 32;

    private final FoldedWords words = new FoldedWords();
    private final BucketMinHash textMinHash = new BucketMinHash(TEXT_BUCKETS);
    private final BucketMinHash fingerprintMinHash = new BucketMinHash(FINGERPRINT_BUCKETS);
    private final int[] wordCounter = new int[1];
    /** The whole chain in Lucene: the reference {@link BucketMinHash} must equal, and the fallback. */
    private final Analyzer textAnalyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream words = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            TokenStream counted = new TokenFilter(words) {
                @Override
                public boolean incrementToken() throws IOException {
                    boolean more = input.incrementToken();
                    if (more) {
                        wordCounter[0]++;
                    }
                    return more;
                }
            };
            ShingleFilter shingles = new ShingleFilter(counted, SHINGLE, SHINGLE);
            shingles.setOutputUnigrams(false);
            shingles.setOutputUnigramsIfNoShingles(true);
            return new TokenStreamComponents(source, new MinHashFilter(shingles, 1, TEXT_BUCKETS, 1, true));
        }
    };
    private final Analyzer fingerprintAnalyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new WhitespaceTokenizer();
            return new TokenStreamComponents(source, new MinHashFilter(source, 1, FINGERPRINT_BUCKETS, 1, true));
        }
    };

    /** The signature of a title and body, whose features are computed here. */
    public TextSignature sign(String title, String text) {
        return sign(title, text, TextFeatures.of(title, text));
    }

    /** The signature of a title and body from their {@code features}. */
    public TextSignature sign(String title, String text, TextFeatures features) {
        int count;
        long[] textHashes;
        if (words.read(features.words())) {
            count = words.count();
            textHashes = shingleHashes();
        } else {
            textHashes = luceneTextHashes((title == null ? "" : title + "\n") + (text == null ? "" : text));
            count = wordCounter[0];
        }
        KeyFeatures a = features.keys();
        List<String> numbers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        fingerprintKeys(a, numbers, names);
        List<String> fp = new ArrayList<>(numbers);
        fp.addAll(names);
        long[] fpHashes = fingerprintHashes(fp);
        return new TextSignature(textHashes, Math.max(1, count - SHINGLE + 1), count, KeyHashes.of(numbers),
                KeyHashes.of(names), a.quotes(), fpHashes);
    }

    /**
     * The fingerprint's keys: numbers, years, days and months, then single capitalised words (number and date
     * keys hold no spaces; names of several words are left out).
     */
    static void fingerprintKeys(KeyFeatures a, List<String> numbers, List<String> names) {
        for (String k : a.counts().keySet()) {
            if (k.startsWith("e:")) {
                if (k.indexOf(' ') < 0) {
                    names.add(k);
                }
            } else {
                numbers.add(k);
            }
        }
    }

    /** {@link #fingerprintKeys} of a title and text, numbers first. */
    static List<String> fingerprintKeys(String title, String text) {
        List<String> numbers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        fingerprintKeys(KeyFeatures.of(title, text), numbers, names);
        numbers.addAll(names);
        return numbers;
    }

    /** Word shingles of the words read, or each word when there are fewer words than a shingle holds. */
    private long[] shingleHashes() {
        textMinHash.reset();
        char[] chars = words.chars();
        int n = words.count();
        int span = n >= SHINGLE ? SHINGLE - 1 : 0;
        for (int i = 0; i + span < n; i++) {
            textMinHash.add(chars, words.start(i), words.end(i + span));
        }
        return textMinHash.signature();
    }

    /** The fingerprint's MinHash; each key is one whitespace token unless it is too long to be one. */
    private long[] fingerprintHashes(List<String> keys) {
        fingerprintMinHash.reset();
        for (String k : keys) {
            if (k.length() >= FoldedWords.MAX_TOKEN || !FoldedWords.plain(k)) {
                return hashes(fingerprintAnalyzer, String.join(" ", keys), FINGERPRINT_BUCKETS);
            }
            char[] chars = k.toCharArray();
            fingerprintMinHash.add(chars, 0, chars.length);
        }
        return fingerprintMinHash.signature();
    }

    /** The text signature by Lucene's own shingle and MinHash filters; counts the words into the counter. */
    long[] luceneTextHashes(String all) {
        wordCounter[0] = 0;
        return hashes(textAnalyzer, all, TEXT_BUCKETS);
    }

    /** The word count of the last {@link #luceneTextHashes}. */
    int luceneWords() {
        return wordCounter[0];
    }

    /** The fingerprint signature by Lucene's own MinHash filter. */
    long[] luceneFingerprintHashes(List<String> keys) {
        return hashes(fingerprintAnalyzer, String.join(" ", keys), FINGERPRINT_BUCKETS);
    }

    private static long[] hashes(Analyzer analyzer, String s, int buckets) {
        long[] out = new long[buckets];
        int i = 0;
        try (TokenStream ts = analyzer.tokenStream("f", s)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && i < buckets) {
                out[i++] = fnv(term);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return i == 0 ? new long[0] : out;
    }

    private static long fnv(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
