package org.dossier.pipeline;

import java.time.Clock;
import org.dossier.anchor.StoryAnchorPolicy;
import org.dossier.annotate.CoreNlpAnnotator;
import org.dossier.cluster.ClusterParams;
import org.dossier.cluster.IncrementalClusterer;
import org.dossier.dedup.MinHashDeduplicator;
import org.dossier.extract.DefaultExtractor;
import org.dossier.ingest.FilePageSource;
import org.dossier.language.LinguaIdentifier;
import org.dossier.resolve.NameResolver;
import org.dossier.synthesize.DossierSynthesizer;

/** The standard implementation of every stage, wired in pipeline order. */
public final class StandardStages {
    private StandardStages() {}

    /** The standard stages on the system clock. */
    public static Stages create() {
        return create(Clock.systemDefaultZone());
    }

    /** The standard stages; {@code clock} gives "today" to the stages that need it (anchor policy, annotator). */
    public static Stages create(Clock clock) {
        return new Stages(
                new FilePageSource(),
                new DefaultExtractor(),
                new LinguaIdentifier(),
                new MinHashDeduplicator(),
                new IncrementalClusterer(ClusterParams.INCREMENTAL, story -> { }),
                () -> new CoreNlpAnnotator(clock),
                new StoryAnchorPolicy(clock),
                new NameResolver(),
                new DossierSynthesizer());
    }
}
