package org.dossier.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which capitalised words of a text are names: a word capitalised mid-sentence is one; a sentence-initial or
 * headline word (capitalised by position) counts only when the text also capitalises it mid-sentence (compared
 * folded: "BRASK" is confirmed by "Brask"); the place of a dateline opening the text ({@link DatelinePlace}) is one,
 * and the word after the dateline opens a sentence.
 * Function words (stop words), month and weekday names are never names.
 */
final class ConfirmedNames {
    /** Words (folded) the text capitalises where no sentence starts, and its dateline's place. */
    private final Set<String> confirmed = new HashSet<>();
    private final String body;
    private final DatelinePlace dateline;

    /** The names confirmed by the text's tokens (the body: a title confirms nothing) and its dateline. */
    ConfirmedNames(String body, List<KeyToken> tokens, DatelinePlace dateline) {
        this.body = body;
        this.dateline = dateline;
        for (KeyToken t : tokens) {
            if (t.capitalised() && (!t.initial() && !dateline.opensText(t) || dateline.place(t))) {
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
        if (Stopwords.contains(folded) || MonthNames.month(folded) > 0 || KeyWords.weekday(folded)) {
            return null;
        }
        boolean initial = t.initial() || t.source() == body && dateline.opensText(t);
        return initial && !confirmed.contains(folded) ? null : folded;
    }

    /** Whether the token is in the brackets of the body's dateline agency (no key). */
    boolean agency(KeyToken t) {
        return t.source() == body && dateline.agency(t);
    }
}
