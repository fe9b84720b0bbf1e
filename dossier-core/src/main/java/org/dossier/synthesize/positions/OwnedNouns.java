package org.dossier.synthesize.positions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.model.EntityMention;
import org.dossier.rules.RuleFiles;

/**
 * A stance noun owned by the name after it, in languages that put the owner after the noun ({@code writing.txt}
 * owner-links; French so far): "la demande de l'UML d'un fonds de soutien" is the UML's demand for a fund, as
 * "the union's demand for X" is the union's. The name
 * must follow the link word at once and a complement marker must follow the name (an elided one too, "d'un");
 * the content is what that marker opens. Use it where a stance noun has an opener before it.
 */
final class OwnedNouns {
    /** An owned stance noun: the owner's mention and the token the content starts at (its marker). */
    record Owned(EntityMention owner, int content) {}

    private static final Map<String, Set<String>> LINKS = new ConcurrentHashMap<>();

    private OwnedNouns() {}

    /** The owner of the stance noun at token {@code i}, or null. */
    static Owned of(StanceLexicon lex, String language, String text, List<Words.Tok> toks, int i,
                    List<EntityMention> mentions) {
        if (i + 2 >= toks.size() || !links(language).contains(toks.get(i + 1).lower())) {
            return null;
        }
        Words.Tok at = toks.get(i + 2);
        for (EntityMention m : mentions) {
            if (m.start() == at.start() || Words.afterElision(text, at, m)) {
                for (int j = i + 2; j + 1 < toks.size() && toks.get(j).end() <= m.end(); j++) {
                    Words.Tok next = toks.get(j + 1);
                    if (toks.get(j).end() == m.end() && (lex.markers.contains(next.lower())
                            || Words.elidedMarker(lex.markers, next) > 0)) {
                        return new Owned(m, j + 1);
                    }
                }
            }
        }
        return null;
    }

    private static Set<String> links(String language) {
        String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        return LINKS.computeIfAbsent(lang, l -> {
            try {
                String row = RuleFiles.pairs(OwnedNouns.class, l, "writing.txt").getOrDefault("owner-links", "");
                return row.isBlank() ? Set.of() : Set.of(row.strip().split("\\s+"));
            } catch (IllegalStateException missing) {
                return Set.of();
            }
        });
    }
}
