package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.extract.ExtractionException;
import org.dossier.extract.credits.ContributionCredits;
import org.dossier.extract.credits.CreditFinder;
import org.dossier.extract.credits.DistinctCredits;
import org.dossier.extract.lines.ChromeLines;
import org.dossier.extract.lines.LineShape;
import org.dossier.extract.lines.TextForms;
import org.dossier.model.Credit;
import org.dossier.model.PageDate;

/**
 * Extracts the article from scraped plain text: finds the main dense run of prose lines, the headline
 * before it, and drops chrome lines by their shape (teasers, inserts, captions, hashtags, forms, credits) and the
 * site's calls to its reader (newsletter, paywall and follow lines, {@link ChromeLines}).
 */
public final class PlainTextExtractor {
    /** What the text page yielded. */
    public record Result(String title, List<String> paragraphs, List<Credit> credits, List<PageDate> dates,
                         List<String> authors) {}

    private static final int MAX_SUBHEAD_WORDS = 8;
    /** Longest text page read, in chars; the rest of a larger page is ignored. */
    static final int MAX_TEXT = 1_000_000;
    /** Words this long or longer carry topic (shorter ones are mostly function words in Latin scripts). */
    private static final int MIN_CONTENT_WORD = 5;
    /** A credit line closes the article: crossing one costs as much as a long paragraph adds. */
    private static final double CREDIT_PENALTY = 20;
    private final CreditFinder credits = CreditFinder.get();

    public Result extract(String content) throws ExtractionException {
        List<String> lines = lines(content.length() > MAX_TEXT ? content.substring(0, MAX_TEXT) : content);
        int[] span = denseSpan(lines);
        if (span == null) {
            throw new ExtractionException("no prose found in text page");
        }
        int titleIdx = TextTitle.find(lines, span[0]);
        String title = titleIdx < 0 ? null : TextTitle.clean(lines.get(titleIdx), lines);
        List<Credit> found = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        for (String l : lines) {
            found.addAll(credits.creditLine(l));
            authors.addAll(credits.byline(l));
        }
        List<String> body = body(lines, Math.max(span[0], titleIdx + 1), span[1], title);
        body = withoutClosingSlug(body, found);
        for (int i = span[1] + 1; i < Math.min(lines.size(), span[1] + 1 + CreditFinder.CLOSING_LINES); i++) {
            found.addAll(credits.closingSlug(lines.get(i)));
            found.addAll(ContributionCredits.get().find(lines.get(i)));
        }
        for (String p : body) {
            found.addAll(credits.inText(p));
            found.addAll(ContributionCredits.get().find(p));
        }
        if (body.isEmpty()) {
            throw new ExtractionException("no body paragraphs in text page");
        }
        found.addAll(credits.dateline(body.get(0)));
        return new Result(title, body, DistinctCredits.of(found), TextPageDates.find(lines, titleIdx, span),
                authors);
    }

    /** The body without agency slug lines among its last lines; their agencies go to {@code found}. */
    private List<String> withoutClosingSlug(List<String> body, List<Credit> found) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            List<Credit> slug = i >= body.size() - CreditFinder.CLOSING_LINES ? credits.closingSlug(body.get(i))
                    : List.of();
            if (slug.isEmpty()) {
                out.add(body.get(i));
            } else {
                found.addAll(slug);
            }
        }
        return out;
    }

    static List<String> lines(String content) {
        List<String> out = new ArrayList<>();
        for (String l : content.split("\\R")) {
            String s = TextForms.normalize(l);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The run of lines with the most prose, shorter non-prose lines costing a little (max-sum subarray). */
    static int[] denseSpan(List<String> lines) {
        double best = 0;
        double cur = 0;
        int start = 0;
        int[] span = null;
        for (int i = 0; i < lines.size(); i++) {
            double w = weight(lines.get(i));
            if (cur <= 0) {
                cur = 0;
                start = i;
            }
            cur += w;
            if (cur > best) {
                best = cur;
                span = new int[] {start, i};
            }
        }
        return span;
    }

    private static double weight(String l) {
        int words = LineShape.words(l);
        if (!CreditFinder.get().creditLine(l).isEmpty()) {
            return -CREDIT_PENALTY;
        }
        if (ProseLines.prose(l)) {
            return words;
        }
        if (LineShape.truncated(l)) {
            return -Math.max(6, words);
        }
        return words <= MAX_SUBHEAD_WORDS ? -3 : -words * 0.5;
    }

    private List<String> body(List<String> lines, int from, int to, String title) {
        String normTitle = title == null ? "" : TextForms.simplify(title);
        Map<String, Integer> vocabulary = lineCounts(lines, from, to);
        List<String> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            String l = lines.get(i);
            if (isBody(lines, i, from, to, normTitle, vocabulary)) {
                out.add(l);
            }
        }
        return out;
    }

    private boolean isBody(List<String> lines, int i, int from, int to, String normTitle, Map<String, Integer> vocab) {
        String l = lines.get(i);
        String simple = TextForms.simplify(l);
        if (LineShape.hashtags(l) || !credits.creditLine(l).isEmpty() || LineShape.dateOnly(l)
                || ChromeLines.get().isAside(l)) {
            return false;
        }
        if (!normTitle.isEmpty() && (simple.equals(normTitle) || simple.endsWith(normTitle))) {
            return false;
        }
        int words = LineShape.words(l);
        if (ProseLines.prose(l)) {
            return words >= 25 || ProseLines.opensWithQuote(l) || overlap(l, vocab);
        }
        if (words > MAX_SUBHEAD_WORDS || LineShape.truncated(l) || l.contains(":") && words <= 5) {
            return false;
        }
        return i > from && i < to && ProseLines.prose(lines.get(i + 1)) && prosePrecedes(lines, i, from);
    }

    /** The line before is prose, or an inserted long line that itself follows prose. */
    private static boolean prosePrecedes(List<String> lines, int i, int from) {
        String prev = lines.get(i - 1);
        if (ProseLines.prose(prev)) {
            return true;
        }
        return i - 2 >= from && LineShape.words(prev) > MAX_SUBHEAD_WORDS && ProseLines.prose(lines.get(i - 2));
    }

    /** Whether a short prose line shares any content word with the rest of the article (inserted headlines of
     * unrelated stories share none). */
    private static boolean overlap(String l, Map<String, Integer> vocab) {
        Set<String> own = new HashSet<>(contentWords(l));
        if (own.size() < 5) {
            return true;
        }
        int shared = 0;
        for (String w : own) {
            // the line itself accounts for one of the lines counted
            if (vocab.getOrDefault(w, 0) >= 2) {
                shared++;
            }
        }
        return shared > 0;
    }

    /** For each content word, the number of lines of the span that contain it. */
    private static Map<String, Integer> lineCounts(List<String> lines, int from, int to) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = from; i <= to; i++) {
            for (String w : new HashSet<>(contentWords(lines.get(i)))) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        return counts;
    }

    static List<String> contentWords(String l) {
        List<String> out = new ArrayList<>();
        for (String w : l.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= MIN_CONTENT_WORD) {
                out.add(w);
            }
        }
        return out;
    }
}
