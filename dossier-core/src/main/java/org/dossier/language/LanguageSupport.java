package org.dossier.language;

import com.github.pemistahl.lingua.api.Language;

/**
 * One language Dossier reads and what it has for it: its ISO 639-1 code, its Lingua language, whether the
 * language stage asks Lingua to detect it, the name of its Lucene Snowball stop list (null when it has none) and
 * whether the annotate stage has a model for it. Read from {@code languages.txt} by {@link Languages}.
 */
public record LanguageSupport(String code, Language lingua, boolean detected, String stopList,
                              boolean annotatorModel) {}
