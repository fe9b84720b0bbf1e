package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.QuoteMention;

/**
 * Turns attributed quote spans into the quotes an analyst reads: an interrupted quote ("A," she said, "b.") is
 * one quote; a fragment without a clause ("the crisis in the east") is a quote only when it is attributed (by its
 * sentence or the speaker it continues); a stretch left by an unbalanced mark that starts mid-sentence in lower case is machine
 * translation debris, not a quote. Whitespace inside a quote (a line break) reads as one space.
 */
final class Utterances {
    private static final int MAX_INTERRUPTION_TOKENS = 10;

    private final AnnotatedText doc;
    private final QuoteRules rules;

    Utterances(AnnotatedText doc, QuoteRules rules) {
        this.doc = doc;
        this.rules = rules;
    }

    /** The quotes of the spans, each with its attribution. */
    List<QuoteMention> join(List<QuoteSpan> spans, List<Attribution> attributions) {
        List<QuoteMention> out = new ArrayList<>();
        int k = 0;
        while (k < spans.size()) {
            QuoteSpan q = spans.get(k);
            Attribution a = attributions.get(k);
            if (isDebris(q) || isBareFragment(q, !a.isEmpty())) {
                k++;
                continue;
            }
            String text = clean(q.start(), q.end());
            int end = q.end();
            while (k + 1 < spans.size() && interrupted(spans.get(k), spans.get(k + 1))) {
                k++;
                text = text + " " + clean(spans.get(k).start(), spans.get(k).end());
                end = spans.get(k).end();
                if (a.isEmpty()) {
                    a = attributions.get(k);
                }
            }
            out.add(new QuoteMention(text, q.start(), end, a.speaker(), a.description()));
            k++;
        }
        return out;
    }

    /** "A," she said, "b": the first part ends with a comma, a short reporting clause, the second goes on in lower case. */
    private boolean interrupted(QuoteSpan a, QuoteSpan b) {
        String text = doc.text();
        if (a.closeMark() < 0 || b.openMark() < 0 || doc.paragraphAt(a.start()) != doc.paragraphAt(b.start())
                || b.start() >= b.end() || !Character.isLowerCase(text.charAt(b.start()))) {
            return false;
        }
        String gap = text.substring(a.outerEnd(), b.outerStart()).strip();
        String inner = text.substring(a.start(), a.end()).strip();
        boolean comma = inner.endsWith(",") || gap.startsWith(",");
        if (!comma || !(gap.endsWith(",") || gap.endsWith("—") || gap.endsWith("–"))) {
            return false;
        }
        List<TaggedToken> between = doc.toksIn(a.outerEnd(), b.outerStart());
        return between.size() <= MAX_INTERRUPTION_TOKENS && between.stream().anyMatch(rules::isReportingVerb)
                && between.stream().noneMatch(TaggedToken::endsSentence);
    }

    /** A stretch from an unbalanced mark that begins in lower case: not a full utterance anyone can be cited for. */
    private boolean isDebris(QuoteSpan q) {
        return (q.openMark() < 0 || q.closeMark() < 0) && q.start() < q.end()
                && Character.isLowerCase(doc.text().charAt(q.start())) && !startsDialogue(q);
    }

    private boolean startsDialogue(QuoteSpan q) {
        return q.openMark() >= 0 && "—–―".indexOf(doc.text().charAt(q.openMark())) >= 0;
    }

    /** A quoted phrase without a verb attributed to nobody (English tags only). */
    private boolean isBareFragment(QuoteSpan q, boolean attributed) {
        if (!rules.lemmas || attributed || q.openMark() >= 0 && q.closeMark() >= 0
                && new ShortQuotes(doc, rules).namedFragment(q.openMark(), q.closeMark())) {
            return false; // calling it "an insult": the words of whoever calls it so, named or not
        }
        return doc.toksIn(q.start(), q.end()).stream().noneMatch(TaggedToken::isVerb);
    }

    private String clean(int start, int end) {
        return doc.text().substring(start, end).replaceAll("\\s+", " ");
    }
}
