package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.EntityMention;
import org.dossier.model.QuoteMention;

/**
 * Attributes quotes to speakers from reporting verbs and structure: "said X", "X said", "according to X",
 * "X told …", pronouns resolved to the recent subject, continuations across a paragraph, and unnamed
 * speakers kept with their description ("a government official") and continued by later definite mentions.
 * The readings are apart by concern: after the quote ({@link SpeakerAfterQuote}), before it
 * ({@link SpeakerBeforeQuote}), from interview and sentence structure ({@link SpeakerFromStructure}); this class
 * orders them and carries a speaker over to the quotes that follow.
 */
public final class SpeakerFinder {
    private static final int CARRY_PARAGRAPHS = 2;

    private final SpeakerContext c;
    private final SpeakerAfterQuote after;
    private final SpeakerBeforeQuote before;
    private final SpeakerFromStructure structure;
    private final List<Attribution> resolved = new ArrayList<>();
    /** Whether a quote's speaker is only the subject of its describing sentence (see {@link #carried}). */
    private final List<Boolean> sentenceBound = new ArrayList<>();

    /** {@code scare} are the short quoted stretches, never attributed but never read as attribution either. */
    public SpeakerFinder(AnnotatedText doc, List<QuoteSpan> quotes, List<QuoteSpan> scare) {
        this(doc, quotes, scare, "en");
    }

    /** As above, with the rules of the article's {@code language} (English rules where it has none of its own). */
    public SpeakerFinder(AnnotatedText doc, List<QuoteSpan> quotes, List<QuoteSpan> scare, String language) {
        this.c = new SpeakerContext(doc, quotes, scare, QuoteRules.of(language));
        this.after = new SpeakerAfterQuote(c);
        this.before = new SpeakerBeforeQuote(c);
        this.structure = new SpeakerFromStructure(c);
    }

    /**
     * The attributed quotes of an annotated text in its article's language: what every annotator calls, whatever
     * model produced the tokens and entity mentions (the rules of German, French and Spanish read word forms only).
     */
    public static List<QuoteMention> quotesOf(AnnotatedText text, String language) {
        AnnotatedText doc = PhrasalVerbs.joined(text, QuoteRules.of(language)); // "…," Pennick shot back
        QuoteScanner scanner = new QuoteScanner(doc, language);
        List<QuoteSpan> spans = scanner.scan();
        return new SpeakerFinder(doc, spans, scanner.scareQuotes(), language).attribute();
    }

    /** The quotes with their speakers, in text order. */
    public List<QuoteMention> attribute() {
        for (int k = 0; k < c.quotes.size(); k++) {
            Attribution a = attribute(k);
            c.names.remember(a);
            c.resolvedSoFar.add(a);
        }
        for (int k = c.quotes.size() - 2; k >= 0; k--) {
            if (resolved.get(k).isEmpty() && continuesInNextParagraph(k)) {
                resolved.set(k, resolved.get(k + 1));
            }
            resolved.set(k, HeadlineFragments.speakerFromEntry(c.doc, c.quotes.get(k), c.quotes.get(k + 1),
                    resolved.get(k), resolved.get(k + 1))); // "15:20 — Think tank: numbers 'don't add up'"
        }
        HeadlineEchoes.attribute(c.doc, c.quotes, resolved); // "… was 'an accident waiting to happen', coroner rules"
        return new Utterances(c.doc, c.rules).join(c.quotes, resolved);
    }

    /** A quote left open at the end of its paragraph, the next paragraph opening with the quote's sequel. */
    private boolean continuesInNextParagraph(int k) {
        QuoteSpan q = c.quotes.get(k);
        QuoteSpan next = c.quotes.get(k + 1);
        int para = c.doc.paragraphAt(next.start());
        return q.closeMark() < 0 && c.doc.paragraphAt(q.start()) == para - 1 && c.opensParagraph(next, para);
    }

