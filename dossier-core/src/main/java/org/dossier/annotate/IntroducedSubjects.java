package org.dossier.annotate;

import java.util.Set;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * Read on English tags, a person brought in as the subject of a sentence without a reporting verb, after the last
 * quote or reporting clause: "Not everyone was celebrating. Maya Okoro, 17, missed her offer by a grade. / "…," she
 * said." and "His mother, Folake, had taken the day off. "…," she laughed." are said by the newcomer, not by the one
 * quoted last. Used by {@link SpeakerContext#recentSubject} before its other readings.
 */
final class IntroducedSubjects {
    /** The most words of an apposition after the name ("Maya Okoro, 17, …", "Tom Reyes, a welder, …"). */
    private static final int APPOSITION = 6;
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    private IntroducedSubjects() {}

    /**
     * The person of {@code gender} that opens the latest sentence before {@code pos}, in its paragraph or the one
     * before, after any quote or reporting verb there (a sentence opening with the name, or with a possessed noun
     * and a comma before it: "His mother, Folake,"; the name, or it and an apposition between commas, followed by a
     * finite verb); null when none.
     */
    static EntityMention latest(SpeakerContext c, int pos, String gender) {
        if (!c.rules.lemmas || gender == null) {
            return null;
        }
        int para = c.doc.paragraphAt(pos);
        int windowStart = c.doc.paragraphs().get(Math.max(0, para - 1))[0];
        int from = pos; // the quote's opening mark is no earlier quote
        for (QuoteSpan q : c.allQuoted) {
            from = q.outerStart() <= pos && pos <= q.outerEnd() ? Math.min(from, q.outerStart()) : from;
        }
        for (int j = c.firstTokAt(from) - 1; j >= 0 && c.toks.get(j).begin() >= windowStart; j--) {
            if (c.quoted[j] || c.rules.isReportingVerb(c.toks.get(j))) {
                return null;
            }
            if (j > 0 && c.toks.get(j - 1).sentence() == c.toks.get(j).sentence()) {
                continue;
            }
            EntityMention e = opener(c, j);
            if (e != null && c.fits(c.names.fullName(e), gender)) {
                return e;
            }
        }
        return null;
    }

    /** The person the sentence opening at token {@code i} has for subject, as {@link #latest} reads it; else null. */
    private static EntityMention opener(SpeakerContext c, int i) {
        int k = i;
        if ("PRP$".equals(c.toks.get(k).pos())) { // "His mother, Folake, …"
            k++;
            while (k < c.toks.size() && k - i <= 3 && c.toks.get(k).pos() != null
                    && c.toks.get(k).pos().startsWith("NN") && !c.toks.get(k).pos().startsWith("NNP")) {
                k++;
            }
            if (k == i + 1 || k >= c.toks.size() || !c.toks.get(k).word().equals(",")) {
                return null;
            }
            k++;
        }
        if (k >= c.toks.size()) {
            return null;
        }
        EntityMention e = c.doc.entityAt(c.toks.get(k).begin());
        if (e == null || !EntityType.PERSON.is(e.type()) || e.start() != c.toks.get(k).begin()) {
            return null;
        }
        int sentence = c.toks.get(i).sentence();
        int after = k;
        while (after < c.toks.size() && c.toks.get(after).end() <= e.end()) {
            after++;
        }
        if (k > i && after < c.toks.size() && c.toks.get(after).word().equals(",")) {
            after++; // "His mother, Folake, had …": the comma closes the name
        } else if (after < c.toks.size() && c.toks.get(after).word().equals(",")) {
            int close = after + 1;
            while (close < c.toks.size() && close - after <= APPOSITION && !c.toks.get(close).word().equals(",")
                    && c.toks.get(close).sentence() == sentence && !c.toks.get(close).isVerb()) {
                close++;
            }
            if (close >= c.toks.size() || !c.toks.get(close).word().equals(",") || close == after + 1) {
                return null;
            }
            after = close + 1;
        }
        return after < c.toks.size() && c.toks.get(after).sentence() == sentence && !c.quoted[after]
                && FINITE.contains(c.toks.get(after).pos()) ? e : null;
    }
}
