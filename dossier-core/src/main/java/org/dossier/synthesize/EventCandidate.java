package org.dossier.synthesize;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Span;

/**
 * One article's report of a dated event: trigger label and class, participants, place and the clause cited;
 * {@code dateNote} says why the date is only an estimate (null when the article's own date gives it).
 */
record EventCandidate(LocalDate date, String precision, String label, String kind, List<String> participants,
                      String place,
                      String article, Span span, String clause, String dateNote) {}
