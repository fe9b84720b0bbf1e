package org.dossier.model;

/** An input that could not be used: the file (and record) as given and a one-line reason. */
public record InputFailure(String source, String reason) {
    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
