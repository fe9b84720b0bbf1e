package org.dossier.spark;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dossier.model.Article;

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
            .add("record_index", DataTypes.IntegerType, false);

    /** The row of an article read as page {@code recordIndex} of input {@code inputIndex}. */
    public static Row toRow(Article a, int inputIndex, int recordIndex) {
        return RowFactory.create(a.id(), a.source(), a.url(), a.title(), a.published(), a.outlet(), a.language(),
                a.text(), a.translationScore(), a.authors().toArray(new String[0]), inputIndex, recordIndex);
    }

    /**
     * The article of a row, as the article chain made it (credits and page dates are not in the table; the
     * story assigner does not read them).
     */
    public static Article toArticle(Row r) {
        List<String> authors = r.getList(r.fieldIndex("authors"));
        LocalDate published = r.isNullAt(r.fieldIndex("published")) ? null : r.getLocalDate(r.fieldIndex("published"));
        return new Article(r.getString(r.fieldIndex("id")), r.getString(r.fieldIndex("source")),
                r.getString(r.fieldIndex("url")), r.getString(r.fieldIndex("title")), authors, published, List.of(),
                r.getString(r.fieldIndex("outlet")), r.getString(r.fieldIndex("language")), List.of(),
                r.getString(r.fieldIndex("text")), r.getDouble(r.fieldIndex("translation_score")), null, null);
    }
}
