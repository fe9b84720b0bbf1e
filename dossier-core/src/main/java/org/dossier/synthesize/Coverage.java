package org.dossier.synthesize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Article;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Claim;
import org.dossier.model.StoryDossier.TimelineEntry;

/**
 * Per outlet, which facts it reported and whether it is an independent source (some article neither a duplicate
 * nor derived). Fact ids are "timeline:N", "claim:N" and "quote:N", where N is the 0-based index of the fact in
 * the dossier's {@code timeline}, {@code claims} and {@code quotes} lists as serialised (so "quote:0" is the
 * first quote). A quote counts for every outlet whose article carries it, not only the one it is cited from.
 */
final class Coverage {
    private Coverage() {}

    static List<StoryDossier.Coverage> build(List<AnnotatedArticle> articles, List<TimelineEntry> timeline,
                                             List<Claim> claims, List<Quotes.Carried> quotes) {
        Map<String, String> outletOf = new LinkedHashMap<>();
        Map<String, List<String>> articlesOf = new LinkedHashMap<>();
        Map<String, Boolean> independent = new LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            String outlet = outlet(a.article());
            outletOf.put(a.id(), outlet);
            articlesOf.computeIfAbsent(outlet, k -> new ArrayList<>()).add(a.id());
            boolean own = blank(a.article().duplicateOf()) && blank(a.article().derivedFrom());
            independent.merge(outlet, own, Boolean::logicalOr);
        }
        Map<String, List<String>> facts = new LinkedHashMap<>();
        articlesOf.keySet().forEach(o -> facts.put(o, new ArrayList<>()));
        for (int i = 0; i < timeline.size(); i++) {
            for (String id : timeline.get(i).articles()) {
                add(facts, outletOf.get(id), "timeline:" + i);
            }
        }
        for (int i = 0; i < claims.size(); i++) {
            add(facts, outletOf.get(claims.get(i).article()), "claim:" + i);
        }
        for (int i = 0; i < quotes.size(); i++) {
            for (String id : quotes.get(i).articles()) {
                add(facts, outletOf.get(id), "quote:" + i);
            }
        }
        List<StoryDossier.Coverage> out = new ArrayList<>();
        articlesOf.forEach((o, ids) -> out.add(new StoryDossier.Coverage(o, List.copyOf(facts.get(o)),
                List.copyOf(ids), independent.get(o))));
        return out;
    }

    private static void add(Map<String, List<String>> facts, String outlet, String fact) {
        if (outlet != null && !facts.get(outlet).contains(fact)) {
            facts.get(outlet).add(fact);
        }
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
