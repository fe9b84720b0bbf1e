package org.dossier.server;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.model.StoryDossier;

/**
 * The story's volume over time as an inline SVG drawn on the server (no script): one bar per day for the articles
 * published that day, a dot above it for each day with timeline entries, the first and last day labelled; each bar's
 * and dot's tooltip ({@code <title>}, escaped) gives the day and its counts. Days run from the first to the last
 * dated article or entry, at most {@value #MAX_DAYS} (longer spans are cut to their last days, and say so).
 */
final class TimelineChart {
    static final int MAX_DAYS = 370;
    private static final int WIDTH = 760;
    private static final int HEIGHT = 120;
    private static final int BASE = 96;

    private TimelineChart() {}

    static String svg(StoryDossier d) {
        TreeMap<LocalDate, Integer> articles = new TreeMap<>();
        TreeMap<LocalDate, Integer> events = new TreeMap<>();
        for (StoryDossier.ArticleRef a : d.articles()) {
            LocalDate day = a.anchor() != null ? a.anchor() : a.published();
            if (day != null) {
                articles.merge(day, 1, Integer::sum);
            }
        }
        for (StoryDossier.TimelineEntry t : d.timeline()) {
            if (t.date() != null) {
                events.merge(t.date(), 1, Integer::sum);
            }
        }
        if (articles.isEmpty() && events.isEmpty()) {
            return "<p class=\"muted\">No dated article or event.</p>";
        }
        LocalDate first = min(articles, events);
        LocalDate last = max(articles, events);
        String cut = "";
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            first = last.minusDays(MAX_DAYS - 1);
            cut = "<p class=\"muted\">Only the last " + MAX_DAYS + " days are drawn.</p>";
        }
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        int most = Math.max(1, articles.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        double step = (WIDTH - 20.0) / days;
        double bar = Math.max(1, step * 0.8);
        StringBuilder b = new StringBuilder("<svg class=\"timeline-chart\" role=\"img\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\"><title>Articles and events per day</title>");
        b.append("<line x1=\"10\" y1=\"").append(BASE).append("\" x2=\"").append(WIDTH - 10).append("\" y2=\"").append(BASE)
                .append("\" class=\"axis\"/>");
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            int n = articles.getOrDefault(day, 0);
            int e = events.getOrDefault(day, 0);
            double x = 10 + i * step;
            if (n > 0) {
                double h = Math.max(2, 70.0 * n / most);
                b.append(String.format(java.util.Locale.ROOT, "<rect class=\"articles\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">",
                        x, BASE - h, bar, h)).append("<title>").append(day).append(": ").append(n)
                        .append(n == 1 ? " article" : " articles").append("</title></rect>");
            }
            if (e > 0) {
                b.append(String.format(java.util.Locale.ROOT, "<circle class=\"events\" cx=\"%.1f\" cy=\"14\" r=\"%.1f\">",
                        x + bar / 2, Math.min(6, 2.5 + e))).append("<title>").append(day).append(": ").append(e)
                        .append(e == 1 ? " event" : " events").append("</title></circle>");
            }
        }
        b.append("<text x=\"10\" y=\"114\" class=\"label\">").append(first).append("</text>");
        b.append("<text x=\"").append(WIDTH - 10).append("\" y=\"114\" class=\"label\" text-anchor=\"end\">").append(last).append("</text>");
        b.append("</svg>");
        return b + "<p class=\"muted legend\"><span class=\"key articles\"></span> articles per day (by anchored date) "
                + "<span class=\"key events\"></span> days with timeline events</p>" + cut;
    }

    private static LocalDate min(Map<LocalDate, Integer> a, Map<LocalDate, Integer> b) {
        return List.of(a, b).stream().filter(m -> !m.isEmpty()).map(m -> ((TreeMap<LocalDate, Integer>) m).firstKey())
                .min(LocalDate::compareTo).orElseThrow();
    }

    private static LocalDate max(Map<LocalDate, Integer> a, Map<LocalDate, Integer> b) {
        return List.of(a, b).stream().filter(m -> !m.isEmpty()).map(m -> ((TreeMap<LocalDate, Integer>) m).lastKey())
                .max(LocalDate::compareTo).orElseThrow();
    }
}
