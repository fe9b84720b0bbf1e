package org.dossier.synthesize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.SentenceSpan;
import org.dossier.model.TimeMention;

/**
 * The statement of an event named by a noun whose relative clause holds its time ("a fast-moving wildfire that
 * broke out on Sunday afternoon ...", "the storm that hit southern Belmark on Thursday"): the noun phrase with its
 * clause as a sentence of its own ("A fast-moving wildfire broke out", "The storm hit southern Belmark"), not the
 * noun alone and not the main clause the sentence goes on with (that is another event, of another day). Use it
 * where {@link EventFinder} finds the time in such a clause.
 */
final class RelativeEventStatement {
    private RelativeEventStatement() {}

    /** A determiner and up to three words before the event noun: where its noun phrase starts. */
    private static final Pattern PHRASE = Pattern.compile(
            "(?i)\\b(?:a|an|the|its|their|this|last\\s+week's|the\\s+day's)\\s+(?:[\\p{L}\\d,'\u2019-]+\\s+){0,3}$");
    /** The relative word after the noun. */
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\A\\s+(?:that|which)\\s+");
    /** A clause this long is no short statement: the noun alone is shown. */
    private static final int MAX_WORDS = 16;

    /**
     * The statement, or {@code label} when the clause does not read as one (no words between the relative word and
     * the time, a break between them, or too long).
     */
    static String of(EventWords words, String text, SentenceSpan s, int nounStart, int nounEnd, TimeMention time,
                     String label) {
        Matcher rel = RELATIVE.matcher(text).region(nounEnd, time.start());
        if (!rel.lookingAt()) {
            return label;
        }
        String clause = text.substring(rel.end(), time.start());
        Matcher lead = words.timeLead.matcher(clause);   // "broke out on" + "Sunday": the time's own preposition goes
        clause = (lead.find() ? clause.substring(0, lead.start()) : clause).strip();
        if (clause.isEmpty() || EventTriggers.PHRASE_BREAK.matcher(clause).find()
                || clause.split("\\s+").length > MAX_WORDS) {
            return label;
        }
        int from = Math.max(s.start(), nounStart - 60);
        Matcher np = PHRASE.matcher(text).region(from, nounStart);
        int start = np.find() ? np.start() : nounStart;
        String phrase = text.substring(start, nounEnd).replaceAll("\\s+", " ").strip();
        String statement = phrase + " " + clause.replaceAll("\\s+", " ");
        return Character.toUpperCase(statement.charAt(0)) + statement.substring(1);
    }
}
