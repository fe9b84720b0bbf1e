package org.dossier.annotate;

import java.util.List;
import java.util.Set;

/**
 * Read on English tags, who answers a quoted question put by a named speaker: ""Were you not told, Mr Ashworth,
 * …?" Ms Achterberg asked. / "I was not," he replied." and ""Which arguments did you win?" she asked. / There was
 * a long pause. "Not enough of them."" are the answers of the one questioned, the last other person quoted before
 * the question in its paragraph or the {@link #WINDOW} before, not of the asker nor of someone the question names
 * in passing. An answer is a he/she with a verb of answering ({@code ANSWER_VERBS}) right after the quote, or a
 * quote with no attribution opening the paragraph after one that holds only the question; a he/she already read
 * as someone other than the asker ("Quayle said the question was fair. "…," she replied.") is kept.
 */
final class QuestionAnswers {
    private static final int WINDOW = 3;
    private static final Set<String> ANSWER_VERBS = Set.of("reply", "answer", "respond", "retort");

    private QuestionAnswers() {}

    /**
     * The one answering for quote {@code k} with attribution {@code a} so far; else {@code a}. {@code resolved}
     * holds the speakers of the quotes before {@code k}.
     */
    static Attribution answering(SpeakerContext c, int k, Attribution a, List<Attribution> resolved) {
        if (!c.rules.lemmas || k < 2 || resolved.size() < k) {
            return a;
        }
        QuoteSpan q = c.quotes.get(k);
        QuoteSpan question = c.quotes.get(k - 1);
        String asker = resolved.get(k - 1).speaker();
        String own = c.doc.text().substring(q.start(), q.end()).strip();
        if (asker == null || own.endsWith("?")
                || !c.doc.text().substring(question.start(), question.end()).strip().endsWith("?")) {
            return a;
        }
        int para = c.doc.paragraphAt(q.start());
        int questionPara = c.doc.paragraphAt(question.start());
        boolean replied = para - questionPara <= 1 && pronounAnswers(c, q)
                && (a.speaker() == null || a.speaker().equals(asker)); // not "Quayle said …. "…," she replied"
        boolean bare = a.isEmpty() && para == questionPara + 1 && onlyQuote(c, k - 1, questionPara);
        if (!replied && !bare) {
            return a;
        }
        for (int j = k - 2; j >= 0 && c.doc.paragraphAt(c.quotes.get(j).start()) >= questionPara - WINDOW; j--) {
            String s = resolved.get(j).speaker();
            if (s != null && !s.equals(asker) && c.names.isPerson(s)) {
                return resolved.get(j);
            }
        }
        return a;
    }

    /** ""…," he replied": a he/she and a verb of answering right after the quote. */
    private static boolean pronounAnswers(SpeakerContext c, QuoteSpan q) {
        int i = c.firstTokAt(q.outerEnd());
        while (i < c.toks.size() && c.toks.get(i).isPunct() && !c.quoted[i]) {
            i++;
        }
        if (i + 1 >= c.toks.size() || !c.rules.pronouns.containsKey(c.toks.get(i).lower())) {
            return false;
        }
        TaggedToken v = c.toks.get(i + 1);
        return v.lemma() != null && ANSWER_VERBS.contains(v.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether paragraph {@code para} holds no quote but quote {@code j}. */
    private static boolean onlyQuote(SpeakerContext c, int j, int para) {
        for (int i = 0; i < c.quotes.size(); i++) {
            if (i != j && c.doc.paragraphAt(c.quotes.get(i).start()) == para) {
                return false;
            }
        }
        return true;
    }
}
