package org.dossier.synthesize;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Span;

/**
 * One article's report of a dated event: trigger label and class, participants, place, the statement of it
 * ({@link EventText}) and the sentence cited; {@code precision} is "day", "month" or "before" (the event happened
 * before {@code date}, all an article dated only by a bound can say of a day it names relatively); {@code dateNote}
 * says why the date is only an estimate or a bound (null when the article's own date gives it); {@code names} the
 * names the sentence writes (to prefer a statement that opens with one).
 */
record EventCandidate(LocalDate date, String precision, String label, String kind, List<String> participants,
                      String place, String article, Span span, String statement, String dateNote, String sentence,
                      List<String> names) {}