    private Attribution attribute(int k) {
        QuoteSpan q = c.quotes.get(k);
        int[] own = c.doc.paragraphs().get(Math.max(0, c.doc.paragraphAt(q.start())));
        if (q.openMark() < 0 && q.closeMark() < 0 && QuoteRules.markAt(c.doc.text(), own[0], c.rules.answerMarks) > 0) {
            Attribution a = structure.interviewee(c.doc.paragraphAt(q.start()));
            sentenceBound.add(false);
            resolved.add(a);
            return a;
        }
        EntityMention turn = q.openMark() < 0 && q.closeMark() < 0
                ? TranscriptTurns.speaker(c.doc, c.doc.paragraphAt(q.start())) : null;
        if (turn != null) {
            Attribution a = c.names.describe(turn.start(), turn.end(), null);
            sentenceBound.add(false);
            resolved.add(a);
            return a;
        }
        Attribution a = before.askedBy(q);
        if (!a.isEmpty()) {
            sentenceBound.add(true);
            resolved.add(a);
            return a;
        }
        a = structure.relativeSubject(q);
        if (!a.isEmpty()) {
            sentenceBound.add(true);
            resolved.add(a);
            return a;
        }
        a = after.afterQuote(q);
        if (a.isEmpty() || after.wasAccording() && a.speaker() == null) {
            Attribution b = before.beforeQuote(k);
            a = b.isEmpty() ? a : b;
        }
        a = statementOfTheLast(k, a);
        a = QuestionedSpeakers.answering(c, k, a, resolved); // ""…," the witness replied" after a question
        a = QuestionAnswers.answering(c, k, a, resolved); // ""…," he replied" after a question put to him
        if (a.isEmpty()) {
            a = QuestionSources.asker(c, q); // "The first question came from X of Y. "…?""
        }
        boolean bound = false;
        if (a.isEmpty()) {
            a = structure.sentenceSubject(q);
            bound = !a.isEmpty();
        }
        sentenceBound.add(bound);
        int para = c.doc.paragraphAt(q.start());
        if (a.isEmpty() && k > 0 && c.doc.paragraphAt(c.quotes.get(k - 1).start()) == para) {
            a = resolved.get(k - 1);
        }
        if (a.isEmpty()) {
            a = paragraphSubject(q.outerStart(), c.doc.paragraphs().get(para)[0]);
        }
        if (a.isEmpty()) {
            a = after.newcomerAfter(q);
        }
        if (a.isEmpty() && !c.opensParagraph(q, para)) {
            a = before.introducedBy(q); // "Delacroix returned to the microphone. "…"": before the last speaker
        }
        int previousPara = k > 0 ? c.doc.paragraphAt(c.quotes.get(k - 1).start()) : -9;
        if (a.isEmpty() && (previousPara == para - 1
                || c.opensParagraph(q, para) && previousPara >= para - CARRY_PARAGRAPHS)) {
            a = carried(k - 1);
        }
        if (a.isEmpty() && para > 0 && c.opensParagraph(q, para) && previousPara < para - 1) {
            int[] prev = c.doc.paragraphs().get(para - 1);
            a = paragraphSubject(prev[1], prev[0]);
        }
        if (a.isEmpty()) {
            a = before.introducedBy(q);
        }
        if (a.isEmpty()) {
            a = structure.introducedInParagraphBefore(q, para);
        }
        a = statementOfTheLast(k, a); // "The memo said …" before ""…," it said": the memo's writer
        resolved.add(a);
        return a;
    }

    /**
     * ""…," the statement continued" after "In a statement read by an officer, his wife, Chidinma, said: "…"": a
     * "the" phrase of a statement noun ({@code attribution.txt} {@code statement-noun}) speaks for the one the quote
     * before it, in its paragraph or the one before, gave a speaker, when that quote's paragraph wrote the noun;
     * else {@code a} itself.
     */
    private Attribution statementOfTheLast(int k, Attribution a) {
        String[] w = a.speaker() != null || a.description() == null ? new String[0]
                : a.description().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (w.length != 2 || !w[0].equals("the") || !c.rules.statementNouns.contains(w[1])) {
            return a;
        }
        if (k == 0 || resolved.get(k - 1).speaker() == null) {
            return bodyOfTheStatement(k, w[1], a);
        }
        QuoteSpan last = c.quotes.get(k - 1);
        int para = c.doc.paragraphAt(last.start());
        if (para < 0 || para < c.doc.paragraphAt(c.quotes.get(k).start()) - 1) {
            return a;
        }
        String written = c.doc.text().substring(c.doc.paragraphs().get(para)[0], last.outerStart());
        boolean wrote = java.util.regex.Pattern.compile("(?i)\\b" + w[1] + "\\b").matcher(written).find();
        return wrote ? resolved.get(k - 1) : bodyOfTheStatement(k, w[1], a);
    }

    /**
     * ""…," the statement said" after "The studio, X, said in a statement that …" with no quote of X before: the
     * organisation speaking in the quote's paragraph before the quote, when that stretch wrote the statement noun
     * ({@link SpeakerContext#recentBody}); else {@code a}.
     */
    private Attribution bodyOfTheStatement(int k, String noun, Attribution a) {
        QuoteSpan q = c.quotes.get(k);
        int para = c.doc.paragraphAt(q.start());
        String written = para < 0 ? "" : c.doc.text().substring(c.doc.paragraphs().get(para)[0], q.outerStart());
        if (!java.util.regex.Pattern.compile("(?i)\\b" + noun + "\\b").matcher(written).find()) {
            return a;
        }
        Attribution body = c.recentBody(q.start());
        return body.speaker() != null ? body : a;
    }

    /**
     * The speaker a later paragraph continues: that of quote {@code k}, unless only its sentence's subject named
     * it (a describing sentence does not make its subject the running speaker): then the one before it.
     */
    private Attribution carried(int k) {
        int j = k;
        while (j > 0 && sentenceBound.get(j)) {
            j--;
        }
        return sentenceBound.get(j) ? Attribution.NONE : resolved.get(j);
    }

    /** The last "X said" of the paragraph before {@code pos}, for a quote with no attribution of its own. */
    private Attribution paragraphSubject(int pos, int paraStart) {
        for (int j = c.firstTokAt(pos) - 1; j >= 0 && c.toks.get(j).begin() >= paraStart; j--) {
            if (c.rules.isReportingVerb(c.toks.get(j)) && !c.quoted[j]
                    && !c.rules.negated(c.toks, j) // not "the court did not criticise"
                    && !ReducedRelatives.describesNounBefore(c, j)) { // not "the side effects reported in"
                Attribution a = c.resolvePhrase(c.speakerOfVerb(j), pos);
                if (!a.isEmpty()) {
                    return a;
                }
            }
        }
        return Attribution.NONE;
    }
}
