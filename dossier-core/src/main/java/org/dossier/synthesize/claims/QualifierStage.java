package org.dossier.synthesize.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.rules.RuleFiles;

/**
 * What stands before the number: a qualifier that bounds it ("about", "up to", "at least", kept as data with the
 * bound each gives, in each language's {@code <lang>/qualifiers.txt}: "mehr als", "plus de", "más de")
 * and a currency sign ("$", "€"). Both may be absent; this stage never ends a reading.
 */
final class QualifierStage implements QuantityStage {
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es");
    private static final Map<String, String> QUALIFIERS = qualifiers();

    private static Map<String, String> qualifiers() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            RuleFiles.pairs(QualifierStage.class, lang, "qualifiers.txt").forEach(out::putIfAbsent);
        }
        return Map.copyOf(out);
    }

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
