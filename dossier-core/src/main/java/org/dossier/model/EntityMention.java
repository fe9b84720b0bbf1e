package org.dossier.model;

/** A named entity found in one article: surface text, coarse type (PERSON, LOCATION, ORGANIZATION, MISC) and span. */
public record EntityMention(String text, String type, int start, int end) {}
