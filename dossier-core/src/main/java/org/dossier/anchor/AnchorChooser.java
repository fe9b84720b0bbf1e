package org.dossier.anchor;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dossier.model.Article;
import org.dossier.model.PageDate;

/**
 * Chooses the date an article's relative times ("on Monday", "this week") are resolved against: the page's
 * publication date, else dates stated in the text, else the story's; a repost whose page date is long after
 * the story while its text speaks of recent days is re-anchored to the story's dates (a publication date the
 * page states only when its text states a date near the story's: weekday words alone never move it). Every anchor
 * it gives has a note; {@code estimated} marks one that is the story's date rather than the article's own
 * evidence. Works as of a given today: no stated date after it is taken.
 */
final class AnchorChooser {
    /** A page date this many days after the story's median date is suspect. */
    static final int STALE_DAYS = 10;
    /** Text dates this close to the story's median date can re-anchor a stale page. */
    static final int STORY_WINDOW_DAYS = 14;

    private final LocalDate today;
    private final StatedDates dates;

    AnchorChooser(LocalDate today) {
        this.today = today;
        this.dates = new StatedDates(today);
    }

    /** The anchor of an article read on its own. */
    Anchor choose(Article a) {
        return choose(a, List.of());
    }

    /** The anchor of an article given the dates (anchors or page dates) of the other articles of its story. */
    Anchor choose(Article a, List<LocalDate> storyDates) {
        LocalDate story = median(storyDates);
        PageDate page = pageDate(a);
        LocalDate ref = page != null ? page.date() : story != null ? story : today;
        List<LocalDate> stated = dates.find(a.text(), ref);
        if (page != null) {
            return stale(a, page, story, stated) ? reanchor(a, page, story, stated)
                    : new Anchor(page.date(), "page date (" + page.origin() + ")");
        }
        LocalDate fromText = firstNear(stated, story);
        if (fromText != null) {
            return new Anchor(fromText, "no page date; first date stated in the text");
        }
        if (story != null) {
            return new Anchor(story, "no page or text date; median date of the story's articles", true);
        }
        return new Anchor(null, "no date evidence");
    }

    /**
     * Anchors of all articles of one story, by id: each article's own evidence first, then each is checked
     * against the others' dates (so a late repost is re-anchored and an undated article takes the story's date);
     * an article left with the story's date moves to where its bare weekdays fall on dates the others state.
     */
    Map<String, Anchor> chooseStory(List<Article> story) {
        Map<String, LocalDate> own = new LinkedHashMap<>();
        for (Article a : story) {
            own.put(a.id(), choose(a).date());
        }
        Map<String, Anchor> out = new LinkedHashMap<>();
        for (Article a : story) {
            List<LocalDate> others = new ArrayList<>();
            own.forEach((id, d) -> {
                if (!id.equals(a.id()) && d != null) {
                    others.add(d);
                }
            });
            out.put(a.id(), choose(a, others));
        }
        for (Article a : story) {
            Anchor c = out.get(a.id());
            if (c.estimated()) {
                out.put(a.id(), byWeekdays(a, c, statedElsewhere(story, a, out)));
            }
        }
        List<FutureBounds.Dated> dated = new ArrayList<>();
        for (Article a : story) {
            Anchor c = out.get(a.id());
            if (c.date() != null && !c.estimated()) {
                dated.add(new FutureBounds.Dated(a.id(), a.text(), c.date()));
            }
        }
        Map<String, List<FutureBounds.PastReport>> reports = null;
        for (Article a : story) {
            Anchor c = out.get(a.id());
            if (c.estimated() && c.date() != null) {
                reports = reports != null ? reports : FutureBounds.reports(dated);
                out.put(a.id(), bounded(c, FutureBounds.of(a.id(), a.text(), reports, c.date(), STORY_WINDOW_DAYS)));
            }
        }
        return out;
    }

    /**
     * The story-dated choice with the bound its future sentences give: written before the day another article
     * reports the event they speak of; a date on or after that day moves to the day before it.
     */
    private static Anchor bounded(Anchor c, FutureBounds.Bound b) {
        if (b == null) {
            return c;
        }
        LocalDate date = c.date().isBefore(b.day()) && !onTheReportedDay(b) ? c.date() : b.day().minusDays(1);
        String note = String.format("%s; written before %s: it speaks of the %s %s as still to come (\"%s\"), "
                        + "which another article reports on %s%s", c.note(), b.day(), b.event(), b.place(),
                shorten(b.future()), b.day(), date.equals(c.date()) ? "" : "; its relative days read from " + date);
        return new Anchor(date, note, true, b.day());
    }

