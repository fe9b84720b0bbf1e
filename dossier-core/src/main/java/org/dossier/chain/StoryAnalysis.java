package org.dossier.chain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.NameEvidence;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.anchor.Anchor;
import org.dossier.anchor.AnchorPolicy;
import org.dossier.resolve.EntityResolver;
import org.dossier.synthesize.Synthesizer;

/**
 * The story analysis: anchor → annotate → resolve → synthesize, from a story's articles to its cited dossier.
 * Touches no store: the caller passes the annotations made before and keeps the new ones
 * ({@link Result#fresh}). The anchor policy decides every article's anchor first, so the articles are then
 * annotated independently, in parallel (articles of the same text, language and anchor once for all of them). The
 * annotator's models are loaded on the first article that needs it, before any article's budget starts. Each
 * article's annotation has a run-time budget ({@link PageBudget#annotation}, 60 s of CPU time): one that runs away
 * (a pathological text for the tokenizer or the rules) is cut off, the article is listed in the dossier with no
 * annotations and the reason ({@link #CUT_OFF}, in {@link Annotations#analysis}), the rest of the story is
 * analysed, and nothing is stored for it (it is tried again next time). An article whose annotation fails (a fault
 * of the rules on one text) is listed the same way with the failure ({@link #CUT_OFF} "failed (…)"), and a story
 * whose analysis fails past its annotation still gives a dossier: its articles listed, each with the failure
 * ({@link #STORY_FAILED}), so one story never costs the others theirs.
 */
public final class StoryAnalysis {
    private final Supplier<Annotator> annotator;
    private final AnchorPolicy anchors;
    private final EntityResolver resolver;
    private final Synthesizer synthesizer;
    private final PageBudget budget;
    /** The start of the note an article cut off by its budget carries, before the budget's "took longer than N s". */
    public static final String CUT_OFF = "not analysed: its annotation ";
    /** The start of the note every article of a story carries when the story's analysis failed. */
    public static final String STORY_FAILED = "not analysed: the story's analysis failed ";

    StoryAnalysis(Supplier<Annotator> annotator, AnchorPolicy anchors, EntityResolver resolver, Synthesizer synthesizer) {
        this(annotator, anchors, resolver, synthesizer, PageBudget.annotation());
    }

