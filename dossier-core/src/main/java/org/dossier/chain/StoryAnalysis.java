package org.dossier.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.dossier.annotate.Annotator;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.anchor.AnchorPolicy;
import org.dossier.resolve.EntityResolver;
import org.dossier.synthesize.Synthesizer;

/**
 * The story analysis: anchor → annotate → resolve → synthesize, from a story's articles to its cited dossier.
 * Touches no store: the caller passes the annotations made before and keeps the new ones
 * ({@link Result#fresh}). The annotator's models are loaded on the first article that needs annotating.
 */
public final class StoryAnalysis {
    private final Supplier<Annotator> annotator;
    private final AnchorPolicy anchors;
    private final EntityResolver resolver;
    private final Synthesizer synthesizer;

    StoryAnalysis(Supplier<Annotator> annotator, AnchorPolicy anchors, EntityResolver resolver, Synthesizer synthesizer) {
        this.annotator = annotator;
        this.anchors = anchors;
        this.resolver = resolver;
        this.synthesizer = synthesizer;
    }

    /** The dossier, and the annotations made for it that were not in {@code stored}. */
    public record Result(StoryDossier dossier, List<Annotations> fresh) {}

    /**
     * Analyses one story. {@code articles} are the story's articles (in any order), {@code stored} the
     * annotations already made, by article id; {@code onArticle} runs once per article, for progress.
     */
    public Result analyse(Story story, List<Article> articles, Map<String, Annotations> stored, Runnable onArticle) {
        List<Article> order = new ArrayList<>(articles);
        Map<String, AnchorPolicy.Anchor> chosen = order.stream().allMatch(a -> stored.containsKey(a.id()))
                ? Map.of() : anchors.choose(order);
        // Originals first: a copy or derivation is anchored on its original's date, whatever its page says.
        order.sort(Comparator.comparing((Article a) -> a.duplicateOf() != null || a.derivedFrom() != null));
        Map<String, Annotations> byId = new HashMap<>();
        List<Annotations> fresh = new ArrayList<>();
        for (Article a : order) {
            Annotations ann = stored.get(a.id());
            if (ann == null) {
                AnchorPolicy.Anchor anchor = anchor(a, chosen, byId);
                ann = annotator.get().annotate(a, anchor.date()).withAnchor(anchor.note(), anchor.estimated());
                fresh.add(ann);
            }
            byId.put(a.id(), ann);
            onArticle.run();
        }
        List<AnnotatedArticle> annotated = order.stream()
                .sorted(Comparator.comparingInt(a -> story.articleIds().indexOf(a.id())))
                .map(a -> new AnnotatedArticle(a, byId.get(a.id()))).toList();
        return new Result(synthesizer.synthesize(story, annotated, resolver.resolve(annotated)), fresh);
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
}
