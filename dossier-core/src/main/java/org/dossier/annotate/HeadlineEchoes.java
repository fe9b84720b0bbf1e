package org.dossier.annotate;

import java.util.List;
import java.util.Locale;

/**
 * A quote in an article's first paragraph (its headline) that no clause attributes, whose words a later quote of
 * the article holds ("Cyclist's death was 'an accident waiting to happen', coroner rules" and, in the body, ""This
 * junction was an accident waiting to happen," she said"): the headline quotes the later quote's speaker. Used by
 * {@link SpeakerFinder} once every quote has its reading; pure.
 */
final class HeadlineEchoes {
    private HeadlineEchoes() {}

    /** Gives each unattributed quote of the first paragraph the speaker of the first later quote holding its words. */
    static void attribute(AnnotatedText doc, List<QuoteSpan> quotes, List<Attribution> resolved) {
        for (int k = 0; k < quotes.size() && doc.paragraphAt(quotes.get(k).start()) == 0; k++) {
            String words = words(doc, quotes.get(k));
            if (!resolved.get(k).isEmpty() || words.isEmpty()) {
                continue;
            }
            for (int j = k + 1; j < quotes.size(); j++) {
                if (doc.paragraphAt(quotes.get(j).start()) > 0 && !resolved.get(j).isEmpty()
                        && (" " + words(doc, quotes.get(j)) + " ").contains(" " + words + " ")) {
                    resolved.set(k, resolved.get(j));
                    break;
                }
            }
        }
    }

    private static String words(AnnotatedText doc, QuoteSpan q) {
        return doc.text().substring(q.start(), q.end()).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
