package org.dossier.annotate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * The turns of a broadcast or interview transcript: a paragraph opening with a speaker's surname, in capitals or
 * not, and a colon ("AMADI: Mostly after midnight.", "Adeyemi: Because we have …"), the surname that of a person the article names before it. The words
 * after the label are that person's quote. Used by {@link QuoteScanner} (the span) and {@link SpeakerFinder} (the
 * speaker); pure.
 */
final class TranscriptTurns {
    private static final String WORD = "(?:\\p{Lu}[\\p{Lu}'’-]+|\\p{Lu}\\p{Ll}[\\p{L}'’-]*)";
    private static final Pattern LABEL = Pattern.compile(WORD + "(?: " + WORD + ")?:[ \\t]+");

    private TranscriptTurns() {}

    /** The length of paragraph {@code n}'s turn label with its spaces, or 0 when it opens with none naming a person. */
    static int labelLength(AnnotatedText doc, int n) {
        Matcher m = label(doc, n);
        return m != null && speaker(doc, n) != null ? m.end() - m.start() : 0;
    }

    /** The person whose turn paragraph {@code n} is: the latest one named before it with the label's surname. */
    static EntityMention speaker(AnnotatedText doc, int n) {
        Matcher m = label(doc, n);
        if (m == null) {
            return null;
        }
        String label = m.group().replaceFirst(":\\s*$", "");
        String surname = label.substring(label.lastIndexOf(' ') + 1);
        int before = doc.paragraphs().get(n)[0];
        EntityMention person = null;
        for (EntityMention e : doc.entities()) {
            String[] w = e.text().strip().split("\\s+");
            if (e.end() <= before && e.type().equals(EntityType.PERSON.label()) && w.length > 1
                    && w[w.length - 1].toUpperCase(Locale.ROOT).equals(surname.toUpperCase(Locale.ROOT))) {
                person = e;
            }
        }
        return person;
    }

    private static Matcher label(AnnotatedText doc, int n) {
        if (n < 0 || n >= doc.paragraphs().size()) {
            return null;
        }
        int[] p = doc.paragraphs().get(n);
        Matcher m = LABEL.matcher(doc.text()).region(p[0], p[1]);
        return m.lookingAt() ? m : null;
    }
}
