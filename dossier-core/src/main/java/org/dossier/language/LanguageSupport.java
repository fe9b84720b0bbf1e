package org.dossier.language;

import com.github.pemistahl.lingua.api.Language;

/**
 * One language Dossier reads and what it has for it: its ISO 639-1 code, its Lingua language, whether the
 * language stage asks Lingua to detect it, the name of its Lucene Snowball stop list (null when it has none) and
 * which annotator model it has. Read from {@code languages.txt} by {@link Languages}.
 */
public record LanguageSupport(String code, Language lingua, boolean detected, String stopList, Model model) {

    /** Whether the annotate stage has a model for the language. */
    public enum Model {
        /** A model in every build (English). */
        BUILT_IN,
        /** A model of the optional Maven profile {@code languages}: present only where it is on the class path. */
        OPTIONAL,
        /** No model: the language is read with language-independent evidence only. */
        NONE
    }

    /** Whether every build has the language's annotator model. */
    public boolean annotatorModel() {
        return model == Model.BUILT_IN;
    }
}
