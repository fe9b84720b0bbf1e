package org.dossier.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.dossier.chain.ArticleChain;
import org.dossier.chain.Composition;
import org.dossier.chain.ProcessedArticle;
import org.dossier.input.Inputs;
import org.dossier.input.SkippedRecords;

/**
 * The article step of one partition: each input of the partition is read through the input adapters
 * ({@link Inputs#of}, as {@code dossier ingest} reads it) and every page goes through the article chain of the
 * broadcast {@link Composition} (deserialised once per executor JVM, its chain built there on first use and shared
 * by the executor's tasks). Pages without an article and records that cannot be read are counted and named in the
 * {@link JobCounters}; the partition goes on. One input's articles are held at a time, then handed on.
 */
final class PartitionReader implements FlatMapFunction<Iterator<InputList.Entry>, Row> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<Composition> composition;
    private final JobCounters counters;

    PartitionReader(Broadcast<Composition> composition, JobCounters counters) {
        this.composition = composition;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<InputList.Entry> entries) {
        ArticleChain chain = composition.value().articleChain();
        return new Iterator<>() {
            private Iterator<Row> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && entries.hasNext()) {
                    current = read(chain, entries.next()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private List<Row> read(ArticleChain chain, InputList.Entry entry) {
        List<Row> rows = new ArrayList<>();
        SkippedRecords skipped = new SkippedRecords();
        int[] record = new int[1];
        Inputs.of(List.of(Path.of(entry.path())), skipped).read(page -> {
            int at = record[0]++;
            Optional<ProcessedArticle> p = chain.process(page,
                    f -> counters.fail(JobCounters.REFUSED, f.source(), f.reason()));
            p.ifPresent(a -> rows.add(ArticleRows.toRow(a.article(), entry.index(), at)));
        }, f -> counters.fail(JobCounters.UNREADABLE, f.source(), f.reason()));
        counters.tally(entry.index(), record[0], rows.size(), skipped.total());
        skipped.lines().forEach(counters.skippedLines::add);
        return rows;
    }
}
