package org.dossier.annotate;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.rules.RuleFiles;

/**
 * The gender an article gives a person, which a he/she must fit: that of a known first name, else, read on English
 * tags, that of a noun of one sex written beside one of the person's mentions ("Her son, Callum, a ferry engineer":
 * a man; {@code gendered-nouns.txt}), not a possessor's ("the widow's lawyer, Sam Orr" is no woman); null when
 * neither says. Made by {@link SpeakerContext}, one per article.
 */
final class PersonGenders {
    private static final Map<String, String> NOUNS = RuleFiles.pairs(PersonGenders.class, "en", "gendered-nouns.txt");

    private final AnnotatedText doc;
    private final SpeakerNames names;
    private final boolean english;
    private final Map<String, String> known = new HashMap<>();

    PersonGenders(AnnotatedText doc, SpeakerNames names, QuoteRules rules) {
        this.doc = doc;
        this.names = names;
        this.english = rules.lemmas;
    }

    /** The gender of a full name (a first name and a surname at least), or null. */
    String of(String name) {
        String[] w = name.split("\\s+");
        if (w.length < 2) {
            return null;
        }
        String first = CoreNlpLists.genderOfFirstName(w[0]);
        if (first != null || !english) {
            return first;
        }
        String beside = known.computeIfAbsent(name, this::besideMentions);
        return beside.isEmpty() ? null : beside;
    }

    /** The one gender the nouns written beside the person's mentions give, or "" when none or both. */
    private String besideMentions(String name) {
        String found = "";
        for (EntityMention e : doc.entities()) {
            if (!EntityType.PERSON.is(e.type()) || !names.fullName(e).equals(name)) {
                continue;
            }
            String[] words = RoleMentions.writtenBeside(doc, e).strip().split(" ");
            for (int i = 0; i < words.length; i++) {
                boolean possessor = i + 1 < words.length && words[i + 1].equals("'s"); // "the victim's mother, X"
                String g = possessor ? null : NOUNS.get(words[i].toLowerCase(Locale.ROOT));
                if (g != null && !found.isEmpty() && !found.equals(g)) {
                    return "";
                }
                found = g != null ? g : found;
            }
        }
        return found;
    }
}
