package org.dossier.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.EntityType;
import org.dossier.model.StoryDossier.Entity;

/**
 * Hangs each adjective or demonym of a story ("Russian", "pro-Western", "Russian-Western") on the entities it is
 * derived from: the known entity it is listed under ({@link KnownNames}: "American" on the United States), else the
 * place or body whose one-word name it spells ("Ukrainian" on Ukraine), or the body whose name it is with its last word
 * made an adjective ("Social Democratic" on the Social Democrats). A run of adjectives one of which is prefixed
 * ("pro-Russian Ukrainian") gives each its own entity ("pro-Russian" on Russia, "Ukrainian" on Ukraine). An
 * adjective of no entity in the story ("ex-Soviet" where the Soviet Union is never named) is left out. Used last by {@link NameResolver}.
 */
final class Attributes {
    private Attributes() {}

    /** The entities with their attributes, in the given order; most frequent attribute first. */
    static List<Entity> attach(List<Entity> entities, List<ResolvedMention> adjectives) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (EntityType.PERSON.is(e.type())) {
                continue;
            }
            for (String v : e.variants()) {
                byKey.putIfAbsent(OrgClusters.groupKey(v), i);
            }
        }
        List<Map<String, Integer>> counts = new ArrayList<>();
        entities.forEach(e -> counts.add(new LinkedHashMap<>()));
        for (ResolvedMention m : adjectives) {
            String surface = m.mention().text().strip();
            Integer body = bodyTarget(m.parts().name(), entities);
            if (body != null) {
                counts.get(body).merge(surface, 1, Integer::sum);
                continue;
            }
            for (String adjective : Adjectives.separate(surface)) {
                Integer whole = adjective.indexOf(' ') > 0 ? target(adjective, entities, byKey) : null;
                if (whole != null) {   // a listed demonym of several words ("South Korean")
                    counts.get(whole).merge(adjective, 1, Integer::sum);
                    continue;
                }
                for (String w : Adjectives.words(adjective)) {
                    Integer target = target(w, entities, byKey);
                    if (target != null) {
                        counts.get(target).merge(adjective, 1, Integer::sum);
                    }
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            Map<String, Integer> c = counts.get(i);
            List<String> attrs = new ArrayList<>(c.keySet());
            attrs.sort((a, b) -> c.get(b) - c.get(a));
            out.add(attrs.isEmpty() ? entities.get(i) : entities.get(i).withAttributes(attrs));
        }
        return out;
    }

    /** The body whose name the whole adjective is made from ("Social Democratic" of the Social Democrats), or null. */
    private static Integer bodyTarget(String name, List<Entity> entities) {
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (EntityType.ORGANIZATION.is(e.type()) && e.variants().stream().anyMatch(v -> Adjectives.bodyForm(name, v))) {
                return i;
            }
        }
        return null;
    }

    private static Integer target(String word, List<Entity> entities, Map<String, Integer> byKey) {
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        KnownNames.Known known = KnownNames.byAdjective(word);
        if (known == null) {
            known = KnownNames.byAdjective(singular);
        }
        if (known != null) {
            Integer i = byKey.get(OrgClusters.foldedKey(known.canonical()));
            if (i != null) {
                return i;
            }
        }
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (!EntityType.PERSON.is(e.type())
                    && e.variants().stream().anyMatch(v -> Adjectives.derivedFrom(singular, v))) {
                return i;
            }
        }
        return null;
    }
}
