package org.dossier.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which capitalised words of a text are names: a word capitalised mid-sentence is one; a sentence-initial or
 * headline word (capitalised by position) counts only when the text also capitalises it mid-sentence (compared
 * folded: "BRASK" is confirmed by "Brask"; so does a title in sentence case); the place of a dateline opening the text ({@link DatelinePlace}) is one,
 * and the word after the dateline opens a sentence.
 * Function words (stop words), month and weekday names are never names, nor the common nouns of a language that
 * capitalises its nouns ({@link CommonNouns}: German "Regierung", "Innenminister").
 */
final class ConfirmedNames {
    /** Words (folded) the text capitalises where no sentence starts, and its dateline's place. */
    private final Set<String> confirmed = new HashSet<>();
    private final String body;
    private final DatelinePlace dateline;
    private final CommonNouns common;
    /** Words (folded) the text writes as common nouns ({@link CommonNouns#nounsIn}). */
    private final Set<String> nouns;

    /**
     * The names confirmed by the text's tokens (the body), by the capitals after the first word of a title written
     * in sentence case (empty when titles are in Title Case) and by the body's dateline, in a language whose common
     * nouns are no names.
     */
    ConfirmedNames(String body, List<KeyToken> tokens, List<KeyToken> sentenceCaseTitle, DatelinePlace dateline,
                   CommonNouns common) {
        this.body = body;
        this.dateline = dateline;
        this.common = common;
        this.nouns = new HashSet<>(common.nounsIn(tokens));
        nouns.addAll(common.nounsIn(sentenceCaseTitle));
        for (KeyToken t : tokens) {
            if (t.capitalised() && (!t.initial() && !dateline.opensText(t) || dateline.place(t))) {
                confirmed.add(t.folded());
            }
        }
        for (KeyToken t : sentenceCaseTitle) {
            if (t.capitalised() && !t.initial()) {
                confirmed.add(t.folded());
            }
        }
    }

    /** The token's folded form when it is a name, else null. */
    String name(KeyToken t) {
        if (!t.capitalised() || t.length() < 2) {
            return null;
        }
        String folded = t.folded();
        if (Stopwords.contains(folded) || MonthNames.month(folded) > 0 || KeyWords.weekday(folded)
                || common.contains(folded) || nouns.contains(folded)) {
            return null;
        }
        String stem = common.genitiveStem(folded, confirmed);
        if (stem != null) {
            return stem;
        }
        boolean initial = t.initial() || t.source() == body && dateline.opensText(t);
        return initial && !confirmed.contains(folded) ? null : folded;
    }

    /** Whether the token is in the brackets of the body's dateline agency (no key). */
    boolean agency(KeyToken t) {
        return t.source() == body && dateline.agency(t);
    }
}
