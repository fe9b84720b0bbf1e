package org.dossier.extract.text;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dossier.extract.dates.DateLabels;
import org.dossier.extract.dates.DateParsing;
import org.dossier.extract.lines.LineShape;
import org.dossier.model.PageDate;

/**
 * Dates seen in a scraped text page, each weighted by where it stands and how it is labelled: a line labelled
 * as publication ("Published …") is the strongest evidence, then a timestamp under the headline; the dateline
 * closest to the body beats a page-header date above it; body mentions and dates in lists after the body are
 * weak. Ambiguous numeric dates (03/07/2025) are read in the order that fits the page's other dates.
 */
final class TextPageDates {
    static final double LABELLED_PUBLISHED = 0.9;
    static final double LABELLED_UPDATED = DateLabels.LABELLED_UPDATED;
    static final double UNDER_TITLE_TIMESTAMP = 0.85;
    static final double UNDER_TITLE_DATE = 0.7;
    static final double PAGE_HEADER = 0.3;
    static final double BODY = 0.25;
    static final double AFTER_BODY = 0.1;
    /** Taken off a numeric date whose day/month order the page does not settle. */
    static final double AMBIGUOUS = 0.2;
    /** Labelled date lines are read before the body and in its first lines. */
    private static final int LABEL_WINDOW = 5;
    private static final int MAX_LABEL_WORDS = 12;
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}");
    private static final String UNDER_TITLE = "text:under-title";
    private static final String HEADER = "text:page-header";

    /** One date reading of a line, before the page-level decisions. */
    private record Seen(int line, LocalDate date, LocalDate alternative, Boolean dayFirst, String origin,
                        double conf) {
        Seen with(String o, double c) {
            return new Seen(line, date, alternative, dayFirst, o, c);
        }

        Seen resolved(LocalDate d, double c) {
            return new Seen(line, d, null, dayFirst, origin, c);
        }
    }

    private TextPageDates() {
    }

    static List<PageDate> find(List<String> lines, int titleIdx, int[] span) {
        List<Seen> seen = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            read(lines.get(i), i, titleIdx, span, seen);
        }
        demoteHeaderAboveDateline(seen, titleIdx, span);
        List<PageDate> out = new ArrayList<>();
        for (Seen s : resolveAmbiguous(seen, span)) {
            out.add(new PageDate(s.date(), s.origin(), s.conf()));
        }
        return out;
    }

    private static void read(String l, int i, int titleIdx, int[] span, List<Seen> seen) {
        boolean labelPlace = i <= span[0] + LABEL_WINDOW && LineShape.words(l) <= MAX_LABEL_WORDS;
        int up = labelPlace ? DateLabels.get().updatedAt(l) : -1;
        String head = up >= 0 ? l.substring(0, up) : l;
        if (labelPlace && DateLabels.get().published(l)) {
            add(seen, i, head, "text:published-label", LABELLED_PUBLISHED);
        } else {
            boolean dateOnly = LineShape.dateOnly(l);
            if (titleIdx >= 0 && i > titleIdx && i <= titleIdx + 2 && dateOnly) {
                add(seen, i, head, UNDER_TITLE, TIME.matcher(l).find() ? UNDER_TITLE_TIMESTAMP : UNDER_TITLE_DATE);
            } else if (i < Math.max(titleIdx, span[0]) && dateOnly) {
                add(seen, i, head, HEADER, PAGE_HEADER);
            } else if (i >= span[0] && i <= span[1]) {
                add(seen, i, head, "text:body", BODY);
            } else {
                add(seen, i, head, i > span[1] ? "text:after-body" : "text:before-body", AFTER_BODY);
            }
        }
        if (up >= 0) {
            add(seen, i, l.substring(up), "text:updated-label", LABELLED_UPDATED);
        }
    }

    private static void add(List<Seen> seen, int i, String text, String origin, double conf) {
        for (DateParsing.Reading r : DateParsing.readings(text)) {
            seen.add(new Seen(i, r.date(), r.alternative(), r.dayFirst(), origin, conf));
        }
    }

    /**
     * When a date line stands between the headline and the body below a date shown under the headline, and is
     * not later than it, the lower line is the article's dateline and the upper one the page header's date.
     */
    private static void demoteHeaderAboveDateline(List<Seen> seen, int titleIdx, int[] span) {
        int last = -1;
        for (int k = 0; k < seen.size(); k++) {
            Seen s = seen.get(k);
            if (s.line() > titleIdx && s.line() < span[0] && (s.origin().equals(UNDER_TITLE) || s.origin().equals(HEADER))
                    && (last < 0 || s.line() > seen.get(last).line())) {
                last = k;
            }
        }
        if (last < 0) {
            return;
        }
        Seen dateline = seen.get(last);
        boolean demoted = false;
        for (int k = 0; k < seen.size(); k++) {
            Seen s = seen.get(k);
            if (s.line() < dateline.line() && s.origin().equals(UNDER_TITLE) && !dateline.date().isAfter(s.date())
                    && !dateline.date().equals(s.date())) {
                seen.set(k, s.with(HEADER, PAGE_HEADER));
                demoted = true;
            }
        }
        if (demoted) {
            seen.set(last, dateline.with("text:dateline", Math.max(dateline.conf(), UNDER_TITLE_DATE)));
        }
    }

    /**
     * Reads each ambiguous numeric date in the order that is not after the page's header date, else in the order
     * the page's unambiguous numeric dates are written in, else the one closest to the page's other dates; when
     * nothing settles it, keeps the day-first reading with lower confidence.
     */
    private static List<Seen> resolveAmbiguous(List<Seen> seen, int[] span) {
        List<LocalDate> context = new ArrayList<>();
        LocalDate header = null;
        int order = 0;
        for (Seen s : seen) {
            if (s.dayFirst() != null) {
                order += s.dayFirst() ? 1 : -1;
            }
            if (s.alternative() == null) {
                context.add(s.date());
                if (s.line() < span[0] && (s.origin().equals(HEADER) || s.origin().equals(UNDER_TITLE))
                        && (header == null || s.date().isAfter(header))) {
                    header = s.date();
                }
            }
        }
        List<Seen> out = new ArrayList<>();
        for (Seen s : seen) {
            out.add(s.alternative() == null ? s : resolve(s, context, header, order));
        }
        return out;
    }

    private static Seen resolve(Seen s, List<LocalDate> context, LocalDate header, int order) {
        List<LocalDate> options = new ArrayList<>();
        for (LocalDate d : List.of(s.date(), s.alternative())) {
            if (header == null || !d.isAfter(header)) {
                options.add(d);
            }
        }
        if (options.size() == 1) {
            return s.resolved(options.get(0), s.conf());
        }
        if (order != 0) {
            return s.resolved(order > 0 ? s.date() : s.alternative(), s.conf());
        }
        long first = distance(s.date(), context);
        long second = distance(s.alternative(), context);
        if (first == second) {
            return s.resolved(s.date(), Math.max(0, s.conf() - AMBIGUOUS));
        }
        return s.resolved(first < second ? s.date() : s.alternative(), s.conf());
    }

    /** Days to the nearest of the context dates (all equal when there are none). */
    private static long distance(LocalDate d, List<LocalDate> context) {
        long best = Long.MAX_VALUE;
        for (LocalDate c : context) {
            best = Math.min(best, Math.abs(ChronoUnit.DAYS.between(d, c)));
        }
        return best;
    }
}
