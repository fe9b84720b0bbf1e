package org.dossier.text;

import java.util.Locale;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * Whether a name of two or more words is a company's by its last word ("Halvorsen Robotics", "Halvard Shipping":
 * an industry word in the plural or as a trade, or a legal form; {@code text/en/company-heads.txt}), whatever a
 * tagger read it as. Shared by the resolver, which types names by it, and the quote rules, which read "the company
 * said" by it before names are resolved. Change the data file, not this class, to add a word.
 */
public final class CompanyNames {
    private static final Set<String> HEADS = RuleFiles.words(CompanyNames.class, "en", "company-heads.txt");

    private CompanyNames() {}

    /** Whether {@code word} (any case) is a last word that makes a name a company's. */
    public static boolean isHead(String word) {
        return HEADS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code name} has two or more words, the last a company head. */
    public static boolean isCompanyName(String name) {
        String[] words = name.strip().split("\\s+");
        return words.length > 1 && isHead(words[words.length - 1]);
    }
}
