package org.dossier.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.dossier.chain.Composition;
import org.dossier.chain.ProcessedArticle;
import org.dossier.chain.StoryAnalysis;
import org.dossier.chain.StoryAssigner;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.InputFailure;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.port.PageInput;
import org.dossier.port.StoreException;
import org.dossier.port.StoryStore;

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
    private StoryAssigner assigner;

    public Workspace(StoryStore store, Composition chains) {
        this.store = store;
        this.chains = chains;
    }

    public StoryStore store() {
        return store;
    }

    /**
     * Reads, extracts, deduplicates and clusters the input's pages; stores them in one transaction. Pages already
     * stored (or twice in the input) are counted and skipped; an unreadable page is reported and the rest goes on.
     * If the batch cannot be stored, nothing of it is kept, in the store or in memory.
     */
    public IngestReport ingest(PageInput input, Progress progress) throws StoreException {
        ingestLock.lock();
        try {
            List<InputFailure> failures = new ArrayList<>();
            int[] already = new int[1];
            List<ProcessedArticle> fresh = extract(input, failures, already, progress);
            fresh.sort(Comparator.comparing((ProcessedArticle p) -> p.article().published(),
                    Comparator.nullsLast(Comparator.naturalOrder())));
            StoryAssigner assign = assigner();
            assign.prime(fresh);
            try {
                store.inTransaction(() -> {
                    for (ProcessedArticle p : fresh) {
                        StoryAssigner.Assignment a = assign.assign(p, store::storyOf);
                        store.putArticle(p.page(), a.article());
                        store.assignStory(a.article().id(), a.storyId(), a.article().title());
                        for (Map.Entry<String, String> m : a.merges().entrySet()) {
                            store.mergeStory(m.getKey(), m.getValue());
                        }
                    }
                    return null;
                });
            } catch (StoreException | RuntimeException e) {
                assigner = null; // it saw articles the store does not have: rebuilt from the store next time
                throw e;
            }
            return new IngestReport(fresh.size(), already[0], failures);
        } finally {
            ingestLock.unlock();
        }
    }

    /**
     * The input's new pages as articles, in input order; extraction runs on every core, a chunk at a time.
     * Pages already stored or seen earlier in the input are counted into {@code already[0]}.
     */
    private List<ProcessedArticle> extract(PageInput input, List<InputFailure> failures, int[] already, Progress progress)
            throws StoreException {
        List<ProcessedArticle> out = new ArrayList<>();
        ParallelArticles extract = new ParallelArticles(chains.articleChain(), out::add, failures::add, progress::step);
        Set<String> batchIds = new HashSet<>();
        StoreException[] storeFailure = new StoreException[1];
        progress.start("Extracting", -1);
        input.read(page -> {
            try {
                if (storeFailure[0] != null) {
                    return;
                }
                if (store.hasPage(page.id()) || !batchIds.add(page.id())) {
                    already[0]++;
                    return;
                }
            } catch (StoreException e) {
                storeFailure[0] = e;
                return;
            }
            extract.accept(page);
        }, failures::add);
        if (storeFailure[0] != null) {
            throw storeFailure[0];
        }
        extract.flush();
        progress.done();
        return out;
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

    /** The dossiers of the given stories. */
    public List<StoryDossier> dossiers(List<Story> stories, Progress progress) throws StoreException {
        progress.start("Analysing", stories.stream().mapToInt(s -> s.articleIds().size()).sum());
        List<StoryDossier> out = new ArrayList<>();
        for (Story s : stories) {
            out.add(analyse(s, progress));
        }
        progress.done();
        return out;
    }

    /** One story's dossier; what had to be annotated for it is stored for next time. */
    public StoryDossier dossier(Story story, Progress progress) throws StoreException {
        return analyse(story, progress);
    }

    private StoryDossier analyse(Story story, Progress progress) throws StoreException {
        analysisLock.lock();
        try {
            List<Article> articles = new ArrayList<>();
            Map<String, Annotations> stored = new HashMap<>();
            for (String id : story.articleIds()) {
                Optional<Article> a = store.article(id);
                if (a.isPresent()) {
                    articles.add(a.get());
                    store.annotations(id).ifPresent(ann -> stored.put(id, ann));
                }
            }
            StoryAnalysis.Result r = chains.storyAnalysis().analyse(story, articles, stored, progress::step);
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
        IngestReport ingest = ingest(input, progress);
        return new Report(ingest, dossiers(stories(), progress));
    }

    /** What {@link #report} did: the ingest and every story's dossier. */
    public record Report(IngestReport ingest, List<StoryDossier> dossiers) {}
}