    /**
     * Whether the future sentence names, as still to come, the weekday of the day the other article reports the
     * event on ("will deliver its verdict on Friday", reported on a Friday): then that weekday is that day, and
     * the article's relative days are read from the day before it.
     */
    private static boolean onTheReportedDay(FutureBounds.Bound b) {
        return WeekdayFit.mentions(b.future()).stream().anyMatch(m -> m.direction() == WeekdayFit.Direction.FUTURE
                && m.day() == b.day().getDayOfWeek());
    }

    private static String shorten(String s) {
        return s.length() <= 100 ? s : s.substring(0, s.lastIndexOf(' ', 100)) + " \u2026";
    }

    /** The days the story's other articles name, each read against its own anchor. */
    private Set<LocalDate> statedElsewhere(List<Article> story, Article a, Map<String, Anchor> anchors) {
        Set<LocalDate> out = new HashSet<>();
        for (Article b : story) {
            LocalDate ref = anchors.get(b.id()).date();
            if (!b.id().equals(a.id()) && b.text() != null) {
                out.addAll(dates.statedDays(b.text(), ref != null ? ref : today));
            }
        }
        return out;
    }

    /**
     * The story-dated choice moved, when its bare weekdays then fall on more of the stated days; the moved
     * date rests on the article's own weekdays, so it is no longer only the story's.
     */
    private static Anchor byWeekdays(Article a, Anchor c, Set<LocalDate> stated) {
        WeekdayFit.Fit fit = a.text() == null ? null : WeekdayFit.fit(WeekdayFit.mentions(a.text()), stated, c.date());
        if (fit == null) {
            return c;
        }
        Set<String> days = new LinkedHashSet<>();
        Set<LocalDate> on = new TreeSet<>();
        for (WeekdayFit.Mention m : fit.hits()) {
            days.add(m.text());
            on.add(m.resolve(fit.date()));
        }
        String note = String.format("%s; moved from %s to %s: its '%s' then fall%s on dates other articles state (%s)",
                c.note(), c.date(), fit.date(), String.join("', '", days), days.size() == 1 ? "s" : "",
                on.stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
        return new Anchor(fit.date(), note, false);
    }

    /**
     * A page date well after the story while the text reports recent days and states no date near the page's.
     * A publication date the page itself states ({@link Article#published()}) is the page's own word: weekday
     * words ("on Monday") fit any week, so against it only a full date the text states near the story's counts
     * (a late copy takes its original's date elsewhere, {@link StoryAnchorPolicy}).
     */
    private boolean stale(Article a, PageDate page, LocalDate story, List<LocalDate> stated) {
        if (story == null || ChronoUnit.DAYS.between(story, page.date()) < STALE_DAYS) {
            return false;
        }
        boolean pageSupported = stated.stream()
                .anyMatch(d -> Math.abs(ChronoUnit.DAYS.between(d, page.date())) <= 3);
        if (pageSupported || StatedDates.nearReferences(a.text()).isEmpty()) {
            return false;
        }
        return a.published() == null || firstNear(stated, story) != null;
    }

    private Anchor reanchor(Article a, PageDate page, LocalDate story, List<LocalDate> stated) {
        LocalDate fromText = firstNear(stated, story);
        LocalDate date = fromText != null ? fromText : story;
        List<String> refs = StatedDates.nearReferences(a.text());
        String note = String.format("page date %s (%s) is %d days after the story's articles (median %s) while the"
                        + " text speaks of recent days (\"%s\"); re-anchored to %s, %s", page.date(), page.origin(),
                ChronoUnit.DAYS.between(story, page.date()), story, String.join("\", \"", refs.subList(0,
                        Math.min(3, refs.size()))), date,
                fromText != null ? "a date stated in the text" : "the story's median date");
        return new Anchor(date, note, fromText == null);
    }

    /** The first stated date (datelines come first), among those within the story window when one is known. */
    private LocalDate firstNear(List<LocalDate> stated, LocalDate story) {
        return stated.stream()
                .filter(d -> story == null || Math.abs(ChronoUnit.DAYS.between(d, story)) <= STORY_WINDOW_DAYS)
                .filter(d -> !d.isAfter(today))
                .findFirst().orElse(null);
    }

    /** The published date, else the most trusted page date. */
    private static PageDate pageDate(Article a) {
        if (a.published() != null) {
            return new PageDate(a.published(), "published", 1.0);
        }
        return a.pageDates().stream().filter(d -> d.date() != null)
                .max(Comparator.comparingDouble(PageDate::confidence)).orElse(null);
    }

    static LocalDate median(List<LocalDate> dates) {
        List<LocalDate> sorted = new ArrayList<>();
        for (LocalDate d : dates == null ? List.<LocalDate>of() : dates) {
            if (d != null) {
                sorted.add(d);
            }
        }
        if (sorted.isEmpty()) {
            return null;
        }
        sorted.sort(Comparator.naturalOrder());
        return sorted.get((sorted.size() - 1) / 2);
    }
}
