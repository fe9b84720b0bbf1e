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
 * pay out promptly"), for {@link QuoteStances}: a modal of {@code positions/<lang>/obligations.txt} after a short
 * subject that opens its clause (at the quote's start, after punctuation, a coordinator or a complement marker) is
 * the speaker's demand of "<subject> to <what follows>". Not read: a first-person or pronoun subject, a negated
 * modal, a subject inside a longer clause ("the money the airline must pay").
 */
final class Obligations {
    /** Words at most in the subject before the modal. */
    private static final int SUBJECT_WORDS = 4;
    private static final Map<String, Rules> RULES = new ConcurrentHashMap<>();

    /** One language's modals (as words) and clause openers. */
    private record Rules(List<List<String>> modals, Set<String> openers) {}

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
            Set<String> openers = new HashSet<>();
            for (List<String> r : rows) {
                String words = String.join(" ", r.subList(1, r.size())).toLowerCase(Locale.ROOT);
                if (r.get(0).equals("modal")) {
                    modals.add(List.of(words.split("\\s+")));
                } else if (r.get(0).equals("opener")) {
                    openers.add(words);
                }
            }
            return new Rules(List.copyOf(modals), Set.copyOf(openers));
        });
    }

    /** The demands of the quote's tokens {@code toks} up to offset {@code limit}, as propositions. */
    static List<String> demands(StanceLexicon lex, Propositions props, List<Words.Tok> toks, int limit) {
        Rules rules = rules(lex.language);
        List<List<String>> modals = rules.modals();
        List<String> out = new ArrayList<>();
        for (int i = 1; i < toks.size() && !modals.isEmpty(); i++) {
            int length = matchAt(modals, toks, i);
            if (length == 0 || i + length >= toks.size() || lex.negations.contains(toks.get(i + length).lower())) {
                continue;
            }
            int start = subjectStart(lex, rules.openers(), toks, i);
            if (start < 0) {
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
