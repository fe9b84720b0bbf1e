package org.dossier.model;

/** A named entity found in one article: surface text, coarse type (an {@link EntityType} label) and span. */
public record EntityMention(String text, String type, int start, int end) {}
