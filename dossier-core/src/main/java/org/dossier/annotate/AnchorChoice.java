package org.dossier.annotate;

import java.time.LocalDate;

/** The date an article's relative times are resolved against, and why it was chosen. */
public record AnchorChoice(LocalDate date, String note) {}
