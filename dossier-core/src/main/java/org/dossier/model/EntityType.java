package org.dossier.model;

/**
 * The coarse type of a named entity, as annotate assigns it and every later stage reads it. Use it wherever code
 * names a type instead of writing the string. Its {@link #label()} is the string that {@link EntityMention#type()}
 * and {@link StoryDossier.Entity#type()} hold, and so the one written to the store and the dossier JSON; it is also
 * the CoreNLP NER label of the same name. The finer CoreNLP labels (CITY, NATIONALITY, ...) map to these four
 * through annotate's rule data ({@code entity-types.txt}), not through this type.
 */
public enum EntityType {
    PERSON("PERSON"),
    ORGANIZATION("ORGANIZATION"),
    LOCATION("LOCATION"),
    /** Nationalities, religions, events and other named things; also the type of a mention stored untyped. */
    MISC("MISC");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The stored string of this type (and the CoreNLP label it is named after). */
    public String label() {
        return label;
    }

    /** Whether a stored type string (or a CoreNLP NER label) is this type; false for null. */
    public boolean is(String type) {
        return label.equals(type);
    }
}
