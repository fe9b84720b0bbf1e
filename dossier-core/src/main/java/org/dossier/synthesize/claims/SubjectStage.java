package org.dossier.synthesize.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * What the quantity is about: the words before the counted noun (modifiers: "amphibious vehicles"), for a sum of
 * money the noun after its currency ("€40 million emergency fund") or the noun it is the sum of ("a reconstruction
 * fund of 300 million euros", {@link #sumOf}), for a share the noun after it ("9 percent pay
 * rise"; or the "of" phrase after it: "38.4 percent of the vote"; or the participle it is said after: "contenido en un
 * 7%"), for a speed the noun it is "of" ("gusts of up to
 * 45 mph"), for people a casualty verb counts what they
 * count ("killing 120 people": deaths), and the phrase that places it ("near the
 * border", {@link SubjectPhrase}); the subject shown and the key words of each part (none for a share that names nothing it is of, which
 * {@link ClaimFilter} then drops). Never ends a reading.
 */
final class SubjectStage implements QuantityStage {
    private static final int MAX_MONEY_NOUNS = 3;
    private static final Set<String> SHARE_STOPS = RuleFiles.words(SubjectStage.class, "en", "share-stops.txt");
    private static final Set<String> OF_LINKS = RuleFiles.words(SubjectStage.class, "of-links.txt");
    private static final Map<String, List<String>> AMOUNTS = RuleFiles.lists(SubjectStage.class, "amount-nouns.txt");
    private static final Map<String, List<String>> PARTICIPLES = RuleFiles.lists(SubjectStage.class, "share-participles.txt");
    private static final Set<String> AMOUNT_NOUNS = Set.copyOf(AMOUNTS.getOrDefault("amount", List.of()));

    @Override
    public boolean read(QuantityTokens tok, QuantityReading r) {
        List<String> modifiers = r.unitIndex < 0 ? List.of() : r.run.subList(0, r.unitIndex);
        List<String> named = moneyNoun(tok, r);
        int last = r.last + named.size();
        // the noun a sum is "of" is shown, not compared: the sum stays as bare as before ("an envelope of 45 million")
        List<String> sum = named.isEmpty() && "money".equals(ClaimFilter.kind(r.unit)) ? sumOf(tok, r.first)
                : "speed".equals(ClaimFilter.kind(r.unit)) ? speedOf(tok, r.first) : List.of();
        List<String> context = new SubjectPhrase(tok.words(), tok::blocked).after(last + 1);
        int participle = named.isEmpty() && modifiers.isEmpty() && "share".equals(ClaimFilter.kind(r.unit))
                && context.isEmpty() ? participleBefore(tok, r.first) : -1;
        if (participle >= 0) {
            named = List.of(tok.get(participle)); // "contenido en un 7%": a share of what was contained
            r.startTok = participle;
        }
        Set<String> modifierKeys = new LinkedHashSet<>();
        modifiers.forEach(m -> modifierKeys.add(KeyWords.key(m)));
        Set<String> contextKeys = new LinkedHashSet<>();
        named.stream().filter(m -> !KeyWords.isStop(m)).forEach(m -> contextKeys.add(KeyWords.key(m)));
        context.stream().filter(c -> !KeyWords.isStop(c)).forEach(c -> contextKeys.add(KeyWords.key(c)));
        String head = !named.isEmpty() ? String.join(" ", named) : !sum.isEmpty() ? String.join(" ", sum)
                : r.currency != null || "%".equals(r.unitWord) || UnitStage.casualtyOfPeople(r) ? r.unit : r.unitWord;
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

    /**
     * The participle a share with no noun after it is said after, joined by a link word and an article ("el fuego
     * estaba contenido en un 7%", "maîtrisé à 40 %": {@code share-participles.txt}), or -1.
     */
    private static int participleBefore(QuantityTokens tok, int first) {
        int i = first - 1;
        if (i >= 0 && PARTICIPLES.getOrDefault("article", List.of()).contains(tok.get(i).toLowerCase(Locale.ROOT))) {
            i--;
        }
        if (i < 1 || !PARTICIPLES.getOrDefault("link", List.of()).contains(tok.get(i).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        String t = tok.get(i - 1);
        boolean participle = QuantityTokens.isWord(t) && Character.isLowerCase(t.charAt(0)) && !KeyWords.isStop(t)
                && !tok.blocked(i - 1) && PARTICIPLES.getOrDefault("ending", List.of()).stream().anyMatch(t::endsWith);
        return participle ? i - 1 : -1;
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
     * The noun phrase a sum of money is the amount of, standing before it and joined by "of" ("a reconstruction
     * fund of 300 million euros", "un fondo de reconstrucción de 300 millones de euros", "ein Wiederaufbaufonds von
     * 300 Millionen Euro"; {@code of-links.txt}): the words back to a function word or a participle, at most {@value
     * #MAX_MONEY_NOUNS} (none when more) besides an "of" between two of them, no participle; none when the word
     * before "of" names an amount only ("a total of"), over the words that name the amount after the noun ("in Höhe
     * von"; both {@code amount-nouns.txt}). Empty when there is none.
     */
    private static List<String> sumOf(QuantityTokens tok, int first) {
        int i = first - 1;
        if (i < 1 || !OF_LINKS.contains(tok.get(i).toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        i--;
        for (String over : AMOUNTS.getOrDefault("over", List.of())) {
            int n = over.split("\\s+").length;
            if (i - n + 1 >= 0 && tok.matches(i - n + 1, over) == n) {
                i -= n; // "ein Fonds in Höhe von", "un fondo por valor de"
                break;
            }
        }
        List<String> out = new ArrayList<>();
        int content = 0;
        for (; i >= 0 && content < MAX_MONEY_NOUNS; i--) {
            String t = tok.get(i);
            boolean link = OF_LINKS.contains(t.toLowerCase(Locale.ROOT)) && !out.isEmpty() && i > 0
                    && QuantityTokens.isWord(tok.get(i - 1)) && !KeyWords.isStop(tok.get(i - 1));
            if (!link && (!QuantityTokens.isWord(t) || KeyWords.isStop(t) || AMOUNT_NOUNS.contains(t.toLowerCase(Locale.ROOT))
                    || NumberReader.isNumberWord(t) || OwnerStage.calendarWord(t) || tok.blocked(i)
                    || (Character.isLowerCase(t.charAt(0)) && (t.endsWith("ed") || t.endsWith("ing"))))) {
                break;
            }
            out.add(0, t);
            content += link ? 0 : 1;
        }
        while (!out.isEmpty() && OF_LINKS.contains(out.get(0).toLowerCase(Locale.ROOT))) {
            out.remove(0);
        }
        boolean cut = content >= MAX_MONEY_NOUNS && i >= 0 && QuantityTokens.isWord(tok.get(i)) && !KeyWords.isStop(tok.get(i));
        return cut ? List.of() : out;
    }

    /**
     * The noun a speed is "of", right before it ("gusts of up to 45 mph", "winds of 60 knots"): one lower-case word,
     * no function word nor number. Empty when there is none.
     */
    private static List<String> speedOf(QuantityTokens tok, int first) {
        int i = first - 2;
        if (i < 0 || !OF_LINKS.contains(tok.get(first - 1).toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        String t = tok.get(i);
        return QuantityTokens.isWord(t) && Character.isLowerCase(t.charAt(0)) && !KeyWords.isStop(t)
                && !NumberReader.isNumberWord(t) && !tok.blocked(i) ? List.of(t) : List.of();
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
                && UnitStage.runWord(tok.get(i), out.isEmpty()) && Character.isLowerCase(tok.get(i).charAt(0))
                && !tok.blocked(i); i++) {
            out.add(tok.get(i));
        }
        return out;
    }
}
