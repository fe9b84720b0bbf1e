package org.dossier.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.dossier.chain.Composition;
import org.dossier.chain.ProcessedArticle;
import org.dossier.chain.StoryAnalysis;
import org.dossier.chain.StoryAssigner;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.parallel.InOrder;
import org.dossier.port.PageInput;
import org.dossier.port.StoreException;
import org.dossier.port.StoredArticle;
import org.dossier.port.StoryStore;
import org.dossier.text.TextWords;

/**
 * The use cases over one store — ingest pages, list stories, write a story's dossier — built from the one
 * {@link Composition}; the command line and a server call these. Safe to share between threads: ingests run one
 * at a time (one writer), as do analyses (the annotator's models are shared); listing never waits for them
 * longer than a store call.
 */
public final class Workspace {
    private final StoryStore store;
    private final Composition chains;
    private final ReentrantLock ingestLock = new ReentrantLock();
    private final ReentrantLock analysisLock = new ReentrantLock();
    private final int batchSize;
    private final int workers;
    private final int analysisThreads;
    private StoryAssigner assigner;
    private StageTimes times = new StageTimes();

    /** New pages stored in one transaction by default: eight chunks of {@link ParallelArticles}. */
    public static final int DEFAULT_BATCH = 8 * ParallelArticles.CHUNK;

    public Workspace(StoryStore store, Composition chains) {
        this(store, chains, DEFAULT_BATCH);
    }

    /** A workspace storing ingested pages {@code batchSize} new pages to a transaction. */
    public Workspace(StoryStore store, Composition chains, int batchSize) {
        this(store, chains, batchSize, InOrder.cores());
    }

    /**
     * A workspace storing ingested pages {@code batchSize} new pages to a transaction, extracting them and analysing
     * many stories ({@link #dossiers}) on {@code threads} threads (default: one per core; the stories and dossiers
     * are the same whatever the number).
     */
    public Workspace(StoryStore store, Composition chains, int batchSize, int threads) {
        if (batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException("batch size and threads must be at least 1: " + batchSize + ", " + threads);
        }
        this.store = store;
        this.chains = chains;
        this.batchSize = batchSize;
        this.workers = threads;
        this.analysisThreads = threads;
    }

    public StoryStore store() {
        return store;
    }

    /**
     * Reads, extracts, deduplicates and clusters the input's pages; stores them in batches of {@link #batchSize}
     * new pages, each one transaction, so an ingest interrupted (stopped, or a batch the store could not keep) keeps
     * the batches before, and the same ingest run again skips them as already stored before extracting them. Pages
     * already stored (or twice in the input) are counted and skipped; an unreadable page is reported and the rest
     * goes on. If a batch cannot be stored, nothing of it is kept, in the store or in memory, and the ingest stops.
     */
    public IngestReport ingest(PageInput input, Progress progress) throws StoreException {
        return ingest(input, new FeedJoin(), progress);
    }

    /**
     * The same, the pages joined to the feed items {@code feeds} collects while {@code input} is read (the input
     * tells them to it): a page whose URL a feed item links gets the item's date, title and author, whichever came
     * first (a page stored in an earlier batch than its item is updated).
     */
    public IngestReport ingest(PageInput input, FeedJoin feeds, Progress progress) throws StoreException {
        return ingest(input, feeds, progress, batch -> { });
    }

    /**
     * The same, handing each batch to {@code onStored} on the store thread once it is committed: its articles as
     * {@link StoryStore#articlesAfter} would read them back just then (store order, seq, story), so a search index
     * kept alongside need not read them back. A listener that blocks holds the next batch (memory stays bounded).
     */
    public IngestReport ingest(PageInput input, FeedJoin feeds, Progress progress,
                               Consumer<List<StoredArticle>> onStored) throws StoreException {
        return ingest(input, feeds, progress, (batch, words) -> onStored.accept(batch));
    }

    /**
     * What {@link #ingest(PageInput, FeedJoin, Progress, BatchListener)} hands each committed batch to, on the store
     * thread: the batch as stored, and the words of each article's title and text as the ingest cut them
     * ({@link TextWords}, aligned with the batch; null where an article has none), for a search index to take
     * instead of tokenizing the strings again.
     */
    @FunctionalInterface
    public interface BatchListener {
        void stored(List<StoredArticle> batch, List<TextWords> words);
    }

