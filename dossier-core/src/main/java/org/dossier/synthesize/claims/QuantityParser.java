package org.dossier.synthesize.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds counted quantities in a sentence ("about 100,000 troops near the border", "up to 90,000 troops",
 * "tens of thousands of soldiers", "eight hours of talks") using the number, qualifier and unit tables. At each
 * token a quantity is read through the {@link #STAGES}, in order; a quantity found, reading goes on after it.
 */
final class QuantityParser {
    /** The chain a quantity is read through: each stage reads on from what the ones before it found. */
    private static final List<QuantityStage> STAGES = List.of(
            new QualifierStage(), // "about", "up to"; a currency sign
            new ValueStage(),     // the number, a vague quantity, or "between X and Y"
            new UnitStage(),      // the counted noun, currency or "%", and its unit group
            new SubjectStage(),   // modifiers, a sum's noun, the phrase after: the subject and its key words
            new OwnerStage(),     // whose the figure is: "the Civic Union won ... 58 seats", "Turnout was 61.2 percent"
            new ActStage(),       // what the governing verb says it measures: "carrying", "had leaked"
            new FigureSourceStage(), // whose figure its words say: "the coast guard's estimate of", "X put the leak at"
            new WindowStage(),    // key words of the sentence around
            new TermsStage());    // asked, offered or agreed; a rate ("a day")

    private QuantityParser() {}

    /** The quantities in {@code text}, whose first character is at {@code offset} in the article. */
    static List<Quantity> parse(String text, int offset) {
        return parse(text, offset, List.of());
    }

    /**
     * As {@link #parse(String, int)}, with article ranges (time expressions) that a subject phrase must not
     * run into.
     */
    static List<Quantity> parse(String text, int offset, List<int[]> barriers) {
        QuantityTokens tokens = new QuantityTokens(text, offset, barriers);
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Quantity q = at(tokens, i, out.isEmpty() ? null : out.get(out.size() - 1));
            if (q != null) {
                out.add(q);
                while (i + 1 < tokens.size() && tokens.start(i + 1) < q.end()) {
                    i++;
                }
            }
        }
        return out;
    }

    /** The quantity whose text starts at token i ({@code previous}: the one read before it, or null), or null. */
    private static Quantity at(QuantityTokens tokens, int i, Quantity previous) {
        QuantityReading reading = new QuantityReading(i);
        reading.previous = previous;
        for (QuantityStage stage : STAGES) {
            if (!stage.read(tokens, reading)) {
                return null;
            }
        }
        return reading.toQuantity(tokens);
    }
}
