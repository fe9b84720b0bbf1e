package org.dossier.synthesize.claims;

import java.util.List;
import java.util.Set;

/**
 * What the {@link QuantityStage}s have read of one quantity so far, filled in stage by stage from the token it
 * starts at; {@link #toQuantity()} makes the result once every stage has read. Token positions are indexes into
 * the {@link QuantityTokens}.
 */
final class QuantityReading {
    /** The token the reading starts at (a qualifier, a currency sign or the number). */
    final int first;

    // QualifierStage
    /** "exact", or what a qualifier makes of the value: "approx", "max", "min". */
    String bound = "exact";
    /** The currency sign before the number, or null. */
    String currency;
    /** The token the value starts at. */
    int valueStart;

    // ValueStage
    /** The number read, or null when the value is a range. */
    Double value;
    /** The range {low, high} of a vague quantity or a stated range, or null. */
    double[] range;
    /** The words of a vague quantity as written ("tens of thousands"), or null. */
    String vague;
    /** The token after the value (and after the "of" a range takes: "tens of thousands of soldiers"). */
    int valueEnd;

    // UnitStage
    /** The word (or sign) read as the unit: the counted noun, the currency sign or "%". */
    String unitWord;
    /** The unit group of the unit word. */
    String unit;
    /** The words read after the value as a noun phrase (empty for a currency, "%" or a noun before the number). */
    List<String> run = List.of();
    /** The place of the unit word in {@link #run}, or -1. */
    int unitIndex = -1;
    /** The first token of the quantity's text: {@link #first}, or the counted noun when it stands before. */
    int startTok;
    /** The last token of the counted noun phrase. */
    int last;

    // SubjectStage
    String subject;
    Set<String> modifierKeys;
    Set<String> contextKeys;
    /** The last token of the quantity's text. */
    int endTok;

    // OwnerStage
    /** The quantity read before this one in the sentence, or null. */
    Quantity previous;
    /** Whose the figure is, or null. */
    String owner;

    // ActStage
    /** What the verb governing the figure says it measures ("carried", "leaked"), or null. */
    String act;

    // FigureSourceStage
    /** Whose statement the figure's own words make it ("the coast guard's estimate of"), or null. */
    String source;
    /** The article offset of the figure before it in the sentence that this one restates ("a figure X put at"), or -1. */
    int restates = -1;

    // WindowStage
    Set<String> window;

    // TermsStage
    /** "asked", "offered", "agreed", "estimate", "market" or null: the terms the figure's clause states it on. */
    String terms;
    /** The span a rate is per ("day", "year") or null for a figure that is no rate. */
    String rate;

    QuantityReading(int first) {
        this.first = first;
        this.valueStart = first;
        this.startTok = first;
    }

    /** The quantity read, with its character range in the article. */
    Quantity toQuantity(QuantityTokens tokens) {
        Double low = range != null ? Double.valueOf(range[0]) : "min".equals(bound) ? value : null;
        Double high = range != null ? Double.valueOf(range[1]) : "max".equals(bound) ? value : null;
        double v = range == null ? value : Math.round((range[0] + range[1]) / 2);
        String kind = vague != null ? "vague" : range == null ? bound : "range";
        return new Quantity(v, low, high, kind, unit, subject, modifierKeys, contextKeys,
                window, tokens.start(startTok), tokens.end(endTok), vague, owner, terms, rate, act, source, restates);
    }
}
