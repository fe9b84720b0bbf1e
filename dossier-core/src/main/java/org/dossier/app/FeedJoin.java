package org.dossier.app;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
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
 * while the input is read ({@link #add}, safe from any thread), call {@link #enrich} on each batch of articles
 * before it is stored, and {@link #late} once the input is read. One per ingest.
 */
public final class FeedJoin {
    private final Map<String, FeedItem> byLink = new LinkedHashMap<>();
    /** The links of the items joined to a page (or that are the page). */
    private final Set<String> matched = new HashSet<>();
    /** The articles of this ingest by URL key: an item read after its page was stored still reaches it. */
    private final Map<String, String[]> seen = new HashMap<>();
    private int enriched;

    /** Keeps what a feed said of an item (the first item of a link counts). */
    public synchronized void add(FeedItem item) {
        String key = key(item.link());
        if (key != null) {
            byLink.putIfAbsent(key, item);
        }
    }

    /** A batch of articles with what the items read so far say of them, in the same order. */
    public synchronized List<ProcessedArticle> enrich(List<ProcessedArticle> articles) {
        List<ProcessedArticle> out = new ArrayList<>(articles.size());
        for (ProcessedArticle p : articles) {
            Article a = p.article();
            String key = key(a.url());
            if (key != null) {
                seen.putIfAbsent(key, new String[] {a.id(), a.source()});
            }
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
            out.add(new ProcessedArticle(p.page(), apply(a, item), p.features()));
        }
        return out;
    }

    /**
     * The items read after the page they link was handed to {@link #enrich} (a feed after a large archive): the
     * stored article's id and the item, each given once. Call when the input is read.
     */
    public synchronized Map<String, FeedItem> late() {
        Map<String, FeedItem> out = new LinkedHashMap<>();
        for (Map.Entry<String, FeedItem> e : byLink.entrySet()) {
            String[] page = seen.get(e.getKey());
            if (!matched.contains(e.getKey()) && page != null && !page[1].equals(e.getValue().source())) {
                matched.add(e.getKey());
                enriched++;
                out.put(page[0], e.getValue());
            }
        }
        return out;
    }

    /** The article with what the item says of it. */
    public static Article apply(Article a, FeedItem item) {
        return PageExtractor.withIndexEntry(a, item.published(), item.title(), item.authors());
    }

    /** How many pages items enriched so far. */
    public synchronized int enriched() {
        return enriched;
    }

    /** The items without full content whose link matched no page ({@code FILE#N LINK}). */
    public synchronized List<String> withoutPage() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, FeedItem> e : byLink.entrySet()) {
            if (!e.getValue().hasPage() && !matched.contains(e.getKey())) {
                out.add(e.getValue().source() + " " + e.getValue().link());
            }
        }
        return out;
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
