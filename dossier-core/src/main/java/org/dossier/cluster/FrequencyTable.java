package org.dossier.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Document frequencies counted over a whole corpus beforehand, for clustering the corpus in parts (a distributed
 * job): each part's {@link Counter} counts its documents as {@link IncrementalClusterer#prime} would, the parts'
 * {@link Feature} counts are summed by feature hash, and every clusterer built over the table
 * ({@link IncrementalClusterer#IncrementalClusterer(ClusterParams, FrequencyTable)}) reads the same statistics,
 * as one clusterer primed with the whole corpus would. Immutable and serializable (sorted primitive arrays).
 */
public final class FrequencyTable implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long documents;
    private final long[] hashes;
    private final int[] counts;
    private final boolean[] multilingual;

    /** One feature's count: its hash, the documents it occurs in, the languages of those documents. */
    public record Feature(long hash, int documents, List<String> languages) implements Serializable {}

    private FrequencyTable(long documents, long[] hashes, int[] counts, boolean[] multilingual) {
        this.documents = documents;
        this.hashes = hashes;
        this.counts = counts;
        this.multilingual = multilingual;
    }

    /**
     * The table of {@code documents} documents with these features; one entry per hash (entries of one hash from
     * several parts summed beforehand). A feature is multilingual when seen in more than one language.
     */
    public static FrequencyTable of(long documents, List<Feature> features) {
        Feature[] sorted = features.toArray(new Feature[0]);
        Arrays.sort(sorted, (a, b) -> Long.compare(a.hash(), b.hash()));
        long[] h = new long[sorted.length];
        int[] c = new int[sorted.length];
        boolean[] m = new boolean[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            h[i] = sorted[i].hash();
            c[i] = sorted[i].documents();
            m[i] = sorted[i].languages().size() > 1;
        }
        return new FrequencyTable(documents, h, c, m);
    }

    /** Documents counted. */
    public long documents() {
        return documents;
    }

    /** Features counted. */
    public int size() {
        return hashes.length;
    }

    /** Documents holding the feature with this hash (0 when unknown). */
    int count(long hash) {
        int i = Arrays.binarySearch(hashes, hash);
        return i < 0 ? 0 : counts[i];
    }

    boolean multilingual(long hash) {
        int i = Arrays.binarySearch(hashes, hash);
        return i >= 0 && multilingual[i];
    }

    /** Counts the documents of one part of a corpus, as a clusterer primes them. Not thread-safe. */
    public static final class Counter {
        private final DocumentFrequencies df = new DocumentFrequencies();
        private final Featurizer featurizer;

        public Counter(ClusterParams params) {
            featurizer = new Featurizer(df, params.indexKeys());
        }

        public void count(StoryClusterer.Doc doc) {
            featurizer.count(doc);
        }

        public long documents() {
            return df.documents();
        }

        /** Every feature counted, with its count and languages. */
        public List<Feature> features() {
            List<Feature> out = new ArrayList<>();
            df.forEachFeature((h, n, langs) -> out.add(new Feature(h, n, List.copyOf(langs))));
            return out;
        }
    }
}