    StoryAnalysis(Supplier<Annotator> annotator, AnchorPolicy anchors, EntityResolver resolver, Synthesizer synthesizer,
                  PageBudget budget) {
        this.budget = budget;
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
    public Result analyse(Story story, List<Article> articles, Map<String, Annotations> kept, Runnable onArticle) {
        try {
            return analyseFully(story, articles, kept, onArticle);
        } catch (RuntimeException e) {
            String why = STORY_FAILED + "(" + describe(e) + ")";
            List<AnnotatedArticle> none = inStoryOrder(story, articles).stream().map(a -> new AnnotatedArticle(a,
                    new Annotations(a.id(), a.published(), List.of(), List.of(), List.of(), List.of()).withAnalysis(why)))
                    .toList();
            return new Result(synthesizer.synthesize(story, none, resolver.resolve(none)), List.of());
        }
    }

    private Result analyseFully(Story story, List<Article> articles, Map<String, Annotations> kept, Runnable onArticle) {
        Map<String, Annotations> stored = current(articles, kept);
        Map<String, Anchor> anchored = new HashMap<>();
        stored.forEach((id, ann) -> anchored.put(id, Anchor.of(ann)));
        Map<String, Anchor> chosen = anchors.choose(articles, anchored);
        List<Article> toAnnotate = articles.stream().filter(a -> !stored.containsKey(a.id())).toList();
        articles.stream().filter(a -> stored.containsKey(a.id())).forEach(a -> onArticle.run());
        Runnable step = () -> {
            synchronized (onArticle) {
                onArticle.run();
            }
        };
        // Each article is annotated against its own anchor, decided above: independent work, on every core. Articles
        // alike in text, language and anchor (reposts, one agency's copy) are annotated once: the annotate stage reads
        // nothing else of an article, so each of them gets what annotating it would give.
        record Alike(String text, String language, LocalDate anchor) {}
        Map<Alike, List<Article>> alike = new LinkedHashMap<>();
        for (Article a : toAnnotate) {
            alike.computeIfAbsent(new Alike(a.text(), a.language(), chosen.get(a.id()).date()), k -> new ArrayList<>())
                    .add(a);
        }
        Map<String, Annotations> made = new ConcurrentHashMap<>();
        Annotator reader = toAnnotate.isEmpty() ? null : annotator.get();   // models load outside any budget
        new ArrayList<>(alike.values()).parallelStream().forEach(group -> {
            Article first = group.get(0);
            Annotations once = annotateWithin(reader, first, chosen.get(first.id()).date());
            for (Article a : group) {
                made.put(a.id(), chosen.get(a.id()).recordedIn(once.withArticleId(a.id())));
                step.run();
            }
        });
        Map<String, Annotations> byId = new HashMap<>(stored);
        made.forEach(byId::put);
        List<Annotations> fresh = toAnnotate.stream().map(a -> made.get(a.id()))
                .filter(ann -> !isCutOff(ann)).toList();
        List<AnnotatedArticle> annotated = inStoryOrder(story, articles).stream()
                .map(a -> new AnnotatedArticle(a, byId.get(a.id()))).toList();
        // Articles read without a model carry name candidates: the story's other articles confirm them or not.
        annotated = NameEvidence.confirm(annotated);
        return new Result(synthesizer.synthesize(story, annotated, resolver.resolve(annotated)), fresh);
    }

    /** The articles in the story's order (one the story does not list first). */
    private static List<Article> inStoryOrder(Story story, List<Article> articles) {
        Map<String, Integer> place = new HashMap<>();
        for (String id : story.articleIds()) {
            place.putIfAbsent(id, place.size());
        }
        return articles.stream().sorted(Comparator.comparingInt(a -> place.getOrDefault(a.id(), -1))).toList();
    }

    /** The article's annotations, or none with the reason when they took longer than the budget or failed. */
    private Annotations annotateWithin(Annotator reader, Article article, LocalDate anchor) {
        try {
            return budget.run(() -> reader.annotate(article, anchor));
        } catch (PageBudget.Exceeded e) {
            return new Annotations(article.id(), anchor, List.of(), List.of(), List.of(), List.of())
                    .withAnalysis(CUT_OFF + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Annotations(article.id(), anchor, List.of(), List.of(), List.of(), List.of())
                    .withAnalysis(CUT_OFF + "failed (" + describe(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while annotating " + article.id(), e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A failure in one line: its kind, its message (cut to 160 characters) and where in Dossier's code it arose, so a
     * report's reader can file it without a stack trace.
     */
    static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ");
        if (message.length() > 162) {
            message = message.substring(0, 160) + "…";
        }
        String at = "";
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("org.dossier.")) {
                String cls = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1);
                at = " at " + cls + "." + f.getMethodName() + ":" + f.getLineNumber();
                break;
            }
        }
        return e.getClass().getSimpleName() + message + at;
    }

    /** Whether these are the empty annotations of an article its budget cut off. */
    static boolean isCutOff(Annotations ann) {
        return ann.analysis() != null && ann.analysis().startsWith(CUT_OFF) && ann.sentences().isEmpty();
    }

    /**
     * The stored annotations the annotator would make the same way: those of another annotator or older rules (an
     * article an older build read with the English model) are left out, so the article is annotated again.
     */
    private Map<String, Annotations> current(List<Article> articles, Map<String, Annotations> stored) {
        Map<String, Annotations> out = new HashMap<>();
        Annotator reader = stored.isEmpty() ? null : annotator.get();
        for (Article a : articles) {
            Annotations s = stored.get(a.id());
            String tag = s == null ? null : reader.tagFor(a.language());
            if (s != null && (tag == null || tag.equals(s.annotatedBy()))) {
                out.put(a.id(), s);
            }
        }
        return out;
    }
}
