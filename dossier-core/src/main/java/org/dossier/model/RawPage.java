package org.dossier.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One input page as an input port delivers it, before extraction: its content-hash id, where it came from
 * ({@code source}: a file, or a file and a record), whether it is HTML or scraped plain text, its decoded text,
 * and what the input knew about it besides ({@link Hints}).
 */
public record RawPage(String id, String source, Kind kind, String content, Hints hints) {
    /**
     * The page shapes Dossier reads: an HTML page, a scraped-text page (the text extractor finds the article in it),
     * or an article already extracted ({@code ARTICLE}: a record an input states as an article, taken as stated; its
     * content is the title on the first line (empty when none), the authors on the second, separated by
     * {@code "; "} (empty when none), then one body paragraph a line).
     */
    public enum Kind { HTML, TEXT, ARTICLE }

    public RawPage {
        hints = hints == null ? Hints.NONE : hints;
    }

    /** A page the input knows nothing more about than its bytes. */
    public RawPage(String id, String source, Kind kind, String content) {
        this(id, source, kind, content, Hints.NONE);
    }

    /**
     * What an input knows of a page beyond its content, each null when unknown: the URL it was fetched from, when it
     * was fetched (never its publication date), the content type the server gave, and a publication date an
     * index of pages (a feed, a JSON dump) states for it.
     */
    public record Hints(String url, Instant fetchedAt, String contentType, LocalDate publishedHint) {
        public static final Hints NONE = new Hints(null, null, null, null);
    }
}
