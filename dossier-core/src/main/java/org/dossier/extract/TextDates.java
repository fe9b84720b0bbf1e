package org.dossier.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dossier.model.PageDate;

/**
 * Dates seen in a scraped text page, each weighted by where it stands: a timestamp under the headline is
 * strong evidence of publication; a bare page-header date, body mentions, and dates in lists or teasers
 * after the body are weak.
 */
final class TextDates {
    static final double UNDER_TITLE_TIMESTAMP = 0.85;
    static final double UNDER_TITLE_DATE = 0.7;
    static final double PAGE_HEADER = 0.3;
    static final double BODY = 0.25;
    static final double AFTER_BODY = 0.1;
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}");

    private TextDates() {
    }

    static List<PageDate> find(List<String> lines, int titleIdx, int[] span) {
        List<PageDate> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            List<LocalDate> dates = DateParsing.inText(l);
            if (dates.isEmpty()) {
                continue;
            }
            String origin;
            double conf;
            boolean dateOnly = LineShape.dateOnly(l);
            if (titleIdx >= 0 && i > titleIdx && i <= titleIdx + 2 && dateOnly) {
                origin = "text:under-title";
                conf = TIME.matcher(l).find() ? UNDER_TITLE_TIMESTAMP : UNDER_TITLE_DATE;
            } else if (i < Math.max(titleIdx, span[0]) && dateOnly) {
                origin = "text:page-header";
                conf = PAGE_HEADER;
            } else if (i >= span[0] && i <= span[1]) {
                origin = "text:body";
                conf = BODY;
            } else {
                origin = i > span[1] ? "text:after-body" : "text:before-body";
                conf = AFTER_BODY;
            }
            for (LocalDate d : dates) {
                out.add(new PageDate(d, origin, conf));
            }
        }
        return out;
    }
}
