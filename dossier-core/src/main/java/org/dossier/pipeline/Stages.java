package org.dossier.pipeline;

import java.util.function.Supplier;
import org.dossier.anchor.AnchorPolicy;
import org.dossier.annotate.Annotator;
import org.dossier.cluster.StoryClusterer;
import org.dossier.dedup.Deduplicator;
import org.dossier.extract.Extractor;
import org.dossier.ingest.PageSource;
import org.dossier.language.LanguageIdentifier;
import org.dossier.resolve.EntityResolver;
import org.dossier.synthesize.Synthesizer;

/**
 * The stages a {@link Pipeline} runs, in pipeline order. The annotator is supplied lazily because its
 * models are expensive: commands that never annotate never load them.
 */
public record Stages(
        PageSource source,
        Extractor extractor,
        LanguageIdentifier language,
        Deduplicator dedup,
        StoryClusterer clusterer,
        Supplier<Annotator> annotator,
        AnchorPolicy anchors,
        EntityResolver resolver,
        Synthesizer synthesizer) {}
