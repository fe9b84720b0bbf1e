package org.dossier.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The tense of the clause before a time expression, read from its words alone, for the rules that see only the text
 * ({@link TimeSeasons}, {@link NamedDays}): the nearest word to the left, within the sentence and clause (a comma closes it), that is a
 * cue of {@code en/tense-cues.txt} or a past or future word of {@code en/word-tense.txt} ("Sales slumped in the
 * spring" past, "plans to plant trees in the spring" future); PRESENT when there is none. Where tagged tokens are at
 * hand, {@link Tense} reads better.
 */
final class WordTense {
    private static final List<List<String>> ROWS = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "word-tense.txt");
    private static final Set<String> PAST = Set.copyOf(words("past"));
    private static final Set<String> FUTURE = Set.copyOf(words("future"));
    private static final Set<String> STOPS = Set.copyOf(words("stop"));
    private static final List<String> ENDINGS = words("ending");
    private static final Set<String> PRESENT_BE = Set.copyOf(words("present-be"));
    /** A cue word and a word after it that make it a verb, no cue ("and last until Boxing Day"). */
    private static final Set<String> VERB_USES = Set.copyOf(ROWS.stream().filter(r -> r.get(0).equals("verb"))
            .map(r -> r.get(1) + " " + r.get(2)).toList());
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+|[.!?;:\"\u201c\u201d]|,(?=\\s)");
    /** As {@link #WORD}, with numbers ("2019") as words of their own, for {@link #OWN_OBJECT}. */
    private static final Pattern WORD_OR_NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d|" + WORD.pattern());
    /** Cues whose tense is that of the number they govern ("since 2019"), no cue of the clause. */
    private static final Set<String> OWN_OBJECT = Set.copyOf(words("own-object"));

    /** How many words after a time expression {@link #futureAfter} reads (its noun, then the verb's modal). */
    private static final int AFTER_WORDS = 3;

    private WordTense() {}

    /** Whether token {@code i} is a cue of its own number, the token after it ("since 2019"). */
    static boolean ownObject(List<TaggedToken> toks, int i) {
        return i + 1 < toks.size() && OWN_OBJECT.contains(toks.get(i).lower()) && toks.get(i + 1).pos().equals("CD")
                && toks.get(i + 1).sentence() == toks.get(i).sentence();
    }

    /** The tense of the clause {@code text} holds before {@code pos}. */
    static Tense before(String text, int pos) {
        int from = Math.max(0, pos - 200);
        List<String> words = WORD_OR_NUMBER.matcher(text.substring(from, pos)).results().map(MatchResult::group)
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i);
            if (Character.isDigit(w.charAt(0)) || OWN_OBJECT.contains(w) && i + 1 < words.size()
                    && Character.isDigit(words.get(i + 1).charAt(0))) {
                continue; // "since 2019 this autumn": the number and its cue are no tense of the clause
            }
            if (w.length() == 1 && !Character.isLetter(w.charAt(0)) || STOPS.contains(w)) {
                return Tense.PRESENT;
            }
            String cue = Lexicon.TENSE_CUES.get(w);
            if (cue != null && i + 1 < words.size() && VERB_USES.contains(w + " " + words.get(i + 1))) {
                continue;
            }
            if ("weak-future".equals(cue)) { // "scored nine goals before Christmas": a past verb before it wins
                return pastBefore(words, i) ? Tense.PAST : Tense.FUTURE;
            }
            if (cue != null && !cue.equals("possible")) { // "could", "may": a cue only with its verb (Tense)
                return cue.equals("future") ? Tense.FUTURE : Tense.PAST;
            }
            if (FUTURE.contains(w)) {
                return Tense.FUTURE;
            }
            if (PAST.contains(w) || w.length() > 4 && ENDINGS.stream().anyMatch(w::endsWith)) {
                if (!PAST.contains(w) && i > 0 && PRESENT_BE.contains(words.get(i - 1))) {
                    continue; // "is played over the Easter weekend": a present passive's participle, no past
                }
                return Tense.PAST;
            }
        }
        return Tense.PRESENT;
    }

    /**
     * FUTURE when one of the first {@link #AFTER_WORDS} words after {@code pos}, within its clause, is a future cue
     * ("said the spring term would end": the season is the subject of a future clause); else null.
     */
    static Tense futureAfter(String text, int pos) {
        List<String> words = WORD.matcher(text.substring(pos, Math.min(text.length(), pos + 60))).results()
                .map(MatchResult::group).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < Math.min(words.size(), AFTER_WORDS); i++) {
            String w = words.get(i);
            if (w.length() == 1 && !Character.isLetter(w.charAt(0)) || STOPS.contains(w)) {
                return null;
            }
            if (FUTURE.contains(w) || "future".equals(Lexicon.TENSE_CUES.get(w))) {
                return Tense.FUTURE;
            }
        }
        return null;
    }

    /** Whether a past word comes before word {@code i} of {@code words} within its clause. */
    private static boolean pastBefore(List<String> words, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String w = words.get(j);
            if (w.length() == 1 && !Character.isLetter(w.charAt(0)) || STOPS.contains(w)
                    || FUTURE.contains(w) || "future".equals(Lexicon.TENSE_CUES.get(w))) {
                return false;
            }
            if ("past".equals(Lexicon.TENSE_CUES.get(w)) || PAST.contains(w)
                    || w.length() > 4 && ENDINGS.stream().anyMatch(w::endsWith)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String kind) {
        return ROWS.stream().filter(r -> r.get(0).equals(kind)).map(r -> r.get(1)).toList();
    }
}
