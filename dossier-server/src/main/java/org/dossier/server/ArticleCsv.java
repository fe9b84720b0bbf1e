package org.dossier.server;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.model.Article;

/**
 * A story's article list as CSV (RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or line
 * break in double quotes, quotes doubled), one header line and one row per article. A field that a spreadsheet
 * would read as a formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed with an
 * apostrophe, so a hostile page title cannot run in the reader's spreadsheet.
 */
final class ArticleCsv {
    static final List<String> HEADER = List.of("id", "title", "outlet", "published", "language", "authors", "url",
            "source", "duplicate_of", "derived_from", "translation_score");

    private ArticleCsv() {}

    static String of(List<Article> articles) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER.stream());
        for (Article a : articles) {
            line(csv, Stream.of(a.id(), a.title(), a.outlet(), a.published() == null ? null : a.published().toString(),
                    a.language(), String.join("; ", a.authors()), a.url(), a.source(), a.duplicateOf(),
                    a.derivedFrom(), String.valueOf(a.translationScore())));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, Stream<String> fields) {
        csv.append(fields.map(ArticleCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
