package org.dossier.synthesize.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * The terms a figure is stated on: whether its clause gives it as asked for, offered or agreed (the nearest
 * stance word before it in the clause: "an offer of a 6 percent raise", "demanding a 12 percent raise", "under the
 * agreement, pay rises by 9 percent"; {@code <lang>/figure-stances.txt}), as someone's estimate or forecast ("could
 * reach", "expects", "is worth"), or, for a sum of money, as a market price ("shares jumped to"), and whether it is a rate ("25 million euros
 * a day"; {@code rate-words.txt}). Figures on different terms count different things ({@link ClaimGroups}). A
 * threshold a condition sets ("when gusts exceed 40 mph") and an increment ("another 3,500 people") are terms of
 * their own, read first ({@link TermCues}). Never ends a reading.
 */
final class TermsStage implements QuantityStage {
    /** The languages whose stance words are read (their files {@code <lang>/figure-stances.txt}). */
    private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es");
    private static final Map<String, String> STANCES = stances();
    private static final List<List<String>> RATES = RuleFiles.table(TermsStage.class, "rate-words.txt");
    private static final Set<String> RATE_STOPS = RuleFiles.words(TermsStage.class, "rate-stops.txt");
    /** Tokens that close the clause a figure's terms are read in. */
    private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", "?", "!");
    /** The terms of a price the market sets ("shares closed at 60 euros"): read for sums of money only. */
    private static final String MARKET = "market";
    /** The terms of a figure a rule or a condition sets ("when gusts exceed 40 mph"; {@link TermCues}): no claim. */
    static final String THRESHOLD = "threshold";
    /** The terms of a figure added to an earlier one ("another 3,500 people"; {@link TermCues}): never compared. */
    static final String INCREMENT = "increment";

    @Override
    public boolean read(QuantityTokens tok, QuantityReading r) {
        r.terms = TermCues.threshold(tok, r) ? THRESHOLD : TermCues.increment(tok, r) ? INCREMENT
                : stance(tok, Math.min(r.startTok, r.first), "money".equals(ClaimFilter.kind(r.unit)));
        r.rate = rate(tok, r.endTok + 1);
        return true;
    }

    /**
     * The terms of the nearest stance word (or two-word entry: "is worth") before token {@code before} in its clause;
     * a word of the market only for a sum of money ({@code money}: "shares jumped to 60 euros", not "the toll jumped
     * to 120").
     */
    private static String stance(QuantityTokens tok, int before, boolean money) {
        for (int i = before - 1; i >= 0; i--) {
            String t = tok.get(i).toLowerCase(Locale.ROOT);
            if (CLAUSE_ENDS.contains(t)) {
                return null;
            }
            String s = i > 0 ? STANCES.get(tok.get(i - 1).toLowerCase(Locale.ROOT) + " " + t) : null;
            s = s != null ? s : STANCES.get(t);
            if (s != null && (money || !MARKET.equals(s))) {
                return s;
            }
        }
        return null;
    }

    private static String rate(QuantityTokens tok, int next) {
        for (List<String> row : RATES) {
            if (row.size() < 2) {
                continue;
            }
            String[] words = row.get(0).toLowerCase(Locale.ROOT).split(" ");
            int i = 0;
            while (i < words.length && next + i < tok.size() && tok.get(next + i).toLowerCase(Locale.ROOT).equals(words[i])) {
                i++;
            }
            int after = next + words.length;
            if (i == words.length && (after >= tok.size() || !RATE_STOPS.contains(tok.get(after).toLowerCase(Locale.ROOT)))) {
                return row.get(1);
            }
        }
        return null;
    }

    private static Map<String, String> stances() {
        Map<String, String> out = new HashMap<>();
        for (String lang : LANGUAGES) {
            RuleFiles.pairs(TermsStage.class, lang, "figure-stances.txt").forEach(out::putIfAbsent);
        }
        return Map.copyOf(out);
    }
}
