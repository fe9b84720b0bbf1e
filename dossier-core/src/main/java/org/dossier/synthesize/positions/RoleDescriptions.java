package org.dossier.synthesize.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.EntityLookup;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.StoryDossier.Entity;

/**
 * Definite descriptions of a person by the role the story gives them: after "Transport Minister Ingrid Solberg", a
 * later "the minister" (or "the transport minister") offered, demanded or rejected something as Solberg. A
 * description is a definite article ({@code definite-articles.txt}), up to two lower-case words that the role
 * also writes, and the role's last word, standing after the person's first mention in the article; it is added as
 * a mention of that person when exactly one person named before holds such a role ("the former minister" names
 * none of a serving one: "former" is no word of the role). Languages without the articles' file get none.
 */
final class RoleDescriptions {
    private static final int MAX_MODIFIERS = 2;

    private RoleDescriptions() {}

    /** The article's mentions with the role descriptions of its people added, in text order. */
    static List<EntityMention> added(StanceLexicon lex, String text, List<EntityMention> mentions, EntityLookup index) {
        if (index == null || lex.definiteArticles.isEmpty()) {
            return mentions;
        }
        Map<String, Set<String>> byHead = new HashMap<>(); // role's last word -> names of the people holding it
        Map<String, Integer> firstSeen = new HashMap<>();
        Map<String, List<String>> roles = new HashMap<>();
        for (EntityMention m : mentions) {
            Entity e = EntityType.PERSON.is(m.type()) ? index.find(m.text()) : null;
            if (e == null || !EntityType.PERSON.is(e.type())) {
                continue;
            }
            firstSeen.merge(e.name(), m.start(), Math::min);
            for (String role : e.roles()) {
                String[] w = role.strip().toLowerCase(Locale.ROOT).split("\\s+");
                byHead.computeIfAbsent(w[w.length - 1], k -> new LinkedHashSet<>()).add(e.name());
                roles.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(" " + String.join(" ", w) + " ");
            }
        }
        if (byHead.isEmpty()) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions);
        List<Words.Tok> toks = Words.of(text, 0, text.length());
        for (int k = 0; k + 1 < toks.size(); k++) {
            if (!lex.definiteArticles.contains(toks.get(k).lower())) {
                continue;
            }
            for (int h = k + 1; h < toks.size() && h - k <= MAX_MODIFIERS + 1; h++) {
                Words.Tok head = toks.get(h);
                if (!head.isWord() || !Character.isLowerCase(text.charAt(head.start()))) {
                    break;
                }
                Set<String> holders = byHead.get(head.lower());
                if (holders == null) {
                    continue;
                }
                List<String> words = toks.subList(k + 1, h + 1).stream().map(Words.Tok::lower).toList();
                int at = toks.get(k).start();
                List<String> fit = holders.stream().filter(n -> firstSeen.getOrDefault(n, Integer.MAX_VALUE) < at
                        && roles.get(n).stream().anyMatch(r -> words.stream().allMatch(x -> r.contains(" " + x + " "))))
                        .toList();
                if (fit.size() == 1 && out.stream().noneMatch(m -> m.start() < head.end() && at < m.end())) {
                    out.add(new EntityMention(fit.get(0), EntityType.PERSON.label(), at, head.end()));
                }
                break;
            }
        }
        out.sort(Comparator.comparingInt(EntityMention::start));
        return out;
    }
}
