package org.dossier.annotate;

import java.text.BreakIterator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.QuoteMention;
import org.dossier.model.SentenceSpan;
import org.dossier.model.TimeMention;
import org.dossier.text.Folding;
import org.dossier.text.Stopwords;

/**
 * The annotate stage for an article in a language this process has no model for: no model of another language runs
 * on it. It finds what holds in any language — sentences (the JDK's sentence breaks for the language, and paragraph
 * breaks), runs of capitalised words as name candidates (typed MISC until the story confirms them, see
 * {@link NameEvidence}; people a role noun, honorific or known first name introduces typed PERSON, with their later
 * surnames, in the languages with quote rules), dates from the language's rule data ({@link RuleDates}), quotes with their speakers where the
 * language has quote rules of its own (German, French, Spanish, Italian: {@link #quotes}), organisations a noun
 * introduces typed ORGANIZATION where the language lists such nouns ({@link IntroducedOrganisations}) — and it records in
 * {@link Annotations#analysis()} why the article could not be analysed fully.
 */
public final class NameEvidenceAnnotator implements Annotator {
    /**
     * A word: letters, marks and digits, with inner hyphens or apostrophes ("Jean-Luc", "O'Neill"), and a closing
     * apostrophe of a plural possessive before a capitalised word ("Seafarers' Guild": one name).
     */
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{M}\\p{N}]+(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*(?:(?<=\\p{L}s)['’](?=\\s\\p{Lu}))?");

    private final Clock clock;
    private final UnaryOperator<String> reason;

    /**
     * @param clock  "today", for a day and month without a year when the article has no anchor
     * @param reason why an article of a language (an ISO 639-1 code) is read without a model, as the dossier says it
     */
    public NameEvidenceAnnotator(Clock clock, UnaryOperator<String> reason) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Annotations annotate(Article article, LocalDate anchor) {
        String text = article.text();
        String language = article.language();
        List<SentenceSpan> sentences = AnnotatedText.afterDateline(text, sentences(text, language));
        RuleDates dates = RuleDates.of(language);
        List<TimeMention> times = dates.find(text, sentences, anchor, LocalDate.now(clock));
        AnnotatedText doc = QuoteRules.hasOwn(language) ? formText(text, sentences, language) : null;
        List<QuoteMention> quotes = doc == null ? List.of() : SpeakerFinder.quotesOf(doc, language);
        String note = reason.apply(language) + (QuoteRules.hasOwn(language)
                ? "; quotes and speakers from the wording only" : "; no quotes")
                + (dates.isEmpty() ? "; no date rules for the language either" : "");
        List<EntityMention> entities = doc == null ? candidates(text, sentences)
                : IntroducedOrganisations.typed(withPeople(candidates(text, sentences), text, doc.entities()), text,
                        language);
        return new Annotations(article.id(), anchor, sentences, entities, times, quotes)
                .withAnalysis(note);
    }

    /**
     * A text no model tokenised as the quote rules read it ({@link SpeakerFinder#quotesOf}): word-form tokens
     * ({@link FormTokens}) and the people and organisations their capitals and role nouns suggest ({@link NameGuesses}).
     */
    static AnnotatedText formText(String text, List<SentenceSpan> sentences, String language) {
        QuoteRules rules = QuoteRules.of(language);
        List<TaggedToken> toks = FormTokens.of(text, sentences, language, rules);
        List<EntityMention> names = NameGuesses.of(text, toks, language, rules);
        return new AnnotatedText(text, toks, sentences, AnnotatedText.paragraphsOf(text), names);
    }

    /**
     * The name candidates, those a guessed person or their later surname covers replaced by that person
     * ("Verdana-Chef Stefan Kramer … Kramer": a role noun or a known first name names a person, PERSON, which
     * {@link NameEvidence} keeps without other evidence; {@link SurnameMentions}); the guessed organisations stay
     * candidates.
     */
    static List<EntityMention> withPeople(List<EntityMention> candidates, String text, List<EntityMention> guesses) {
        List<EntityMention> people = SurnameMentions.added(text,
                guesses.stream().filter(g -> EntityType.PERSON.is(g.type())).toList());
        List<EntityMention> out = new ArrayList<>(people);
        for (EntityMention c : candidates) {
            if (people.stream().noneMatch(p -> p.start() < c.end() && c.start() < p.end())) {
                out.add(c);
            }
        }
        out.sort(java.util.Comparator.comparingInt(EntityMention::start));
        return out;
    }

    /**
     * Sentences by the JDK's rules for the language, never across a blank line, without surrounding space; a day's
     * ordinal before its month ("am 10. Mai") ends none, a German quote closed after its full stop ends one.
     */
    static List<SentenceSpan> sentences(String text, String language) {
        List<SentenceSpan> out = new ArrayList<>();
        Locale locale = language == null ? Locale.ROOT : Locale.forLanguageTag(language);
        int paragraph = 0;
        while (paragraph < text.length()) {
            int next = text.indexOf("\n\n", paragraph);
            int end = next < 0 ? text.length() : next;
            BreakIterator it = BreakIterator.getSentenceInstance(locale);
            it.setText(text.substring(paragraph, end));
            for (int s = it.first(), e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
                int from = paragraph + s;
                int to = paragraph + e;
                while (from < to && Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
                while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                    to--;
                }
                if (to > from && !out.isEmpty() && out.get(out.size() - 1).end() > paragraph
                        && continues(text, out.get(out.size() - 1), from, language)) {
                    out.set(out.size() - 1, new SentenceSpan(out.get(out.size() - 1).start(), to));
                } else if (to > from) {
                    out.add(new SentenceSpan(from, to));
                }
            }
            paragraph = end + 2;
        }
        return splitBeforeOpeningQuotes(text, splitAfterClosedQuotes(text, out));
    }

    /**
     * The sentences split where a sentence's end is followed by an opening quote mark and a capital ("… de
     * nettoyage. « Le pollueur paiera », a-t-elle affirmé."), which the JDK's rules run on over.
     */
    private static List<SentenceSpan> splitBeforeOpeningQuotes(String text, List<SentenceSpan> sentences) {
        List<SentenceSpan> out = new ArrayList<>();
        for (SentenceSpan s : sentences) {
            int start = s.start();
            Matcher m = OPENING_QUOTE_START.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                out.add(new SentenceSpan(start, m.start() + 1));
                start = m.end();
            }
            out.add(start == s.start() ? s : new SentenceSpan(start, s.end()));
        }
        return out;
    }

    private static final Pattern OPENING_QUOTE_START =
            Pattern.compile("(?<=\\p{L}{2}|\\d)[.!?]\\s+(?=[\u00ab\u201e\u201c\"]\\s?\\p{Lu})");

    /**
     * Whether a break the JDK found inside a paragraph is none: after an abbreviated honorific ("M. Mercier"), or
     * before what cannot open a sentence — a closing quote mark or bracket, a comma, a lower-case word ("»,
     * a-t-elle lancé" after a quoted question; German's closing “ after an open „), or a month after a day's ordinal
 * dot ("am 10. Mai"); a sentence that runs on past a German quote closed after its full stop ends with the quote.
     */
    private static boolean continues(String text, SentenceSpan previous, int next, String language) {
        String before = text.substring(previous.start(), previous.end());
        int space = before.lastIndexOf(' ');
        String lastWord = before.substring(space + 1).toLowerCase(Locale.ROOT);
        if (lastWord.endsWith(".") && QuoteRules.of(language).honorifics.contains(lastWord)) {
            return true;
        }
        if (ORDINAL.matcher(lastWord).matches() && monthFollows(text, next, language)) {
            return true; // "am 10. Mai": a day written as an ordinal before its month
        }
        int c = text.codePointAt(next);
        int type = Character.getType(c);
        boolean germanClose = c == '“' && before.lastIndexOf('„') > before.lastIndexOf('“');
        return type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.END_PUNCTUATION || germanClose
                || c == '»' && before.lastIndexOf('«') > before.lastIndexOf('»')
                || ",;:".indexOf(c) >= 0 || Character.isLowerCase(c);
    }

    /**
     * The sentences with one that the JDK's rules run on past a German quote closed after its own full stop split
     * there ("… sagte: „Wir haben genug.“ Am Freitag …": the sentence ends with the quote; the JDK reads “ as an
     * opening mark): at a full stop, question or exclamation mark, the “ closing an open „, a space and a capital.
     */
    private static List<SentenceSpan> splitAfterClosedQuotes(String text, List<SentenceSpan> sentences) {
        List<SentenceSpan> out = new ArrayList<>();
        for (SentenceSpan s : sentences) {
            int start = s.start();
            Matcher m = CLOSED_QUOTE_END.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                String before = text.substring(start, m.start());
                if (before.lastIndexOf('„') > before.lastIndexOf('“')) {
                    out.add(new SentenceSpan(start, m.start() + 2));
                    start = m.end();
                }
            }
            out.add(start == s.start() ? s : new SentenceSpan(start, s.end()));
        }
        return out;
    }

    private static final Pattern CLOSED_QUOTE_END = Pattern.compile("[.!?]“\\s+(?=\\p{Lu})");

    /** A day written as an ordinal number ("10."), as German writes the day of a date. */
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}\\.");

    /** Whether the word at {@code at} is a month name of the language ("Mai", "März"). */
    private static boolean monthFollows(String text, int at, String language) {
        Matcher m = WORD_AT.matcher(text).region(at, text.length());
        return language != null && m.lookingAt() && org.dossier.text.CalendarNames.monthWords(language)
                .containsKey(m.group().toLowerCase(Locale.ROOT));
    }

    private static final Pattern WORD_AT = Pattern.compile("\\p{L}+");

    /**
     * Runs of capitalised words separated by single spaces, without function words at either end; a sentence's first
     * word counts only when the text also capitalises it where no sentence starts.
     */
    static List<EntityMention> candidates(String text, List<SentenceSpan> sentences) {
        Set<String> midSentence = new HashSet<>();
        List<List<int[]>> perSentence = new ArrayList<>();
        for (SentenceSpan s : sentences) {
            List<int[]> words = new ArrayList<>();
            Matcher t = TOKEN.matcher(text).region(s.start(), s.end());
            boolean first = true;
            while (t.find()) {
                if (Character.isUpperCase(text.codePointAt(t.start()))) {
                    words.add(new int[] {t.start(), t.end(), first ? 1 : 0});
                    if (!first) {
                        midSentence.add(t.group());
                    }
                }
                first = false;
            }
            perSentence.add(words);
        }
        List<EntityMention> out = new ArrayList<>();
        for (List<int[]> words : perSentence) {
            List<int[]> run = new ArrayList<>();
            for (int[] w : words) {
                String word = text.substring(w[0], w[1]);
                boolean usable = !Stopwords.contains(Folding.fold(word))
                        && (w[2] == 0 || midSentence.contains(word));
                boolean joined = !run.isEmpty() && joins(text, run.get(run.size() - 1)[1], w[0]);
                if (!usable || !joined && !run.isEmpty()) {
                    flush(text, run, out);
                }
                if (usable) {
                    run.add(w);
                }
            }
            flush(text, run, out);
        }
        return out;
    }

    /**
     * Whether the words ending at {@code end} and starting at {@code next} are one name's: a space between them, or a
     * plural possessive's apostrophe and a space ("Seafarers' Guild").
     */
    private static boolean joins(String text, int end, int next) {
        String between = text.substring(end, next);
        return between.equals(" ") || (between.equals("' ") || between.equals("’ "))
                && Character.toLowerCase(text.charAt(end - 1)) == 's';
    }

    private static void flush(String text, List<int[]> run, List<EntityMention> out) {
        if (!run.isEmpty()) {
            int start = run.get(0)[0];
            int end = run.get(run.size() - 1)[1];
            out.add(new EntityMention(text.substring(start, end), EntityType.MISC.label(), start, end));
            run.clear();
        }
    }
}
