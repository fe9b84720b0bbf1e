package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.StoryDossier.Quote;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

/**
 * A quote whose page names its speaker only by a surname the tagger left untyped ("Kvist again rejected calls to
 * resign, saying he would 'see this through'") is the quote of the person the story names in full elsewhere, not
 * of an unnamed "Kvist"; a one-word description that names no one of the story stays a description.
 */
class ASurnameDescribingASpeakerNamesTheStorysPersonTest {
    private static List<Quote> quotes(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        return Quotes.collect(list, new EntityIndex(new NameResolver().resolve(list)));
    }

    private static Quote of(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.text().contains(words)).findFirst().orElseThrow();
    }

    @Test
    void anUntypedSurnameIsThePersonTheStoryNamesInFull() {
        AnnotatedArticle first = article("a1", "\"Nobody will be left out of pocket,\" Anders Kvist said.")
                .person("Anders Kvist").quote("Nobody will be left out of pocket,", "Anders Kvist", null).build();
        AnnotatedArticle later = article("a2", "Kvist again rejected calls to resign, saying he would \"see this"
                + " through\".").quote("see this through", null, "Kvist").build();

        Quote q = of(quotes(first, later), "see this through");

        assertEquals("Anders Kvist", q.speaker());
        assertNull(q.speakerDescription());
    }

    @Test
    void aWordNamingNoOneOfTheStoryStaysADescription() {
        AnnotatedArticle only = article("a1", "\"We were not warned,\" Officials said.")
                .quote("We were not warned,", null, "Officials").build();

        Quote q = of(quotes(only), "not warned");

        assertNull(q.speaker());
        assertEquals("Officials", q.speakerDescription());
    }
}
