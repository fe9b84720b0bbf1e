package org.dossier.resolve;

/**
 * Reads a person-name string the way resolution reads a person mention, for stages that take names from elsewhere
 * (a quote's speaker, a speaker's description) and must agree with how the story's entities were merged. To find
 * the entity a name denotes, use {@link EntityIndex#canonical(String)}; this only cleans the string.
 */
public final class PersonNames {
    private PersonNames() {}

    /**
     * The name left once possessive, honorifics and leading titles are removed ("Minister Pavel Orlov's" gives
     * "Pavel Orlov"), or null when the string names nobody: a pronoun, lower-case text, a single letter, or a
     * courtesy title alone ("Mr").
     */
    public static String cleaned(String surface) {
        NameParts parts = NameParts.of(surface, true);
        return parts.junk() ? null : parts.name();
    }
}
