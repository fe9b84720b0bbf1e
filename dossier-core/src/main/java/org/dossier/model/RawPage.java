package org.dossier.model;

/**
 * One input page as read from disk, before extraction: its content-hash id, where it came from,
 * whether it is HTML or scraped plain text, and its decoded text.
 */
public record RawPage(String id, String source, Kind kind, String content) {
    /** The two page shapes Dossier reads. */
    public enum Kind { HTML, TEXT }
}
