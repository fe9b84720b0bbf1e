package org.dossier.annotate;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.dossier.language.Languages;
import org.dossier.model.Annotations;
import org.dossier.model.Article;

/**
 * The annotate stage for articles in several languages: each article goes to the annotator of its language
 * where the language registry says there is a model for it, else to the fallback model's. Annotators are
 * made on first use, once per language model, so a run that meets only English loads only the English models.
 */
public final class AnnotatorByLanguage implements Annotator {
    private final Function<String, Annotator> factory;
    private final String fallback;
    private final Map<String, Annotator> made = new ConcurrentHashMap<>();

    /**
     * @param factory  makes the annotator of a model language (an ISO 639-1 code the registry marks as having a model)
     * @param fallback the model language for articles in a language without a model of its own, or of none known
     */
    public AnnotatorByLanguage(Function<String, Annotator> factory, String fallback) {
        this.factory = factory;
        this.fallback = fallback;
    }

    /** The model language an article in {@code language} is annotated with. */
    public String modelFor(String language) {
        return Languages.of(language).filter(l -> l.annotatorModel()).map(l -> l.code()).orElse(fallback);
    }

    @Override
    public Annotations annotate(Article article, LocalDate anchor) {
        return made.computeIfAbsent(modelFor(article.language()), factory).annotate(article, anchor);
    }
}
