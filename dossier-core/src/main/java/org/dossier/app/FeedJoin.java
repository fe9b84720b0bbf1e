package org.dossier.app;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.chain.ProcessedArticle;
import org.dossier.extract.PageExtractor;
import org.dossier.model.Article;
import org.dossier.model.FeedItem;

/**
 * Joins the items of the feeds in one ingest to the pages of the same URL from its other inputs (a WARC record's
 * target URI, a file's canonical link, a JSON line's url), whichever came first: the item's day joins the page's
 * dates as an index's stated date ({@link PageExtractor#withIndexEntry}), its title and author fill what the page
 * does not say. Items without full content whose link is no page of the ingest are listed. Collect the items
 * while the input is read ({@link #add}, safe from any thread), then call {@link #enrich} once.
 */
public final class FeedJoin {
    /** What the join did: pages enriched, and the summary-only items that matched no page ({@code FILE#N LINK}). */
    public record Outcome(List<ProcessedArticle> articles, int enriched, List<String> withoutPage) {}

    private final Map<String, FeedItem> byLink = new LinkedHashMap<>();

    /** Keeps what a feed said of an item (the first item of a link counts). */
    public synchronized void add(FeedItem item) {
        String key = key(item.link());
        if (key != null) {
            byLink.putIfAbsent(key, item);
        }
    }

    /** The articles with what their feed items say, in the same order. */
    public synchronized Outcome enrich(List<ProcessedArticle> articles) {
        List<ProcessedArticle> out = new ArrayList<>(articles.size());
        Set<String> matched = new HashSet<>();
        int enriched = 0;
        for (ProcessedArticle p : articles) {
            Article a = p.article();
            String key = key(a.url());
            FeedItem item = key == null ? null : byLink.get(key);
            if (item == null || item.source().equals(a.source())) {
                out.add(p);
                if (item != null) {
                    matched.add(key);
                }
                continue;
            }
            matched.add(key);
            enriched++;
            out.add(new ProcessedArticle(p.page(), PageExtractor.withIndexEntry(a, item.published(), item.title(),
                    item.authors()), p.features()));
        }
        List<String> without = new ArrayList<>();
        for (Map.Entry<String, FeedItem> e : byLink.entrySet()) {
            if (!e.getValue().hasPage() && !matched.contains(e.getKey())) {
                without.add(e.getValue().source() + " " + e.getValue().link());
            }
        }
        return new Outcome(out, enriched, without);
    }

    /**
     * A URL as compared: scheme, {@code www.}, fragment, tracking parameters ({@code utm_…}) and a trailing slash
     * ignored, host in lower case; null for no URL or one that does not parse.
     */
    static String key(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI u;
        try {
            u = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (u.getHost() == null) {
            return null;
        }
        String host = u.getHost().toLowerCase(Locale.ROOT);
        host = host.startsWith("www.") ? host.substring(4) : host;
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        StringBuilder query = new StringBuilder();
        if (u.getRawQuery() != null) {
            for (String part : u.getRawQuery().split("&")) {
                if (!part.isEmpty() && !part.toLowerCase(Locale.ROOT).startsWith("utm_")) {
                    query.append(query.length() == 0 ? "?" : "&").append(part);
                }
            }
        }
        return host + (u.getPort() > 0 ? ":" + u.getPort() : "") + path + query;
    }
}