    /** The same, the listener also given each article's words ({@link BatchListener}). */
    public IngestReport ingest(PageInput input, FeedJoin feeds, Progress progress, BatchListener onStored)
            throws StoreException {
        return ingest(input, feeds, progress, onStored, a -> { });
    }

    /** The same, each batch also shown to {@code onBatch} on the store thread as its storing starts. */
    private IngestReport ingest(PageInput input, FeedJoin feeds, Progress progress, BatchListener onStored,
                                Consumer<List<ProcessedArticle>> onBatch) throws StoreException {
        ingestLock.lock();
        times = new StageTimes();
        try (IngestRun run = new IngestRun(store, chains.articleChain(), workers, feeds, progress, batchSize,
                batch -> {
                    onBatch.accept(batch);
                    return storeBatch(batch, onStored);
                })) {
            progress.start("Ingesting", -1);
            input.read(run::page, run::failure);
            int added = run.finish();
            for (Map.Entry<String, org.dossier.model.FeedItem> late : feeds.late().entrySet()) {
                Optional<Article> stored = store.article(late.getKey());
                if (stored.isPresent()) {
                    store.updateArticle(FeedJoin.apply(stored.get(), late.getValue()));
                }
            }
            progress.done();
            times.print(System.err, run.pagesRead());
            return new IngestReport(added, run.alreadyStored(), run.failures(), feeds.enriched(), feeds.withoutPage());
        } finally {
            ingestLock.unlock();
        }
    }

    /**
     * Places a batch (joined to its feed items and sorted by {@link IngestRun}) in stories and stores it in one
     * transaction, on the ingest's store thread, then hands it, as stored, to {@code onStored}. Returns how many
     * articles were stored.
     */
    private int storeBatch(List<ProcessedArticle> fresh, BatchListener onStored) throws StoreException {
        long t = times.now();
        StoryAssigner assign = assigner();
        assign.prime(fresh);
        times.add("prime", t);
        BatchStories stories = new BatchStories(fresh.size());
        long lastSeq;
        try {
            long[] last = new long[1];
            long beforeCommit = store.inTransaction(() -> {
                for (ProcessedArticle p : fresh) {
                    long t0 = times.now();
                    StoryAssigner.Assignment a = assign.assign(p, store::storyOf);
                    times.add("assign", t0);
                    long t1 = times.now();
                    store.putArticle(p.page(), a.article());
                    store.assignStory(a.article().id(), a.storyId(), a.article().title());
                    stories.assigned(a.article(), a.storyId(), p.features() == null ? null : p.features().words());
                    for (Map.Entry<String, String> m : a.merges().entrySet()) {
                        store.mergeStory(m.getKey(), m.getValue());
                        stories.merged(m.getKey(), m.getValue());
                    }
                    times.add("store", t1);
                }
                for (Map.Entry<String, String> m : assign.settle().entrySet()) {
                    store.mergeStory(m.getKey(), m.getValue());
                    stories.merged(m.getKey(), m.getValue());
                }
                last[0] = fresh.isEmpty() ? 0 : store.lastSeq(); // this transaction's pages are the newest
                return times.now();
            });
            times.add("commit", beforeCommit);
            lastSeq = last[0];
        } catch (StoreException | RuntimeException e) {
            assigner = null; // it saw articles the store does not have: rebuilt from the store next time
            throw e;
        }
        if (!fresh.isEmpty()) {
            long t2 = times.now();
            onStored.stored(stories.stored(lastSeq), stories.words());
            times.add("hand on", t2);
        }
        return fresh.size();
    }

    /** The assigner, rebuilt from what the store holds on first use, so new pages are compared with old ones. */
    private StoryAssigner assigner() throws StoreException {
        if (assigner == null) {
            StoryAssigner a = chains.storyAssigner();
            for (Article article : store.articles()) {
                a.restore(article, store.storyOf(article.id()));
            }
            assigner = a;
        }
        return assigner;
    }

