package org.dossier.synthesize.positions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.rules.RuleFiles;

/**
 * Verdicts on a proposal, rules as data ({@code positions/<lang>/verdicts.txt}): a verb of judging, its object and
 * an adjective of rejection or acceptance after it ("called the proposal unacceptable", "described the offer as
 * inadequate", "a jugé la proposition inacceptable", "nannte den Vorschlag inakzeptabel") state that the verb's
 * subject rejects or accepts the object. The object is a few words with no break in them, no lone pronoun; a
 * negated verb ("did not call it unacceptable") states nothing. Use it beside the stance words of a sentence,
 * which have no word for a verdict given by an adjective.
 */
final class Verdicts {
    /** The most words between the verb and the adjective. */
    static final int MAX_OBJECT = 8;

    /**
     * A verdict in a sentence: the verb's token index, the stance, the object's tokens [from, to) and the
     * adjective's index, which ends the proposition as "as …" ends one of "dismissed the offer as …" ("proposal
     * unacceptable": a bare "proposal" is no proposition).
     */
    record Verdict(int verb, String stance, int from, int to, int adjective) {}

    private record Rules(Set<String> verbs, Set<String> links, Map<String, String> stances) {}

    private static final Rules NONE = new Rules(Set.of(), Set.of(), Map.of());
    private static final Map<String, Rules> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Verdicts() {}

    /** The verdicts a sentence's tokens state, in order. */
    static List<Verdict> in(StanceLexicon lex, String language, List<Words.Tok> toks) {
        Rules rules = rules(language);
        List<Verdict> out = new ArrayList<>();
        for (int v = 0; v < toks.size(); v++) {
            if (!rules.verbs().contains(toks.get(v).lower()) || StanceContext.negated(lex, toks, v)) {
                continue;
            }
            for (int k = v + 2; k < toks.size() && k <= v + 1 + MAX_OBJECT; k++) {
                Words.Tok t = toks.get(k);
                if (!t.isWord()) {
                    break;
                }
                String stance = stance(rules, toks, k);
                if (stance != null) {
                    int to = rules.links().contains(toks.get(k - 1).lower()) ? k - 1 : k;
                    if (to > v + 1 && !(to == v + 2 && lex.pronouns.containsKey(toks.get(v + 1).lower()))) {
                        out.add(new Verdict(v, stance, v + 1, to, k));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** The stance the adjective at {@code k} gives (after an elided link of its own, "d'inacceptable"), or null. */
    private static String stance(Rules rules, List<Words.Tok> toks, int k) {
        String w = toks.get(k).lower().replace('\u2019', '\'');
        String own = rules.stances().get(w);
        if (own != null) {
            return own;
        }
        for (String link : rules.links()) {
            if (link.endsWith("'") && w.startsWith(link)) {
                return rules.stances().get(w.substring(link.length()));
            }
        }
        return null;
    }

    private static Rules rules(String language) {
        String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        return BY_LANGUAGE.computeIfAbsent(lang, l -> {
            Map<String, List<String>> rows = new HashMap<>();
            try {
                for (List<String> row : RuleFiles.table(Verdicts.class, l, "verdicts.txt")) {
                    rows.put(row.get(0), row.size() < 2 ? List.of() : List.of(row.get(1).split("\\s+")));
                }
            } catch (IllegalStateException missing) {
                return NONE;
            }
            Map<String, String> stances = new HashMap<>();
            for (String stance : List.of("rejects", "accepts")) {
                rows.getOrDefault(stance, List.of()).forEach(w -> stances.put(w.toLowerCase(Locale.ROOT), stance));
            }
            return new Rules(Set.copyOf(rows.getOrDefault("verb", List.of())),
                    Set.copyOf(rows.getOrDefault("link", List.of())), Map.copyOf(stances));
        });
    }
}
