package org.dossier.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.annotate.Annotator;
import org.dossier.cluster.StoryClusterer;
import org.dossier.extract.ExtractionException;
import org.dossier.ingest.InputFailure;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.RawPage;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.store.Store;
import org.dossier.store.StoreException;
import org.dossier.text.TextFeatures;

/**
 * The pipeline in one place: ingest → extract → language → dedup → cluster (on {@link #ingest}), then
 * annotate → resolve → synthesize (on {@link #dossier}). Rendering is left to the caller. Dedup and
 * cluster state is rebuilt from the store on first use, so stories grow as pages arrive.
 */
public final class Pipeline {
    private final Stages stages;
    private final Store store;
    private Annotator annotator;
    private boolean warm;

    public Pipeline(Stages stages, Store store) {
        this.stages = stages;
        this.store = store;
    }

    /** Reads, extracts, deduplicates and clusters the pages under {@code paths}; stores them in one transaction. */
    public IngestReport ingest(List<Path> paths, Progress progress) throws StoreException {
        List<InputFailure> failures = new ArrayList<>();
        List<RawPage> pages = stages.source().read(paths, failures::add);
        warmUp();
        progress.start("Extracting", pages.size());
        List<Extracted> fresh = new ArrayList<>();
        Set<String> batchIds = new HashSet<>();
        int already = 0;
        for (RawPage page : pages) {
            progress.step();
            if (store.hasPage(page.id()) || !batchIds.add(page.id())) {
                already++;
                continue;
            }
            extract(page, failures).ifPresent(a -> fresh.add(new Extracted(page, a, TextFeatures.of(a.title(), a.text()))));
        }
        progress.done();
        fresh.sort(Comparator.comparing((Extracted e) -> e.article().published(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        fresh.forEach(e -> stages.clusterer().prime(doc(e.article(), e.features())));
        store.inTransaction(() -> {
            for (Extracted e : fresh) {
                Article a = stages.dedup().add(e.article(), e.features());
                String story = storyFor(a, e.features());
                store.putArticle(e.page(), a);
                store.assignStory(a.id(), story, a.title());
                for (Map.Entry<String, String> m : stages.clusterer().takeMerges().entrySet()) {
                    store.mergeStory(m.getKey(), m.getValue());
                }
            }
            return null;
        });
        return new IngestReport(fresh.size(), already, failures);
    }

    private Optional<Article> extract(RawPage page, List<InputFailure> failures) {
        try {
            Article a = stages.extractor().extract(page);
            return Optional.of(a.withLanguage(stages.language().identify(a.text())));
        } catch (ExtractionException e) {
            failures.add(new InputFailure(page.source(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(new InputFailure(page.source(), "could not extract an article (" + e.getClass().getSimpleName() + ")"));
        }
        return Optional.empty();
    }

    /** Feeds what the store holds to dedup and clustering, once, so new pages are compared with old ones. */
    private void warmUp() throws StoreException {
        if (warm) {
            return;
        }
        for (Article a : store.articles()) {
            TextFeatures features = TextFeatures.of(a.title(), a.text());
            stages.dedup().add(a, features);
            Optional<String> story = store.storyOf(a.id());
            if (story.isPresent()) {
                stages.clusterer().restore(doc(a, features), story.get());
            }
        }
        warm = true;
    }

    /** A copy or derivation goes where its original is; any other article is clustered. */
    private String storyFor(Article a, TextFeatures features) throws StoreException {
        String original = a.duplicateOf() != null ? a.duplicateOf() : a.derivedFrom();
        Optional<String> story = original == null ? Optional.empty() : store.storyOf(original);
        if (story.isPresent()) {
            stages.clusterer().restore(doc(a, features), story.get());
            return story.get();
        }
        return stages.clusterer().assign(doc(a, features));
    }

    private static StoryClusterer.Doc doc(Article a, TextFeatures features) {
        return new StoryClusterer.Doc(a.id(), a.title(), a.text(), a.published(), a.language(), features);
    }

    /** The dossiers of the given stories. */
    public List<StoryDossier> dossiers(List<Story> stories, Progress progress) throws StoreException {
        int total = stories.stream().mapToInt(s -> s.articleIds().size()).sum();
        progress.start("Analysing", total);
        List<StoryDossier> out = new ArrayList<>();
        for (Story s : stories) {
            out.add(dossier(s, progress));
        }
        progress.done();
        return out;
    }

    /** Annotates what is not yet annotated (stored for next time), resolves entities and writes the dossier. */
    public StoryDossier dossier(Story story, Progress progress) throws StoreException {
        List<Article> articles = new ArrayList<>();
        for (String id : story.articleIds()) {
            store.article(id).ifPresent(articles::add);
        }
        Map<String, AnchorPolicy.Anchor> anchors = articles.stream().allMatch(a -> hasAnnotations(a))
                ? Map.of() : stages.anchors().choose(articles);
        // Originals first: a copy or derivation is anchored on its original's date, whatever its page says.
        articles.sort(Comparator.comparing((Article a) -> a.duplicateOf() != null || a.derivedFrom() != null));
        Map<String, Annotations> byId = new HashMap<>();
        List<Annotations> fresh = new ArrayList<>();
        for (Article a : articles) {
            Annotations ann = store.annotations(a.id()).orElse(null);
            if (ann == null) {
                AnchorPolicy.Anchor anchor = anchor(a, anchors, byId);
                ann = annotator().annotate(a, anchor.date()).withAnchor(anchor.note(), anchor.estimated());
                fresh.add(ann);
            }
            byId.put(a.id(), ann);
            progress.step();
        }
        List<AnnotatedArticle> annotated = articles.stream()
                .sorted(Comparator.comparingInt(a -> story.articleIds().indexOf(a.id())))
                .map(a -> new AnnotatedArticle(a, byId.get(a.id()))).toList();
        store.inTransaction(() -> {
            for (Annotations ann : fresh) {
                store.putAnnotations(ann);
            }
            return null;
        });
        return stages.synthesizer().synthesize(story, annotated, stages.resolver().resolve(annotated));
    }

    private boolean hasAnnotations(Article a) {
        try {
            return store.annotations(a.id()).isPresent();
        } catch (StoreException e) {
            return false;
        }
    }

    private static AnchorPolicy.Anchor anchor(Article a, Map<String, AnchorPolicy.Anchor> anchors,
                                              Map<String, Annotations> done) {
        String original = a.duplicateOf() != null ? a.duplicateOf() : a.derivedFrom();
        Annotations of = original == null ? null : done.get(original);
        if (of != null && of.anchor() != null) {
            return new AnchorPolicy.Anchor(of.anchor(), "dated from the article it copies ("
                    + of.anchor() + ")" + (a.published() == null ? "" : "; the page says " + a.published()),
                    of.anchorEstimated());
        }
        return anchors.getOrDefault(a.id(), new AnchorPolicy.Anchor(a.published(), null));
    }

    private Annotator annotator() {
        if (annotator == null) {
            annotator = stages.annotator().get();
        }
        return annotator;
    }

    /** A page's article and the features of its title and text, shared by dedup and clustering. */
    private record Extracted(RawPage page, Article article, TextFeatures features) {}
}
