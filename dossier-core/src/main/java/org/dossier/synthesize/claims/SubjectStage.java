package org.dossier.synthesize.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the quantity is about: the words before the counted noun (modifiers: "amphibious vehicles"), for a sum of
 * money the noun after its currency ("€40 million emergency fund"), and the phrase that places it ("near the
 * border", {@link SubjectPhrase}); the subject shown and the key words of each part. Never ends a reading.
 */
final class SubjectStage implements QuantityStage {
    private static final int MAX_MONEY_NOUNS = 3;

    @Override
    public boolean read(QuantityTokens tok, QuantityReading r) {
        List<String> modifiers = r.unitIndex < 0 ? List.of() : r.run.subList(0, r.unitIndex);
        List<String> named = moneyNoun(tok, r);
        int last = r.last + named.size();
        List<String> context = new SubjectPhrase(tok.words(), tok::blocked).after(last + 1);
        Set<String> modifierKeys = new LinkedHashSet<>();
        modifiers.forEach(m -> modifierKeys.add(KeyWords.key(m)));
        Set<String> contextKeys = new LinkedHashSet<>();
        named.forEach(m -> contextKeys.add(KeyWords.key(m)));
        context.stream().filter(c -> !KeyWords.isStop(c)).forEach(c -> contextKeys.add(KeyWords.key(c)));
        String head = !named.isEmpty() ? String.join(" ", named)
                : r.currency != null || "%".equals(r.unitWord) ? r.unit : r.unitWord;
        List<String> shown = context.subList(SubjectPhrase.leadingLinkers(context), context.size());
        List<String> words = new ArrayList<>(modifiers);
        words.add(head);
        words.addAll(shown);
        r.subject = String.join(" ", words);
        r.modifierKeys = modifierKeys;
        r.contextKeys = contextKeys;
        r.endTok = context.isEmpty() ? last : last + context.size();
        return true;
    }

    /**
     * The nouns a sum of money names right after its currency ("€40 million emergency fund", "40 million euro
     * fund"): they become the subject's head. Empty for other units.
     */
    private static List<String> moneyNoun(QuantityTokens tok, QuantityReading r) {
        if (!"money".equals(ClaimFilter.kind(r.unit))) {
            return List.of();
        }
        if (r.currency == null) {
            return r.unitIndex < 0 ? List.of() : List.copyOf(r.run.subList(r.unitIndex + 1, r.run.size()));
        }
        List<String> out = new ArrayList<>();
        for (int i = r.valueEnd; i < tok.size() && out.size() < MAX_MONEY_NOUNS
                && UnitStage.runWord(tok.get(i), out.isEmpty()) && Character.isLowerCase(tok.get(i).charAt(0)); i++) {
            out.add(tok.get(i));
        }
        return out;
    }
}
