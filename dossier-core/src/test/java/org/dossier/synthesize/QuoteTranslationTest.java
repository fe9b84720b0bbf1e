package org.dossier.synthesize;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier.Quote;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.NameResolver;
import org.junit.jupiter.api.Test;

/** Quotes of one speaker that translate each other across languages are linked; others are not. */
class QuoteTranslationTest {
    private static final LocalDate DAY = LocalDate.of(2031, 3, 4);

    private static AnnotatedArticle in(String language, AnnotatedArticle a) {
        return new AnnotatedArticle(a.article().withLanguage(language), a.annotations());
    }

    private static List<Quote> quotes(AnnotatedArticle... articles) {
        List<AnnotatedArticle> list = List.of(articles);
        return Quotes.collect(list, new EntityIndex(new NameResolver().resolve(list)));
    }

    private static AnnotatedArticle english(String quote) {
        return article("en1", "\u201c" + quote + "\u201d said Olena Kravets.").person("Olena Kravets")
                .entity("Warsaw", "LOCATION").quote(quote, "Olena Kravets", null).meta("one", "t", DAY, DAY).build();
    }

    private static AnnotatedArticle german(String quote) {
        return in("de", article("de1", "\u201e" + quote + "\u201c, sagte Olena Kravets.").person("Olena Kravets")
                .entity("Warschau", "LOCATION").quote(quote, "Olena Kravets", null).meta("two", "t", DAY, DAY).build());
    }

    @Test
    void sameSpeakersQuoteWithTheSameNamesAndNumbersInAnotherLanguageIsLinkedBothWays() {
        List<Quote> qs = quotes(english("We will send 40 trucks to Warsaw by Friday."),
                german("Wir schicken bis Freitag 40 Lastwagen nach Warschau."));
        assertEquals(2, qs.size(), qs.toString());
        Quote en = qs.stream().filter(q -> q.article().equals("en1")).findFirst().orElseThrow();
        Quote de = qs.stream().filter(q -> q.article().equals("de1")).findFirst().orElseThrow();
        assertEquals(List.of("de1"), en.translations().stream().map(Span::article).toList());
        assertEquals(List.of("en1"), de.translations().stream().map(Span::article).toList());
    }

    @Test
    void differentNumbersAreNoTranslation() {
        List<Quote> qs = quotes(english("We will send 40 trucks to Warsaw by Friday."),
                german("Wir schicken bis Freitag 400 Lastwagen nach Warschau."));
        assertTrue(qs.stream().allMatch(q -> q.translations().isEmpty()), qs.toString());
    }

    @Test
    void quoteWithoutNamesOrNumbersIsNotLinked() {
        List<Quote> qs = quotes(english("We are very worried about the winter."),
                german("Wir sind sehr besorgt wegen des Winters."));
        assertTrue(qs.stream().allMatch(q -> q.translations().isEmpty()), qs.toString());
    }

    @Test
    void quoteOfAnotherSpeakerIsNotLinked() {
        AnnotatedArticle other = in("de", article("de1", "\u201eWir schicken bis Freitag 40 Lastwagen nach Warschau.\u201c, "
                + "sagte Piotr Nowak.").person("Piotr Nowak").entity("Warschau", "LOCATION")
                .quote("Wir schicken bis Freitag 40 Lastwagen nach Warschau.", "Piotr Nowak", null)
                .meta("two", "t", DAY, DAY).build());
        List<Quote> qs = quotes(english("We will send 40 trucks to Warsaw by Friday."), other);
        assertTrue(qs.stream().allMatch(q -> q.translations().isEmpty()), qs.toString());
    }
}
