package org.dossier.server;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A CSV document (RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or line break in double
 * quotes, quotes doubled) with a header line. A field that a spreadsheet would read as a formula (starting with
 * {@code = + - @}, a tab or a carriage return, after any spaces) is prefixed with an apostrophe, so a hostile page
 * cannot run anything in the reader's spreadsheet. Numbers the server writes itself are added with {@link #number}
 * and left as they are.
 */
final class Csv {
    private final StringBuilder out = new StringBuilder("\uFEFF"); // a BOM, so spreadsheets read UTF-8
    private final int width;
    private final List<String> row = new ArrayList<>();

    Csv(String... header) {
        this.width = header.length;
        for (String h : header) {
            row.add(h);
        }
        end();
    }

    /** Adds a text cell (null: empty). */
    Csv text(String value) {
        row.add(field(value));
        return this;
    }

    /** Adds a cell of texts joined by "; ". */
    Csv texts(List<String> values) {
        return text(values == null ? null : String.join("; ", values));
    }

    /** Adds a number or other value the server makes (a date, a count, a flag), written as it is. */
    Csv number(Object value) {
        row.add(value == null ? "" : value.toString());
        return this;
    }

    /** Ends the current row. */
    Csv end() {
        if (row.size() != width) {
            throw new IllegalStateException("a CSV row of " + row.size() + " cells under " + width + " columns");
        }
        out.append(String.join(",", row)).append("\r\n");
        row.clear();
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String trimmed = value.stripLeading();
        boolean formula = !trimmed.isEmpty() && "=+-@\t\r".indexOf(trimmed.charAt(0)) >= 0
                || !value.isEmpty() && "\t\r".indexOf(value.charAt(0)) >= 0;
        String v = formula ? "'" + value : value;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

}
