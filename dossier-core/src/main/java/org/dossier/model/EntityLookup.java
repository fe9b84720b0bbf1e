package org.dossier.model;

import org.dossier.model.StoryDossier.Entity;

/**
 * Looks up a story's resolved entities: by a mention's span, by a name string such as a quote's speaker ("Mr
 * Orloff" → "Pavel Orlov"). The resolve stage implements it; the chain hands it to the stages that read resolved
 * entities (synthesize: timeline, quotes, positions), so that no stage imports another.
 */
public interface EntityLookup {
    /** The entity with a mention overlapping [start, end) in the article, or null. */
    Entity within(String article, int start, int end);

    /** The entity a name string denotes, or null. */
    Entity find(String surface);

    /** The canonical name a name string denotes, or null. */
    String canonical(String surface);

    /** The string cleaned as a person's name (courtesy titles and possessives off), or null when it is none. */
    String cleanedName(String surface);
}
