package org.dossier.extract.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.credits.ContributionCredits;
import org.dossier.extract.credits.CreditFinder;
import org.dossier.extract.dates.DateLabels;
import org.dossier.extract.dates.DateParsing;
import org.dossier.extract.dates.RelativeDates;
import org.dossier.extract.lines.LineShape;
import org.dossier.model.Credit;
import org.dossier.model.PageDate;

/**
 * Dates and bylines a page shows as short text lines around its body: the first dateline just before the
 * body is good evidence of publication; other dates before it are weaker, dates after the body (teasers,
 * footers) weak. Bylines ("By Jane Doe") before the body name the authors (and agencies they credit);
 * contribution lines just after it ("Reporting by …") credit reporters and editors. A line dating the print edition
 * ("Erschienen in der Printausgabe vom …") is weak wherever it stands. A labelled date line among the short lines the
 * body opens with counts as one before it, and so does a short unlabelled one when no dateline stands before the
 * body (a theme's meta line of byline and date kept as the body's first line). A date in the page's banner
 * ({@link Banner}: today's date over the masthead) is weak. Relative dates before the
 * body ("vor 2 Stunden") are kept as ages, nearest the body first, for a caller that knows the fetch time.
 */
record VisibleEvidence(List<PageDate> dates, List<String> bylines, List<Credit> credits,
                       List<RelativeDates.Age> ages) {
    static final double DATELINE = 0.6;
    /** A visible "Published …" line: below declared metadata, above a bare dateline or time element. */
    static final double LABELLED_PUBLISHED = 0.8;
    static final double BEFORE_BODY = 0.3;
    static final double AFTER_BODY = 0.1;
    static final int MAX_DATELINE_WORDS = 12;
    /** A line that opens as a byline may carry its dates ("Par Jean Dupont, publié le …, mis à jour le …"). */
    static final int MAX_BYLINE_DATELINE_WORDS = 24;
    /** How many blocks before the body are searched for a dateline or byline. */
    private static final int LOOKBACK = 25;
    /** How many short blocks opening the body are searched for labelled dates. */
    private static final int OPENING_LINES = 3;
    /** How many blocks after the body are searched for (weak) dates. */
    private static final int LOOKAHEAD = 60;
    /** What follows a byline on its line after a dash, bar or dot ("By Jane Doe | 3 May 2024"). */
    private static final java.util.regex.Pattern TRAILER = java.util.regex.Pattern.compile(
            "\\s+[-|\u2013\u2014\u00b7\u2022].*$");

    /** What separates the parts of a date line that label dates apart ("Updated … | Published …"). */
    private static final java.util.regex.Pattern PARTS =
            java.util.regex.Pattern.compile("\\s+[|\u00b7\u2022\u2013\u2014]\\s+");
    /**
     * Where two elements' texts meet with no space: a lower-case letter before a capital or digit, a digit before a
     * capital.
     */
    private static final java.util.regex.Pattern GLUED =
            java.util.regex.Pattern.compile("(?<=\\p{Ll})(?=[\\p{Lu}\\d])|(?<=\\d)(?=\\p{Lu})");
    /** The most words of an unlabelled date line the body opens with that dates the page. */
    private static final int MAX_OPENING_DATELINE_WORDS = 8;
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");
    /** Where a byline may start inside a labelled date line: a word after a space. */
    private static final java.util.regex.Pattern INNER_BY = java.util.regex.Pattern.compile("\\s(\\p{L})");

    static VisibleEvidence around(List<TextBlock> all, List<TextBlock> kept) {
        List<PageDate> dates = new ArrayList<>();
        List<String> bylines = new ArrayList<>();
        List<Credit> credits = new ArrayList<>();
        List<RelativeDates.Age> ages = new ArrayList<>();
        if (kept.isEmpty()) {
            return new VisibleEvidence(dates, bylines, credits, ages);
        }
        int firstBody = indexOf(all, kept.get(0));
        int lastBody = indexOf(all, kept.get(kept.size() - 1));
        boolean datelineSeen = false;
        List<LocalDate> entries = new ArrayList<>();
        for (int i = firstBody - 1; i >= Math.max(0, firstBody - LOOKBACK); i--) {
            String t = all.get(i).text();
            if (Banner.holds(all.get(i).owner())) {
                // today's date over the masthead: the day the page was served
                LocalDate d = DateParsing.hasYearLikeNumber(t) ? dateIn(t) : null;
                if (d != null) {
                    dates.add(new PageDate(d, "text:banner", AFTER_BODY));
                }
                continue;
            }
            int words = words(t);
            if (words > MAX_DATELINE_WORDS
                    && (words > MAX_BYLINE_DATELINE_WORDS || !CreditFinder.get().startsAsByline(t.strip()))) {
                continue;
            }
            String byline = bylineIn(t.strip());
            if (byline != null) {
                String line = TRAILER.matcher(byline).replaceAll("");
                bylines.addAll(CreditFinder.get().byline(line));
                credits.addAll(CreditFinder.get().bylineAgencies(line));
            }
            RelativeDates.Age age = RelativeDates.get().atEnd(t);
            if (age == null && byline != null) {
                // "Par Hugo Lambert · il y a 2 heures": the relative date after the byline's dot or bar
                java.util.regex.Matcher tail = TRAILER.matcher(byline);
                age = tail.find() ? RelativeDates.get().in(tail.group()) : null;
            }
            if (age != null) {
                ages.add(age); // "vor 2 Stunden": a date only against the fetch time
            }
            if (!DateParsing.hasYearLikeNumber(t)) {
                continue; // no date in the line
            }
            if (DateLabels.get().print(t)) {
                LocalDate d = DateParsing.first(t);
                if (d != null) {
                    dates.add(new PageDate(d, "text:print-edition", AFTER_BODY)); // the paper's day, not the page's
                }
                continue;
            }
            if (labelled(t, dates) || labelledGlued(t, dates)) {
                continue;
            }
            LocalDate d = dateIn(t);
            if (d != null && LiveEntries.inEntry(all.get(i).owner())) {
                entries.add(d); // a live entry's time: the page's date only if earliest (liveEntries below)
            } else if (d != null) {
                dates.add(new PageDate(d, datelineSeen ? "text:before-body" : "text:dateline",
                        datelineSeen ? BEFORE_BODY : DATELINE));
                datelineSeen = true;
            }
        }
        for (int i = firstBody; i <= Math.min(lastBody, firstBody + OPENING_LINES - 1); i++) {
            // a labelled date line the body opens with ("Actualizado: … · Publicado: …" kept as a paragraph)
            String t = all.get(i).text();
            int label = bylineDateLabel(t);
            if (label > 0 && labelled(t.substring(label), dates)) {
                continue; // "Par A (Lyon, correspondante) Publié le …, modifié le …" kept as the body's first line
            }
            if (words(t) > MAX_DATELINE_WORDS) {
                break;
            }
            if (DateParsing.hasYearLikeNumber(t) && !DateLabels.get().print(t) && !labelled(t, dates)
                    && !datelineSeen && words(t) <= MAX_OPENING_DATELINE_WORDS) {
                // a byline and its date the body opens with ("Tobias Wren2 April 2024" among a theme's meta icons)
                LocalDate d = dateIn(t);
                if (d != null && LiveEntries.inEntry(all.get(i).owner())) {
                    entries.add(d);
                } else if (d != null) {
                    dates.add(new PageDate(d, "text:opening-dateline", DATELINE));
                    datelineSeen = true;
                }
            }
        }
        liveEntries(dates, entries);
        for (int i = lastBody + 1; i < Math.min(all.size(), lastBody + 1 + LOOKAHEAD); i++) {
            String t = all.get(i).text();
            if (i <= lastBody + CreditFinder.CLOSING_LINES) {
                credits.addAll(ContributionCredits.get().find(t));
                // a repost notice set below the body ("This report by X was first published …")
                credits.addAll(CreditFinder.get().creditLine(t).stream().filter(c -> c.kind() == Credit.Kind.REPOST)
                        .filter(c -> c.name() != null).toList());
            }
            if (words(t) <= MAX_DATELINE_WORDS) {
                LocalDate d = DateParsing.first(t);
                if (d != null) {
                    dates.add(new PageDate(d, "text:after-body", AFTER_BODY));
                }
            }
        }
        return new VisibleEvidence(dates, bylines, credits, ages);
    }

    /**
     * Adds the datelines shown in live entries ({@link LiveEntries}): the earliest of them dates the page where it is
     * no later than the page's own dateline (which then counts as a date before the body), as a live page is
     * published before its entries; the others are weak. A page wrapped in one entry keeps its own date so.
     */
    private static void liveEntries(List<PageDate> dates, List<LocalDate> entries) {
        if (entries.isEmpty()) {
            return;
        }
        LocalDate earliest = java.util.Collections.min(entries);
        int own = -1;
        for (int i = 0; i < dates.size() && own < 0; i++) {
            String o = dates.get(i).origin();
            own = o.equals("text:dateline") || o.equals("text:opening-dateline") ? i : -1;
        }
        boolean first = own < 0 || earliest.isBefore(dates.get(own).date());
        if (first && own >= 0) {
            dates.set(own, new PageDate(dates.get(own).date(), "text:before-body", BEFORE_BODY));
        }
        for (LocalDate d : entries) {
            boolean page = first && d.equals(earliest);
            dates.add(new PageDate(d, page ? "text:live-entry-first" : "text:live-entry", page ? DATELINE : BEFORE_BODY));
            first &= !page;
        }
    }

    /**
     * Reads a line labelled as publication ("Published …", its date beats a bare dateline) or update ("Updated …",
     * a modification date); false if the line has no label or no date.
     */
    private static boolean labelled(String t, List<PageDate> dates) {
        String[] parts = PARTS.split(t);
        int up = parts.length == 1 ? DateLabels.get().updatedAt(t) : -1;
        int pub = up >= 0 && updateFirst(t, up) ? DateLabels.get().publishedAfter(t, up + 1) : -1;
        if (pub > 0) {
            parts = new String[] {t.substring(0, pub), t.substring(pub)}; // "Actualizado … Publicado …"
        }
        if (parts.length > 1) {
            // "Updated March 6 | Published March 5", "Actualizado: … · Publicado: …": each part its own line
            // a part with no label of its own is a bare dateline ("14.3.2023 09:15 | Päivitetty 15.3.2023")
            boolean any = false;
            List<LocalDate> bare = new ArrayList<>();
            for (String part : parts) {
                if (labelledPart(part, dates)) {
                    any = true;
                } else if (DateParsing.first(part) != null) {
                    bare.add(DateParsing.first(part));
                }
            }
            if (any) {
                bare.forEach(d -> dates.add(new PageDate(d, "text:dateline", DATELINE)));
            }
            return any;
        }
        return labelledPart(t, dates);
    }

    /**
     * Reads a labelled line whose elements were set side by side with no space ("Tomasz LisAktualizacja: 15.03.2024
     * 09:10Publikacja: 14.03.2024 18:30") as {@link #labelled} reads it spaced at those joins.
     */
    private static boolean labelledGlued(String t, List<PageDate> dates) {
        String spaced = GLUED.matcher(t).replaceAll(" ");
        return !spaced.equals(t) && labelled(spaced, dates);
    }

    /**
     * Whether the update label at {@code up} is the line's first label and date: at its start, or after words that
     * hold neither ("Sara Colombo Aggiornato il … Pubblicato il …", "zuletzt aktualisiert: … erschienen am …").
     */
    private static boolean updateFirst(String t, int up) {
        if (up <= 3) {
            return true;
        }
        String head = t.substring(0, up);
        DateLabels labels = DateLabels.get();
        return DateParsing.first(head) == null && !labels.published(head) && labels.labelInside(head) < 0;
    }

    private static boolean labelledPart(String t, List<PageDate> dates) {
        DateLabels labels = DateLabels.get();
        int up = labels.updatedAt(t);
        LocalDate head = DateParsing.first(up >= 0 ? t.substring(0, up) : t);
        LocalDate tail = up >= 0 ? DateParsing.first(t.substring(up)) : null;
        boolean published = head != null && labels.published(t);
        if (published) {
            dates.add(new PageDate(head, "text:published-label", LABELLED_PUBLISHED));
        }
        if (tail != null && (published || head == null)) {
            dates.add(new PageDate(tail, "text:updated-label", DateLabels.LABELLED_UPDATED));
            return true;
        }
        return published;
    }

    /**
     * Where a byline line of at most {@value #MAX_BYLINE_DATELINE_WORDS} words runs into a publication or update
     * label ("Par A (Lyon, correspondante)Publié le …"), or -1.
     */
    private static int bylineDateLabel(String t) {
        String undated = DIGITS.matcher(t).replaceAll("");
        return LineShape.words(undated, MAX_BYLINE_DATELINE_WORDS + 1) <= MAX_BYLINE_DATELINE_WORDS
                && CreditFinder.get().startsAsByline(t.strip())
                ? DateLabels.get().labelInside(t) : -1;
    }

    /**
     * The first date of a line, also where its template set the date's element right after another's with no
     * space ("Wren AbbottFeb 14, 2024", "Zieliński5 marca 2024Udostępnij"): a lower-case letter before a capital or
     * a digit, and a digit before a capital, are read as word breaks when the line as written holds no date.
     */
    static LocalDate dateIn(String t) {
        LocalDate d = DateParsing.first(t);
        if (d != null) {
            return d;
        }
        String spaced = GLUED.matcher(t).replaceAll(" ");
        return spaced.equals(t) ? null : DateParsing.first(spaced);
    }

    /** The words of a line not counting numbers: "12/06/2018 à 09h00" is a date and a time, not five words. */
    static int words(String line) {
        return LineShape.words(DIGITS.matcher(line).replaceAll(""), MAX_DATELINE_WORDS + 1);
    }

    /**
     * The byline a line holds: the line itself when it opens as one, else its end after a publication label and a
     * date ("Posted on 2 October 2020 by Ben Carter"), or null.
     */
    static String bylineIn(String line) {
        CreditFinder credits = CreditFinder.get();
        if (credits.startsAsByline(line)) {
            return line;
        }
        if (!DateLabels.get().published(line)) {
            return null;
        }
        java.util.regex.Matcher m = INNER_BY.matcher(line);
        while (m.find()) {
            String rest = line.substring(m.start(1));
            if (credits.startsAsByline(rest)) {
                return rest;
            }
        }
        return null;
    }

    /** Position of a block by identity (blocks with equal text are distinct blocks). */
    private static int indexOf(List<TextBlock> all, TextBlock b) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == b) {
                return i;
            }
        }
        return -1;
    }
}
