package org.dossier.language;

/** The language stage: an ISO 639-1 code for a text, or "und" when it cannot be told. */
public interface LanguageIdentifier {
    String identify(String text);
}
