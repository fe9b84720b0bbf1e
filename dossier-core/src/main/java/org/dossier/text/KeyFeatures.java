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
 * agency no key ({@link DatelinePlace}); weekday and month names are no names. Dedup
 * compares them to find translations; clustering weighs them beside the words to tell events apart.
 */
public record KeyFeatures(Map<String, Integer> counts, int quotes) {
    /** The counts are kept in the given map's order (not {@code Map.copyOf}'s, which changes from run to run). */
    public KeyFeatures {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** The keys of a title and text (either may be null): the title is read like text, its words sentence-initial. */
    public static KeyFeatures of(String title, String text) {
        String body = text == null ? "" : text;
        List<KeyToken> bodyTokens = KeyTokens.of(body, false);
        List<KeyToken> titleTokens = KeyTokens.of(title == null ? "" : title, true);
        ConfirmedNames names = new ConfirmedNames(body, bodyTokens, DatelinePlace.of(body));
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
