package org.dossier.synthesize.claims;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A quantity read from text: value and bounds, unit group, subject phrase, key words of the words before the
 * noun (modifiers) and of the phrase after it (context), key words of the sentence around it (window), and its
 * character range [start, end). {@code bound} is "exact", "approx", "max", "min", "range" (a stated range) or
 * "vague" ({@code written} then holds the words as written, "tens of thousands"; its low and high are only an
 * order of magnitude for grouping, never a figure anyone reported). {@code owner} is whose the figure is when the
 * sentence says it ("Civic Union", "turnout"; {@link OwnerStage}), else null. {@code terms} is "asked", "offered",
 * "agreed", "estimate", "market" or null (the terms a clause states the figure on: a side's, a forecast's, the
 * market's; {@link TermsStage}), {@code rate} the span a rate is per ("day") or
 * null. {@code act} is what the verb governing the figure says it measures ("carried", "leaked"; {@link ActStage})
 * or null, {@code source} whose statement the figure's own words make it ("the coast guard's estimate of 120
 * tonnes"; {@link FigureSourceStage}) or null; {@code restates} the article offset of the figure before it in its
 * sentence that it gives another value of ("9,500 people ..., a figure the sheriff's office put at 8,000"), or -1.
 */
public record Quantity(double value, Double low, Double high, String bound, String unit, String subject,
                Set<String> modifiers, Set<String> context, Set<String> window, int start, int end,
                String written, String owner, String terms, String rate, String act, String source, int restates) {

    /** Whether the amount is vague ("tens of thousands", "dozens"): shown as written, never compared as a figure. */
    public boolean vague() {
        return "vague".equals(bound);
    }

    /** The owner as compared: lower case, or "" when none. */
    String ownerKey() {
        return owner == null ? "" : owner.toLowerCase(Locale.ROOT);
    }

    /** All subject key words. */
    Set<String> keywords() {
        Set<String> all = new LinkedHashSet<>(modifiers);
        all.addAll(context);
        return all;
    }

    /** The middle of the admitted interval, for comparing magnitudes. */
    double middle() {
        double[] i = interval();
        return (i[0] + i[1]) / 2;
    }

    /** A short label of the value as reported ("about 100,000", "up to 90,000", "180–250", "tens of thousands"). */
    public String label() {
        if (vague()) {
            return written.toLowerCase(java.util.Locale.ROOT);
        }
        if (low != null && high != null) {
            return format(low) + "\u2013" + format(high);
        }
        String n = format(value);
        return switch (bound) {
            case "approx" -> "about " + n;
            case "max" -> "up to " + n;
            case "min" -> "at least " + n;
            default -> n;
        };
    }

    /** The interval of values this report admits, used to decide whether two reports disagree. */
    double[] interval() {
        if (low != null && high != null) {
            return new double[] {low, high};
        }
        return switch (bound) {
            case "max" -> new double[] {value * 0.5, value};
            case "min" -> new double[] {value, value * 2};
            case "approx" -> new double[] {value * 0.95, value * 1.05};
            default -> new double[] {value, value};
        };
    }

    static String format(double v) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }
}
