package org.dossier.model;

/** A citation: a character range [start, end) in one article's clean text. */
public record Span(String article, int start, int end) {}
