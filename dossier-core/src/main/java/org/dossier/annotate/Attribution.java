package org.dossier.annotate;

/** Who a quote is attributed to: a named speaker, or null with a description of the unnamed one. */
public record Attribution(String speaker, String description) {
    static final Attribution NONE = new Attribution(null, null);

    boolean isEmpty() {
        return speaker == null && description == null;
    }
}
