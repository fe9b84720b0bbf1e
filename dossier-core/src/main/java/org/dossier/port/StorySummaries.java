package org.dossier.port;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dossier.model.Article;
import org.dossier.model.Story;

/**
 * Story summaries computed from whole stories and articles: what {@link StoryStore}'s default methods use, and the
 * reference a store's own summary query must agree with (the store's tests compare the two).
 */
public final class StorySummaries {
    private StorySummaries() {}

    /** The summary of one story over its articles. */
    public static StorySummary of(Story s, List<Article> articles) {
        TreeSet<String> outlets = new TreeSet<>();
        TreeSet<String> languages = new TreeSet<>();
        LocalDate first = null;
        LocalDate last = null;
        for (Article a : articles) {
            if (a.outlet() != null && !a.outlet().isBlank()) {
                outlets.add(a.outlet());
            }
            if (a.language() != null && !a.language().isBlank()) {
                languages.add(a.language());
            }
            LocalDate d = a.published();
            if (d != null) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
        }
        return new StorySummary(s.id(), s.title(), s.articleIds().size(), List.copyOf(outlets), List.copyOf(languages),
                first, last);
    }

    /** The query's window over {@code stories} (in the store's order) summarised from {@code articles}. */
    public static StoryList list(List<Story> stories, List<Article> articles, StoryQuery q) {
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        List<StorySummary> matching = new ArrayList<>();
        for (Story s : stories) {
            List<Article> own = s.articleIds().stream().map(byId::get).filter(Objects::nonNull).toList();
            StorySummary sum = of(s, own);
            if (matches(sum, q)) {
                matching.add(sum);
            }
        }
        matching.sort(order(q.sort()));
        int from = Math.min(q.offset(), matching.size());
        return new StoryList(matching.size(), matching.subList(from, Math.min(matching.size(), from + q.limit())));
    }

    private static boolean matches(StorySummary s, StoryQuery q) {
        if ((q.from() != null || q.to() != null) && s.firstDate() == null) {
            return false;
        }
        return (q.from() == null || !s.lastDate().isBefore(q.from()))
                && (q.to() == null || !s.firstDate().isAfter(q.to()))
                && (q.outlet() == null || s.outlets().contains(q.outlet()))
                && (q.language() == null || s.languages().contains(q.language()))
                && (q.storyIds() == null || q.storyIds().contains(s.id()));
    }

    /** The order of a sort; a stable sort keeps the store's order among ties. */
    static Comparator<StorySummary> order(StoryQuery.Sort sort) {
        Comparator<LocalDate> nullsLast = Comparator.nullsLast(Comparator.naturalOrder());
        return switch (sort) {
            case ARTICLES -> Comparator.comparingInt(StorySummary::articleCount).reversed();
            case OUTLETS -> Comparator.comparingInt((StorySummary s) -> s.outlets().size()).reversed();
            case NEWEST -> Comparator.comparing(StorySummary::lastDate, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));
            case OLDEST -> Comparator.comparing(StorySummary::firstDate, nullsLast);
            case TITLE -> Comparator.comparing(s -> s.title() == null ? "" : s.title());
        };
    }

    /** Articles per outlet (or per language), sorted by name; articles without one are left out. */
    public static Map<String, Integer> counts(List<Article> articles, boolean languages) {
        Map<String, Integer> out = new TreeMap<>();
        for (Article a : articles) {
            String v = languages ? a.language() : a.outlet();
            if (v != null && !v.isBlank()) {
                out.merge(v, 1, Integer::sum);
            }
        }
        return out;
    }
}
