package org.dossier.synthesize;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.SentenceSpan;
import org.dossier.model.Span;

/**
 * One article's report of a dated event: trigger label and class, participants, place, the statement of it
 * ({@link EventText}) and the sentence cited; {@code precision} is "day", "month" or "before" (the event happened
 * before {@code date}, all an article dated only by a bound can say of a day it names relatively); {@code dateNote}
 * says why the date is only an estimate or a bound (null when the article's own date gives it); {@code names} the
 * names the sentence writes (to prefer a statement that opens with one); {@code language} the article's (its statement's
 * words are read with that language's lists).
 */
record EventCandidate(LocalDate date, String precision, String label, String kind, List<String> participants,
                      String place, String article, Span span, String statement, String dateNote, String sentence,
                      List<String> names, String language) {

    /**
     * The entry of something said or done ({@code what}: "said", "done") in a sentence with no day of its own: dated
     * by the article (or, for an article written before a day, bound by it) and noted as estimated.
     */
    static EventCandidate undated(AnnotatedArticle a, LocalDate anchor, String what, EventTriggers.Trigger trigger,
                                  List<String> who, SentenceSpan s, String statement) {
        LocalDate bound = Anchors.before(a);
        String note = bound != null
                ? what + " with no day of its own in an article written before " + bound
                : what + " with no day of its own: the date of the article reporting it"
                + (Anchors.estimated(a) ? ", itself estimated from its story's dates" : "");
        return new EventCandidate(bound != null ? bound : anchor, bound != null ? "before" : "day",
                trigger.label(), trigger.kind(), who, null, a.id(), new Span(a.id(), s.start(), s.end()), statement,
                note, EventFinder.sentence(a.article().text(), s), List.of(), a.article().language());
    }
}