    /** The stored stories, most articles first. */
    public List<Story> stories() throws StoreException {
        return store.stories();
    }

    /** The stored story with this id, if any. */
    public Optional<Story> story(String id) throws StoreException {
        return store.story(id);
    }

    /**
     * The dossiers of the given stories, in their order: the stories are analysed in parallel on
     * {@code analysisThreads} workers (a big story's articles on the same workers), the same dossiers whatever
     * their number; what had to be annotated is stored for next time.
     */
    public List<StoryDossier> dossiers(List<Story> stories, Progress progress) throws StoreException {
        progress.start("Analysing", stories.stream().mapToInt(s -> s.articleIds().size()).sum());
        analysisLock.lock();
        try {
            List<StoryInput> inputs = new ArrayList<>(stories.size());
            for (Story s : stories) {
                inputs.add(read(s));
            }
            Object stepLock = new Object();
            Runnable step = () -> {
                synchronized (stepLock) {
                    progress.step();
                }
            };
            StoryAnalysis analysis = chains.storyAnalysis();
            // The stories with the most text to annotate start first: a long one started last would run alone.
            List<StoryAnalysis.Result> results = ParallelStories.map(inputs, analysisThreads, StoryInput::textToRead,
                    in -> analysis.analyse(in.story(), in.articles(), in.stored(), step));
            List<StoryDossier> out = new ArrayList<>(results.size());
            store.inTransaction(() -> {
                for (StoryAnalysis.Result r : results) {
                    for (Annotations ann : r.fresh()) {
                        store.putAnnotations(ann);
                    }
                }
                return null;
            });
            results.forEach(r -> out.add(r.dossier()));
            progress.done();
            return out;
        } finally {
            analysisLock.unlock();
        }
    }

    /** One story's dossier; what had to be annotated for it is stored for next time. */
    public StoryDossier dossier(Story story, Progress progress) throws StoreException {
        return analyse(story, progress);
    }

    /** A story's articles as stored, and the annotations already made for them. */
    private record StoryInput(Story story, List<Article> articles, Map<String, Annotations> stored) {
        /** The characters of the articles not annotated yet: the bulk of a story's analysis. */
        long textToRead() {
            return articles.stream().filter(a -> !stored.containsKey(a.id())).mapToLong(a -> a.text().length()).sum();
        }
    }

    private StoryInput read(Story story) throws StoreException {
        List<Article> articles = new ArrayList<>();
        Map<String, Annotations> stored = new HashMap<>();
        for (String id : story.articleIds()) {
            Optional<Article> a = store.article(id);
            if (a.isPresent()) {
                articles.add(a.get());
                store.annotations(id).ifPresent(ann -> stored.put(id, ann));
            }
        }
        return new StoryInput(story, articles, stored);
    }

    private StoryDossier analyse(Story story, Progress progress) throws StoreException {
        analysisLock.lock();
        try {
            StoryInput in = read(story);
            StoryAnalysis.Result r = chains.storyAnalysis().analyse(story, in.articles(), in.stored(), progress::step);
            store.inTransaction(() -> {
                for (Annotations ann : r.fresh()) {
                    store.putAnnotations(ann);
                }
                return null;
            });
            return r.dossier();
        } finally {
            analysisLock.unlock();
        }
    }

    /** Ingests the input, then writes the dossier of every stored story. */
    public Report report(PageInput input, Progress progress) throws StoreException {
        return report(input, new FeedJoin(), progress);
    }

    /** Ingests the input joined to its feeds' items, then writes the dossier of every stored story. */
    public Report report(PageInput input, FeedJoin feeds, Progress progress) throws StoreException {
        try (ModelWarmup warmup = new ModelWarmup(chains::annotator)) {   // models load while a batch is stored
            IngestReport ingest = ingest(input, feeds, progress, (batch, words) -> { }, warmup::storing);
            return new Report(ingest, dossiers(stories(), progress));
        }
    }

    /** What {@link #report} did: the ingest and every story's dossier. */
    public record Report(IngestReport ingest, List<StoryDossier> dossiers) {}
}
