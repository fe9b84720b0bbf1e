package org.dossier.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dossier.cluster.StoryScorer.Match;
import org.dossier.model.Story;

/**
 * Event-level single-pass story clustering: each document joins the most similar open story (centroid cosine
 * over TF-IDF terms and language-independent name and number keys) or opens a new one; stories close after a
 * quiet window. A document matching two stories whose centroids agree merges them; {@link #resolve} maps old ids
 * to new. The open stories live here; finding candidates ({@link StoryIndex}), scoring them ({@link StoryScorer}),
 * the merges not yet taken ({@link MergeLog}) and the bound on the vocabulary ({@link VocabularyBound}) each have
 * a class of their own. Not thread-safe.
 */
public final class IncrementalClusterer implements StoryClusterer {
    private final ClusterParams params;
    private final DocumentFrequencies df;
    private final Featurizer featurizer;
    private final StoryIndex index = new StoryIndex();
    private final StoryScorer scorer;
    private final MergeLog merges = new MergeLog();
    private final VocabularyBound vocabulary;
    /** Open stories, least recently updated first. */
    private final LinkedHashMap<String, OpenStory> open = new LinkedHashMap<>();
    private final Consumer<Story> onClose;
    private final Set<String> primed = new HashSet<>();
    /** Stories that took a document since the last {@link #settle}, in the order they first did (settling only). */
    private final Set<String> touched = new LinkedHashSet<>();
    /** Stories of {@link #touched} closed since the last {@link #settle}, handed to the close listener by it. */
    private final Map<String, OpenStory> closing = new LinkedHashMap<>();
    private LocalDate clock;

    public IncrementalClusterer() {
        this(ClusterParams.DEFAULT, s -> { });
    }

    /** A clusterer with the given parameters that hands every story it closes to {@code onClose}. */
    public IncrementalClusterer(ClusterParams params, Consumer<Story> onClose) {
        this(params, onClose, VocabularyBound.VOCABULARY_CAP);
    }

    /**
     * A clusterer reading the document frequencies of a table counted over the whole corpus beforehand (see
     * {@link FrequencyTable}): it decides as one primed with the corpus would, and documents count nothing more.
     */
    public IncrementalClusterer(ClusterParams params, FrequencyTable table) {
        this(params, s -> { }, VocabularyBound.VOCABULARY_CAP, new DocumentFrequencies(table));
    }

    IncrementalClusterer(ClusterParams params, Consumer<Story> onClose, int vocabularyCap) {
        this(params, onClose, vocabularyCap, new DocumentFrequencies());
    }

    private IncrementalClusterer(ClusterParams params, Consumer<Story> onClose, int vocabularyCap,
                                 DocumentFrequencies df) {
        this.df = df;
        this.params = params;
        this.onClose = onClose;
        this.featurizer = new Featurizer(df, params.indexKeys());
        this.scorer = new StoryScorer(params, df::multilingual, df::name);
        this.vocabulary = new VocabularyBound(vocabularyCap, df, featurizer);
    }

    /**
     * Counts a document into the document frequencies only (its feature ids; no vector is built). A batch run
     * primes with all its documents first so that early decisions use the same IDF as late ones; {@link #assign}
     * then does not count them again, nor weigh their words again.
     */
    @Override
    public void prime(Doc doc) {
        featurizer.countAndKeep(doc);
        primed.add(doc.id());
    }

    @Override
    public String assign(Doc doc) {
        vocabulary.apply(open.values());
        DocVector v = featurizer.vector(doc, !primed.remove(doc.id()));
        advanceClock(v.published() ? v.date() : null);
        List<Match> matches = scorer.matches(index.candidates(v.indexKeys()), v);
        Match best = matches.isEmpty() ? null : matches.get(0);
        OpenStory story = best != null && best.similarity() >= params.joinThreshold()
                ? best.story() : newStory(storyIdFor(doc), doc.title());
        addTo(story, v);
        for (int i = 1; i < matches.size(); i++) {
            OpenStory other = matches.get(i).story();
            if (matches.get(i).similarity() >= params.joinThreshold() && open.containsKey(other.id)
                    && scorer.sameStory(story, other)) {
                merge(story, other);
            }
        }
        return story.id;
    }

    /**
     * Merges each story that took documents since the last call into a story of its language it now resembles
     * ({@link StoryScorer#settles}): a story a batch opened before the batch's other reports of its event were
     * placed, or two an early document could not bridge. Ingest calls it at the end of each batch, the moment a
     * batch clustering would re-place its documents ({@link SecondPass}); stories the batch's clock closed are
     * kept for it until then. What merged is in {@link #takeMerges}. Only with {@link ClusterParams#settle} on.
     */
    @Override
    public void settle() {
        for (String id : List.copyOf(touched)) {
            OpenStory s = open.containsKey(id) ? open.get(id) : closing.get(id);
            if (s == null) {
                continue; // absorbed by another story of the batch
            }
            int[] keys = s.indexKeys.stream().mapToInt(Integer::intValue).toArray();
            List<OpenStory> candidates = new ArrayList<>(index.candidates(keys));
            candidates.addAll(closing.values());
            OpenStory best = null;
            double bestSim = 0;
            for (OpenStory c : candidates) {
                double sim = c == s ? 0 : scorer.settleSimilarity(s, c);
                if (sim > bestSim) {
                    best = c;
                    bestSim = sim;
                }
            }
            if (best != null) {
                settleMerge(s, best);
            }
        }
        touched.clear();
        for (OpenStory s : closing.values()) {
            onClose.accept(s.snapshot());
        }
        closing.clear();
    }

