package org.dossier.synthesize.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * Definite descriptions of an organisation named before: after "the Coastal Workers Union …", a later "the union"
 * said, demanded or rejected something as that organisation; after "the Central Electoral Commission", "the
 * electoral commission" too. A description is "the" (the language's definite articles, {@code
 * definite-articles.txt}), up to two more lower-case words of the name, and the lower-case head — the last word, or
 * the word before the name's head link ("the court" of the Constitutional Court of Marovia, "the union" of the
 * "Union of Railway Employees") — of exactly one organisation name of several words named earlier in the article;
 * a one-word name counts when a descriptor stands before or after it ("environmental group Coastwatch", "the GFV
 * transport union": "the group", "the union"); it is added as a mention of that organisation, so that actors
 * are read from it as from the name; a possessive description ("the union's executive") names its organisation
 * up to the possessive ending, which {@link ActorNouns} reads after it. Languages without the file get none.
 */
final class Descriptions {
    /** Words of the name that may stand between the article and the head ("the electoral commission"). */
    private static final int MAX_MODIFIERS = 2;

    private Descriptions() {}

    /** Whether a lower-case word is a word of some organisation name listed by head. */
    private static boolean ofName(Map<String, EntityMention> byHead, Words.Tok t, String text) {
        return Character.isLowerCase(text.charAt(t.start()))
                && byHead.values().stream().anyMatch(m -> ofName(m, List.of(), List.of(t), text));
    }

    /** Whether every token is a lower-case word of the organisation's name ("electoral commission"). */
    private static boolean ofName(EntityMention org, List<String> descriptor, List<Words.Tok> toks, String text) {
        List<String> words = new ArrayList<>(List.of(org.text().strip().toLowerCase(Locale.ROOT).split("\\s+")));
        words.addAll(descriptor);
        return toks.stream().allMatch(t -> Character.isLowerCase(text.charAt(t.start())) && words.contains(t.lower()));
    }

    /** The article's mentions with its definite descriptions of organisations added, in text order. */
    static List<EntityMention> added(StanceLexicon lex, String text, List<EntityMention> mentions) {
        if (lex.definiteArticles.isEmpty()) {
            return mentions;
        }
        Map<String, EntityMention> byHead = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Map<EntityMention, List<String>> described = new HashMap<>();
        for (EntityMention m : mentions) {
            String[] words = m.text().strip().split("\\s+");
            List<String> after = EntityType.ORGANIZATION.is(m.type()) ? ActorNouns.descriptorAfter(lex, text, m)
                    : List.of();
            if (after.isEmpty() && EntityType.ORGANIZATION.is(m.type())) {
                after = ActorNouns.descriptorBefore(lex, text, m);
            }
            if (!EntityType.ORGANIZATION.is(m.type()) || words.length < 2 && after.isEmpty()) {
                continue;
            }
            List<String> heads = new ArrayList<>(words.length < 2 ? List.of() : heads(lex, words));
            if (!after.isEmpty()) {
                described.put(m, after);
                heads.add(after.get(after.size() - 1));
            }
            for (String head : heads) {
                if (!head.matches("\\p{L}{3,}")) {
                    continue;
                }
                EntityMention seen = byHead.putIfAbsent(head, m);
                if (seen != null && !seen.text().strip().equalsIgnoreCase(m.text().strip())) {
                    ambiguous.add(head);
                }
            }
        }
        ambiguous.forEach(byHead::remove);
        if (byHead.isEmpty()) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions);
        List<Words.Tok> toks = Words.of(text, 0, text.length());
        for (int k = 0; k + 1 < toks.size(); k++) {
            if (!lex.definiteArticles.contains(toks.get(k).lower())) {
                continue;
            }
            int h = k + 1;
            while (h + 1 < toks.size() && h - k <= MAX_MODIFIERS && !byHead.containsKey(toks.get(h).lower())
                    && ofName(byHead, toks.get(h), text)) {
                h++;
            }
            Words.Tok first = toks.get(k + 1);
            Words.Tok head = owner(toks.get(h)); // "the union's executive": the union, its body read after
            EntityMention org = byHead.get(head.lower());
            List<Words.Tok> words = new ArrayList<>(toks.subList(k + 1, h));
            words.add(head);
            if (org == null || org.start() >= head.start()
                    || !ofName(org, described.getOrDefault(org, List.of()), words, text)
                    || mentions.stream().anyMatch(m -> m.start() < head.end() && first.start() < m.end())) {
                continue;
            }
            out.add(new EntityMention(org.text().strip(), org.type(), first.start(), head.end()));
        }
        out.sort(Comparator.comparingInt(EntityMention::start));
        return out;
    }

    /** The word a possessive token ends in its owner ("union's": "union"), else the token itself. */
    private static Words.Tok owner(Words.Tok t) {
        String w = t.lower().replaceFirst("['\u2019]s$", "");
        return w.equals(t.lower()) ? t : new Words.Tok(t.start(), t.start() + w.length(), w);
    }

    /** A name's head nouns: its last word, and the word before the name's head link ("Union" of "Union of …"). */
    private static List<String> heads(StanceLexicon lex, String[] words) {
        List<String> heads = new ArrayList<>(List.of(words[words.length - 1].toLowerCase(Locale.ROOT)));
        for (int k = 1; k + 1 < words.length; k++) {
            if (!lex.nameHeadLink.isEmpty() && words[k].equals(lex.nameHeadLink)) {
                heads.add(words[k - 1].toLowerCase(Locale.ROOT));
                break;
            }
        }
        return heads;
    }
}
