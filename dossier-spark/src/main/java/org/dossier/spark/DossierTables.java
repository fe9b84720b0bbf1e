package org.dossier.spark;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier;

/**
 * The per-story output tables ({@code entities}, {@code quotes}, {@code timeline}, {@code claims}, {@code coverage},
 * {@code facts}): their Parquet schemas and the rows of one {@link StoryDossier}, one row per entity, quote, event,
 * claim, outlet or fact, each naming the articles it cites ({@code articles}). The story id is added by the
 * analysis step when the rows are written (see {@code docs/SPARK.md} for the columns).
 */
final class DossierTables {
    private DossierTables() {}

    private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);
    static final StructType SPAN = new StructType()
            .add("article", DataTypes.StringType, true)
            .add("start", DataTypes.IntegerType, true)
            .add("end", DataTypes.IntegerType, true);
    private static final DataType SPANS = DataTypes.createArrayType(SPAN, false);

    static final StructType ENTITY = new StructType()
            .add("name", DataTypes.StringType, true)
            .add("type", DataTypes.StringType, true)
            .add("variants", STRINGS, true)
            .add("roles", STRINGS, true)
            .add("attributes", STRINGS, true)
            .add("articles", STRINGS, true)
            .add("mentions", SPANS, true);

    static final StructType QUOTE = new StructType()
            .add("speaker", DataTypes.StringType, true)
            .add("speaker_description", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true)
            .add("article", DataTypes.StringType, true)
            .add("start", DataTypes.IntegerType, true)
            .add("end", DataTypes.IntegerType, true)
            .add("date", DataTypes.DateType, true)
            .add("also_in", STRINGS, true)
            .add("articles", STRINGS, true);

    static final StructType EVENT = new StructType()
            .add("position", DataTypes.IntegerType, true)
            .add("date", DataTypes.DateType, true)
            .add("precision", DataTypes.StringType, true)
            .add("summary", DataTypes.StringType, true)
            .add("kind", DataTypes.StringType, true)
            .add("participants", STRINGS, true)
            .add("place", DataTypes.StringType, true)
            .add("sentence", DataTypes.StringType, true)
            .add("date_note", DataTypes.StringType, true)
            .add("planned_as_of", DataTypes.DateType, true)
            .add("articles", STRINGS, true)
            .add("mentions", SPANS, true);

    static final StructType CLAIM = new StructType()
            .add("subject", DataTypes.StringType, true)
            .add("value", DataTypes.DoubleType, true)
            .add("low", DataTypes.DoubleType, true)
            .add("high", DataTypes.DoubleType, true)
            .add("unit", DataTypes.StringType, true)
            .add("amount", DataTypes.StringType, true)
            .add("vague", DataTypes.BooleanType, true)
            .add("text", DataTypes.StringType, true)
            .add("source", DataTypes.StringType, true)
            .add("article", DataTypes.StringType, true)
            .add("date", DataTypes.DateType, true)
            .add("date_precision", DataTypes.StringType, true)
            .add("date_estimated", DataTypes.BooleanType, true)
            .add("start", DataTypes.IntegerType, true)
            .add("end", DataTypes.IntegerType, true)
            .add("articles", STRINGS, true);

    static final StructType COVERAGE = new StructType()
            .add("outlet", DataTypes.StringType, true)
            .add("independent", DataTypes.BooleanType, true)
            .add("dependence", DataTypes.StringType, true)
            .add("facts", STRINGS, true)
            .add("articles", STRINGS, true);

    static final StructType FACT = new StructType()
            .add("fact", DataTypes.StringType, true)
            .add("kind", DataTypes.StringType, true)
            .add("label", DataTypes.StringType, true)
            .add("independent_sources", DataTypes.IntegerType, true)
            .add("single_source", DataTypes.BooleanType, true)
            .add("outlets", STRINGS, true)
            .add("articles", STRINGS, true);

    /** The tables by name, each with the schema of its rows (without the story id) and the rows of a dossier. */
    static final Map<String, StructType> SCHEMAS = Map.of("entities", ENTITY, "quotes", QUOTE, "timeline", EVENT,
            "claims", CLAIM, "coverage", COVERAGE, "facts", FACT);
    static final List<String> NAMES = List.of("entities", "quotes", "timeline", "claims", "coverage", "facts");

    /** The rows of table {@code name} for one dossier. */
    static List<Row> rows(String name, StoryDossier d) {
        return switch (name) {
            case "entities" -> map(d.entities(), e -> RowFactory.create(e.name(), e.type(), strings(e.variants()), strings(e.roles()),
                    strings(e.attributes()), strings(e.articles()), spans(e.mentions())));
            case "quotes" -> map(d.quotes(), q -> RowFactory.create(q.speaker(), q.speakerDescription(), q.text(),
                    q.article(), q.span() == null ? null : q.span().start(), q.span() == null ? null : q.span().end(),
                    q.date(), strings(q.alsoIn()), cited(q.article(), q.alsoIn())));
            case "timeline" -> events(d.timeline());
            case "claims" -> map(d.claims(), c -> RowFactory.create(c.subject(), c.value(), c.low(), c.high(), c.unit(),
                    c.amount(), c.vague(), c.text(), c.source(), c.article(), c.date(), c.datePrecision(),
                    c.dateEstimated(), c.span() == null ? null : c.span().start(),
                    c.span() == null ? null : c.span().end(), cited(c.article(), List.of())));
            case "coverage" -> map(d.coverage(), c -> RowFactory.create(c.outlet(), c.independent(), c.dependence(),
                    strings(c.facts()), strings(c.articles())));
            case "facts" -> map(d.facts(), f -> RowFactory.create(f.id(), f.kind(), f.label(), f.independentSources(),
                    f.singleSource(), strings(f.outlets()), strings(f.articles())));
            default -> throw new IllegalArgumentException("no table " + name);
        };
    }

    private static List<Row> events(List<StoryDossier.TimelineEntry> timeline) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            StoryDossier.TimelineEntry t = timeline.get(i);
            rows.add(RowFactory.create(i, t.date(), t.precision(), t.summary(), t.kind(), strings(t.participants()),
                    t.place(), t.sentence(), t.dateNote(), t.plannedAsOf(), strings(t.articles()),
                    spans(t.mentions())));
        }
        return rows;
    }

    private static <T> List<Row> map(List<T> items, Function<T, Row> row) {
        return items.stream().map(row).toList();
    }

    /** An array column's value (a row encoder takes arrays, not Java lists). */
    private static Row[] spans(List<Span> spans) {
        return spans == null ? new Row[0]
                : spans.stream().map(s -> RowFactory.create(s.article(), s.start(), s.end())).toArray(Row[]::new);
    }

    private static String[] strings(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }

    private static String[] cited(String first, List<String> more) {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        if (first != null) {
            all.add(first);
        }
        all.addAll(more);
        return all.toArray(String[]::new);
    }
}
