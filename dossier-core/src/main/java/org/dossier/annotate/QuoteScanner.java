package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.QuoteMarks.Mark;

/**
 * Finds direct quotes in every quoting style: straight, curly, reversed, « », » «, „ “, clear ‘ ’, ' ' and ‹ ›
 * quotes, paragraphs of dialogue opened by a dash where the language writes them, and the unbalanced marks machine
 * translation leaves; a quote cut by a paragraph break in mid-sentence is one quote; a double-quoted stretch inside a
 * single-quoted quote is part of it; a single-quoted stretch opening in lower case is a quoted fragment when it has
 * four words or more, or two or more after a reporting verb of its sentence ("described the money as 'a loan'").
 * Quotes of one to three words (scare quotes) are left out unless {@link ShortQuotes} reads them as utterances.
 */
public final class QuoteScanner {
    private static final int MIN_WORDS = 4;

    private final AnnotatedText doc;
    private final QuoteRules rules;
    private final List<QuoteSpan> scare = new ArrayList<>();
    private final ShortQuotes shortQuotes;

    public QuoteScanner(AnnotatedText doc) {
        this(doc, "en");
    }

    /** A scanner with the rules of the article's {@code language} (English rules where it has none of its own). */
    public QuoteScanner(AnnotatedText doc, String language) {
        this.doc = doc;
        this.rules = QuoteRules.of(language);
        this.shortQuotes = new ShortQuotes(doc, rules);
    }

    /** Quoted stretches of one to three words seen by the last {@link #scan()}: scare or nested quotes. */
    public List<QuoteSpan> scareQuotes() {
        return List.copyOf(scare);
    }

    /** All quotes of the document, in text order. */
    public List<QuoteSpan> scan() {
        List<QuoteSpan> out = new ArrayList<>();
        List<int[]> paragraphs = doc.paragraphs();
        for (int n = 0; n < paragraphs.size(); n++) {
            int[] p = paragraphs.get(n);
            QuoteSpan answer = answer(n);
            if (answer != null) {
                out.add(answer);
                if (!TranscriptTurns.holdsDoubleMark(doc.text(), p[0], p[1])) {
                    continue;
                }
            }
            List<QuoteSpan> inPara = dialogue(p[0], p[1]);
            if (inPara.isEmpty()) {
                inPara = scanParagraph(p[0], p[1]);
            }
            List<QuoteSpan> singles = singleQuotes(p[0], p[1], inPara);
            for (QuoteSpan d : inPara) {
                if (singles.stream().noneMatch(o -> o.outerStart() < d.outerStart() && d.outerEnd() < o.outerEnd())) {
                    out.add(d); // a double-quoted stretch inside a single-quoted quote is part of it
                }
            }
            out.addAll(singles);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return joinBrokenLines(out);
    }

    /**
     * A printed interview's answer: paragraph {@code n} opens with an answer mark ("A:") and follows a question
     * ("Q:"), or is a transcript's turn ({@link TranscriptTurns}); the words after the mark are the quote, quotes
     * inside them read as well. A paragraph with no mark that carries such a turn on before the next turn or question
     * is a quote whole ({@link TranscriptTurns#turnOf}). Null otherwise.
     */
    private QuoteSpan answer(int n) {
        String text = doc.text();
        int[] p = doc.paragraphs().get(n);
        int mark = QuoteRules.markAt(text, p[0], rules.answerMarks);
        boolean answers = mark > 0 && n > 0
                && QuoteRules.markAt(text, doc.paragraphs().get(n - 1)[0], rules.questionMarks) > 0;
        if (!answers) {
            mark = rules.lemmas ? TranscriptTurns.labelLength(doc, n) : 0; // "AMADI: Mostly after midnight."
        }
        if (mark == 0 && TranscriptTurns.turnOf(doc, rules, n) == n - 1 && n > 0) {
            return span(p[0], p[1], -1, -1); // the second paragraph of an answer
        }
        if (mark == 0) {
            return null;
        }
        QuoteSpan q = span(p[0] + mark, p[1], -1, -1);
        return q.end() > q.start() ? q : null;
    }

    /**
     * A quote left open at the end of a paragraph that does not end a sentence, whose sequel opens the next
     * paragraph in lower case and closes there: one utterance that a line break cut in two.
     */
    private List<QuoteSpan> joinBrokenLines(List<QuoteSpan> quotes) {
        String text = doc.text();
        List<QuoteSpan> out = new ArrayList<>();
        for (QuoteSpan q : quotes) {
            QuoteSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.closeMark() < 0 && q.openMark() < 0 && q.start() < q.end()
                    && Character.isLowerCase(text.charAt(q.start())) && last.end() > last.start()
                    && ".!?:;".indexOf(text.charAt(last.end() - 1)) < 0
                    && doc.paragraphAt(q.start()) == doc.paragraphAt(last.start()) + 1
                    && text.substring(last.end(), q.start()).isBlank()) {
                out.set(out.size() - 1, new QuoteSpan(last.start(), q.end(), last.openMark(), q.closeMark()));
            } else {
                out.add(q);
            }
        }
        return out;
    }

