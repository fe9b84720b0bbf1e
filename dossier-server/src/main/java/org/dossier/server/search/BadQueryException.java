package org.dossier.server.search;

/** A query the search cannot read (unbalanced quotes or brackets, a field that does not exist, too wide a wildcard). */
public final class BadQueryException extends Exception {
    public BadQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
