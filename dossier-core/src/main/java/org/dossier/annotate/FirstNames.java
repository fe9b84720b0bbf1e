package org.dossier.annotate;

import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * Read on English text, the person a one-word name stands for when no surname completes it: the one person named in
 * full with that first name, or the one whose quoted nickname it is. Use through {@link SpeakerNames#fullName}.
 */
final class FirstNames {
    private FirstNames() {}

    /**
     * A one-word name that is the first name of exactly one person named in full ("said Lily" after "Lily Chen, 9,"),
     * or the quoted nickname between one person's first name and surname ("Hal said" after Harold "Hal" Dempsey:
     * Harold Dempsey, whatever the tagger made of the name): that person; else the word itself.
     */
    static String personOf(AnnotatedText doc, QuoteRules rules, String name) {
        String found = null;
        for (EntityMention e : doc.entities()) {
            String n = NameForms.withoutHonorifics(rules, e.text().strip());
            if (EntityType.PERSON.is(e.type()) && n.startsWith(name + " ") && !n.equals(found)) {
                if (found != null) {
                    return name;
                }
                found = n;
            }
        }
        return found != null ? found : nicknamed(doc, name);
    }

    /** The first name and surname a quoted nickname {@code name} stands between, when one person's; else the name. */
    private static String nicknamed(AnnotatedText doc, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}'’-]+) [\"“'‘]"
                + java.util.regex.Pattern.quote(name) + "[\"”'’] (\\p{Lu}[\\p{L}'’-]+)").matcher(doc.text());
        String found = null;
        while (m.find()) {
            String n = m.group(1) + " " + m.group(2);
            if (found != null && !found.equals(n)) {
                return name;
            }
            found = n;
        }
        return found != null ? found : name;
    }
}
