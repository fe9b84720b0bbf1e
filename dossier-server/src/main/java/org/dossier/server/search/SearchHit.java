package org.dossier.server.search;

/**
 * One article a search found: its id, its story's id (null when it has none), title and outlet as stored, and the
 * best passages of its text with the matched words in {@code <mark>} ({@code snippet}: safe HTML, every other
 * character escaped).
 */
public record SearchHit(String article, String story, String title, String outlet, String snippet, float score) {}
