package org.dossier.text;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names and numbers of one article, the same in every language and found without NLP: capitalised names
 * ({@code e:}, and {@code e:first second} for two adjacent ones), numbers ({@code n:}), years ({@code y:}),
 * calendar days ({@code d:MM-DD}) and months ({@code m:}) with their counts, plus the number of quotes. A name is
 * read without its possessive ending or an elided article ({@link KeyWords}); a dateline's place is a name and its
 * agency no key ({@link DatelinePlace}); weekday and month names are no names, nor German common nouns
 * ({@link CommonNouns}). Dedup
 * compares them to find translations; clustering weighs them beside the words to tell events apart.
 */
public record KeyFeatures(Map<String, Integer> counts, int quotes) {
    /** The counts are kept in the given map's order (not {@code Map.copyOf}'s, which changes from run to run). */
    public KeyFeatures {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /**
     * The keys of a title and text (either may be null), language unknown: the title is read like text, its words
     * sentence-initial.
     */
    public static KeyFeatures of(String title, String text) {
        return of(title, text, null);
    }

    /**
     * The keys of a title and text in a language (an ISO 639-1 code, or null when unknown): in a language that
     * capitalises its nouns, its common nouns are no names ({@link CommonNouns}); in a language that writes
     * titles in sentence case, only a title's first word is initial ({@link KeyWords#titleCase}).
     */
    public static KeyFeatures of(String title, String text, String language) {
        String body = text == null ? "" : text;
        List<KeyToken> bodyTokens = KeyTokens.of(body, false);
        boolean titleCase = KeyWords.titleCase(language);
        List<KeyToken> titleTokens = KeyTokens.of(title == null ? "" : title, titleCase);
        ConfirmedNames names = new ConfirmedNames(body, bodyTokens, titleCase ? List.of() : titleTokens,
                DatelinePlace.of(body), CommonNouns.of(language));
        Map<String, Integer> counts = new HashMap<>();
        collect(titleTokens, names, counts);
        collect(bodyTokens, names, counts);
        return new KeyFeatures(counts, QuoteCount.of(body));
    }

    /** The keys that start with the given prefix, e.g. {@code "n:"}. */
    public Map<String, Integer> withPrefix(String prefix) {
        Map<String, Integer> out = new HashMap<>();
        counts.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static void collect(List<KeyToken> toks, ConfirmedNames names, Map<String, Integer> counts) {
        String prevName = null;
        for (int i = 0; i < toks.size(); i++) {
            KeyToken t = toks.get(i);
            if (names.agency(t)) {
                prevName = null;
                continue;
            }
            String name = names.name(t);
            if (name != null) {
                counts.merge("e:" + name, 1, Integer::sum);
                if (prevName != null && t.joined()) {
                    counts.merge("e:" + prevName + " " + name, 1, Integer::sum);
                }
            }
            prevName = name;
            if (t.isNumber()) {
                NumberDateKeys.number(toks, i, counts);
            } else if (t.isWord()) {
                NumberDateKeys.month(toks, i, counts);
            }
        }
    }
}
