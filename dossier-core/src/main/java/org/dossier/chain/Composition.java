package org.dossier.chain;

import java.io.Serializable;
import java.time.Clock;
import org.dossier.anchor.AnchorPolicy;
import org.dossier.annotate.Annotator;
import org.dossier.cluster.BatchClustering;
import org.dossier.cluster.ClusterParams;
import org.dossier.cluster.IncrementalClusterer;

/**
 * The one composition of Dossier's stages, in the manner of Lucene's {@code Analyzer.createComponents}: every
 * front end (command line, benchmarks, server, cluster job) gets its chains here, so no stage is wired twice.
 * <pre>
 *   article chain   RawPage ─▶ extract ─▶ language                       (pure, shared by threads)
 *   story assigner  article ─▶ dedup ─▶ copy? its original's story : cluster   (stateful, one thread)
 *   story analysis  story ─▶ anchor ─▶ annotate ─▶ resolve ─▶ synthesize (models loaded on first use)
 * </pre>
 * Serializable with its factory, so a distributed job builds the chains once per worker JVM.
 */
public final class Composition implements Serializable {
    private static final long serialVersionUID = 1L;

    private final StageFactory stages;
    private transient volatile ArticleChain articleChain;
    private transient volatile Annotator annotator;

    public Composition(StageFactory stages) {
        this.stages = stages;
    }

    /** The standard stages, "today" read from {@code clock}. */
    public static Composition standard(Clock clock) {
        return new Composition(new StandardStages(clock));
    }

    /** The standard stages on the system clock. */
    public static Composition standard() {
        return standard(Clock.systemDefaultZone());
    }

    /** Extract and language: one chain, shared (it holds no per-page state). */
    public ArticleChain articleChain() {
        ArticleChain c = articleChain;
        if (c == null) {
            c = new ArticleChain(stages.extractor(), stages.language());
            articleChain = c;
        }
        return c;
    }

    /** A new story assigner (dedup + copy routing + the incremental clusterer ingest runs), empty. */
    public StoryAssigner storyAssigner() {
        return new StoryAssigner(stages.deduplicator(), stages.incrementalClusterer());
    }

    /** A new batch clusterer for a whole set at once ({@code dossier cluster}; see {@link BatchClustering} for how it differs). */
    public BatchClustering batchClustering() {
        return new BatchClustering(new IncrementalClusterer(ClusterParams.DEFAULT, story -> { }));
    }

    /** The story analysis; its annotator is made once per composition, when first needed. */
    public StoryAnalysis storyAnalysis() {
        return new StoryAnalysis(this::annotator, stages.anchorPolicy(), stages.resolver(), stages.synthesizer());
    }

    /** The anchor policy (stateless), for a front end that annotates articles outside a story ({@code dossier annotate}). */
    public AnchorPolicy anchorPolicy() {
        return stages.anchorPolicy();
    }

    /** The annotate stage, made once per composition when first needed; safe to share between threads. */
    public Annotator annotator() {
        Annotator a = annotator;
        if (a == null) {
            synchronized (this) {
                if (annotator == null) {
                    annotator = stages.annotator();
                }
                a = annotator;
            }
        }
        return a;
    }
}
