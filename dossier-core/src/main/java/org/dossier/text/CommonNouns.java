package org.dossier.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.dossier.rules.RuleFiles;

/**
 * The common nouns of a language that capitalises every noun (German): words a text capitalises mid-sentence that
 * are still no names, so no name keys ({@link ConfirmedNames}). A word is one when the language's list
 * ({@code text/<lang>/common-nouns.txt}) has it, when it ends in a noun-only suffix after three letters or more
 * ("Ermittlungen"), or when it is a compound whose last part is a listed head ("Innenminister", "Landespolizei");
 * and, in one text, when the text writes it after an article ("bei einer Explosion", "eine dunkle Rauchwolke",
 * {@link #nounsIn}), unless it is a name that takes an article ("die Ukraine"). A name's genitive ("Holtmanns")
 * is read as the name ({@link #genitiveStem}). Languages without the file have none. Change the data file, not
 * this class, to add a noun.
 */
final class CommonNouns {
    private static final CommonNouns NONE = new CommonNouns(Map.of());
    private static final Map<String, CommonNouns> BY_LANGUAGE = new ConcurrentHashMap<>();
    /** Letters a compound or suffixed word has before its head or suffix. */
    private static final int MIN_STEM = 3;
    /** Lower-case words (adjectives) an article may stand before its noun. */
    private static final int MAX_ADJECTIVES = 2;

    private final Set<String> nouns;
    private final List<String> heads;
    private final List<String> suffixes;
    private final Set<String> articles;
    private final Set<String> fused;
    private final Set<String> named;
    private final List<String> genitives;

    private CommonNouns(Map<String, List<String>> lists) {
        this.heads = folded(lists.get("head"));
        Set<String> all = new HashSet<>(folded(lists.get("noun")));
        all.addAll(heads);
        this.nouns = Set.copyOf(all);
        this.suffixes = folded(lists.get("suffix"));
        this.articles = Set.copyOf(folded(lists.get("article")));
        this.fused = Set.copyOf(folded(lists.get("fused")));
        this.named = Set.copyOf(folded(lists.get("named")));
        this.genitives = folded(lists.get("genitive"));
    }

    /** The common nouns of a language (an ISO 639-1 code; null or a language without a list: none). */
    static CommonNouns of(String language) {
        if (language == null || language.isBlank()) {
            return NONE;
        }
        return BY_LANGUAGE.computeIfAbsent(language.toLowerCase(Locale.ROOT), CommonNouns::load);
    }

    private static CommonNouns load(String language) {
        try {
            return new CommonNouns(RuleFiles.lists(CommonNouns.class, language, "common-nouns.txt"));
        } catch (IllegalStateException missing) {
            return NONE;
        }
    }

    private static List<String> folded(List<String> forms) {
        return forms == null ? List.of() : forms.stream().map(Folding::fold).distinct().collect(Collectors.toList());
    }

    /** Whether a folded word is a common noun of this language. */
    boolean contains(String folded) {
        if (nouns.contains(folded)) {
            return true;
        }
        if (named.contains(folded) || folded.indexOf('-') >= 0) {
            return false;
        }
        for (String s : suffixes) {
            if (folded.length() >= s.length() + MIN_STEM && folded.endsWith(s)) {
                return true;
            }
        }
        for (String h : heads) {
            if (folded.length() >= h.length() + MIN_STEM && folded.endsWith(h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The capitalised words (folded) a text writes as nouns: right after an article or a fused preposition, or after
     * an article and up to {@value #MAX_ADJECTIVES} lower-case words, each joined to the next by one space; never
     * an acronym (all capitals), a hyphenated word or a name that takes an article.
     */
    Set<String> nounsIn(List<KeyToken> tokens) {
        if (articles.isEmpty() && fused.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            KeyToken t = tokens.get(i);
            if (!t.isWord() || t.length() > 8) {
                continue;
            }
            String f = t.folded();
            boolean article = articles.contains(f);
            if (!article && !fused.contains(f)) {
                continue;
            }
            int adjectives = 0;
            for (int j = i + 1; j < tokens.size() && tokens.get(j).joined() && tokens.get(j).isWord(); j++) {
                KeyToken next = tokens.get(j);
                if (next.capitalised()) {
                    String noun = next.folded();
                    if (!acronym(next) && noun.indexOf('-') < 0 && !named.contains(noun)) {
                        out.add(noun);
                    }
                    break;
                }
                if (!article || ++adjectives > MAX_ADJECTIVES || articles.contains(next.folded())) {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The name a genitive stands for: {@code folded} without the genitive ending when the text names the rest
     * ({@code names} holds it), else null.
     */
    String genitiveStem(String folded, Set<String> names) {
        for (String g : genitives) {
            if (folded.length() > g.length() + 2 && folded.endsWith(g)) {
                String stem = folded.substring(0, folded.length() - g.length());
                if (names.contains(stem) && !contains(stem)) {
                    return stem;
                }
            }
        }
        return null;
    }

    private static boolean acronym(KeyToken t) {
        String s = t.text();
        return s.length() >= 2 && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
