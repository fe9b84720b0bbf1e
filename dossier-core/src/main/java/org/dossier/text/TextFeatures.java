package org.dossier.text;

import java.util.Objects;

/**
 * Everything dedup and clustering read from an article's title and text, computed once per article by
 * {@link #of} and handed to both stages: its words ({@link TextWords}, which dedup shingles and clustering stems)
 * and its names and numbers ({@link KeyFeatures}). Immutable; {@link #of} keeps no cache and is thread-safe.
 */
public record TextFeatures(TextWords words, KeyFeatures keys) {
    public TextFeatures {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(keys, "keys");
    }

    /** The features of a title and text (either may be null), language unknown. */
    public static TextFeatures of(String title, String text) {
        return of(title, text, null);
    }

    /** The features of a title and text (either may be null) in a language (ISO 639-1 code, or null). */
    public static TextFeatures of(String title, String text, String language) {
        return new TextFeatures(TextWords.of(title, text), KeyFeatures.of(title, text, language));
    }
}
