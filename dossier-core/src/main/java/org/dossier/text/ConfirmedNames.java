package org.dossier.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which capitalised words of a text are names: a word capitalised mid-sentence is one; a sentence-initial or
 * headline word (capitalised by position) counts only when the text also capitalises it mid-sentence. Function
 * words (stop words) and month names are never names.
 */
final class ConfirmedNames {
    /** Words the text capitalises where no sentence starts. */
    private final Set<String> confirmed = new HashSet<>();

    /** The names confirmed by the text's tokens (the body: a title confirms nothing). */
    ConfirmedNames(List<KeyToken> body) {
        for (KeyToken t : body) {
            if (t.capitalised() && !t.initial()) {
                confirmed.add(t.text());
            }
        }
    }

    /** The token's folded form when it is a name, else null. */
    String name(KeyToken t) {
        if (!t.capitalised() || t.length() < 2) {
            return null;
        }
        String folded = t.folded();
        if (Stopwords.contains(folded) || MonthNames.month(folded) > 0) {
            return null;
        }
        return t.initial() && !confirmed.contains(t.text()) ? null : folded;
    }
}
