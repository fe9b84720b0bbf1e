package org.dossier.synthesize.summary;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.rules.RuleFiles;

/**
 * The summary's per-language word lists ({@code summary/<lang>/<file>}), each read once and shared; a language
 * without the file has no words (its sentences are not judged by that rule). Use it for every such list of the
 * summary's filters.
 */
final class LanguageWords {
    private static final Map<String, Set<String>> READ = new ConcurrentHashMap<>();

    private LanguageWords() {}

    /** The words of {@code file} for {@code language} (null reads as English); empty when it has none. */
    static Set<String> of(String language, String file) {
        String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        return READ.computeIfAbsent(lang + "/" + file, key -> {
            try {
                return RuleFiles.words(LanguageWords.class, lang, file);
            } catch (IllegalStateException missing) {
                return Set.of();
            }
        });
    }
}
