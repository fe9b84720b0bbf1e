package org.dossier.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.dossier.cluster.AnchorExtractor;
import org.dossier.cluster.Anchors;

/** Computes {@link TextSignature}s with Lucene: word shingles into {@link MinHashFilter}, and the anchor fingerprint. */
public final class Signer {
    /** Word shingles of this size: long enough that different articles share almost none. */
    static final int SHINGLE = 3;
    static final int TEXT_BUCKETS = 128;
    static final int FINGERPRINT_BUCKETS = 32;

    private final AnchorExtractor anchors = new AnchorExtractor();
    private final int[] wordCounter = new int[1];
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

    /** The signature of a title and body. Not thread-safe: use one signer per thread. */
    public TextSignature sign(String title, String text) {
        String all = (title == null ? "" : title + "\n") + (text == null ? "" : text);
        wordCounter[0] = 0;
        long[] textHashes = hashes(textAnalyzer, all, TEXT_BUCKETS);
        int words = wordCounter[0];
        Anchors a = anchors.extract(title, text);
        Set<String> numbers = new HashSet<>();
        Set<String> names = new HashSet<>(); // single capitalised words; anchor keys hold no spaces
        a.counts().keySet().forEach(k -> {
            if (k.startsWith("e:")) {
                if (k.indexOf(' ') < 0) {
                    names.add(k);
                }
            } else {
                numbers.add(k);
            }
        });
        List<String> fp = new ArrayList<>(numbers);
        fp.addAll(names);
        long[] fpHashes = hashes(fingerprintAnalyzer, String.join(" ", fp), FINGERPRINT_BUCKETS);
        return new TextSignature(textHashes, Math.max(1, words - SHINGLE + 1), words, Set.copyOf(numbers),
                Set.copyOf(names), a.quotes(), fpHashes);
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
