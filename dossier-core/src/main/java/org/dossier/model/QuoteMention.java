package org.dossier.model;

/**
 * A direct quote in one article. {@code speaker} is a named person or organisation, or null when the quote
 * is attributed only to a description ({@code speakerDescription}, e.g. "a government official").
 */
public record QuoteMention(String text, int start, int end, String speaker, String speakerDescription) {}