    /**
     * A paragraph of speech opened by a dialogue dash: its speech runs to an inserted "—dijo X—" (then on after
     * it) or to a comma before a reporting verb ("— Nous partons, a déclaré X."), else to the paragraph's end.
     */
    private List<QuoteSpan> dialogue(int from, int to) {
        String text = doc.text();
        if (rules.dialogueDashes.isEmpty() || rules.dialogueDashes.indexOf(text.charAt(from)) < 0
                || doc.toksIn(from, to).stream().noneMatch(rules::isReportingVerb)) {
            return List.of();
        }
        List<QuoteSpan> out = new ArrayList<>();
        int open = from;
        while (open >= 0 && open < to) {
            int start = open + 1;
            while (start < to && (Character.isWhitespace(text.charAt(start)) || ".,;".indexOf(text.charAt(start)) >= 0)) {
                start++;
            }
            int dash = nextDash(text, start, to);
            int comma = commaBeforeReporting(start, dash < 0 ? to : dash);
            if (comma >= 0) {
                add(out, span(start, comma + 1, open, -1));
                break;
            }
            add(out, span(start, dash < 0 ? to : dash, open, dash));
            open = dash < 0 ? -1 : nextDash(text, dash + 1, to);
        }
        return out;
    }

    private int nextDash(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (rules.dialogueDashes.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The comma in [from, to) followed (past an auxiliary) by a reporting verb, or -1. */
    private int commaBeforeReporting(int from, int to) {
        List<TaggedToken> t = doc.toksIn(from, Math.min(doc.text().length(), to + 1));
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!t.get(i).word().equals(",")) {
                continue;
            }
            int j = i + 1;
            if (j + 1 < t.size() && rules.auxiliaries.contains(t.get(j).lower())) {
                j++;
            }
            if (rules.isReportingVerb(t.get(j))) {
                return t.get(i).begin();
            }
        }
        return -1;
    }

