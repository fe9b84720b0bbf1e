package org.dossier.server;

import java.util.List;
import org.dossier.model.Article;

/** A story's article list as CSV ({@link Csv}: formula cells neutralised), one header line and one row per article. */
final class ArticleCsv {
    static final List<String> HEADER = List.of("id", "title", "outlet", "published", "language", "authors", "url",
            "source", "duplicate_of", "derived_from", "translation_score");

    private ArticleCsv() {}

    static String of(List<Article> articles) {
        Csv csv = new Csv(HEADER.toArray(String[]::new));
        for (Article a : articles) {
            csv.text(a.id()).text(a.title()).text(a.outlet()).number(a.published()).text(a.language()).texts(a.authors())
                    .text(a.url()).text(a.source()).text(a.duplicateOf()).text(a.derivedFrom()).number(a.translationScore()).end();
        }
        return csv.toString();
    }

    static String field(String value) {
        return Csv.field(value);
    }
}
