package org.dossier.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dossier.model.Story;

/**
 * Event-level single-pass story clustering: each document joins the most similar open story (centroid cosine
 * over TF-IDF terms and language-independent name and number keys) or opens a new one; stories close after a quiet window.
 * A document matching two stories whose centroids agree merges them; {@link #resolve} maps old ids to new.
 */
public final class IncrementalClusterer implements StoryClusterer {
    /**
     * When both sides name people, places or dates, an event needs at least this cosine of their keys: a story about
     * other names is another event however similar the topic words (tuned on ECB+ dev with the rest).
     */
    static final double KEY_GATE = 0.1;
    /** Stories compared per document: the story of the event shares most of its strongest features. */
    static final int CANDIDATES = 8;
    /**
     * Features remembered before the ones no open story holds are forgotten (with their document counts): a
     * feature of no open story was seen in no article of the window, so the table holds the window's vocabulary.
     */
    static final int VOCABULARY_CAP = 1_000_000;
    private final int vocabularyCap;
    /** The vocabulary at which the next prune runs: the cap, or twice what the open stories held at the last. */
    private int pruneAt;
    private final ClusterParams params;
    private final DocumentFrequencies df = new DocumentFrequencies();
    private final Featurizer featurizer;
    /** Open stories, least recently updated first. */
    private final LinkedHashMap<String, OpenStory> open = new LinkedHashMap<>();
    private final Postings postings = new Postings();
    private final Consumer<Story> onClose;
    private final Set<String> primed = new HashSet<>();
    private LocalDate clock;
    private int lookups;
    /** Scratch list of the current candidate lookup (one at a time), reused so it does not grow per document. */
    private final List<OpenStory> found = new ArrayList<>();
    /** Merges not yet taken by {@link #takeMerges}, in order: a batch run keeps them all to {@link #resolve} ids. */
    private final Map<String, String> mergedInto = new LinkedHashMap<>();

    public IncrementalClusterer() {
        this(ClusterParams.DEFAULT, s -> { });
    }

    /** A clusterer with the given parameters that hands every story it closes to {@code onClose}. */
    public IncrementalClusterer(ClusterParams params, Consumer<Story> onClose) {
        this(params, onClose, VOCABULARY_CAP);
    }

    IncrementalClusterer(ClusterParams params, Consumer<Story> onClose, int vocabularyCap) {
        this.vocabularyCap = vocabularyCap;
        this.pruneAt = vocabularyCap;
        this.params = params;
        this.onClose = onClose;
        this.featurizer = new Featurizer(df, params.indexKeys());
    }

    /**
     * Counts a document into the document frequencies only (its feature ids; no vector is built). A batch run
     * primes with all its documents first so that early decisions use the same IDF as late ones; {@link #assign}
     * then does not count them again.
     */
    public void prime(Doc doc) {
        featurizer.count(doc);
        primed.add(doc.id());
    }

    @Override
    public String assign(Doc doc) {
        boundVocabulary();
        DocVector v = featurizer.vector(doc, !primed.remove(doc.id()));
        advanceClock(v.published() ? v.date() : null);
        List<Match> matches = matches(v);
        Match best = matches.isEmpty() ? null : matches.get(0);
        OpenStory story = best != null && best.similarity() >= params.joinThreshold()
                ? best.story() : newStory(storyIdFor(doc), doc.title());
        addTo(story, v);
        for (int i = 1; i < matches.size(); i++) {
            OpenStory other = matches.get(i).story();
            if (matches.get(i).similarity() >= params.joinThreshold() && open.containsKey(other.id)
                    && story.lexical.cosine(other.lexical) * (1 - params.keyWeight())
                    + story.keys.cosine(other.keys) * params.keyWeight() >= params.mergeThreshold()) {
                merge(story, other);
            }
        }
        return story.id;
    }

    @Override
    public Map<String, String> takeMerges() {
        Map<String, String> out = new LinkedHashMap<>(mergedInto);
        mergedInto.clear();
        return out;
    }

    /**
     * Past the cap, forgets the features no open story holds (between documents, when no vector is in flight).
     * When the open stories alone hold more than half the cap, the next prune waits until the vocabulary has
     * doubled again, so the work stays proportional to the features added: the table keeps at most the larger of
     * the cap and twice what the open stories hold.
     */
    private void boundVocabulary() {
        if (df.vocabulary() <= pruneAt) {
            return;
        }
        java.util.BitSet held = new java.util.BitSet();
        for (OpenStory s : open.values()) {
            s.lexical.forEachId(held::set);
            s.keys.forEachId(held::set);
        }
        featurizer.prune(held::get);
        pruneAt = Math.max(vocabularyCap, 2 * df.vocabulary());
    }

    /** The id a story now has: a story merged into another (since merges were last taken) answers to the other's id. */
    public String resolve(String storyId) {
        String id = storyId;
        for (String next; (next = mergedInto.get(id)) != null; ) {
            id = next;
        }
        return id;
    }

    private void merge(OpenStory into, OpenStory other) {
        close(other, false);
        into.absorb(other);
        for (int key : other.indexKeys) {
            if (into.indexKeys.add(key)) {
                postings.add(key, into);
            }
        }
        mergedInto.put(other.id, into.id);
    }

