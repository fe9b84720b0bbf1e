package org.dossier.synthesize.positions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.rules.RuleFiles;

/**
 * Duties a speaker lays on another party in a quote ("Passengers must be told their rights …, and the airline must
 * pay out promptly"), for {@link QuoteStances}, or in reported speech ("the guild said the company should restore
 * the overtime rates"), for {@link StanceReader}: a modal of {@code positions/<lang>/obligations.txt} after a short
 * subject that opens its clause (at the quote's start, after punctuation, a coordinator or a complement marker) is
 * the speaker's demand of "<subject> to <what follows>". A "reported" modal ("should") is read only after a reporting
 * verb and only when its subject is a party (a name, or a noun of organisations or groups): "said prices should
 * ease" forecasts. Not read: a first-person or pronoun subject, a negated modal, a subject inside a longer clause
 * ("the money the airline must pay").
 */
final class Obligations {
    /** Words at most in the subject before the modal. */
    private static final int SUBJECT_WORDS = 4;
    private static final Map<String, Rules> RULES = new ConcurrentHashMap<>();

    /** One language's modals (as words) and clause openers. */
    private record Rules(List<List<String>> modals, List<List<String>> reported, Set<String> openers,
                         Set<String> reporting) {}

    private Obligations() {}

    private static Rules rules(String language) {
        return RULES.computeIfAbsent(language == null ? "" : language, lang -> {
            List<List<String>> rows;
            try {
                rows = RuleFiles.table(Obligations.class, lang, "obligations.txt");
            } catch (IllegalStateException missing) {
                rows = List.of();
            }
            List<List<String>> modals = new ArrayList<>();
            List<List<String>> reported = new ArrayList<>();
            Set<String> openers = new HashSet<>();
            Set<String> reporting = new HashSet<>();
            for (List<String> r : rows) {
                String words = String.join(" ", r.subList(1, r.size())).toLowerCase(Locale.ROOT);
                switch (r.get(0)) {
                    case "modal" -> modals.add(List.of(words.split("\\s+")));
                    case "reported" -> reported.add(List.of(words.split("\\s+")));
                    case "opener" -> openers.add(words);
                    case "reporting" -> reporting.add(words);
                    default -> { }
                }
            }
            return new Rules(List.copyOf(modals), List.copyOf(reported), Set.copyOf(openers), Set.copyOf(reporting));
        });
    }

    /** The demands of the quote's tokens {@code toks} up to offset {@code limit}, as propositions. */
    static List<String> demands(StanceLexicon lex, Propositions props, List<Words.Tok> toks, int limit) {
        return demands(lex, props, null, toks, limit, false);
    }

    /** Whether {@code word} reports speech ("said"), after which {@link #reported} reads the clause. */
    static boolean reports(StanceLexicon lex, Words.Tok word) {
        return rules(lex.language).reporting().contains(word.lower());
    }

    /** The demands of the reported clause {@code toks} (the tokens after a reporting verb) up to {@code limit}. */
    static List<String> reported(StanceLexicon lex, Propositions props, String text, List<Words.Tok> toks, int limit) {
        return demands(lex, props, text, toks, limit, true);
    }

    private static List<String> demands(StanceLexicon lex, Propositions props, String text, List<Words.Tok> toks,
                                        int limit, boolean reportedSpeech) {
        Rules rules = rules(lex.language);
        List<String> out = new ArrayList<>();
        for (int i = 1; i < toks.size() && !rules.modals().isEmpty(); i++) {
            int length = matchAt(rules.modals(), toks, i);
            boolean party = false;
            if (length == 0 && reportedSpeech) {
                length = matchAt(rules.reported(), toks, i);
                party = length > 0;
            }
            if (length == 0 || i + length >= toks.size() || lex.negations.contains(toks.get(i + length).lower())) {
                continue;
            }
            int start = subjectStart(lex, rules.openers(), toks, i);
            if (start < 0 || party && !party(lex, text, toks.get(i - 1))) {
                continue;
            }
            String prop = props.after(toks, i + length, limit);
            if (prop == null) {
                continue;
            }
            StringBuilder subject = new StringBuilder();
            for (int k = start; k < i; k++) {
                if (k == start && lex.articles.contains(toks.get(k).lower())) {
                    continue;
                }
                subject.append(subject.length() == 0 ? "" : " ").append(toks.get(k).lower());
            }
            out.add(subject + " to " + prop);
        }
        return out;
    }

    /** Whether a subject's head names a party: a name, or a noun of organisations, bodies or groups. */
    private static boolean party(StanceLexicon lex, String text, Words.Tok head) {
        String w = head.lower();
        return Character.isUpperCase(text.charAt(head.start())) || lex.actorNouns("organisation").contains(w)
                || lex.actorNouns("institution").contains(w) || lex.roleGroups.containsKey(w);
    }

    private static int matchAt(List<List<String>> modals, List<Words.Tok> toks, int i) {
        for (List<String> m : modals) {
            boolean all = i + m.size() <= toks.size();
            for (int k = 0; all && k < m.size(); k++) {
                all = toks.get(i + k).lower().equals(m.get(k));
            }
            if (all) {
                return m.size();
            }
        }
        return 0;
    }

    /** Where the subject before the modal at {@code modal} begins, or -1 when it is none this reads. */
    private static int subjectStart(StanceLexicon lex, Set<String> openers, List<Words.Tok> toks, int modal) {
        Words.Tok head = toks.get(modal - 1);
        if (!head.isWord() || lex.firstPerson.contains(head.lower()) || lex.pronouns.containsKey(head.lower())
                || lex.functionWords.contains(head.lower())) {
            return -1;
        }
        int k = modal - 1;
        while (k > 0 && modal - k < SUBJECT_WORDS && toks.get(k - 1).isWord() && !openers.contains(toks.get(k - 1).lower())) {
            k--;
        }
        boolean opened = k == 0 || !toks.get(k - 1).isWord() || openers.contains(toks.get(k - 1).lower());
        for (int j = k; j < modal; j++) {
            String w = toks.get(j).lower();
            if (lex.firstPerson.contains(w) || j > k && lex.articles.contains(w)) {
                return -1; // "we", or a noun and a clause on it: "the money the airline must pay"
            }
        }
        return opened ? k : -1;
    }

}