    /** Merges two stories at a settle: into the open one if only one is open, else into the one of more documents. */
    private void settleMerge(OpenStory a, OpenStory b) {
        boolean aOpen = open.containsKey(a.id);
        boolean bOpen = open.containsKey(b.id);
        OpenStory into = aOpen != bOpen ? (aOpen ? a : b) : b.members.size() >= a.members.size() ? b : a;
        OpenStory other = into == a ? b : a;
        if (open.containsKey(other.id)) {
            close(other, false);
        }
        closing.remove(other.id);
        into.absorb(other);
        if (open.containsKey(into.id)) {
            index.addKeysOf(into, other);
        }
        merges.add(other.id, into.id);
    }

    @Override
    public Map<String, String> takeMerges() {
        return merges.take();
    }

    /** The id a story now has: a story merged into another (since merges were last taken) answers to the other's id. */
    public String resolve(String storyId) {
        return merges.resolve(storyId);
    }

    private void merge(OpenStory into, OpenStory other) {
        close(other, false);
        into.absorb(other);
        index.addKeysOf(into, other);
        merges.add(other.id, into.id);
    }

    /**
     * Feeds an already-clustered document (e.g. from the store on restart) into the given story without
     * deciding anything, so the state is rebuilt and story ids stay stable.
     */
    @Override
    public void restore(Doc doc, String storyId) {
        vocabulary.apply(open.values());
        DocVector v = featurizer.vector(doc, true);
        advanceClock(v.published() ? v.date() : null);
        OpenStory story = open.get(resolve(storyId));
        addTo(story != null ? story : newStory(storyId, doc.title()), v);
    }

    /** The best-matching open story for a document with its similarity, without adding the document. */
    public Explanation explain(Doc doc) {
        DocVector v = featurizer.vector(doc, false);
        Match m = scorer.best(index.candidates(v.indexKeys()), v);
        return m == null ? new Explanation(null, 0, 0, 0) : new Explanation(m.story().id, m.similarity(), m.lexical(), m.keys());
    }

    /** Why a document would join a story: the story id, combined similarity, and its two parts. */
    public record Explanation(String storyId, double similarity, double lexical, double keys) {}

    /** The stories still open, oldest first. */
    public List<Story> openStories() {
        return open.values().stream().map(OpenStory::snapshot).toList();
    }

    /** Closes every open story (end of input), handing each to the close listener. */
    public void closeAll() {
        for (OpenStory s : new ArrayList<>(open.values())) {
            close(s);
        }
    }

    @Override
    public int openCount() {
        return open.size();
    }

    /**
     * The centroid of a story of these documents under the current statistics (nothing is counted): the sum of
     * their vectors, by feature hash, with their languages, dates and strongest index keys.
     */
    public StoryCentroid centroid(String storyId, long firstOrder, List<Doc> members) {
        return StoryCentroid.of(storyId, firstOrder, members.stream().map(this::vectorOf).toList(), df::hashOf);
    }

    /** The document's vector under the current statistics, without counting it (for a batch's second pass). */
    DocVector vectorOf(Doc doc) {
        return featurizer.vector(doc, false);
    }

    ClusterParams params() {
        return params;
    }

    StoryScorer scorer() {
        return scorer;
    }

    public DocumentFrequencies frequencies() {
        return df;
    }

    @Override
    public int vocabulary() {
        return df.vocabulary();
    }
    private OpenStory newStory(String id, String title) {
        OpenStory s = new OpenStory(id, title);
        open.put(id, s);
        return s;
    }

    private void addTo(OpenStory s, DocVector v) {
        s.add(v);
        if (params.settle()) {
            touched.add(s.id);
        }
        open.remove(s.id);
        open.put(s.id, s);
        index.add(s, v.indexKeys());
        evictOverCapacity();
    }

    private static String storyIdFor(Doc doc) {
        return "s-" + doc.id();
    }

    /** Moves the clock to the newest date seen and closes stories quiet for longer than the window. */
    private void advanceClock(LocalDate date) {
        if (date == null || (clock != null && !date.isAfter(clock))) {
            return;
        }
        clock = date;
        LocalDate cutoff = clock.minusDays(params.windowDays());
        Iterator<OpenStory> it = new ArrayList<>(open.values()).iterator();
        while (it.hasNext()) {
            OpenStory s = it.next();
            if (s.lastDate != null && s.lastDate.isBefore(cutoff)) {
                close(s);
            }
        }
    }

    private void evictOverCapacity() {
        while (open.size() > params.maxOpenStories()) {
            close(open.values().iterator().next());
        }
    }

    private void close(OpenStory s) {
        close(s, true);
    }

    private void close(OpenStory s, boolean notify) {
        open.remove(s.id);
        index.remove(s);
        if (notify && touched.contains(s.id)) {
            closing.put(s.id, s); // the batch's settle may still merge it
        } else if (notify) {
            onClose.accept(s.snapshot());
        }
    }
}
