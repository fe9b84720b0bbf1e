package org.dossier.synthesize.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.rules.RuleFiles;

/**
 * Whom a sentence credits for its figures: "according to X", "..., X said." at the end, or "X say(s)
 * (that) ..." at the start (the verbs are data: {@code source-verbs.txt}); what a phrase after "citing" names is what
 * the source relies on ("citing satellite images"), never the source. A bare pronoun ("he said") or a phrase
 * longer than a name's few words is no source; adverbs before the verb are no part of it ({@code source-adverbs.txt}; a
 * word in -ly only when it is no noun, {@code ly-nouns.txt}: "the Osterwald family said").
 * Null when the sentence credits no one.
 */
public final class ClaimSource {
    private static final Set<String> VERBS = RuleFiles.words(ClaimSource.class, "en", "source-verbs.txt");
    private static final Set<String> PRONOUNS = RuleFiles.words(ClaimSource.class, "en", "source-pronouns.txt");
    private static final Set<String> ADVERBS = RuleFiles.words(ClaimSource.class, "en", "source-adverbs.txt");
    private static final Set<String> DETERMINERS = RuleFiles.words(ClaimSource.class, "en", "source-determiners.txt");
    private static final java.util.Map<String, String> FRONTS = RuleFiles.pairs(ClaimSource.class, "en",
            "source-fronts.txt");
    private static final Set<String> LY_NOUNS = RuleFiles.words(ClaimSource.class, "en", "ly-nouns.txt");
    private static final Set<String> COORDINATORS = RuleFiles.words(ClaimSource.class, "coordinators.txt");
    private static final int MAX_WORDS = 7;
    private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording to\\s+([^,.;:()\u2013\u2014]+)");
    /** A closing "citing X": what the source relies on, cut before the source is read ("..., the Herald reported, citing ..."). */
    private static final Pattern CITING = Pattern.compile("(?i),\\s*citing\\s+[^,;:]+$");
    private static final Pattern TRAILING = Pattern.compile(",\\s*([^,;:]+?)\\s+(\\p{L}+)\\s*[.!]?\\s*[\"\u201d]?\\s*$");

    private ClaimSource() {}

    /** The source a sentence credits for its figures, or null. */
    public static String of(String sentence) {
        Matcher m = ACCORDING.matcher(sentence);
        while (m.find()) {
            String s = clean(m.group(1));
            if (s != null && !ofOneFigure(sentence, m)) {
                return s;
            }
        }
        m = TRAILING.matcher(CITING.matcher(sentence.strip()).replaceFirst("."));
        if (m.find() && VERBS.contains(m.group(2).toLowerCase(Locale.ROOT))) {
            String s = clean(m.group(1));
            if (s != null) {
                return s;
            }
        }
        String[] words = sentence.strip().split("\\s+");
        for (int i = 1; i < words.length && i <= MAX_WORDS; i++) {
            if (words[i - 1].matches(".*[\\d,;:].*")) {
                break;
            }
            if (VERBS.contains(words[i].toLowerCase(Locale.ROOT))) {
                String source = clean(String.join(" ", List.of(words).subList(0, i)));
                return source == null ? null : lowerDeterminer(source);
            }
        }
        return null;
    }

    /**
     * The source an "according to X" right after a figure credits that figure with (the figure's phrase, then a
     * comma: "1,200 homes, according to the utility, and 300 businesses"), read from the text after the figure; null
     * when none stands there.
     */
    static String afterFigure(String rest) {
        Matcher m = ACCORDING.matcher(rest);
        return m.find() && rest.substring(0, m.start()).matches("\\s*,\\s*") ? clean(m.group(1)) : null;
    }

    /**
     * Whether an "according to X" credits only the figure before it: a comma before it and, after X, a comma and a
     * coordinator going on to another figure ({@code coordinators.txt}: "1,200 homes, according to the utility, and
     * 300 businesses"). Such a source is no source of the sentence's other figures.
     */
    private static boolean ofOneFigure(String sentence, Matcher m) {
        String before = sentence.substring(0, m.start()).stripTrailing();
        Matcher next = Pattern.compile("^\\s*,\\s*(\\p{L}+)\\s+(.*)$").matcher(sentence.substring(m.end()));
        return before.endsWith(",") && next.find() && COORDINATORS.contains(next.group(1).toLowerCase(Locale.ROOT))
                && next.group(2).chars().anyMatch(Character::isDigit);
    }

    /** Whether a word is a verb crediting a figure ({@code source-verbs.txt}: "said", "told"). */
    public static boolean reportingVerb(String t) {
        return VERBS.contains(t.toLowerCase(Locale.ROOT));
    }

    /** A phrase read as the source of one figure ({@link FigureSourceStage}), as {@link #of} cleans one, or null. */
    static String phrase(String phrase) {
        String s = clean(phrase);
        return s == null ? null : lowerDeterminer(s);
    }

    /**
     * The phrase as a source: a few words, not a pronoun, no number, without the adverbs and auxiliaries that end
     * it before its verb ("Prosecutors now" is "Prosecutors"); null otherwise.
     */
    private static String clean(String phrase) {
        String s = withoutFront(withoutTrailingAdverbs(phrase.strip().replaceAll("\\s+", " ")));
        String[] words = s.split(" ");
        if (s.isEmpty() || words.length > MAX_WORDS || s.chars().anyMatch(Character::isDigit)
                || (words.length == 1 && PRONOUNS.contains(s.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        return s;
    }

    /** The source with an opening determiner in lower case: its capital was the sentence's ("A group ..."). */
    private static String lowerDeterminer(String source) {
        int space = source.indexOf(' ');
        String first = space < 0 ? source : source.substring(0, space);
        return space > 0 && DETERMINERS.contains(first.toLowerCase(Locale.ROOT))
                ? first.toLowerCase(Locale.ROOT) + source.substring(space) : source;
    }

    /** The source without a phrase fronted before it ("On Tuesday the company" is "the company"). */
    private static String withoutFront(String s) {
        String[] words = s.split(" ");
        String kind = words.length < 2 ? null : FRONTS.get(words[0].toLowerCase(Locale.ROOT));
        if (kind == null) {
            return s;
        }
        int i = 1;
        while (i < words.length - 1 && !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))
                && !DETERMINERS.contains(words[i].toLowerCase(Locale.ROOT))) {
            i++;
        }
        return i < words.length - 1 && (i > 1 || kind.equals("adverb")) && DETERMINERS.contains(words[i].toLowerCase(Locale.ROOT))
                ? String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)) : s;
    }

    private static String withoutTrailingAdverbs(String s) {
        List<String> words = new java.util.ArrayList<>(List.of(s.split(" ")));
        while (words.size() > 1 && adverb(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    private static boolean adverb(String w) {
        return ADVERBS.contains(w.toLowerCase(Locale.ROOT)) || w.length() > 4 && w.endsWith("ly")
                && Character.isLowerCase(w.charAt(0)) && !LY_NOUNS.contains(w.toLowerCase(Locale.ROOT));
    }
}
