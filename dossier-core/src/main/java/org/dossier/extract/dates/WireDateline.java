package org.dossier.extract.dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline a wire story opens its first paragraph with ("BERLIN, March 14 (Reuters) -", "PARIS, 14 mars 2024
 * (AFP) -", "WASHINGTON (Jan. 12, 2024) —", "Madrid, 7 mar (EFE).-", "(ANSA) - ROMA, 12 MAR -"): a place in capitals or an agency in brackets, a date, then a dash. Use
 * it on the first body paragraph of a page: a full date there dates the page as a visible dateline does (a little
 * below one); a day without a year dates it only against the fetch time its input knew, as the latest such day not
 * after it ({@link #on}), never against the clock.
 */
public record WireDateline(LocalDate date, MonthDay day) {
    /** The dateline is at most this many characters before its dash. */
    private static final int MAX_HEAD = 90;
    private static final int MAX_HEAD_WORDS = 10;
    private static final Pattern HEAD = Pattern.compile("^(.{4," + MAX_HEAD + "}?)\\s*[-\u2013\u2014]{1,2}\\s");
    /** A place in capitals ("BERLIN", "NEW YORK"), not a capitalised word. */
    private static final Pattern PLACE = Pattern.compile("^\\p{Lu}{2,}(?!\\p{Ll})");
    /**
     * An agency in brackets or slashes closing the dateline ("(Reuters)", "(EUROPA PRESS)", "/Agerpres/"), a full stop
     * after it as Spanish wires write it ("(EFE).-").
     */
    private static final Pattern AGENCY = Pattern.compile("(?:\\([^()\\d]{2,30}\\)|/[^/\\d\\s]{2,30}/)\\.?$");

    /** An agency alone in brackets before the first dash, the place and the day after it ("(ANSA) - ROMA, 12 MAR -"). */
    private static final Pattern AGENCY_FIRST = Pattern.compile("\\([^()\\d]{2,30}\\)");

    /** Short lines before the dateline's paragraph (an agency's name, a source line) are this many words at most. */
    private static final int MAX_LINE_WORDS = 4;
    private static final int MAX_LINES_BEFORE = 2;

    /**
     * The wire dateline the body's first paragraph opens with, or the first after up to two short lines before it
     * (an agency's name over the story, "Lusófona Agência"), or null.
     */
    public static WireDateline opening(java.util.List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size() && i <= MAX_LINES_BEFORE; i++) {
            WireDateline d = in(paragraphs.get(i));
            if (d != null) {
                return d;
            }
            if (paragraphs.get(i).strip().split("\\s+").length > MAX_LINE_WORDS) {
                return null;
            }
        }
        return null;
    }

    /** The wire dateline a paragraph opens with, or null. */
    public static WireDateline in(String paragraph) {
        if (paragraph == null) {
            return null;
        }
        Matcher m = HEAD.matcher(paragraph);
        if (!m.find()) {
            return null;
        }
        String head = m.group(1).strip();
        WireDateline read = read(head);
        if (read == null && AGENCY_FIRST.matcher(head).matches()) {
            // "(ANSA) - GENOVA, 12 MAR -": the agency first, then the place and the day before the next dash
            Matcher next = HEAD.matcher(paragraph.substring(m.end()));
            String place = next.find() ? next.group(1).strip() : "";
            return PLACE.matcher(place).find() ? read(place) : null;
        }
        return read;
    }

    private static WireDateline read(String head) {
        if (head.split("\\s+").length > MAX_HEAD_WORDS
                || !PLACE.matcher(head).find() && !AGENCY.matcher(head).find()) {
            return null;
        }
        LocalDate full = DateParsing.hasYearLikeNumber(head) ? DateParsing.first(head) : null;
        if (full != null) {
            return new WireDateline(full, MonthDay.from(full));
        }
        MonthDay day = DateParsing.monthDay(head);
        return day == null ? null : new WireDateline(null, day);
    }

    /** The day this dateline gives: its full date, else its day in the year of the fetch time; null without one. */
    public LocalDate on(Instant fetchedAt) {
        if (date != null) {
            return date;
        }
        if (fetchedAt == null) {
            return null;
        }
        LocalDate latest = fetchedAt.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1); // a zone ahead of UTC
        LocalDate d = day.atYear(latest.getYear());
        return d.isAfter(latest) ? day.atYear(latest.getYear() - 1) : d;
    }
}
