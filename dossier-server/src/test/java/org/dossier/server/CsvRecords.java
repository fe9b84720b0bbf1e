package org.dossier.server;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV as a spreadsheet does (RFC 4180, quoted fields with doubled quotes and line breaks): for the tests. */
final class CsvRecords {
    private CsvRecords() {}

    static List<List<String>> parse(String csv) {
        String s = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<List<String>> out = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                out.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new AssertionError("an unterminated quoted field");
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            throw new AssertionError("the last line does not end with CRLF");
        }
        return out;
    }
}
