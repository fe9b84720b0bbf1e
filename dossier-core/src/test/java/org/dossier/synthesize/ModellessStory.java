package org.dossier.synthesize;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.NameEvidence;
import org.dossier.annotate.NameEvidenceAnnotator;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.NameResolver;

/**
 * A story of articles in a language this build has no model for, read as the chain reads it on the no-model path:
 * sentences, the language's rule dates and name candidates ({@link NameEvidenceAnnotator}), candidates confirmed
 * across the story ({@link NameEvidence}), names resolved, then the dossier. No annotation is written by hand.
 */
final class ModellessStory {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC);

    private final String language;
    /** The story's articles in order: an article to annotate here, or one annotated already (as a model would). */
    private final List<Object> articles = new ArrayList<>();

    private ModellessStory(String language) {
        this.language = language;
    }

    /** A story whose articles are written in {@code language} (an ISO 639-1 code) unless said otherwise. */
    static ModellessStory in(String language) {
        return new ModellessStory(language);
    }

    /** An article of its own outlet ("outlet ID"), published on {@code day}. */
    ModellessStory article(String id, LocalDate day, String text) {
        return article(id, language, day, text);
    }

    /** An article of another language than the story's. */
    ModellessStory article(String id, String lang, LocalDate day, String text) {
        articles.add(new Article(id, "/in/" + id + ".html", null, id, List.of(), day, List.of(), "outlet " + id, lang,
                List.of(), text, 0.0, null, null));
        return this;
    }

    /** An article annotated as a model annotates it (hand-made in the test), read with the others. */
    ModellessStory annotated(AnnotatedArticle a) {
        articles.add(a);
        return this;
    }

    /** The dossier of the story, its articles annotated against their own publication days. */
    StoryDossier dossier() {
        NameEvidenceAnnotator annotator = new NameEvidenceAnnotator(CLOCK, lang -> "no model for " + lang);
        List<AnnotatedArticle> annotated = articles.stream().map(o -> o instanceof Article a
                ? new AnnotatedArticle(a, annotator.annotate(a, a.published())) : (AnnotatedArticle) o).toList();
        List<AnnotatedArticle> confirmed = NameEvidence.confirm(annotated);
        Story story = new Story("s", "t", confirmed.stream().map(AnnotatedArticle::id).toList());
        return new DossierSynthesizer(EntityIndex::new).synthesize(story, confirmed,
                new NameResolver().resolve(confirmed));
    }
}
