package org.dossier.annotate;

import java.util.Locale;
import org.dossier.model.EntityMention;

/**
 * Read on English text, what a courtesy title says about the person it stands before: "Mrs Marsh said" is the
 * woman of two people named Marsh, "Mr Marsh" the man; "Mrs. Robert Ellison" (a woman named after her husband) is a
 * woman whose name keeps its title, not Robert Ellison. The titles and their genders are data
 * ({@code honorific-genders.txt}). Use through {@link SpeakerNames}.
 */
final class HonorificGenders {
    private HonorificGenders() {}

    /**
     * The gender of the courtesy title that opens a person mention or stands right before it ("Mrs. Robert
     * Ellison", "Mrs Marsh"), or null.
     */
    static String of(QuoteRules rules, String text, EntityMention e) {
        String first = e.text().strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        String own = rules.honorificGenders.get(first);
        if (own != null) {
            return own;
        }
        int end = e.start();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return end > start ? rules.honorificGenders.get(text.substring(start, end).toLowerCase(Locale.ROOT)) : null;
    }

    /** The gender of a person mention: its courtesy title's, else its first name's (when it has a surname). */
    static String genderOf(QuoteRules rules, String text, EntityMention e, String name) {
        String titled = of(rules, text, e);
        if (titled != null) {
            return titled;
        }
        String[] w = name.strip().split("\\s+");
        return w.length < 2 ? null : CoreNlpLists.genderOfFirstName(w[0]);
    }

    /**
     * The name of a person mention as a speaker: {@code name} (read without titles), or with its courtesy title
     * when the title's gender is not the first name's ("Mrs. Robert Ellison": the woman, not her husband).
     */
    static String named(QuoteRules rules, String text, EntityMention e, String name) {
        String titled = of(rules, text, e);
        String[] w = name.strip().split("\\s+");
        if (titled == null || w.length < 2) {
            return name;
        }
        String first = CoreNlpLists.genderOfFirstName(w[0]);
        if (first == null || first.equals(titled)) {
            return name;
        }
        String title = e.text().strip().split("\\s+")[0];
        if (!rules.honorificGenders.containsKey(title.toLowerCase(Locale.ROOT))) {
            int end = e.start();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end;
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            title = text.substring(start, end);
        }
        return title + " " + name;
    }
}
