package org.dossier.synthesize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Article;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Claim;
import org.dossier.model.StoryDossier.Fact;
import org.dossier.model.StoryDossier.Position;
import org.dossier.model.StoryDossier.TimelineEntry;

/**
 * The story's facts and, per outlet, which of them it reported and whether it is an independent source. Fact ids
 * are "timeline:N", "claim:N", "quote:N" and "position:N", where N is the 0-based index of the fact in the
 * dossier's {@code timeline}, {@code claims}, {@code quotes} and {@code positions} lists as serialised (so
 * "quote:0" is the first quote). A quote counts for every outlet whose article carries it, not only the one it is
 * cited from. Each fact has a short label and its independent sources ({@link Sources}): one outlet, a copy and
 * its original, and articles crediting the same agency count once; a fact with one such source is marked single.
 * An outlet is independent when one of its articles is (not a copy, repost, machine translation or one agency's
 * copy carried by others). A quote's fact is grouped under its speaker and a position's under its actor, so that a
 * matrix can show the events and numbers first and each speaker's quotes and each actor's positions as one row.
 */
final class Coverage {
    private static final int LABEL = 72;

    private Coverage() {}

    /** The fact table and the per-outlet coverage, consistent with it. */
    record Table(List<Fact> facts, List<StoryDossier.Coverage> coverage, Set<String> independentArticles) {}

    /**
     * The fact table and the per-outlet coverage; {@code claimCarriers} lists, per claim, the articles carrying it
     * (a copy's beside its original's, {@link ClaimCopies}).
     */
    static Table table(List<AnnotatedArticle> articles, List<TimelineEntry> timeline, List<Claim> claims,
                       List<List<String>> claimCarriers, List<Quotes.Carried> quotes, List<Position> positions) {
        Map<String, String> outletOf = new LinkedHashMap<>();
        Map<String, List<String>> articlesOf = new LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            String outlet = outlet(a.article());
            outletOf.put(a.id(), outlet);
            articlesOf.computeIfAbsent(outlet, k -> new ArrayList<>()).add(a.id());
        }
        Map<String, List<String>> carriers = new LinkedHashMap<>();
        Map<String, String[]> labels = new LinkedHashMap<>();
        Map<String, String> groups = new LinkedHashMap<>();
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry t = timeline.get(i);
            put(carriers, labels, "timeline:" + i, "timeline", when(t) + " " + t.summary(), t.articles());
        }
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            String date = c.date() == null ? "" : " (" + when(c) + ")";
            put(carriers, labels, "claim:" + i, "claim", shorten(c.text(), LABEL - date.length()) + date,
                    claimCarriers.get(i));
        }
        for (int i = 0; i < quotes.size(); i++) {
            StoryDossier.Quote q = quotes.get(i).quote();
            String who = q.speaker() != null ? q.speaker() : q.speakerDescription() != null ? q.speakerDescription() : "unattributed";
            put(carriers, labels, "quote:" + i, "quote", who + ": \u201c" + q.text().strip() + "\u201d", quotes.get(i).articles());
            groups.put("quote:" + i, who);
        }
        for (int i = 0; i < positions.size(); i++) {
            Position p = positions.get(i);
            put(carriers, labels, "position:" + i, "position",
                    p.actor() + " " + p.stance().replace('_', ' ') + ": " + p.proposition(), p.articles());
            groups.put("position:" + i, p.actor());
        }
        Sources sources = new Sources(articles);
        List<Fact> facts = new ArrayList<>();
        Map<String, List<String>> factsOf = new LinkedHashMap<>();
        articlesOf.keySet().forEach(o -> factsOf.put(o, new ArrayList<>()));
        carriers.forEach((id, ids) -> {
            Set<String> outlets = new LinkedHashSet<>();
            ids.stream().map(outletOf::get).filter(o -> o != null).forEach(o -> {
                outlets.add(o);
                if (!factsOf.get(o).contains(id)) {
                    factsOf.get(o).add(id);
                }
            });
            int independent = sources.count(ids);
            String[] kl = labels.get(id);
            facts.add(new Fact(id, kl[0], kl[1], List.copyOf(ids), List.copyOf(outlets), independent, independent <= 1,
                    groups.get(id)));
        });
        List<StoryDossier.Coverage> out = new ArrayList<>();
        Set<String> own = new LinkedHashSet<>();
        articlesOf.forEach((o, ids) -> {
            Set<String> reasons = new LinkedHashSet<>();
            boolean independent = false;
            for (String id : ids) {
                String why = sources.dependence(id, carriers);
                independent |= why == null;
                if (why == null) {
                    own.add(id);
                }
                if (why != null) {
                    reasons.add(why);
                }
            }
            out.add(new StoryDossier.Coverage(o, List.copyOf(factsOf.get(o)), List.copyOf(ids), independent,
                    independent ? null : String.join("; ", reasons)));
        });
        return new Table(List.copyOf(facts), out, Set.copyOf(own));
    }

    private static void put(Map<String, List<String>> carriers, Map<String, String[]> labels, String id, String kind,
                            String label, List<String> articles) {
        carriers.put(id, articles.stream().distinct().toList());
        labels.put(id, new String[] {kind, kind.equals("claim") ? label : shorten(label)});
    }

    /** A label cut to about {@value #LABEL} characters at a word boundary, with an ellipsis when cut. */
    static String shorten(String label) {
        return shorten(label, LABEL);
    }

    /** A label cut to about {@code max} characters at a word boundary, with an ellipsis when cut. */
    static String shorten(String label, int max) {
        String t = label.replaceAll("\\s+", " ").strip();
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max);
        String head = t.substring(0, cut > max / 2 ? cut : max).replaceAll("[\\s,;:.\u2013\u2014-]+$", "");
        return head + "\u2026" + (count(head, '\u201c') > count(head, '\u201d') ? "\u201d" : "");
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    /**
     * A timeline entry's date as precisely as it is known, as the timeline shows it: a month, a year, the week of a
     * day, "before" a bound, "~" for an estimate (a fact label never says a day the evidence does not give).
     */
    static String when(TimelineEntry t) {
        return t.date() == null ? "undated" : t.dateAsShown();
    }

    /** A claim's date as the numbers list shows it: "before" a bound, "~" for an estimate. */
    static String when(Claim c) {
        return c.date() == null ? "undated" : c.dateAsShown();
    }

    /** The outlet name, or "unknown outlet (FILE)" naming the source file when the page does not say. */
    static String outlet(Article a) {
        if (!blank(a.outlet())) {
            return a.outlet();
        }
        if (!blank(a.source())) {
            return "unknown outlet (" + fileName(a.source()) + ")";
        }
        return a.id();
    }

    /** The last segment of a path whose parts '/' or a backslash separate (trailing ones ignored), else the path. */
    static String fileName(String path) {
        int end = path.length();
        while (end > 0 && isSeparator(path.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !isSeparator(path.charAt(start - 1))) {
            start--;
        }
        return start == end ? path : path.substring(start, end);
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '\\';
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
