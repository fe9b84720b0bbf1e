package org.dossier.synthesize.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.rules.RuleFiles;

/**
 * A position whose content is a verb of talking shown as talks, rules as data ({@code positions/<lang>/talk-verbs.txt}):
 * "ready to discuss missile limits" offers "talks on missile limits", "negotiate with the union" becomes "talks with
 * the union", "negotiate without its allies" "talks without its allies"; in a verb-final language the closing verb is replaced ("über Raketen zu verhandeln" → "Verhandlungen
 * über Raketen") when the rest opens with a listed preposition. Use it on every proposition before positions are
 * compared, so that "discuss X" and "talks on X" are one position.
 */
final class TalkVerbs {
    private record Rule(String phrase, String replacement) {}

    private record Rules(List<Rule> start, List<Rule> end, Set<String> openers, Set<String> plain) {}

    private static final Map<String, Rules> BY_LANGUAGE = new ConcurrentHashMap<>();

    private TalkVerbs() {}

    /** The proposition with its opening (or, verb-final, closing) verb of talking said as talks; else unchanged. */
    static String reword(String language, String proposition) {
        if (proposition == null) {
            return null;
        }
        Rules rules = rules(language);
        String lower = proposition.toLowerCase(Locale.ROOT);
        for (Rule r : rules.start()) {
            if (lower.equals(r.phrase())) {
                return r.replacement().split(" ")[0];
            }
            if (lower.startsWith(r.phrase() + " ")) {
                String rest = proposition.substring(r.phrase().length());
                boolean plain = rules.plain().contains(rest.strip().split(" ")[0].toLowerCase(Locale.ROOT));
                return (plain ? r.replacement().split(" ")[0] : r.replacement()) + rest;
            }
        }
        for (Rule r : rules.end()) {
            if (lower.endsWith(" " + r.phrase())) {
                String rest = proposition.substring(0, proposition.length() - r.phrase().length()).strip();
                String opener = rest.split(" ")[0].toLowerCase(Locale.ROOT);
                if (rules.openers().contains(opener)) {
                    return r.replacement() + " " + rest;
                }
            }
        }
        return proposition;
    }

    private static Rules rules(String language) {
        String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        return BY_LANGUAGE.computeIfAbsent(lang, l -> {
            List<List<String>> rows;
            try {
                rows = RuleFiles.table(TalkVerbs.class, l, "talk-verbs.txt");
            } catch (IllegalStateException missing) {
                rows = List.of();
            }
            List<Rule> start = new ArrayList<>();
            List<Rule> end = new ArrayList<>();
            List<String> openers = new ArrayList<>();
            List<String> plain = new ArrayList<>();
            for (List<String> row : rows) {
                if (row.size() >= 3 && row.get(0).equals("start")) {
                    start.add(new Rule(row.get(1).toLowerCase(Locale.ROOT), row.get(2)));
                } else if (row.size() >= 3 && row.get(0).equals("end")) {
                    end.add(new Rule(row.get(1).toLowerCase(Locale.ROOT), row.get(2)));
                } else if (row.size() >= 2 && row.get(0).equals("opener")) {
                    openers.add(row.get(1).toLowerCase(Locale.ROOT));
                } else if (row.size() >= 2 && row.get(0).equals("plain")) {
                    plain.add(row.get(1).toLowerCase(Locale.ROOT));
                }
            }
            Comparator<Rule> longestFirst = Comparator.comparingInt((Rule r) -> -r.phrase().length());
            start.sort(longestFirst);
            end.sort(longestFirst);
            return new Rules(List.copyOf(start), List.copyOf(end), Set.copyOf(openers), Set.copyOf(plain));
        });
    }
}
