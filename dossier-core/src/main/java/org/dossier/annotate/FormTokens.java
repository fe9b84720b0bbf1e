package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.SentenceSpan;

/**
 * The tokens of a text read without a model: words (letters, marks and digits with inner hyphens or apostrophes)
 * and single punctuation marks, with no tags, each word its own lemma. An elided article or pronoun ("l'", "d'",
 * "qu'") is a token of its own, an inverted subject pronoun ("estime-t-il") a token after its verb ("estime", "il"),
 * where the language writes them, and an abbreviated honorific keeps its period ("M.", "Dr."), so the quote rules,
 * which read word forms, see the words a tokenizer of the language would give. Use it to build an {@link AnnotatedText} for {@link SpeakerFinder} when no
 * model tokenised the text.
 */
final class FormTokens {
    /** A word, or one character that is neither a letter, a digit nor a space. */
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{M}\\p{N}]+(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*|[^\\p{L}\\p{M}\\p{N}\\s]");
    /** An elided function word before a word: l'État, d'après, qu'il; Italian dell'Interno, all'estero, un'altra. */
    private static final Pattern ELIDED = Pattern.compile(
            "(?i)((?:jusqu|lorsqu|puisqu|quoiqu|qu|dell|dall|nell|sull|all|coll|quest|quell|un|[cdjlmnst])['’])(\\p{L}.*)");
    /** An inverted subject pronoun after its verb: "estime-t-il", "poursuit-elle", "a-t-on". */
    private static final Pattern INVERTED = Pattern.compile("(?i)(\\p{L}+)-(?:t-)?(il|elle|ils|elles|on)");
    /** Languages that elide articles and pronouns before a vowel with an apostrophe. */
    private static final Set<String> ELIDING = Set.of("fr", "it", "ca");

    private FormTokens() {}

    /**
     * The tokens of {@code text}, each with the index of the sentence holding it; an auxiliary that carries its
     * pronoun ("a-t-il", one of the rules' auxiliaries) stays one token, as the rules name it.
     */
    static List<TaggedToken> of(String text, List<SentenceSpan> sentences, String language, QuoteRules rules) {
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        boolean eliding = ELIDING.contains(lang);
        boolean inverting = lang.equals("fr");
        List<TaggedToken> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            SentenceSpan span = sentences.get(s);
            Matcher m = TOKEN.matcher(text).region(span.start(), span.end());
            while (m.find()) {
                int start = m.start();
                String word = m.group();
                Matcher e = eliding ? ELIDED.matcher(word) : null;
                if (e != null && e.matches()) {
                    add(out, text, start, start + e.end(1), s);
                    start += e.end(1);
                    word = e.group(2);
                }
                Matcher inv = inverting ? INVERTED.matcher(word) : null;
                if (inv != null && inv.matches() && !rules.auxiliaries.contains(word.toLowerCase(Locale.ROOT))) {
                    add(out, text, start, start + inv.end(1), s);
                    add(out, text, start + inv.start(2), start + inv.end(2), s);
                } else if (start + word.length() < span.end() && text.charAt(start + word.length()) == '.'
                        && rules.honorifics.contains(word.toLowerCase(Locale.ROOT) + ".")) {
                    add(out, text, start, start + word.length() + 1, s);
                    m.region(start + word.length() + 1, span.end());
                } else {
                    add(out, text, start, start + word.length(), s);
                }
            }
        }
        return out;
    }

    private static void add(List<TaggedToken> out, String text, int from, int to, int sentence) {
        String word = text.substring(from, to);
        out.add(new TaggedToken(from, to, word, "", word, "O", sentence));
    }
}
