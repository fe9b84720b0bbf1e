package org.dossier.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Read on English text, whether a quoted stretch is the title of a work (an album "Nothing Left to Burn", a book "The
 * Long Retreat"), not something said: every word capitalised but the small words titles keep in lower case
 * ({@code title-words.txt}), no punctuation inside, no reporting verb right after the closing mark and no colon
 * (a title-case headline's quote). Used by
 * {@link QuoteScanner}, which keeps such stretches out of the quotes as it keeps scare quotes out.
 */
final class QuotedTitles {
    private static final Set<String> SMALL = Set.copyOf(Lexicon.lines("title-words.txt"));
    private static final int MAX_WORDS = 10;
    private static final int VERB_REACH = 4;

    private QuotedTitles() {}

    /** Whether the stretch between the marks at {@code open} and {@code close} reads as a title. */
    static boolean isTitle(AnnotatedText doc, int open, int close) {
        String inside = doc.text().substring(open + 1, close).strip();
        String[] words = inside.split("\\s+");
        if (words.length < 2 || words.length > MAX_WORDS || !inside.matches("[\\p{L}\\p{N}'’\\- ]+")
                || !Character.isUpperCase(words[0].charAt(0))) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
                capitalised++;
            } else if (!SMALL.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        boolean headline = doc.text().startsWith(":", close + 1); // "\"We Will Not Sell\": Owner Rejects Offer"
        return capitalised >= 2 && !headline && !reportedAfter(doc, close);
    }

    /** Whether a reporting verb follows the closing mark within a few tokens of its sentence ("…," she said). */
    private static boolean reportedAfter(AnnotatedText doc, int close) {
        int[] para = doc.paragraphs().get(Math.max(0, doc.paragraphAt(close)));
        List<TaggedToken> after = doc.toksIn(close + 1, para[1]);
        QuoteRules rules = QuoteRules.of("en");
        for (int i = 0; i < Math.min(VERB_REACH, after.size()); i++) {
            if (rules.isReportingVerb(after.get(i))) {
                return true;
            }
            if (after.get(i).endsSentence()) {
                return false;
            }
        }
        return false;
    }
}
