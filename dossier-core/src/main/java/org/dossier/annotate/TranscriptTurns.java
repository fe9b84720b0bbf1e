package org.dossier.annotate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * The turns of a broadcast or interview transcript: a paragraph opening with a speaker's label and a colon, the
 * label's last word the surname of a person the article names in full before it. The label is the surname in
 * capitals ("AMADI: Mostly after midnight.") or a name in mixed case, one to three capitalised words ("Adeyemi: …",
 * "Marcus Obi-Reynolds: …"), the latter only before a sentence (capitalised, ended by its punctuation), so that a
 * headline's "Rudd: tax rises 'not on the table'" is no turn. The words after the label are that person's quote;
 * a paragraph with no label between a turn (or an interview's answer) and the next turn (or question) carries the
 * turn on ({@link #turnOf}). Used by {@link QuoteScanner} (the span) and {@link SpeakerFinder} (the speaker); pure.
 */
final class TranscriptTurns {
    private static final Pattern LABEL = Pattern.compile("\\p{Lu}[\\p{Lu}'’-]+(?: \\p{Lu}[\\p{Lu}'’-]+)?:[ \\t]+");
    private static final Pattern NAME_LABEL = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2}:[ \\t]+");
    private static final String SENTENCE_END = ".!?…\"”’";

    private TranscriptTurns() {}

    /** The length of paragraph {@code n}'s turn label with its spaces, or 0 when it opens with none naming a person. */
    static int labelLength(AnnotatedText doc, int n) {
        Matcher m = label(doc, n);
        return m != null && speaker(doc, n) != null ? m.end() - m.start() : 0;
    }

    /** The person whose turn paragraph {@code n} is: the latest one named before it with the label's surname. */
    static EntityMention speaker(AnnotatedText doc, int n) {
        Matcher m = label(doc, n);
        if (m == null) {
            return null;
        }
        String label = m.group().replaceFirst(":\\s*$", "");
        String surname = label.substring(label.lastIndexOf(' ') + 1).toUpperCase(Locale.ROOT);
        int before = doc.paragraphs().get(n)[0];
        EntityMention person = null;
        for (EntityMention e : doc.entities()) {
            String[] w = e.text().strip().split("\\s+");
            if (e.end() <= before && e.type().equals(EntityType.PERSON.label()) && w.length > 1
                    && w[w.length - 1].toUpperCase(Locale.ROOT).equals(surname)) {
                person = e;
            }
        }
        return person;
    }

    /**
     * The paragraph whose turn paragraph {@code n} is: {@code n} itself, or for a paragraph with no label, no
     * double quotation mark and no bracket opening it, the turn or interview answer right before it, which it carries
     * on when the next paragraph opens another turn or a question; -1 when it is neither.
     */
    static int turnOf(AnnotatedText doc, QuoteRules rules, int n) {
        if (opensTurn(doc, rules, n)) {
            return n;
        }
        int[] p = doc.paragraphs().get(n);
        String text = doc.text();
        if (!rules.lemmas || n == 0 || n + 1 >= doc.paragraphs().size() || "[(".indexOf(text.charAt(p[0])) >= 0
                || rules.isInterviewLine(text, p[0]) || holdsDoubleMark(text, p[0], p[1])) {
            return -1;
        }
        int[] next = doc.paragraphs().get(n + 1);
        if (labelLength(doc, n + 1) == 0 && QuoteRules.markAt(text, next[0], rules.questionMarks) == 0) {
            return -1;
        }
        return opensTurn(doc, rules, n - 1) ? n - 1 : -1;
    }

    /** Whether paragraph {@code n} opens with a turn label or an interview's answer mark. */
    private static boolean opensTurn(AnnotatedText doc, QuoteRules rules, int n) {
        int from = doc.paragraphs().get(n)[0];
        return rules.lemmas && labelLength(doc, n) > 0 || QuoteRules.markAt(doc.text(), from, rules.answerMarks) > 0;
    }

    static boolean holdsDoubleMark(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (QuoteMarks.DOUBLE.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Matcher label(AnnotatedText doc, int n) {
        if (n < 0 || n >= doc.paragraphs().size()) {
            return null;
        }
        int[] p = doc.paragraphs().get(n);
        Matcher m = LABEL.matcher(doc.text()).region(p[0], p[1]);
        if (m.lookingAt()) {
            return m;
        }
        m = NAME_LABEL.matcher(doc.text()).region(p[0], p[1]);
        return m.lookingAt() && sentenceAfter(doc.text(), m.end(), p[1]) ? m : null;
    }

    /** Whether [from, to) reads as sentences: it opens with a capital, a digit or a mark and ends with punctuation. */
    private static boolean sentenceAfter(String text, int from, int to) {
        String s = text.substring(from, to).strip();
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        boolean opens = Character.isUpperCase(first) || Character.isDigit(first)
                || QuoteMarks.DOUBLE.indexOf(first) >= 0 || first == '‘';
        return opens && SENTENCE_END.indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
