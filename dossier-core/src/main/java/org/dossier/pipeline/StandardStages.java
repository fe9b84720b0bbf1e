package org.dossier.pipeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.annotate.AnchorChooser;
import org.dossier.annotate.CoreNlpAnnotator;
import org.dossier.cluster.ClusterParams;
import org.dossier.cluster.IncrementalClusterer;
import org.dossier.dedup.MinHashDeduplicator;
import org.dossier.extract.PageExtractor;
import org.dossier.ingest.FilePageSource;
import org.dossier.language.LinguaIdentifier;
import org.dossier.model.Article;
import org.dossier.resolve.NameResolver;
import org.dossier.synthesize.DossierSynthesizer;

/** The standard implementation of every stage, wired in pipeline order. */
public final class StandardStages {
    private StandardStages() {}

    private static Map<String, AnchorPolicy.Anchor> anchors(List<Article> story) {
        Map<String, AnchorPolicy.Anchor> out = new LinkedHashMap<>();
        Map<String, LocalDate> published = new HashMap<>();
        story.forEach(a -> published.put(a.id(), a.published()));
        AnchorChooser.chooseStory(story).forEach((id, c) -> out.put(id, new AnchorPolicy.Anchor(c.date(),
                c.date() != null && c.date().equals(published.get(id)) ? null : c.note(), c.fromStory())));
        return out;
    }

    public static Stages create() {
        return new Stages(
                new FilePageSource(),
                new PageExtractor(),
                new LinguaIdentifier(),
                new MinHashDeduplicator(),
                new IncrementalClusterer(ClusterParams.INCREMENTAL, story -> { }),
                CoreNlpAnnotator::new,
                StandardStages::anchors,
                new NameResolver(),
                new DossierSynthesizer());
    }
}
