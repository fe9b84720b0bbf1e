package org.dossier.synthesize.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.dossier.rules.RuleFiles;

/** Reads the phrase that places a counted noun ("near the border") from the tokens after it. */
final class SubjectPhrase {
    private static final Set<String> STOPS = RuleFiles.words(SubjectPhrase.class, "en", "claim-stops.txt");
    private static final Set<String> PREPOSITIONS = RuleFiles.words(SubjectPhrase.class, "en", "claim-prepositions.txt");
    private static final Set<String> LINKERS = RuleFiles.words(SubjectPhrase.class, "en", "claim-linkers.txt");
    private static final Set<String> PARTICLES = RuleFiles.words(SubjectPhrase.class, "en", "verb-particles.txt");
    private static final Set<String> CLAUSE_VERBS = RuleFiles.words(SubjectPhrase.class, "en", "clause-verbs.txt");
    private static final int MAX_LINKERS = 3;

    private final List<String> tok;
    private final IntPredicate blocked;

    SubjectPhrase(List<String> tok, IntPredicate blocked) {
        this.tok = tok;
        this.blocked = blocked;
    }

    /**
     * The prepositional phrase after the counted noun, when it has one ("near the border"), possibly after
     * linking words and a participle ("are stationed near the border"); the linking words are part of the span. None
     * after a verb whose preposition addresses someone ("40 mayors called on the government to resign").
     */
    List<String> after(int k) {
        List<String> linking = new ArrayList<>();
        while (k < tok.size() && linking.size() < MAX_LINKERS && linker(tok.get(k))) {
            linking.add(tok.get(k++));
        }
        if (k >= tok.size() || blocked.test(k) || !PREPOSITIONS.contains(tok.get(k).toLowerCase(Locale.ROOT))
                || !linking.isEmpty() && addressed(linking.get(linking.size() - 1), tok.get(k))) {
            return List.of();
        }
        List<String> phrase = phrase(k);
        if (phrase.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(linking);
        out.addAll(phrase);
        return out;
    }

    /**
     * Whether a verb and the preposition after it address someone ({@code verb-particles.txt}: "called on",
     * "appealed to"): their phrase names whom a request is made of, no place of the counted noun.
     */
    private static boolean addressed(String verb, String preposition) {
        return PARTICLES.contains((verb + " " + preposition).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a lower-case word is a finite verb written in neither -ed nor -ing ({@code en/clause-verbs.txt}: "ran",
     * "sank"): the clause's verb, which ends a noun phrase ("1,800 tonnes of heavy fuel oil ran aground").
     */
    static boolean clauseVerb(String t) {
        return Character.isLowerCase(t.charAt(0)) && CLAUSE_VERBS.contains(t);
    }

    static int leadingLinkers(List<String> context) {
        int n = 0;
        while (n < context.size() && !PREPOSITIONS.contains(context.get(n).toLowerCase(Locale.ROOT))) {
            n++;
        }
        return n;
    }

    private static boolean linker(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        return Character.isLetter(t.charAt(0)) && (LINKERS.contains(lower) || lower.endsWith("ed"));
    }

    /**
     * Whether token i is "and" (or "&") between two capitalised names ("of Osria and the Union", "of Varnia and the
     * League"), kept in the phrase.
     */
    private boolean joinsNames(int i) {
        String t = tok.get(i);
        if (!(t.equalsIgnoreCase("and") || t.equals("&")) || i == 0 || i + 1 >= tok.size()
                || !Character.isUpperCase(tok.get(i - 1).charAt(0))) {
            return false;
        }
        int next = tok.get(i + 1).equalsIgnoreCase("the") && i + 2 < tok.size() ? i + 2 : i + 1;
        return Character.isUpperCase(tok.get(next).charAt(0));
    }

    private List<String> phrase(int k) {
        List<String> out = new ArrayList<>(List.of(tok.get(k)));
        int content = 0;
        for (int i = k + 1; i < tok.size() && content < 4; i++) {
            String t = tok.get(i);
            String lower = t.toLowerCase(Locale.ROOT);
            boolean article = lower.equals("the") || lower.equals("a") || lower.equals("an")
                    || (lower.equals("of") && i > k + 1) || joinsNames(i);
            if (!Character.isLetter(t.charAt(0)) || blocked.test(i) || (!article && STOPS.contains(lower))
                    || (Character.isLowerCase(t.charAt(0)) && (t.endsWith("ed") || t.endsWith("ing"))) || clauseVerb(t)
                    || OwnerStage.calendarWord(t)) {
                break;
            }
            out.add(t);
            content += article ? 0 : 1;
        }
        while (out.size() > 1 && (STOPS.contains(out.get(out.size() - 1).toLowerCase(Locale.ROOT))
                || PREPOSITIONS.contains(out.get(out.size() - 1).toLowerCase(Locale.ROOT)))) {
            out.remove(out.size() - 1);
        }
        return out.size() > 1 ? out : List.of();
    }

}
