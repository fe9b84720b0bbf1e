package org.dossier.synthesize.claims;

import java.util.List;
import org.dossier.rules.RuleFiles;

/**
 * The value: a vague quantity ("tens of thousands", kept as data with the range used only to compare magnitudes;
 * the claim keeps the words as written), a stated range ("between 180
 * and 250 million"), or a number in digits or words with its scale word ({@link NumberReader}). Ends the reading
 * when there is none.
 */
final class ValueStage implements QuantityStage {
    private static final List<String[]> VAGUE = RuleFiles.lines(ValueStage.class, "en", "vague-quantities.txt").stream()
            .map(l -> l.split("\t+")).toList();

    @Override
    public boolean read(QuantityTokens tok, QuantityReading r) {
        int j = r.valueStart;
        int k = j;
        for (String[] v : VAGUE) {
            int n = tok.matches(j, v[0]);
            if (n > 0) {
                r.range = new double[] {Double.parseDouble(v[1]), Double.parseDouble(v[2])};
                r.vague = tok.phrase(j, j + n);
                k = j + n;
                break;
            }
        }
        if (r.range == null && j < tok.size() && tok.get(j).equalsIgnoreCase("between")) {
            int[] end = new int[1];
            r.range = between(tok.words(), j + 1, r.currency, end);
            if (r.range == null) {
                return false;
            }
            k = end[0];
        } else if (r.range == null) {
            int[] end = new int[1];
            r.value = NumberReader.read(tok.words(), j, end, !"exact".equals(r.bound) || r.currency != null);
            if (r.value == null) {
                return false;
            }
            k = end[0];
        }
        if (r.range != null && k < tok.size() && tok.get(k).equalsIgnoreCase("of")) {
            k++;
        }
        r.valueEnd = k;
        return true;
    }

    /**
     * A stated range "between 180 and 250 million" read from the token after "between": a scale word after the
     * second number applies to both; end[0] is the token after it. Null when the tokens are no such range.
     */
    private static double[] between(List<String> tok, int j, String currency, int[] end) {
        int[] mid = new int[1];
        Double low = NumberReader.read(tok, j, mid, true);
        if (low == null || mid[0] + 1 >= tok.size() || !tok.get(mid[0]).equalsIgnoreCase("and")) {
            return null;
        }
        int second = mid[0] + 1;
        if (currency != null && tok.get(second).equals(currency)) {
            second++;
        }
        Double high = NumberReader.read(tok, second, end, true);
        if (high == null) {
            return null;
        }
        boolean lowScaled = mid[0] > j + 1;
        if (!lowScaled && Character.isDigit(tok.get(second).charAt(0))) {
            Double base = NumberReader.read(List.of(tok.get(second)), 0, new int[1], true);
            low = base == null || base <= 0 ? low : low * (high / base);
        }
        return low <= high ? new double[] {low, high} : null;
    }
}
