package org.dossier.ingest;

/** An input that could not be used: the file as given and a one-line reason. */
public record InputFailure(String source, String reason) {
    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
