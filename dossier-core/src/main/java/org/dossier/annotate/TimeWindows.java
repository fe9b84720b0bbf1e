package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.rules.RuleFiles;

/**
 * The stretches of an English article that SUTime reads: around each token that opens one ({@link #opensStretch}: a
 * time cue word, {@code annotate/en/time-cue-words.txt}, or a number in the shape of a time,
 * {@code annotate/en/time-digit-triggers.txt}) the token and {@link #REACH} tokens on each side, within its sentence,
 * stretches that touch or overlap merged into one. SUTime's cost grows with the tokens its rules are tried
 * at, and most of a news sentence is no part of a time expression; its expressions are short runs around such words
 * ("early next month", "the first week of March", "two years ago"), so the stretches give the expressions the whole
 * sentences give, at a fraction of the cost. Use {@link #of} for the stretches, {@link #wholeSentences} for the
 * sentences that hold a trigger, read whole (what the stretches are checked against).
 */
final class TimeWindows {
    /**
     * Tokens kept on each side of a trigger: on the held-out sets, seeds and ECB+ dev, all but 6 of 3,483 of SUTime's
     * expressions end within four tokens of a trigger inside them ({@code bench/run.sh time-triggers}).
     */
    static final int REACH = 4;

    /** Which numbers open a stretch ({@code annotate/en/time-digit-triggers.txt}). */
    private record DigitRules(Pattern shape, Pattern shortNumber, Set<String> shortAfter, Set<String> shortBefore,
            Set<String> currencyBefore, Set<String> quantityAfter) {
        static DigitRules load() {
            Map<String, List<String>> k = RuleFiles.lists(TimeWindows.class, "en", "time-digit-triggers.txt");
            return new DigitRules(anyOf(k.get("shape")), anyOf(k.get("short")), set(k.get("short-after")),
                    set(k.get("short-before")), set(k.get("currency-before")), set(k.get("quantity-after")));
        }

        private static Pattern anyOf(List<String> forms) {
            return Pattern.compile(String.join("|", forms.stream().map(f -> "(?:" + f + ")").toList()),
                    Pattern.CASE_INSENSITIVE);
        }

        private static Set<String> set(List<String> words) {
            return Set.copyOf(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        }
    }

    private static final DigitRules DIGITS = DigitRules.load();

    private TimeWindows() {}

    /** The stretches of {@code sentences} (CoreNLP sentences with tokens and offsets) to read for times, in text order. */
    static List<CoreMap> of(String text, List<CoreMap> sentences) {
        return of(text, sentences, TimeWindows::opensStretch);
    }

    /** A rule saying whether token {@code i} of a sentence's tokens opens a stretch. */
    interface Opener {
        boolean opens(List<CoreLabel> tokens, int i);
    }

    /** The stretches opened by the tokens {@code opener} names (for benchmarks comparing trigger rules). */
    static List<CoreMap> of(String text, List<CoreMap> sentences, Opener opener) {
        return of(text, sentences, opener, REACH);
    }

    /** The stretches opened by the tokens {@code opener} names, {@code reach} tokens on each side. */
    static List<CoreMap> of(String text, List<CoreMap> sentences, Opener opener, int reach) {
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap sent : sentences) {
            List<CoreLabel> toks = sent.get(CoreAnnotations.TokensAnnotation.class);
            Integer firstToken = sent.get(CoreAnnotations.TokenBeginAnnotation.class);
            int from = -1;
            int to = -1;
            for (int i = 0; i < toks.size(); i++) {
                if (!opener.opens(toks, i)) {
                    continue;
                }
                int a = Math.max(0, i - reach);
                int b = Math.min(toks.size(), i + reach + 1);
                if (from >= 0 && a > to) {
                    out.add(stretch(text, sent, toks, from, to, firstToken));
                    from = -1;
                }
                if (from < 0) {
                    from = a;
                }
                to = b;
            }
            if (from >= 0) {
                out.add(stretch(text, sent, toks, from, to, firstToken));
            }
        }
        return out;
    }

    /** The sentences that hold a trigger, whole. */
    static List<CoreMap> wholeSentences(List<CoreMap> sentences) {
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap sent : sentences) {
            if (sent.get(CoreAnnotations.TokensAnnotation.class).stream().anyMatch(TimeWindows::isTrigger)) {
                out.add(sent);
            }
        }
        return out;
    }

    /**
     * Whether token {@code i} of a sentence opens a stretch: a trigger ({@link #isTrigger}) that is not a number
     * SUTime reads no time in.
     */
    static boolean opensStretch(List<CoreLabel> toks, int i) {
        CoreLabel t = toks.get(i);
        if (!isTrigger(t)) {
            return false;
        }
        String w = t.word();
        if (w.chars().noneMatch(Character::isDigit)) {
            return true;
        }
        String prev = i > 0 ? toks.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
        String next = i + 1 < toks.size() ? toks.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
        if (DIGITS.currencyBefore().contains(prev) || DIGITS.quantityAfter().contains(next)) {
            return false;
        }
        if (DIGITS.shape().matcher(w).matches()) {
            return true;
        }
        return DIGITS.shortNumber().matcher(w).matches()
                && (DIGITS.shortAfter().contains(next) || DIGITS.shortBefore().contains(prev));
    }

    /**
     * A token that may be part of a time expression: it holds a digit or is a time cue word, a trailing full stop
     * dropped ("Sept."), or one of its hyphenated parts is ("mid-August", "five-year").
     */
    static boolean isTrigger(CoreLabel t) {
        String w = t.word();
        if (w.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.length() > 1 && lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        if (Lexicon.TIME_CUE_WORDS.contains(lower)) {
            return true;
        }
        if (lower.indexOf('-') > 0) {
            for (String part : lower.split("-")) {
                if (Lexicon.TIME_CUE_WORDS.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Tokens {@code [from, to)} of a sentence as a sentence of their own, with the offsets SUTime reads. */
    private static CoreMap stretch(String text, CoreMap sent, List<CoreLabel> toks, int from, int to, Integer firstToken) {
        if (from == 0 && to == toks.size()) {
            return sent;
        }
        List<CoreLabel> part = new ArrayList<>(toks.subList(from, to));
        int begin = part.get(0).beginPosition();
        int end = part.get(part.size() - 1).endPosition();
        CoreMap m = new ArrayCoreMap(8);
        m.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        m.set(CoreAnnotations.TokensAnnotation.class, part);
        m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        if (firstToken != null) {
            m.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken + from);
            m.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + to);
        }
        Integer index = sent.get(CoreAnnotations.SentenceIndexAnnotation.class);
        if (index != null) {
            m.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        }
        return m;
    }
}
