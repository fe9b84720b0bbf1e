package org.dossier.chain;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.dossier.anchor.AnchorPolicy;
import org.dossier.anchor.StoryAnchorPolicy;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.AnnotatorByLanguage;
import org.dossier.annotate.CoreNlpAnnotator;
import org.dossier.annotate.NameEvidenceAnnotator;
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
import org.dossier.resolve.EntityIndex;
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
     * CoreNLP for each language that has a model here (English; German, French and Spanish where the optional
     * models are on the class path). An article in another language is read with no model of another language:
     * {@link NameEvidenceAnnotator}, which says so in the dossier.
     */
    @Override
    public Annotator annotator() {
        return new AnnotatorByLanguage(model -> model.equals(AnnotatorByLanguage.NO_MODEL)
                ? new NameEvidenceAnnotator(clock, StandardStages::withoutModel)
                : new CoreNlpAnnotator(clock, model), StandardStages::modelLanguage);
    }

    /**
     * The language whose model reads an article: its own where the registry names one that this process has; a
     * language without such a model, in the registry or not, is read with none ({@link AnnotatorByLanguage#NO_MODEL});
     * an undetermined language (null, blank, "und") with English, as before languages were told.
     */
    static String modelLanguage(String language) {
        if (language == null || language.isBlank() || language.strip().equalsIgnoreCase("und")) {
            return "en";
        }
        Optional<LanguageSupport> l = Languages.of(language);
        if (l.isEmpty()) {
            return AnnotatorByLanguage.NO_MODEL;
        }
        return switch (l.get().model()) {
            case BUILT_IN -> l.get().code();
            case OPTIONAL -> CoreNlpAnnotator.hasModel(l.get().code()) ? l.get().code() : AnnotatorByLanguage.NO_MODEL;
            case NONE -> AnnotatorByLanguage.NO_MODEL;
        };
    }

    /** Why an article in a language (ISO 639-1) is read without a model, as its dossier entry says it. */
    static String withoutModel(String language) {
        Optional<LanguageSupport> l = Languages.of(language);
        String name = l.map(s -> s.lingua().name().charAt(0) + s.lingua().name().substring(1).toLowerCase(Locale.ROOT))
                .orElse(String.valueOf(language));
        String why = l.map(LanguageSupport::model).orElse(LanguageSupport.Model.NONE) == LanguageSupport.Model.OPTIONAL
                ? "the " + name + " model is not installed (./dossier enable-languages adds it)"
                : "Dossier has no " + name + " model";
        return "not analysed fully: " + why + "; entities only where other articles of the story confirm the name"
                + " or, for people, a role or first name introduces them";
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
        return new DossierSynthesizer(EntityIndex::new);
    }
}
