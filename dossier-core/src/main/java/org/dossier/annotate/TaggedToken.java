package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Locale;

/** One CoreNLP token reduced to what the annotate rules read: offsets, word, tag, lemma, NER label, sentence. */
public record TaggedToken(int begin, int end, String word, String pos, String lemma, String ner, int sentence) {
    static TaggedToken of(CoreLabel l, int sentence) {
        return new TaggedToken(l.beginPosition(), l.endPosition(), l.word(), l.tag(), l.lemma(), l.ner(),
                sentence);
    }

    public String lower() {
        return word.toLowerCase(Locale.ROOT);
    }

    public boolean isVerb() {
        return pos != null && (pos.startsWith("VB") || pos.equals("MD"));
    }

    public boolean isReportingVerb() {
        return pos != null && pos.startsWith("VB") && lemma != null
                && Lexicon.REPORTING_VERBS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    public boolean isPunct() {
        return !word.isEmpty() && word.chars().noneMatch(Character::isLetterOrDigit);
    }

    public boolean endsSentence() {
        return word.equals(".") || word.equals("!") || word.equals("?");
    }
}
