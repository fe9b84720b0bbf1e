package org.dossier.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.EntityLookup;
import org.dossier.model.EntityType;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier.Entity;

/**
 * Looks up resolved entities: by a mention's span, and by a name string such as a quote's speaker
 * ("Mr Orloff" → "Pavel Orlov"), using the same matching rules as {@link NameResolver}.
 */
public final class EntityIndex implements EntityLookup {
    private final List<Entity> entities;
    private final Map<String, Entity> byVariant = new HashMap<>();
    private final Map<String, Entity> bySpan = new HashMap<>();
    private final Map<String, Entity> byFolded = new HashMap<>();

    public EntityIndex(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        for (Entity e : entities) {
            byVariant.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
            e.variants().forEach(v -> byVariant.putIfAbsent(v.toLowerCase(Locale.ROOT), e));
            e.variants().forEach(v -> byFolded.putIfAbsent(OrgClusters.foldedKey(v), e));
            e.mentions().forEach(s -> bySpan.put(spanKey(s.article(), s.start()), e));
        }
    }

    /** The entity with a mention starting at {@code start} in the article, or null. */
    public Entity at(String article, int start) {
        return bySpan.get(spanKey(article, start));
    }

    /**
     * The entity with a mention starting at {@code start}, else the one with a mention inside [start, end) (a
     * mention narrowed while resolving, "Taras Brel" from "Emergencies Taras Brel"), or null.
     */
    public Entity within(String article, int start, int end) {
        Entity e = at(article, start);
        if (e != null) {
            return e;
        }
        for (Entity x : entities) {
            for (Span s : x.mentions()) {
                if (s.article().equals(article) && start <= s.start() && s.end() <= end) {
                    return x;
                }
            }
        }
        return null;
    }

    /** The canonical name for a speaker or other name string, or null when no entity matches it. */
    public String canonical(String surface) {
        Entity e = find(surface);
        return e == null ? null : e.name();
    }

    /**
     * The entity a name string denotes, or null when none or several match. A description before the name
     * ("ministry spokesman Pavel Orlov") is ignored when the whole string matches nothing.
     */
    public Entity find(String surface) {
        if (surface == null || surface.isBlank()) {
            return null;
        }
        Entity e = findName(surface);
        String tail = surface.strip().replaceFirst("^.*\\s\\p{Ll}[^\\s]*\\s+", "");
        return e != null || tail.equals(surface.strip()) ? e : findName(tail);
    }

    private Entity findName(String surface) {
        NameParts parts = NameParts.of(surface, true);
        if (parts.junk()) {
            return null;
        }
        Entity exact = byVariant.get(parts.name().toLowerCase(Locale.ROOT));
        if (exact == null) {
            exact = byVariant.get(NameParts.of(surface, false).name().toLowerCase(Locale.ROOT));
        }
        if (exact == null) {
            exact = byFolded.get(OrgClusters.foldedKey(NameParts.of(surface, false).name()));
        }
        if (exact != null || parts.tokens().isEmpty()) {
            return exact;
        }
        Entity match = null;
        for (Entity e : entities) {
            if (EntityType.PERSON.is(e.type()) && matchesPerson(e, parts)) {
                if (match != null) {
                    return null;
                }
                match = e;
            }
        }
        return match;
    }

    private static boolean matchesPerson(Entity e, NameParts parts) {
        for (String v : e.variants()) {
            NameParts p = NameParts.of(v, true);
            boolean ok = PersonMatch.isFull(parts) && PersonMatch.isFull(p)
                    ? PersonMatch.fullNames(p, parts) : PersonMatch.surnames(p, parts);
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private static String spanKey(String article, int start) {
        return article + "#" + start;
    }

    @Override
    public String cleanedName(String surface) {
        return PersonNames.cleaned(surface);
    }
}
