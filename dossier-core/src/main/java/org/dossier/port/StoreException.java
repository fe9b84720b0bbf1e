package org.dossier.port;

/** A store operation failed; the message says what and where. */
public class StoreException extends Exception {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
