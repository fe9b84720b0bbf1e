package org.dossier.model;

/** A sentence boundary in an article's clean text. */
public record SentenceSpan(int start, int end) {}
