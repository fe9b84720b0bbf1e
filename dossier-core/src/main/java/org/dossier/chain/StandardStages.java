package org.dossier.chain;

import java.time.Clock;
import org.dossier.anchor.AnchorPolicy;
import org.dossier.anchor.StoryAnchorPolicy;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.AnnotatorByLanguage;
import org.dossier.annotate.CoreNlpAnnotator;
import org.dossier.cluster.ClusterParams;
import org.dossier.cluster.IncrementalClusterer;
import org.dossier.cluster.StoryClusterer;
import org.dossier.dedup.Deduplicator;
import org.dossier.dedup.MinHashDeduplicator;
import org.dossier.extract.PageExtractor;
import org.dossier.extract.Extractor;
import org.dossier.language.LanguageIdentifier;
import org.dossier.language.LanguageSupport;
import org.dossier.language.Languages;
import org.dossier.language.LinguaIdentifier;
import org.dossier.resolve.EntityResolver;
import org.dossier.resolve.NameResolver;
import org.dossier.synthesize.DossierSynthesizer;
import org.dossier.synthesize.Synthesizer;

/**
 * The standard implementation of every stage. The clock is the one source of "today" for the stages that need it.
 * A test that needs one stage replaced overrides its method.
 */
public class StandardStages implements StageFactory {
    private static final long serialVersionUID = 1L;

    private final Clock clock;

    public StandardStages(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Extractor extractor() {
        return new PageExtractor();
    }

    @Override
    public LanguageIdentifier language() {
        return new LinguaIdentifier();
    }

    @Override
    public Deduplicator deduplicator() {
        return new MinHashDeduplicator();
    }

    @Override
    public StoryClusterer incrementalClusterer() {
        return new IncrementalClusterer(ClusterParams.INCREMENTAL, story -> { });
    }

    /**
     * CoreNLP for each language the registry has a model for (English today). An article in a language without
     * a model is read with the English model, as before the registry chose; reading such languages natively, or
     * saying plainly that Dossier cannot, is the next step for languages.
     */
    @Override
    public Annotator annotator() {
        return new AnnotatorByLanguage(language -> new CoreNlpAnnotator(clock), StandardStages::modelLanguage);
    }

    /** The language whose model reads an article: its own where the registry has one, else English. */
    static String modelLanguage(String language) {
        return Languages.of(language).filter(LanguageSupport::annotatorModel).map(LanguageSupport::code).orElse("en");
    }

    @Override
    public AnchorPolicy anchorPolicy() {
        return new StoryAnchorPolicy(clock);
    }

    @Override
    public EntityResolver resolver() {
        return new NameResolver();
    }

    @Override
    public Synthesizer synthesizer() {
        return new DossierSynthesizer();
    }
}
