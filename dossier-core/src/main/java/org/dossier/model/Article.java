package org.dossier.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A clean article: the body text (paragraphs separated by blank lines; every character span in Dossier
 * points into {@code text}), metadata, provenance and the relations found by dedup.
 */
public record Article(
        String id,
        String source,
        String url,
        String title,
        List<String> authors,
        LocalDate published,
        List<PageDate> pageDates,
        String outlet,
        String language,
        List<Credit> credits,
        String text,
        double translationScore,
        String duplicateOf,
        String derivedFrom) {

    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
        pageDates = pageDates == null ? List.of() : List.copyOf(pageDates);
        credits = credits == null ? List.of() : List.copyOf(credits);
        text = text == null ? "" : text;
    }

    /** From this translation score on, the text reads as a machine translation. */
    public static final double LIKELY_MACHINE_TRANSLATION = 0.5;

    /** Whether the text reads as a machine translation (extraction's calibrated score). */
    public boolean likelyMachineTranslation() {
        return translationScore >= LIKELY_MACHINE_TRANSLATION;
    }

    /** The body split into paragraphs. */
    public List<String> paragraphs() {
        return text.isBlank() ? List.of() : List.of(text.split("\n\n"));
    }

    /** The byline as one string, or null when no author is known. */
    public String byline() {
        return authors.isEmpty() ? null : String.join(", ", authors);
    }

    public Article withLanguage(String lang) {
        return new Article(id, source, url, title, authors, published, pageDates, outlet, lang, credits, text,
                translationScore, duplicateOf, derivedFrom);
    }

    public Article withDuplicateOf(String dup, String derived) {
        return new Article(id, source, url, title, authors, published, pageDates, outlet, language, credits, text,
                translationScore, dup, derived);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, source, url, title, authors, date, pageDates, outlet, language, credits, text,
                translationScore, duplicateOf, derivedFrom);
    }
}
