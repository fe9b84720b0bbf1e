package org.dossier.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.text.TextFeatures;
import org.junit.jupiter.api.Test;

/** Shared facts alone make a translation only across languages or when one text reads as machine-translated. */
class TranslationEvidenceTest {
    /** Adds an article with the features of its title and text, as the pipeline does. */
    static Article add(Deduplicator dedup, Article a) {
        return dedup.add(a, TextFeatures.of(a.title(), a.text()));
    }

    static final String EN = "Quillon Labs launched the Tessel 7 tablet in Rivna on 19 March 2025 at a price of 349 euros. "
            + "Chief executive Mara Lindt said 40,000 units were ready and that 12 stores in Vesnaria and Kardovia would stock it. "
            + "\"We built it for readers who travel,\" Lindt said. The battery lasts 30 days, the company said, and the screen is 7.8 inches.";
    static final String EN_OTHER = "In Rivna on 19 March 2025, Quillon Labs showed its Tessel 7: 349 euros, 7.8 inches, a battery of 30 days. "
            + "Mara Lindt, who runs the company, told the audience that 40,000 units sit in warehouses and 12 stores across Vesnaria "
            + "and Kardovia take orders. \"We built it for readers who travel,\" she said to applause.";
    static final String DE = "Quillon Labs hat am 19. März 2025 in Rivna das Tablet Tessel 7 zum Preis von 349 Euro vorgestellt. "
            + "Firmenchefin Mara Lindt sagte, 40.000 Geräte seien bereit und 12 Geschäfte in Vesnaria und Kardovia würden es führen. "
            + "\"Wir haben es für Leser gebaut, die reisen\", sagte Lindt. Der Akku hält 30 Tage, das Display misst 7,8 Zoll.";

    static Article article(String id, String lang, double mtScore, String text, int day) {
        return new Article(id, id + ".html", null, "Tessel 7", List.of(), LocalDate.of(2025, 3, day), List.of(), null, lang,
                List.of(), text, mtScore, null, null);
    }

    @Test
    void twoNativeReportsOfTheSameFactsAreIndependent() {
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        add(dedup, article("a", "en", 0.1, EN, 19));
        Article b = add(dedup, article("b", "en", 0.1, EN_OTHER, 20));
        assertNull(b.derivedFrom(), String.valueOf(dedup.evidenceFor("b")));
        assertNull(b.duplicateOf());
    }

    @Test
    void theSameFactsInAnotherLanguageAreATranslation() {
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        add(dedup, article("a", "en", 0.1, EN, 19));
        Article b = add(dedup, article("b", "de", 0.1, DE, 20));
        assertEquals("a", b.derivedFrom(), String.valueOf(dedup.compare(b, article("a", "en", 0.1, EN, 19))));
    }

    @Test
    void aRepostWeeksLaterIsStillFound() {
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        add(dedup, article("a", "en", 0.1, EN + " " + EN_OTHER, 1));
        Article b = new Article("b", "b.txt", null, "Tessel 7", List.of(), LocalDate.of(2025, 4, 28), List.of(), null, "en",
                List.of(), "Latest posts\n\n" + EN + " " + EN_OTHER + "\n\nShare post:", 0.1, null, null);
        Article out = add(dedup, b);
        assertEquals("a", out.derivedFrom() != null ? out.derivedFrom() : out.duplicateOf());
    }
}
