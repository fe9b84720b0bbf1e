package org.dossier.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.dossier.model.Json;
import org.dossier.port.StoreException;
import org.dossier.port.StoryQuery;
import org.dossier.port.StorySummary;

/**
 * The SQL of the {@code story_summaries} table (schema V4): recomputing the summaries of the stories a transaction
 * touched, and the filtered, sorted, paged list over it. Used by {@link SqliteStore} only.
 */
final class StorySummaryTable {
    private static final String CLEAN_OUTLET = "CASE WHEN TRIM(a.outlet) = '' THEN NULL ELSE a.outlet END";
    private static final String CLEAN_LANGUAGE = "CASE WHEN TRIM(a.language) = '' THEN NULL ELSE a.language END";

    /** Recomputes the summaries of the stories in the JSON array parameter (as the V4 migration computes all). */
    static final String REFRESH = "INSERT INTO story_summaries(story_id, title, article_count, outlet_count, outlets, "
            + "languages, first_date, last_date, first_seq) SELECT s.id, s.title, COUNT(*), COUNT(DISTINCT " + CLEAN_OUTLET
            + "), json_group_array(DISTINCT " + CLEAN_OUTLET + "), json_group_array(DISTINCT " + CLEAN_LANGUAGE + "), "
            + "MIN(a.published), MAX(a.published), MIN(p.seq) FROM stories s JOIN story_articles sa ON sa.story_id = s.id "
            + "JOIN articles a ON a.id = sa.article_id JOIN pages p ON p.id = a.id "
            + "WHERE s.id IN (SELECT value FROM json_each(?)) GROUP BY s.id";
    static final String FORGET = "DELETE FROM story_summaries WHERE story_id IN (SELECT value FROM json_each(?))";

    private static final String COLUMNS = "story_id, title, article_count, outlets, languages, first_date, last_date";

    private StorySummaryTable() {}

    /** The SQL after {@code FROM story_summaries} for the query's filters, with its parameters added to {@code args}. */
    static String where(StoryQuery q, List<Object> args) {
        List<String> terms = new ArrayList<>();
        if (q.from() != null) {
            terms.add("last_date >= ?");
            args.add(q.from().toString());
        }
        if (q.to() != null) {
            terms.add("first_date <= ?");
            args.add(q.to().toString());
        }
        if (q.outlet() != null) {
            terms.add("story_id IN (SELECT sa.story_id FROM articles a JOIN story_articles sa ON sa.article_id = a.id WHERE a.outlet = ?)");
            args.add(q.outlet());
        }
        if (q.language() != null) {
            terms.add("story_id IN (SELECT sa.story_id FROM articles a JOIN story_articles sa ON sa.article_id = a.id WHERE a.language = ?)");
            args.add(q.language());
        }
        if (q.storyIds() != null) {
            terms.add("story_id IN (SELECT value FROM json_each(?))");
            args.add(Json.write(q.storyIds()));
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    /** ORDER BY for a sort: its key, then the store's order (most articles, first ingested). */
    static String orderBy(StoryQuery.Sort sort) {
        String ties = "article_count DESC, first_seq";
        return " ORDER BY " + switch (sort) {
            case ARTICLES -> ties;
            case OUTLETS -> "outlet_count DESC, " + ties;
            case NEWEST -> "last_date IS NULL, last_date DESC, " + ties;
            case OLDEST -> "first_date IS NULL, first_date, " + ties;
            case TITLE -> "COALESCE(title, ''), " + ties;
        };
    }

    /** The whole SELECT of a window (the parameters: the filters', then limit and offset). */
    static String select(StoryQuery q, List<Object> args) {
        String sql = "SELECT " + COLUMNS + " FROM story_summaries" + where(q, args) + orderBy(q.sort()) + " LIMIT ? OFFSET ?";
        args.add(q.limit());
        args.add(q.offset());
        return sql;
    }

    /** A summary from a row of {@link #select}'s columns. */
    static StorySummary row(String id, String title, int count, String outlets, String languages, String first, String last) {
        return new StorySummary(id, title, count, names(outlets), names(languages),
                first == null ? null : LocalDate.parse(first), last == null ? null : LocalDate.parse(last));
    }

    private static List<String> names(String jsonArray) {
        TreeSet<String> out = new TreeSet<>();
        for (Object o : Json.read(jsonArray, List.class)) {
            if (o != null) {
                out.add(o.toString());
            }
        }
        return List.copyOf(out);
    }


}
