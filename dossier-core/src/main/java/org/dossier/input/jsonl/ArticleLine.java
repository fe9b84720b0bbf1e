package org.dossier.input.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One extracted article as a JSON line states it, in the fields people have: news-please's ({@code url},
 * {@code title}, {@code maintext}, {@code date_publish}, {@code authors}) or Dossier's {@code extract --json}
 * ({@code source}, {@code title}, {@code published}, {@code byline}, {@code text}), or {@code dossier cluster}'s
 * ({@code id}, {@code title}, {@code text}, {@code date}); an {@code id} names the record.
 * Fields neither path reads back from text ({@code language}, {@code outlet}, {@code source_domain},
 * {@code credits}) are left to the stages that find them. {@link #asTextPage()} writes it as the scraped-text page
 * the text extractor reads: the title, a blank line, the byline and "Published:" date lines, then the paragraphs.
 * A brief record ({@link #brief()}: a title only, or fewer than {@value #BRIEF_WORDS} words of text) is
 * {@link #asStatedArticle()} instead, an article taken as stated ({@code RawPage.Kind.ARTICLE}), as
 * {@code dossier cluster} takes its records: the text extractor's rules, made to find the article in a whole scraped
 * page, find no run of prose in a headline or two sentences.
 */
record ArticleLine(String id, String url, String title, List<String> authors, LocalDate published,
                   List<String> paragraphs) {
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    /** Records with less text than this are taken as stated (see {@link #brief()}). */
    static final int BRIEF_WORDS = 60;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\n\\s*");

    static ArticleLine of(JsonNode o) {
        String text = first(o, "maintext", "text");
        List<String> paragraphs = new ArrayList<>();
        if (text != null) {
            for (String p : PARAGRAPH_BREAK.split(text.strip())) {
                if (!p.isBlank()) {
                    paragraphs.add(p.strip());
                }
            }
        }
        List<String> authors = new ArrayList<>();
        JsonNode a = o.get("authors");
        if (a != null && a.isArray()) {
            a.forEach(n -> {
                if (n.isTextual() && !n.asText().isBlank()) {
                    authors.add(n.asText().strip());
                }
            });
        } else if (first(o, "authors", "byline") != null) {
            authors.add(first(o, "authors", "byline"));
        }
        JsonNode id = o.get("id");
        String idText = id != null && (id.isTextual() || id.isNumber()) && !id.asText().isBlank() ? id.asText() : null;
        String url = first(o, "url");
        if (url == null && first(o, "source") != null && first(o, "source").matches("(?i)https?://\\S+")) {
            url = first(o, "source");
        }
        return new ArticleLine(idText, url, first(o, "title"), authors,
                day(first(o, "date_publish", "published", "date")), paragraphs);
    }

    /** Whether the record has neither text nor a title (nothing to read). */
    boolean empty() {
        return paragraphs.isEmpty() && title == null;
    }

    /** Whether the record is a title only or holds fewer than {@value #BRIEF_WORDS} words of text. */
    boolean brief() {
        int words = 0;
        for (String p : paragraphs) {
            words += p.split("\\s+").length;
        }
        return words < BRIEF_WORDS;
    }

    /** The article as stated ({@code RawPage.Kind.ARTICLE}): title line, authors line, one paragraph a line. */
    String asStatedArticle() {
        StringBuilder b = new StringBuilder();
        b.append(title == null ? "" : title.replaceAll("\\s+", " ")).append('\n');
        b.append(String.join("; ", authors).replaceAll("\\s+", " ")).append('\n');
        for (String p : paragraphs) {
            b.append(p.replaceAll("\\s+", " ")).append('\n');
        }
        return b.toString();
    }

    /** The article as a scraped-text page. */
    String asTextPage() {
        StringBuilder b = new StringBuilder();
        if (title != null) {
            b.append(title.replaceAll("\\s+", " ")).append("\n\n");
        }
        if (!authors.isEmpty()) {
            String byline = String.join(", ", authors);
            b.append(byline.regionMatches(true, 0, "by ", 0, 3) ? byline : "By " + byline).append('\n');
        }
        if (published != null) {
            b.append("Published: ").append(published).append('\n');
        }
        if (!authors.isEmpty() || published != null) {
            b.append('\n');
        }
        b.append(String.join("\n\n", paragraphs)).append('\n');
        return b.toString();
    }

    /** The day of an ISO date or date-time ("2022-01-26", "2022-01-26 10:00:00", "2022-01-26T10:00:00Z"). */
    static LocalDate day(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(value.strip());
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String first(JsonNode o, String... names) {
        for (String n : names) {
            JsonNode v = o.get(n);
            if (v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }
}
