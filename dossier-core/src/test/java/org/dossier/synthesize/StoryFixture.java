package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.NameResolver;

/**
 * The dossier of one story made of a few short test articles, synthesized as the chain does (names resolved across
 * the story first). Use it in synthesize tests that read what the dossier says about articles written for the test.
 */
final class StoryFixture {
    private StoryFixture() {
    }

    /** The dossier of one story holding these articles, in this order. */
    static StoryDossier dossier(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        Story story = new Story("s", "t", list.stream().map(AnnotatedArticle::id).toList());
        return new DossierSynthesizer(EntityIndex::new).synthesize(story, list, new NameResolver().resolve(list));
    }

    /** An article of its own outlet ("outlet ID"), published and anchored on {@code day}. */
    static AnnotatedArticle plain(String id, String text, LocalDate day) {
        return article(id, text).meta("outlet " + id, "t", day, day).build();
    }
}
