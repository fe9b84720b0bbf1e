package org.dossier.extract.html;

import java.util.List;
import org.dossier.extract.credits.AuthorNames;
import org.dossier.extract.credits.CreditFinder;
import org.dossier.extract.dates.RelativeDates;
import org.dossier.extract.dates.DateParsing;
import org.dossier.extract.lines.LineShape;

/**
 * The byline and date lines a page sets at the top of its article container, as paragraphs of their own ("Von Max
 * Mustermann", "Publié le 10 janvier 2022 à 14h30", "March 4, 2021", "vor 2 Stunden", "Redazione ANSA"), where no
 * class names them a byline: they are
 * not body text but evidence of who wrote the article and when, read like the lines before the body.
 */
final class LeadingLines {
    /** At most this many lines at the top of the body are looked at. */
    private static final int MAX_LINES = 3;
    /** A byline element's line is this many words at most (two names and their joiner). */
    private static final int MAX_NAME_LINE_WORDS = 7;

    private LeadingLines() {
    }

    /** How many of the first kept blocks are byline or date lines (0 when all would go: then it is no article). */
    static int count(List<TextBlock> kept) {
        int n = 0;
        while (n < Math.min(MAX_LINES, kept.size() - 1)
                && (isEvidence(kept.get(n).text().strip()) || isBylineElementLine(kept.get(n)))) {
            n++;
        }
        return n;
    }

    /**
     * A short line, not a sentence, in an element whose class names a byline ("Carmen Ruiz" in a "firma"
     * paragraph): who wrote the article, not its text.
     */
    static boolean isBylineElementLine(TextBlock b) {
        String line = b.text().strip();
        return b.owner() != null && !line.isEmpty() && VisibleEvidence.words(line) <= MAX_NAME_LINE_WORDS
                && !LineShape.prose(line) && !line.endsWith(".") && PageIndex.isAuthorElement(b.owner(),
                org.dossier.extract.html.ElementSemantics.attr(b.owner(), "itemprop"));
    }

    /**
     * A short line, not a sentence, that opens as a byline or holds a date; or a longer byline that holds its dates
     * ("Par Jean Dupont, publié le 10 janvier 2022 à 14h05, mis à jour le …").
     */
    static boolean isEvidence(String line) {
        if (!line.isEmpty() && VisibleEvidence.words(line) <= VisibleEvidence.MAX_BYLINE_DATELINE_WORDS
                && !line.endsWith(".") && CreditFinder.get().startsAsByline(line)
                && DateParsing.hasYearLikeNumber(line) && DateParsing.first(line) != null) {
            return true;
        }
        if (line.isEmpty() || VisibleEvidence.words(line) > VisibleEvidence.MAX_DATELINE_WORDS || LineShape.prose(line)) {
            return false;
        }
        if (VisibleEvidence.bylineIn(line) != null || RelativeDates.get().in(line) != null
                || AuthorNames.namesDesk(line)) {
            return true; // a byline, a relative date ("vor 2 Stunden"), a desk credit ("Redazione ANSA")
        }
        if (!DateParsing.hasYearLikeNumber(line) || DateParsing.first(line) == null) {
            return false;
        }
        return true;
    }
}
