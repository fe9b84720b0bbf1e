package org.dossier.synthesize.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * Role groups that act as one party although no name is given: "Prosecutors are seeking six years", "The defence
 * wants an acquittal". A group word of the language ({@code role-groups.txt}: word and the name shown) is added as an
 * organisation mention, so that actors are read from it as from a name, when it stands as a subject: not inside a
 * name, not a modifier of a word after it ("defence ministry", "prosecution's evidence", "Defence lawyer Mara
 * Olsen"): the next word is a stance word, a function word, a negation, an adverb or a break. Languages without
 * the file get none. A group after a possessive pronoun ("his government") is no group of its own: the pronoun's
 * person stands for it ({@link StanceReader}).
 */
final class RoleGroups {
    private RoleGroups() {}

    /** The article's mentions with its role-group subjects added, in text order. */
    static List<EntityMention> added(StanceLexicon lex, String text, List<EntityMention> mentions) {
        if (lex.roleGroups.isEmpty()) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions);
        List<Words.Tok> toks = Words.of(text, 0, text.length());
        for (int k = 0; k < toks.size(); k++) {
            Words.Tok t = toks.get(k);
            String name = lex.roleGroups.get(t.lower());
            if (name == null || k + 1 >= toks.size() || !standsAlone(lex, text, toks, k)
                    || k > 0 && "short".equals(lex.pronouns.get(toks.get(k - 1).lower())) // "his government": his
                    || mentions.stream().anyMatch(m -> m.start() < t.end() && t.start() < m.end())) {
                continue;
            }
            out.add(new EntityMention(name, EntityType.ORGANIZATION.name(), t.start(), t.end()));
        }
        out.sort(Comparator.comparingInt(EntityMention::start));
        return out;
    }

    /** Whether the group word at {@code k} is a head of its own, not a modifier of the word after it. */
    private static boolean standsAlone(StanceLexicon lex, String text, List<Words.Tok> toks, int k) {
        Words.Tok t = toks.get(k);
        String after = text.substring(t.end(), Math.min(text.length(), t.end() + 2));
        if (after.startsWith("'") || after.startsWith("\u2019")) {
            return false;
        }
        Words.Tok next = toks.get(k + 1);
        String w = next.lower();
        if (!Character.isLetter(w.charAt(0))) {
            return true;
        }
        return StanceLexicon.match(lex.clausePhrases, toks, k + 1) != null || lex.functionWords.contains(w)
                || lex.negations.contains(w) || w.endsWith("ly") && w.length() > 4
                || lex.roleGroups.containsKey("+" + w);
    }
}
