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
 * said, demanded or rejected something as that organisation. A description is "the" (the language's definite
 * articles, {@code definite-articles.txt}) and the lower-case head — the last word — of exactly one organisation
 * name of several words named earlier in the article (or the word before its head link: "the union" of the "Union of
 * Railway Employees"); it is added as a mention of that organisation, so that actors
 * are read from it as from the name. Languages without the file get none.
 */
final class Descriptions {
    private Descriptions() {}

    /** The article's mentions with its definite descriptions of organisations added, in text order. */
    static List<EntityMention> added(StanceLexicon lex, String text, List<EntityMention> mentions) {
        if (lex.definiteArticles.isEmpty()) {
            return mentions;
        }
        Map<String, EntityMention> byHead = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (EntityMention m : mentions) {
            String[] words = m.text().strip().split("\\s+");
            if (!EntityType.ORGANIZATION.is(m.type()) || words.length < 2) {
                continue;
            }
            for (String head : heads(lex, words)) {
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
            Words.Tok head = toks.get(k + 1);
            EntityMention org = byHead.get(head.lower());
            if (org == null || !lex.definiteArticles.contains(toks.get(k).lower()) || org.start() >= head.start()
                    || !Character.isLowerCase(text.charAt(head.start()))
                    || mentions.stream().anyMatch(m -> m.start() <= head.start() && head.start() < m.end())) {
                continue;
            }
            out.add(new EntityMention(org.text().strip(), org.type(), head.start(), head.end()));
        }
        out.sort(Comparator.comparingInt(EntityMention::start));
        return out;
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
