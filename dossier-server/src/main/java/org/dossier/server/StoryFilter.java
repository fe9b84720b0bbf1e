package org.dossier.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.port.StoryQuery;

/**
 * The stories list's query parameters, the same for the page and {@code GET /api/stories}: {@code from} and
 * {@code to} (ISO dates: stories whose span meets the range), {@code outlet} and {@code language} (stories with an
 * article from that outlet or in that language), {@code entity} (stories with an article naming it, through the
 * search index), {@code sort} ({@code articles} (default), {@code outlets}, {@code newest}, {@code oldest},
 * {@code title}) and the window ({@link Paging}). An empty parameter is absent; a bad one is a 400.
 */
record StoryFilter(LocalDate from, LocalDate to, String outlet, String language, String entity, StoryQuery.Sort sort,
                   Paging paging) {
    static final String SORTS = "articles, outlets, newest, oldest or title";

    static StoryFilter of(Context ctx) {
        return of(ctx, Paging.of(ctx.queryParam("offset"), ctx.queryParam("limit")));
    }

    /** The filter of a request, with the window as given (a download's window is larger). */
    static StoryFilter of(Context ctx, Paging paging) {
        LocalDate from = date("from", ctx.queryParam("from"));
        LocalDate to = date("to", ctx.queryParam("to"));
        if (from != null && to != null && to.isBefore(from)) {
            throw Problem.badRequest("to must not be before from");
        }
        return new StoryFilter(from, to, text(ctx.queryParam("outlet")), text(ctx.queryParam("language")),
                text(ctx.queryParam("entity")), sort(ctx.queryParam("sort")), paging);
    }

    /** The store's query, among {@code storyIds} when an entity narrowed them (null: no such narrowing). */
    StoryQuery query(Set<String> storyIds) {
        return new StoryQuery(from, to, outlet, language, storyIds, sort, paging.offset(), paging.limit());
    }

    /** Whether any filter is set (sorting and paging aside). */
    boolean filtered() {
        return from != null || to != null || outlet != null || language != null || entity != null;
    }

    /** The parameters as a query string (without {@code ?}) with this window's offset replaced by {@code offset}. */
    String queryString(int offset) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("from", from == null ? null : from.toString());
        p.put("to", to == null ? null : to.toString());
        p.put("outlet", outlet);
        p.put("language", language);
        p.put("entity", entity);
        p.put("sort", sort == StoryQuery.Sort.ARTICLES ? null : sort.name().toLowerCase(Locale.ROOT));
        p.put("offset", offset == 0 ? null : Integer.toString(offset));
        p.put("limit", paging.limit() == Paging.DEFAULT_LIMIT ? null : Integer.toString(paging.limit()));
        return p.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + Html.seg(e.getValue())).collect(Collectors.joining("&"));
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problem.badRequest(name + " must be a date as YYYY-MM-DD");
        }
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 500) {
            throw Problem.badRequest("a filter must be at most 500 characters");
        }
        return value.strip();
    }

    private static StoryQuery.Sort sort(String value) {
        if (value == null || value.isBlank()) {
            return StoryQuery.Sort.ARTICLES;
        }
        try {
            return StoryQuery.Sort.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("sort must be " + SORTS);
        }
    }
}