    /**
     * Feeds an already-clustered document (e.g. from the store on restart) into the given story without
     * deciding anything, so the state is rebuilt and story ids stay stable.
     */
    public void restore(Doc doc, String storyId) {
        boundVocabulary();
        DocVector v = featurizer.vector(doc, true);
        advanceClock(v.published() ? v.date() : null);
        OpenStory story = open.get(resolve(storyId));
        addTo(story != null ? story : newStory(storyId, doc.title()), v);
    }

    /** The best-matching open story for a document with its similarity, without adding the document. */
    public Explanation explain(Doc doc) {
        DocVector v = featurizer.vector(doc, false);
        Match m = bestMatch(v);
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

    public int openCount() {
        return open.size();
    }

    /** The document's vector under the current statistics, without counting it (for a batch's second pass). */
    DocVector vectorOf(Doc doc) {
        return featurizer.vector(doc, false);
    }

    ClusterParams params() {
        return params;
    }

    public DocumentFrequencies frequencies() {
        return df;
    }

    record Match(OpenStory story, double similarity, double lexical, double keys) {}

    /** Stories within the time window, most similar first. */
    private List<Match> matches(DocVector v) {
        List<Match> out = new ArrayList<>();
        for (OpenStory s : candidates(v)) {
            if (withinWindow(s, v.date())) {
                out.add(similarity(s, v));
            }
        }
        out.sort(Comparator.comparingDouble(Match::similarity).reversed());
        return out;
    }

    private Match bestMatch(DocVector v) {
        Match best = null;
        for (OpenStory s : candidates(v)) {
            if (!withinWindow(s, v.date())) {
                continue;
            }
            Match m = similarity(s, v, params, true);
            if (best == null || m.similarity() > best.similarity()) {
                best = m;
            }
        }
        return best;
    }

    /**
     * Same language: a mix of lexical and key cosine. Other language: only names and numbers are
     * comparable, so the key cosine alone decides. Explanations compute both parts even where one does not count.
     */
    private Match similarity(OpenStory s, DocVector v) {
        return similarity(s, v, params);
    }

    /**
     * The similarity of a document to a story under the given parameters (see above). The lexical cosine, the
     * costlier part, is left at 0 where it cannot count: the keys disagree or the languages differ.
     */
    static Match similarity(OpenStory s, DocVector v, ClusterParams params) {
        return similarity(s, v, params, false);
    }

    private static Match similarity(OpenStory s, DocVector v, ClusterParams params, boolean bothParts) {
        double key = s.keys.cosineWithUnit(v.keys());
        boolean sameLanguage = v.lang() == null || s.languages.isEmpty() || s.languages.contains(v.lang());
        boolean keysDisagree = key < KEY_GATE && !v.keys().isEmpty() && s.keys.size() > 0;
        boolean lexicalCounts = sameLanguage && !keysDisagree;
        double lex = lexicalCounts || bothParts ? s.lexical.cosineWithUnit(v.lexical()) : 0;
        double sim = keysDisagree ? 0 : sameLanguage
                ? (1 - params.keyWeight()) * lex + params.keyWeight() * key
                : key * params.crossLingualFactor();
        return new Match(s, sim, lex, key);
    }

    private boolean withinWindow(OpenStory s, LocalDate date) {
        return withinWindow(s, date, params);
    }

    static boolean withinWindow(OpenStory s, LocalDate date, ClusterParams params) {
        return date == null || s.lastDate == null
                || (!date.isBefore(s.firstDate.minusDays(params.windowDays()))
                    && !date.isAfter(s.lastDate.plusDays(params.windowDays())));
    }

    /**
     * Open stories sharing index keys with the document, the {@link #CANDIDATES} sharing most first (among equal
     * counts, the one found first: postings list stories oldest first).
     */
    private List<OpenStory> candidates(DocVector v) {
        int stamp = ++lookups;
        found.clear();
        for (int key : v.indexKeys()) {
            OpenStory[] p = postings.get(key);
            for (int i = 0, n = postings.size(key); i < n; i++) {
                OpenStory s = p[i];
                if (s.stamp != stamp) {
                    s.stamp = stamp;
                    s.hits = 0;
                    found.add(s);
                }
                s.hits++;
            }
        }
        return found.size() > CANDIDATES ? mostHits(found, CANDIDATES) : found;
    }

    /** The k stories with most hits in {@code list}, most first, earlier first among equals (a stable top-k). */
    static List<OpenStory> mostHits(List<OpenStory> list, int k) {
        OpenStory[] top = new OpenStory[k];
        int n = 0;
        for (OpenStory s : list) {
            if (n == k && s.hits <= top[k - 1].hits) {
                continue;
            }
            int i = n < k ? n++ : k - 1;
            while (i > 0 && top[i - 1].hits < s.hits) {
                top[i] = top[i - 1];
                i--;
            }
            top[i] = s;
        }
        return java.util.Arrays.asList(top).subList(0, n);
    }

    private OpenStory newStory(String id, String title) {
        OpenStory s = new OpenStory(id, title);
        open.put(id, s);
        return s;
    }

    private void addTo(OpenStory s, DocVector v) {
        s.add(v);
        open.remove(s.id);
        open.put(s.id, s);
        for (int key : v.indexKeys()) {
            if (s.indexKeys.add(key)) {
                postings.add(key, s);
            }
        }
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
        for (int key : s.indexKeys) {
            postings.remove(key, s);
        }
        if (notify) {
            onClose.accept(s.snapshot());
        }
    }
}
