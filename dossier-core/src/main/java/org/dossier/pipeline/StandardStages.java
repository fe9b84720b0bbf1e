package org.dossier.pipeline;

import org.dossier.annotate.AnchorChoice;
import org.dossier.annotate.AnchorChooser;
import org.dossier.annotate.CoreNlpAnnotator;
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

    public static Stages create() {
        return new Stages(
                new FilePageSource(),
                new DefaultExtractor(),
                new LinguaIdentifier(),
                new MinHashDeduplicator(),
                new IncrementalClusterer(),
                CoreNlpAnnotator::new,
                (article, storyDates) -> {
                    AnchorChoice c = AnchorChooser.choose(article, storyDates);
                    return new AnchorPolicy.Anchor(c.date(), c.note());
                },
                new NameResolver(),
                new DossierSynthesizer());
    }
}
