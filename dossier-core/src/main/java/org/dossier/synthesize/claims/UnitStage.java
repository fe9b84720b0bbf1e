package org.dossier.synthesize.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * What the value counts: the currency sign, "%", or the counted noun among the words after the number (a listed
 * unit, else a plural noun, else the last noun), or the noun before it ("an army of about 100,000"); and its unit
 * group (kept as data; an unlisted noun is its own group, lemmatised). Ends the reading when there is no unit or it
 * is a word that makes the number something else (a clock time, a multiplier: kept as data).
 */
final class UnitStage implements QuantityStage {
    private static final Map<String, String> UNITS = RuleFiles.pairs(UnitStage.class, "en", "unit-groups.txt");
    private static final Set<String> NON_UNITS = RuleFiles.words(UnitStage.class, "en", "non-units.txt");
    private static final int MAX_RUN = 3;

    @Override
    public boolean read(QuantityTokens tok, QuantityReading r) {
        int k = r.valueEnd;
        List<String> run = new ArrayList<>();
        String unitWord = r.currency;
        int after = k;
        boolean before = false;
        if (r.currency == null && k < tok.size() && tok.get(k).equals("%")) {
            unitWord = "%";
            after = k + 1;
        } else if (r.currency == null) {
            while (after < tok.size() && run.size() < MAX_RUN && runWord(tok.get(after), run.isEmpty())) {
                run.add(tok.get(after++));
            }
            unitWord = pickUnit(run);
            if (unitWord == null && unitBefore(tok, r.first)) {
                unitWord = tok.get(r.first - 2);
                r.startTok = r.first - 2;
                before = true;
                run.clear();
            } else if (unitWord == null) {
                return false;
            }
        }
        if (NON_UNITS.contains(unitWord.toLowerCase(Locale.ROOT))) {
            return false;
        }
        r.unitWord = unitWord;
        r.unit = UNITS.getOrDefault(unitWord.toLowerCase(Locale.ROOT), lemma(unitWord));
        r.run = run;
        r.unitIndex = run.indexOf(unitWord);
        r.last = before ? k - 1 : r.currency == null && r.unitIndex >= 0 ? k + r.unitIndex : after - 1;
        return true;
    }

    /** Whether a token is a currency sign (a listed unit that is no word). */
    static boolean isCurrency(String t) {
        return UNITS.containsKey(t) && !QuantityTokens.isWord(t);
    }

    /**
     * Whether a token continues the noun phrase after a number: a word, no stop word, and after the first word no
     * participle unless it is a listed unit ("troops stationed" stops before "stationed").
     */
    static boolean runWord(String t, boolean first) {
        if (!QuantityTokens.isWord(t) || KeyWords.isStop(t)) {
            return false;
        }
        boolean participle = Character.isLowerCase(t.charAt(0)) && (t.endsWith("ed") || t.endsWith("ing"));
        return first || !participle || UNITS.containsKey(t.toLowerCase(Locale.ROOT));
    }

    /** Whether the counted noun stands before the number ("an army of about 100,000"). */
    private static boolean unitBefore(QuantityTokens tok, int first) {
        return first >= 2 && tok.get(first - 1).equalsIgnoreCase("of")
                && UNITS.containsKey(tok.get(first - 2).toLowerCase(Locale.ROOT));
    }

    private static String pickUnit(List<String> run) {
        for (String w : run) {
            if (UNITS.containsKey(w.toLowerCase(Locale.ROOT))) {
                return w;
            }
        }
        if (run.isEmpty()) {
            return null;
        }
        for (int i = run.size() - 1; i >= 0; i--) {
            String w = run.get(i);
            if (nounLike(w) && w.endsWith("s") && !w.endsWith("ss")) {
                return w;
            }
        }
        String last = run.get(run.size() - 1);
        return nounLike(last) ? last : null;
    }

    private static boolean nounLike(String w) {
        return Character.isLowerCase(w.charAt(0)) && !NumberReader.isNumberWord(w);
    }

    /** The singular of a counted noun not listed as a unit: its unit group. */
    static String lemma(String w) {
        String s = w.toLowerCase(Locale.ROOT);
        if (s.endsWith("ies") && s.length() > 4) {
            return s.substring(0, s.length() - 3) + "y";
        }
        return s.endsWith("s") && !s.endsWith("ss") && s.length() > 3 ? s.substring(0, s.length() - 1) : s;
    }
}
