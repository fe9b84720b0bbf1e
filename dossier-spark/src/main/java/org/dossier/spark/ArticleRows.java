package org.dossier.spark;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dossier.model.Article;
import org.dossier.model.Credit;
import org.dossier.model.PageDate;

/**
 * The {@code articles} table: the schema of its Parquet rows and the conversions between a row and an
 * {@link Article}. A row holds what the story assigner reads (id, title, text, date, language, translation score)
 * and what a reader of the table wants (source, URL, outlet, authors), plus where the page stood in the input
 * ({@code input_index}: the line of the input list; {@code record_index}: the page's place in that input), so
 * that the stories step replays the pages in the order {@code dossier ingest} reads them.
 */
public final class ArticleRows {
    private ArticleRows() {}

    public static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, false)
            .add("url", DataTypes.StringType, true)
            .add("title", DataTypes.StringType, true)
            .add("published", DataTypes.DateType, true)
            .add("outlet", DataTypes.StringType, true)
            .add("language", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, false)
            .add("translation_score", DataTypes.DoubleType, false)
            .add("authors", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("input_index", DataTypes.IntegerType, false)
            .add("record_index", DataTypes.IntegerType, false)
            .add("page_dates", DataTypes.createArrayType(new StructType()
                    .add("date", DataTypes.DateType, true)
                    .add("origin", DataTypes.StringType, true)
                    .add("confidence", DataTypes.DoubleType, false), false), false)
            .add("credits", DataTypes.createArrayType(new StructType()
                    .add("kind", DataTypes.StringType, false)
                    .add("name", DataTypes.StringType, true)
                    .add("text", DataTypes.StringType, true), false), false);

    /** The row of an article read as page {@code recordIndex} of input {@code inputIndex}. */
    public static Row toRow(Article a, int inputIndex, int recordIndex) {
        return RowFactory.create(a.id(), a.source(), a.url(), a.title(), a.published(), a.outlet(), a.language(),
                a.text(), a.translationScore(), a.authors().toArray(new String[0]), inputIndex, recordIndex,
                a.pageDates().stream().map(d -> RowFactory.create(d.date(), d.origin(), d.confidence())).toArray(),
                a.credits().stream().map(c -> RowFactory.create(c.kind().name(), c.name(), c.text())).toArray());
    }

    /**
     * The article of a row, as the article chain made it (its page dates and credits too, where the row has those
     * columns; the story assigner does not read them, the story analysis does).
     */
    public static Article toArticle(Row r) {
        List<String> authors = r.getList(r.fieldIndex("authors"));
        LocalDate published = r.isNullAt(r.fieldIndex("published")) ? null : r.getLocalDate(r.fieldIndex("published"));
        return new Article(r.getString(r.fieldIndex("id")), r.getString(r.fieldIndex("source")),
                r.getString(r.fieldIndex("url")), r.getString(r.fieldIndex("title")), authors, published, pageDates(r),
                r.getString(r.fieldIndex("outlet")), r.getString(r.fieldIndex("language")), credits(r),
                r.getString(r.fieldIndex("text")), r.getDouble(r.fieldIndex("translation_score")), null, null);
    }

    private static List<PageDate> pageDates(Row r) {
        if (!has(r, "page_dates")) {
            return List.of();
        }
        List<Row> dates = r.getList(r.fieldIndex("page_dates"));
        return dates.stream().map(d -> new PageDate(d.isNullAt(0) ? null : d.getLocalDate(0), d.getString(1),
                d.getDouble(2))).toList();
    }

    private static List<Credit> credits(Row r) {
        if (!has(r, "credits")) {
            return List.of();
        }
        List<Row> credits = r.getList(r.fieldIndex("credits"));
        return credits.stream().map(c -> new Credit(Credit.Kind.valueOf(c.getString(0)), c.getString(1), c.getString(2)))
                .toList();
    }

    private static boolean has(Row r, String column) {
        return r.schema() != null && java.util.Arrays.asList(r.schema().fieldNames()).contains(column);
    }
}
