package org.dossier.annotate;

import java.util.Locale;
import java.util.Set;

/**
 * Read on English text, whether a short quoted fragment is a headline's quote: a heading (a paragraph of a few
 * words that ends without a sentence's punctuation, perhaps after a timestamp and a dash) whose source stands
 * before a colon, the fragment closing it ("15:20 — Think tank: numbers 'don't add up'", "Council leader: 'stay off
 * the roads'"). The source is one to four words opening with a capital, and not a label that names no speaker
 * ({@code heading-labels.txt}: "Explainer: what is 'quiet quitting'"). And whose a quote in the heading of a live
 * entry is ({@link #speakerFromEntry}). Used by {@link ShortQuotes} and {@link SpeakerFinder}.
 */
final class HeadlineFragments {
    private static final Set<String> LABELS = Set.copyOf(Lexicon.lines("heading-labels.txt"));
    private static final int MAX_HEADING_WORDS = 16;
    private static final int MAX_SOURCE_WORDS = 4;
    private static final String MARKS = QuoteMarks.DOUBLE + "'‘’";

    private HeadlineFragments() {}

    /** Whether the fragment between the marks at {@code open} and {@code close} is a headline's quote. */
    static boolean quoted(AnnotatedText doc, int open, int close) {
        int para = doc.paragraphAt(open);
        if (para < 0 || ShortQuotes.words(doc.text(), open + 1, close) < 2) {
            return false;
        }
        String text = doc.text();
        int[] p = doc.paragraphs().get(para);
        String rest = text.substring(close + 1, p[1]).strip();
        String heading = text.substring(p[0], p[1]).strip();
        if (!rest.isEmpty() || heading.contains("\n") || ShortQuotes.words(text, p[0], p[1]) > MAX_HEADING_WORDS
                || endsSentence(heading)) {
            return false;
        }
        String before = text.substring(p[0], open);
        int colon = before.lastIndexOf(": ");
        if (colon < 0) {
            return false;
        }
        String source = before.substring(0, colon);
        int dash = Math.max(source.lastIndexOf('—'), Math.max(source.lastIndexOf('–'), source.lastIndexOf(" - ")));
        source = source.substring(dash + 1).strip();
        String[] words = source.split("\\s+");
        return !source.isEmpty() && words.length <= MAX_SOURCE_WORDS && Character.isUpperCase(source.charAt(0))
                && !source.matches(".*\\d.*") && !LABELS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                && !LABELS.contains(source.toLowerCase(Locale.ROOT));
    }

    /**
     * The attribution of quote {@code q} when it stands in a heading after the article's first paragraph (a single
     * line of a few words that ends without a sentence's punctuation) and {@code next}, the quote after it, in the
     * entry the heading opens (the paragraph after it): the entry's speaker, {@code nextSpeaker}, where the heading
     * does not name its own ({@code own}); else {@code own}.
     */
    static Attribution speakerFromEntry(AnnotatedText doc, QuoteSpan q, QuoteSpan next, Attribution own,
                                        Attribution nextSpeaker) {
        int para = doc.paragraphAt(q.start());
        if (para <= 0 || nextSpeaker.isEmpty() || doc.paragraphAt(next.start()) != para + 1) {
            return own;
        }
        int[] p = doc.paragraphs().get(para);
        String heading = doc.text().substring(p[0], p[1]).strip();
        if (heading.contains("\n") || endsSentence(heading)
                || ShortQuotes.words(doc.text(), p[0], p[1]) > MAX_HEADING_WORDS) {
            return own;
        }
        String name = own.speaker() == null ? "" : own.speaker().strip();
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        return !surname.isEmpty() && heading.contains(surname) ? own : nextSpeaker;
    }

    /** Whether a heading ends with a sentence's punctuation, closing marks aside. */
    private static boolean endsSentence(String heading) {
        int i = heading.length() - 1;
        while (i >= 0 && MARKS.indexOf(heading.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(heading.charAt(i)) >= 0;
    }
}
