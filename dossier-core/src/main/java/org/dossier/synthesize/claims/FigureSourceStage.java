package org.dossier.synthesize.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * Whose statement a figure is, when its own words say so, whoever else the sentence quotes: the possessor of a noun
 * naming a figure right before its "of" ("the coast guard's estimate of 120 tonnes", "the ministry's figure of 45
 * million euros": {@code en/figure-nouns.txt}), a speaker who disputes it being no source of it; or the subject of a
 * verb of putting a figure on something whose object the figure follows after a link word ("Coastwatch put the
 * leak at 300 tonnes", "Seewacht bezifferte das Leck auf 300 Tonnen": {@code <lang>/estimate-verbs.txt}, {@code
 * act-links.txt}), read back to the clause's start ({@code source-openers.txt}, or a reporting verb), or in a
 * relative clause after a figure noun back to that noun ("a figure the sheriff's office put at 8,000"). Null
 * otherwise; the sentence's source ({@link ClaimSource}) then stands. A figure so made someone's, or set against
 * the one before it ("compared with 8,000"), restates that one: the two are compared though one sentence states
 * both ({@link #restating}). Never ends a reading.
 */
final class FigureSourceStage implements QuantityStage {
    private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es");
    private static final Set<String> NOUNS = RuleFiles.words(FigureSourceStage.class, "en", "figure-nouns.txt");
    private static final Set<String> VERBS = verbs();
    private static final Set<String> LINKS = RuleFiles.words(FigureSourceStage.class, "act-links.txt");
    private static final Set<String> OPENERS = RuleFiles.words(FigureSourceStage.class, "source-openers.txt");
    private static final List<String> COMPARISONS = RuleFiles.lines(FigureSourceStage.class, "comparison-links.txt");
    /** How many words a possessor may take before its possessive ending ("the Halvard Shipping"). */
    private static final int MAX_POSSESSOR = 5;
    /** How many tokens the object of a verb of estimating may take ("the size of the leak"). */
    private static final int MAX_OBJECT = 6;
    /** How many words a subject may take back to its clause's start. */
    private static final int MAX_SUBJECT = 8;

    @Override
    public boolean read(QuantityTokens tok, QuantityReading r) {
        int b = Math.min(r.first, r.startTok);
        String s = possessor(tok, b);
        r.source = s != null ? s : estimator(tok, b);
        if (r.source == null && r.endTok + 1 < tok.size()) { // "1,200 homes, according to the utility, and …"
            r.source = ClaimSource.afterFigure(tok.phrase(r.endTok + 1, Math.min(tok.size(), r.endTok + 2 + MAX_SUBJECT)));
        }
        if (r.previous != null && r.previous.unit().equals(r.unit) && restating(tok, b)) {
            r.restates = r.previous.start();
        }
        return true;
    }

    /**
     * Whether the figure starting at token {@code b} gives another value of a figure before it in its sentence: its
     * own words make it someone's ("a figure the sheriff's office put at 8,000", "the union's count of 4,100", "the
     * police put the number at 8,000") or set it against the one before ("compared with 8,000":
     * {@code comparison-links.txt}). A bare number so placed counts what the figure before it counts ({@link UnitStage}).
     */
    static boolean restating(QuantityTokens tok, int b) {
        for (String c : COMPARISONS) {
            int n = c.split("\\s+").length;
            if (b - n >= 0 && tok.matches(b - n, c) == n) {
                return true;
            }
        }
        return possessor(tok, b) != null || estimator(tok, b) != null;
    }

    /** The possessor of "X's estimate of" ending right before token {@code b}, with its article, or null. */
    private static String possessor(QuantityTokens tok, int b) {
        if (b < 3 || !tok.get(b - 1).equalsIgnoreCase("of") || !NOUNS.contains(tok.get(b - 2).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String own = tok.get(b - 3);
        String name = own.replaceFirst("['\u2019]s$", "").replaceFirst("s['\u2019]$", "s");
        if (name.equals(own) || name.isEmpty()) {
            return null;
        }
        List<String> words = new ArrayList<>(List.of(name));
        boolean capital = Character.isUpperCase(name.charAt(0));
        for (int i = b - 4; i >= 0 && words.size() < MAX_POSSESSOR; i--) {
            String t = tok.get(i);
            if (!QuantityTokens.isWord(t)) {
                break;
            }
            boolean article = t.equalsIgnoreCase("the");
            // the possessor's own words: a name's capitalised ones, a noun's lower-case ones ("dismissed Seawatch's")
            if (!article && (KeyWords.isStop(t) || Character.isUpperCase(t.charAt(0)) != capital)) {
                break;
            }
            words.add(0, t);
            if (article) {
                break;
            }
        }
        return ClaimSource.phrase(String.join(" ", words));
    }

    /**
     * The subject of a verb of estimating whose object ends at the link word right before token {@code b} ("Seawatch
     * put the leak at"), back to its clause's start; null when there is none or it is no name's few words.
     */
    private static String estimator(QuantityTokens tok, int b) {
        if (b < 3 || !LINKS.contains(tok.get(b - 1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        int v = -1;
        for (int i = b - 2; i >= Math.max(0, b - 2 - MAX_OBJECT); i--) {
            String t = tok.get(i);
            if (!QuantityTokens.isWord(t)) {
                return null;
            }
            if (VERBS.contains(t.toLowerCase(Locale.ROOT))) {
                v = i;
                break;
            }
        }
        if (v < 1) {
            return null;
        }
        // no object between the verb and its link: the figure noun before the subject is it ("a figure X put at")
        boolean relative = v == b - 2;
        int start = v;
        while (start > 0 && v - start < MAX_SUBJECT && QuantityTokens.isWord(tok.get(start - 1)) && !opener(tok.get(start - 1))
                && !(relative && NOUNS.contains(tok.get(start - 1).toLowerCase(Locale.ROOT)))) {
            start--;
        }
        boolean opens = relative ? start > 0 && NOUNS.contains(tok.get(start - 1).toLowerCase(Locale.ROOT))
                : start == 0 || !QuantityTokens.isWord(tok.get(start - 1)) || opener(tok.get(start - 1));
        int end = v;
        while (end > start && KeyWords.isStop(tok.get(end - 1))) {
            end--; // auxiliaries: "has put", "a estimé", "hat ... beziffert"
        }
        return opens && end > start ? ClaimSource.phrase(tok.phrase(start, end)) : null;
    }

    /** Whether a word opens the clause of a subject: a conjunction or a reporting verb ("Officials said the port authority"). */
    private static boolean opener(String t) {
        return OPENERS.contains(t.toLowerCase(Locale.ROOT)) || ClaimSource.reportingVerb(t);
    }

    private static Set<String> verbs() {
        Set<String> out = new java.util.HashSet<>();
        LANGUAGES.forEach(l -> out.addAll(RuleFiles.words(FigureSourceStage.class, l, "estimate-verbs.txt")));
        return Set.copyOf(out);
    }
}
