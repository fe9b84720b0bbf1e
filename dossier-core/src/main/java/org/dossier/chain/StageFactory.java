package org.dossier.chain;

import java.io.Serializable;
import org.dossier.annotate.Annotator;
import org.dossier.cluster.StoryClusterer;
import org.dossier.dedup.Deduplicator;
import org.dossier.extract.Extractor;
import org.dossier.language.LanguageIdentifier;
import org.dossier.anchor.AnchorPolicy;
import org.dossier.resolve.EntityResolver;
import org.dossier.synthesize.Synthesizer;

/**
 * Makes the stages a {@link Composition} chains. Serializable, so a distributed job can ship one factory to
 * its workers and build the stages once per JVM or partition; each call returns a new stage (stateful stages —
 * dedup and clustering — are used from one thread; the others are safe to share).
 */
public interface StageFactory extends Serializable {
    Extractor extractor();

    LanguageIdentifier language();

    Deduplicator deduplicator();

    /** The clusterer ingest runs: one pass, each article placed once as it arrives. */
    StoryClusterer incrementalClusterer();

    /** Loads models: called only when an article needs annotating, once per composition. */
    Annotator annotator();

    AnchorPolicy anchorPolicy();

    EntityResolver resolver();

    Synthesizer synthesizer();
}
