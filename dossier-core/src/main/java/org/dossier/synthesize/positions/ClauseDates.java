package org.dossier.synthesize.positions;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.SentenceSpan;
import org.dossier.model.TimeMention;

/**
 * The day a stance was taken, by the time its own clause states ("On Wednesday night, the union demanded …", "the
 * union demanded on Wednesday that …"): a time expression of day precision in the stance word's sentence, before the
 * stance word (the nearest), else right after it with at most one short word between; none outside quotes after the
 * article's date. Else the article's date. A time further on belongs to the proposition ("demanded talks by Friday").
 * Use it for each stance read in a reporting clause.
 */
final class ClauseDates {
    /** The most characters between a stance word and a time that dates it from after it ("demanded on Wednesday"). */
    private static final int AFTER_GAP = 4;

    private ClauseDates() {}

    /**
     * The day of the stance word spanning [{@code start}, {@code end}) in sentence {@code s}, given the article's
     * time expressions outside quotes and its date {@code day} (null when unknown).
     */
    static LocalDate of(List<TimeMention> times, SentenceSpan s, int start, int end, LocalDate day) {
        TimeMention best = null;
        for (TimeMention t : times) {
            if (t.date() == null || !"day".equals(t.precision()) || day != null && t.date().isAfter(day)
                    || t.start() < s.start() || t.end() > s.end()) {
                continue;
            }
            if (t.end() <= start && (best == null || best.end() > start || t.start() > best.start())) {
                best = t;
            } else if (t.start() >= end && t.start() - end <= AFTER_GAP && best == null) {
                best = t;
            }
        }
        return best != null ? best.date() : day;
    }
}
