package org.dossier.server;

import java.util.List;

/**
 * A window on a list: {@code ?offset=} (from 0, default 0) and {@code ?limit=} (1 to {@value #MAX_LIMIT},
 * default {@value #DEFAULT_LIMIT}). Anything else is a bad request, never silently clamped.
 */
record Paging(int offset, int limit) {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    /** Reads the two query parameters (null when absent); throws a 400 {@link Problem} when either is out of bounds. */
    static Paging of(String offset, String limit) {
        return of(offset, limit, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /** As {@link #of(String, String)} with another default and largest limit (a download takes more rows). */
    static Paging of(String offset, String limit, int defaultLimit, int maxLimit) {
        int o = parse("offset", offset, 0);
        int l = parse("limit", limit, defaultLimit);
        if (o < 0) {
            throw Problem.badRequest("offset must be 0 or more");
        }
        if (l < 1 || l > maxLimit) {
            throw Problem.badRequest("limit must be from 1 to " + maxLimit);
        }
        return new Paging(o, l);
    }

    private static int parse(String name, String value, int absent) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw Problem.badRequest(name + " must be a whole number");
        }
    }

    /** The part of {@code all} this window shows (empty past the end). */
    <T> List<T> of(List<T> all) {
        int from = Math.min(offset, all.size());
        return all.subList(from, Math.min(all.size(), from + limit));
    }
}
