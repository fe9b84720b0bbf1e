package org.dossier.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.text.TextDate.Form;
import org.dossier.text.TextDate.Order;
import org.dossier.text.TextDate.Precision;

/**
 * The one reader of calendar dates written in text: ISO dates, day-month-year and month-day-year with a month
 * word in any language of {@link CalendarNames}, numeric dates (day-first, month-first, or either with both
 * readings) and month-years, each with its span and precision. What it accepts is given by its {@link DateForms};
 * build one per set of forms and share it (safe from several threads).
 */
public final class TextDates {
    /** The forms in the order a tie of positions is broken (no two forms can start at one place). */
    private static final Form[] ORDER = {Form.ISO, Form.MONTH_DAY_YEAR, Form.DAY_MONTH_YEAR, Form.NUMERIC,
            Form.MONTH_YEAR};
    private static final Comparator<TextDate> BY_START = Comparator.comparingInt(TextDate::start);

    private final DateForms forms;
    private final Pattern[] patterns = new Pattern[ORDER.length];
    /** Every form needs a run of this many digits (the year): a text without one is not read. */
    private final int digitRun;

    /** A reader of the given forms. */
    public TextDates(DateForms forms) {
        this.forms = forms;
        String ordinal = forms.ordinalDay() ? ordinal() : "";
        String joiner = forms.joiners() ? "(?:" + CalendarNames.alternation(CalendarNames.joiners()) + "\\s+)?" : "";
        String month = forms.months().pattern();
        String year = "(" + forms.year() + ")\\b";
        patterns[0] = Pattern.compile((forms.isoDigitEdges() ? "(?<!\\d)" : "\\b") + "(" + forms.year()
                + ")-(\\d\\d)-(\\d\\d)" + (forms.isoDigitEdges() ? "(?!\\d)" : ""));
        patterns[1] = Pattern.compile("\\b" + month + "\\.?\\s+(\\d{1,2})" + ordinal()
                + (forms.spaceBeforeComma() ? "\\s*" : "") + ",?\\s+" + year);
        patterns[2] = Pattern.compile("\\b(\\d{1,2})" + ordinal + (forms.dotAfterDay() ? "\\.?" : "") + "\\s+" + joiner
                + month + "\\.?" + (forms.commaAfterMonth() ? ",?" : "") + "\\s+" + joiner + year);
        patterns[3] = switch (forms.numeric()) {
            case NONE -> null;
            case SETTLED_SPACED -> Pattern.compile("\\b(\\d{1,2})\\s*([/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4}|\\d{2})\\b");
            // "24.05.2024", "05/24/2024", "24-05-2024" (Dutch, Italian, Portuguese pages)
            case ANY_ORDER -> Pattern.compile("(?<![\\d.-])(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})(?![\\d])");
        };
        patterns[4] = forms.monthYear() ? Pattern.compile("\\b" + month + "\\.?\\s+" + joiner + year) : null;
        digitRun = forms.numeric() == DateForms.Numeric.SETTLED_SPACED ? 2 : 4;
    }

    /** Every date in the text, in text order (a month-year inside a full date is not one). */
    public List<TextDate> all(String text) {
        List<TextDate> out = new ArrayList<>();
        if (!hasDigitRun(text)) {
            return out;
        }
        for (int f = 0; f < ORDER.length; f++) {
            if (patterns[f] != null) {
                Matcher m = patterns[f].matcher(text);
                while (m.find()) {
                    TextDate d = read(ORDER[f], m, text);
                    if (d != null && (d.precision() == Precision.DAY || !inside(d, out))) {
                        out.add(d);
                    }
                }
            }
        }
        out.sort(BY_START);
        return out;
    }

    /** The earliest date in the text, or null. */
    public TextDate first(String text) {
        if (!hasDigitRun(text)) {
            return null;
        }
        if (forms.monthYear()) {
            List<TextDate> all = all(text);
            return all.isEmpty() ? null : all.get(0);
        }
        TextDate best = null;
        for (int f = 0; f < ORDER.length; f++) {
            if (patterns[f] != null) {
                Matcher m = patterns[f].matcher(text);
                while (m.find() && (best == null || m.start() < best.start())) {
                    TextDate d = read(ORDER[f], m, text);
                    if (d != null) {
                        best = d;
                        break;
                    }
                }
            }
        }
        return best;
    }

    private TextDate read(Form form, Matcher m, String text) {
        return switch (form) {
            case ISO -> named(form, m, num(m, 1), num(m, 2), num(m, 3));
            case MONTH_DAY_YEAR -> named(form, m, num(m, 3), month(m, 1, text), num(m, 2));
            case DAY_MONTH_YEAR -> named(form, m, num(m, 3), month(m, 2, text), num(m, 1));
            case NUMERIC -> forms.numeric() == DateForms.Numeric.SETTLED_SPACED
                    ? numeric(m, num(m, 1), num(m, 3), m.group(4).length() == 2 ? 2000 + num(m, 4) : num(m, 4))
                    : numeric(m, num(m, 1), num(m, 2), num(m, 3));
            case MONTH_YEAR -> {
                LocalDate d = date(num(m, 2), month(m, 1, text), 1);
                yield d == null ? null : new TextDate(m.start(), m.end(), form, Precision.MONTH, d, Order.NAMED, null);
            }
        };
    }

    private TextDate named(Form form, Matcher m, int y, int month, int day) {
        LocalDate d = date(y, month, day);
        return d == null ? null : new TextDate(m.start(), m.end(), form, Precision.DAY, d, Order.NAMED, null);
    }

    /** Numbers {@code a} and {@code b} of a numeric date: day-first unless only month-first can be. */
    private TextDate numeric(Matcher m, int a, int b, int y) {
        LocalDate d;
        LocalDate alternative = null;
        Order order;
        if (b > 12 && a <= 12) {
            d = date(y, a, b);
            order = Order.MONTH_FIRST;
        } else if (a <= 12 && b <= 12 && a != b && date(y, b, a) != null) {
            if (forms.numeric() != DateForms.Numeric.ANY_ORDER) {
                return null;
            }
            d = date(y, b, a);
            alternative = date(y, a, b);
            order = Order.AMBIGUOUS;
        } else {
            d = date(y, b, a);
            order = a > 12 ? Order.DAY_FIRST : Order.SAME;
        }
        return d == null ? null : new TextDate(m.start(), m.end(), Form.NUMERIC, Precision.DAY, d, order, alternative);
    }

    private int month(Matcher m, int group, String text) {
        return forms.months().month(text, m.start(group), m.end(group));
    }

    private LocalDate date(int y, int month, int day) {
        if (y < forms.minYear() || y > forms.maxYear() || month < 1 || month > 12 || day < 1) {
            return null;
        }
        try {
            return LocalDate.of(y, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean inside(TextDate d, List<TextDate> found) {
        for (TextDate f : found) {
            if (f.precision() == Precision.DAY && f.start() <= d.start() && d.end() <= f.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean hasDigitRun(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run >= digitRun) {
                return true;
            }
        }
        return false;
    }

    private static String ordinal() {
        return CalendarNames.alternation(CalendarNames.ordinalSuffixes()) + "?";
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
