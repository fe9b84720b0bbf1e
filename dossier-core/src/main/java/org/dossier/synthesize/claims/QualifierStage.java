package org.dossier.synthesize.claims;

import java.util.Map;
import org.dossier.rules.RuleFiles;

/**
 * What stands before the number: a qualifier that bounds it ("about", "up to", "at least", kept as data with the
 * bound each gives) and a currency sign ("$", "€"). Both may be absent; this stage never ends a reading.
 */
final class QualifierStage implements QuantityStage {
    private static final Map<String, String> QUALIFIERS = RuleFiles.pairs(QualifierStage.class, "en", "qualifiers.txt");

    @Override
    public boolean read(QuantityTokens tok, QuantityReading r) {
        int j = r.first;
        for (Map.Entry<String, String> q : QUALIFIERS.entrySet()) {
            int n = tok.matches(j, q.getKey());
            if (n > 0) {
                r.bound = q.getValue();
                j += n;
                break;
            }
        }
        if (j < tok.size() && UnitStage.isCurrency(tok.get(j))) {
            r.currency = tok.get(j);
            j++;
        }
        r.valueStart = j;
        return true;
    }
}