    private List<QuoteSpan> scanParagraph(int from, int to) {
        String text = doc.text();
        boolean reversed = QuoteMarks.reversedGuillemets(text, from, to, '«', '»');
        List<Mark> marks = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (QuoteMarks.DOUBLE.indexOf(text.charAt(i)) >= 0) {
                marks.add(QuoteMarks.classify(text, i, from, to, reversed));
            }
        }
        removeShortPairs(marks);
        List<QuoteSpan> out = new ArrayList<>();
        int open = -1;
        int lastClose = -1;
        for (int k = 0; k < marks.size(); k++) {
            Mark m = marks.get(k);
            if (open >= 0) {
                add(out, m.pos() > open + 1 ? span(open + 1, m.pos(), open, m.pos()) : null);
                open = -1;
                lastClose = m.pos();
            } else if (k == marks.size() - 1 ? !opensOnly(m) && closesHere(m, to) : !m.canOpen()) {
                add(out, span(restartAfter(lastClose, from, m.pos()), m.pos(), -1, m.pos()));
                lastClose = m.pos();
            } else {
                open = m.pos();
            }
        }
        if (open >= 0) {
            add(out, span(open + 1, to, open, -1));
        }
        return out;
    }

    /**
     * Drops pairs of adjacent marks around one to three words (scare quotes or quotes nested in a quote) and, on
     * English tags, around a title ({@link QuotedTitles}).
     */
    private void removeShortPairs(List<Mark> marks) {
        int i = 0;
        while (i + 1 < marks.size()) {
            Mark a = marks.get(i);
            Mark b = marks.get(i + 1);
            int words = words(a.pos() + 1, b.pos());
            boolean title = rules.lemmas && a.canOpen() && b.canClose() && QuotedTitles.isTitle(doc, a.pos(), b.pos());
            if (a.canOpen() && b.canClose() && words >= 1 && (words < MIN_WORDS || title)
                    && !shortQuotes.kept(a.pos(), b.pos())) {
                scare.add(new QuoteSpan(a.pos() + 1, b.pos(), a.pos(), b.pos()));
                marks.remove(i + 1);
                marks.remove(i);
            } else {
                i++;
            }
        }
    }

    /**
     * Whether a straight or left double mark can only open (a space before it, a word right after: "…off the point.
     * "The radio was full of shouting …"): as the last mark of its paragraph it opens a quote the paragraph leaves
     * open, whatever follows it. A right mark so placed is a closing one a translation spaced ("at all, ”said X").
     */
    private boolean opensOnly(Mark m) {
        char c = doc.text().charAt(m.pos());
        return (c == '"' || c == '“') && m.canOpen() && !m.canClose();
    }

    /** Whether the last unpaired mark of a paragraph closes a quote: nothing or only an attribution follows. */
    private boolean closesHere(Mark m, int to) {
        List<TaggedToken> after = doc.toksIn(m.pos() + 1, to);
        int i = 0;
        while (i < after.size() && after.get(i).isPunct()) {
            i++;
        }
        if (i == after.size()) {
            return true;
        }
        if (words(doc.paragraphs().get(doc.paragraphAt(m.pos()))[0], m.pos()) < MIN_WORDS) {
            return false;
        }
        if (rules.sourceBeforeStartingAt(after, i) > 0 || rules.quoteThenSource.contains(after.get(i).lower())) {
            return true;
        }
        for (int j = i; j < Math.min(after.size(), i + 6); j++) {
            if (after.get(j).endsSentence()) {
                break;
            }
            if (rules.isReportingVerb(after.get(j)) || rules.sourceAfter.contains(after.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Start of a quote whose opening mark is missing: after the sentence that follows the previous quote. */
    private int restartAfter(int lastClose, int from, int mark) {
        int start = from;
        if (lastClose >= 0) {
            String text = doc.text();
            for (int i = lastClose + 1; i < mark; i++) {
                if (".!?".indexOf(text.charAt(i)) >= 0) {
                    start = i + 1;
                    break;
                }
            }
        }
        return start;
    }

    private List<QuoteSpan> singleQuotes(int from, int to, List<QuoteSpan> doubles) {
        String text = doc.text();
        boolean reversed = QuoteMarks.reversedGuillemets(text, from, to, '‹', '›');
        String openers = (reversed ? QuoteMarks.SINGLE_OPEN_REVERSED : QuoteMarks.SINGLE_OPEN) + "'";
        String closers = (reversed ? QuoteMarks.SINGLE_CLOSE_REVERSED : QuoteMarks.SINGLE_CLOSE) + "'";
        List<QuoteSpan> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean opens = openers.indexOf(c) >= 0
                    && (i == from || Character.isWhitespace(text.charAt(i - 1)))
                    && i + 1 < to && Character.isLetter(text.charAt(i + 1));
            if (!opens || inside(i, doubles)) {
                continue;
            }
            boolean fragment = Character.isLowerCase(text.charAt(i + 1)); // would have 'the best … in the county'.
            for (int j = i + 2; j < to; j++) {
                char d = text.charAt(j);
                QuoteSpan nested = startingAt(j, doubles);
                if (nested != null && nested.closeMark() >= 0) {
                    j = nested.outerEnd() - 1; // 'He told me, "Never give up." I have not,' she said
                    continue;
                }
                if (QuoteMarks.DOUBLE.indexOf(d) >= 0 || d != '\'' && openers.indexOf(d) >= 0) {
                    break;
                }
                if (closers.indexOf(d) >= 0
                        && (j + 1 == to || QuoteMarks.isSpaceOrPunct(text.charAt(j + 1)))
                        && (fragment ? Character.isLetterOrDigit(text.charAt(j - 1))
                                : ".,!?".indexOf(text.charAt(j - 1)) >= 0)) {
                    if (!fragment || words(i + 1, j) >= MIN_WORDS || shortQuotes.kept(i, j)) {
                        add(out, span(i + 1, j, i, j)); // a fragment in lower case: four words, or reported
                        i = j;
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** The quote of {@code quotes} whose opening mark is at {@code pos}, or null. */
    private static QuoteSpan startingAt(int pos, List<QuoteSpan> quotes) {
        return quotes.stream().filter(q -> q.openMark() == pos).findFirst().orElse(null);
    }

    private static boolean inside(int pos, List<QuoteSpan> quotes) {
        return quotes.stream().anyMatch(q -> pos >= q.outerStart() && pos < q.outerEnd());
    }

    private QuoteSpan span(int start, int end, int open, int close) {
        String text = doc.text();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new QuoteSpan(start, end, open, close);
    }

    private void add(List<QuoteSpan> out, QuoteSpan q) {
        if (q != null && q.openMark() >= 0 && q.closeMark() >= 0 && shortQuotes.emphasis(q.openMark(), q.closeMark())) {
            scare.add(q);
            return;
        }
        boolean shortOk = q != null && q.openMark() >= 0 && q.closeMark() >= 0
                && shortQuotes.kept(q.openMark(), q.closeMark());
        if (q != null && q.end() > q.start() && (words(q.start(), q.end()) >= MIN_WORDS || shortOk)) {
            out.add(q);
        }
    }

    private int words(int from, int to) {
        return ShortQuotes.words(doc.text(), from, to);
    }
}
