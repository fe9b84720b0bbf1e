package org.dossier.model;

import java.time.LocalDate;

/**
 * A date seen on a page with where it was seen (meta tag, JSON-LD, time element, URL, text line)
 * and how much it is trusted as the article's publication date (0..1).
 */
public record PageDate(LocalDate date, String origin, double confidence) {}
