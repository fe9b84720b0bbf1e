package org.dossier.synthesize.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * What the quantity is about: the words before the counted noun (modifiers: "amphibious vehicles"), for a sum of
 * money the noun after its currency ("€40 million emergency fund"), for a share the noun after it ("9 percent pay
 * rise"; or the "of" phrase after it: "38.4 percent of the vote"), and the phrase that places it ("near the
 * border", {@link SubjectPhrase}); the subject shown and the key words of each part (none for a share that names nothing it is of, which
 * {@link ClaimFilter} then drops). Never ends a reading.
 */
final class SubjectStage implements QuantityStage {
    private static final int MAX_MONEY_NOUNS = 3;
    private static final Set<String> SHARE_STOPS = RuleFiles.words(SubjectStage.class, "en", "share-stops.txt");

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
        boolean bareShare = "share".equals(ClaimFilter.kind(r.unit)) && modifiers.isEmpty() && named.isEmpty()
                && !ofPhrase(tok, last + 1, context);
        r.subject = bareShare ? null : String.join(" ", words);
        r.modifierKeys = modifierKeys;
        r.contextKeys = contextKeys;
        r.endTok = context.isEmpty() ? last : last + context.size();
        return true;
    }

    /** Whether the phrase after a share opens with "of" and names a noun ("38.4 percent of the vote"). */
    private static boolean ofPhrase(QuantityTokens tok, int next, List<String> context) {
        return next < tok.size() && tok.get(next).equalsIgnoreCase("of")
                && context.stream().anyMatch(c -> !KeyWords.isStop(c));
    }

    /**
     * The nouns a share names right after its unit ("a 9 percent pay rise"): what the share is of; never a number
     * word or a time expression ("57.9 percent four years ago" names nothing it is of).
     */
    private static List<String> shareNoun(QuantityTokens tok, QuantityReading r) {
        List<String> out = new ArrayList<>();
        for (int i = r.last + 1; i < tok.size() && out.size() < MAX_MONEY_NOUNS && UnitStage.runWord(tok.get(i), out.isEmpty())
                && Character.isLowerCase(tok.get(i).charAt(0)) && !SHARE_STOPS.contains(tok.get(i).toLowerCase(Locale.ROOT))
                && !NumberReader.isNumberWord(tok.get(i).toLowerCase(Locale.ROOT)) && !tok.blocked(i); i++) {
            out.add(tok.get(i));
        }
        return out;
    }

    /**
     * The nouns a sum of money names right after its currency ("€40 million emergency fund", "40 million euro
     * fund"): they become the subject's head. Empty for other units.
     */
    private static List<String> moneyNoun(QuantityTokens tok, QuantityReading r) {
        if ("share".equals(ClaimFilter.kind(r.unit))) {
            return shareNoun(tok, r);
        }
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
