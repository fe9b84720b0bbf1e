package org.dossier.language;

import com.github.pemistahl.lingua.api.Language;
import java.util.List;

/**
 * The languages Dossier identifies. Analysis (annotate) is English; the others are recognised so that
 * pages in them are labelled and clustered by their language-independent features.
 */
public final class SupportedLanguages {
    public static final List<Language> LINGUA = List.of(
            Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH,
            Language.ITALIAN, Language.RUSSIAN, Language.FINNISH, Language.UKRAINIAN);

    private SupportedLanguages() {}
}
