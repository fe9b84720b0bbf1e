package org.dossier.language;

import com.github.pemistahl.lingua.api.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.rules.RuleFiles;

/**
 * The registry of the languages Dossier reads ({@code org/dossier/language/languages.txt}): which ones Lingua is
 * asked to detect, which Lucene stop lists clustering reads, which have an annotator model. Use it wherever a
 * stage needs to know what is available for a language, instead of a list of its own.
 */
public final class Languages {
    private static final String NONE = "-";
    private static final List<LanguageSupport> ALL = load();

    private Languages() {
    }

    /** Every language Dossier reads, in the registry's order. */
    public static List<LanguageSupport> all() {
        return ALL;
    }

    /** The language of an ISO 639-1 code (any case), if Dossier reads it. */
    public static Optional<LanguageSupport> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(l -> l.code().equals(c)).findFirst();
    }

    /** The Lingua languages the language stage detects, in the registry's order. */
    public static List<Language> detected() {
        return ALL.stream().filter(LanguageSupport::detected).map(LanguageSupport::lingua).toList();
    }

    /**
     * The names of the Lucene Snowball stop lists of the languages that have one ("english", "german", …), in
     * the registry's order: the list {@code org/apache/lucene/analysis/snowball/<name>_stop.txt}.
     */
    public static List<String> stopListNames() {
        return ALL.stream().map(LanguageSupport::stopList).filter(s -> s != null).toList();
    }

    /** Whether every build's annotate stage has a model for the language of an ISO 639-1 code. */
    public static boolean hasAnnotatorModel(String code) {
        return of(code).map(LanguageSupport::annotatorModel).orElse(false);
    }

    /** The annotator model the registry names for the language of a code; NONE for a language it does not know. */
    public static LanguageSupport.Model model(String code) {
        return of(code).map(LanguageSupport::model).orElse(LanguageSupport.Model.NONE);
    }

    private static List<LanguageSupport> load() {
        List<LanguageSupport> out = new ArrayList<>();
        for (List<String> row : RuleFiles.table(Languages.class, "languages.txt")) {
            if (row.size() != 5) {
                throw new IllegalStateException("languages.txt: not five columns: " + row);
            }
            String code = row.get(0).toLowerCase(Locale.ROOT);
            Language lingua = Language.valueOf(row.get(1));
            if (!lingua.getIsoCode639_1().toString().toLowerCase(Locale.ROOT).equals(code)) {
                throw new IllegalStateException("languages.txt: " + lingua + " is not " + code);
            }
            String stopList = row.get(3).equals(NONE) ? null : row.get(3);
            out.add(new LanguageSupport(code, lingua, yes(row.get(2)), stopList, parseModel(row.get(4))));
        }
        return List.copyOf(out);
    }

    private static LanguageSupport.Model parseModel(String flag) {
        return switch (flag) {
            case "yes" -> LanguageSupport.Model.BUILT_IN;
            case "optional" -> LanguageSupport.Model.OPTIONAL;
            case "no" -> LanguageSupport.Model.NONE;
            default -> throw new IllegalStateException("languages.txt: not yes, optional or no: " + flag);
        };
    }

    private static boolean yes(String flag) {
        return switch (flag) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalStateException("languages.txt: not yes or no: " + flag);
        };
    }
}
