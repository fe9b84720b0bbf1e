package org.dossier.annotate;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;

/**
 * Read on English text, the surname of a relative the article names by first name only, set off by commas after a
 * named person's family noun: "Mr Okonjo's wife, Chidinma, said" is Chidinma Okonjo, "Okonjo's brother, Emeka," Emeka
 * Okonjo ({@code family-nouns.txt}). Use through {@link SpeakerNames#fullName}.
 */
final class KinNames {
    private static final Set<String> KIN = org.dossier.rules.RuleFiles.words(KinNames.class, "en", "family-nouns.txt");
    /** A capitalised surname, its possessive, at most two words (a "late", "eldest") and a noun, then a comma. */
    private static final Pattern BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+)['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}?"
            + "([\\p{Ll}-]+)(?:\\s+of\\s+\\d+\\s+years)?,\\s*$");
    private static final int REACH = 60;

    private KinNames() {}

    /** The surname the one-word name {@code person} takes from the family noun before it, or null. */
    static String surnameOf(AnnotatedText doc, EntityMention person) {
        int from = Math.max(0, person.start() - REACH);
        Matcher m = BEFORE.matcher(doc.text().substring(from, person.start()));
        if (!m.find() || !KIN.contains(m.group(2).toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        String surname = m.group(1);
        boolean named = doc.entities().stream().anyMatch(e -> org.dossier.model.EntityType.PERSON.is(e.type())
                && e.start() < person.start() && e.text().strip().endsWith(" " + surname));
        return named ? surname : null;
    }
}
