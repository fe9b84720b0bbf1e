package org.dossier.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dossier.chain.Composition;
import org.dossier.chain.StoryAnalysis;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.render.JsonRenderer;

/**
 * The analysis of one story in an executor: its rows (one per distinct article, the article's columns with
 * {@code story_id}, {@code story_title}, {@code duplicate_of}, {@code derived_from}) become the story's articles in
 * the order the stories step placed them (date, undated last, then input order: the order {@code dossier ingest}
 * stores them in), and the broadcast {@link Composition}'s {@link StoryAnalysis} makes the dossier. The CoreNLP models
 * are process-wide and load on the first article annotated in the executor JVM, once, whatever the number of tasks
 * and stories. The analysis runs on a pool of one thread per task, so a task uses the one core Spark gave it (the
 * analysis annotates a story's articles with a parallel stream). One staged row per story: its dossier as JSON and
 * the rows of each table of {@link DossierTables}, or the reason its analysis failed.
 */
final class StoryAnalyser implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<Composition> composition;
    private transient StoryAnalysis analysis;

    StoryAnalyser(Broadcast<Composition> composition) {
        this.composition = composition;
    }

    @Override
    public Iterator<Row> call(String storyId, Iterator<Row> rows) {
        List<Row> members = new ArrayList<>();
        rows.forEachRemaining(members::add);
        members.sort(PLACED);
        List<Article> articles = new ArrayList<>();
        for (Row r : members) {
            articles.add(ArticleRows.toArticle(r).withDuplicateOf(r.getAs("duplicate_of"), r.getAs("derived_from")));
        }
        Story story = new Story(storyId, members.get(0).getAs("story_title"),
                articles.stream().map(Article::id).toList());
        Object[] staged = new Object[AnalysisStep.STAGED.size()];
        staged[0] = storyId;
        try {
            StoryDossier dossier = analyse(story, articles);
            staged[1] = new JsonRenderer().render(List.of(dossier));
            for (int i = 0; i < DossierTables.NAMES.size(); i++) {
                staged[3 + i] = DossierTables.rows(DossierTables.NAMES.get(i), dossier).toArray(Row[]::new);
            }
        } catch (RuntimeException e) {
            staged[2] = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            for (int i = 0; i < DossierTables.NAMES.size(); i++) {
                staged[3 + i] = new Row[0];
            }
        }
        return List.of(RowFactory.create(staged)).iterator();
    }

    private StoryDossier analyse(Story story, List<Article> articles) {
        if (analysis == null) {
            analysis = composition.value().storyAnalysis();
        }
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            return one.submit(() -> analysis.analyse(story, articles, Map.of(), () -> { }).dossier()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            one.shutdown();
        }
    }

    /** The order the stories step places articles in: date (undated last), then input order. */
    private static final Comparator<Row> PLACED = Comparator
            .comparing((Row r) -> (LocalDate) r.getAs("published"), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(r -> r.<Integer>getAs("input_index"))
            .thenComparingInt(r -> r.<Integer>getAs("record_index"));
}
