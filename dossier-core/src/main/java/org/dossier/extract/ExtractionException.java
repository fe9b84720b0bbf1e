package org.dossier.extract;

/** A page that holds no usable article (empty, binary, nothing that reads as text). */
public class ExtractionException extends Exception {
    public ExtractionException(String message) {
        super(message);
    }
}
