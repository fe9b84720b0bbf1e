package org.dossier.synthesize.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dossier.model.StoryDossier.Claim;
import org.dossier.model.StoryDossier.Disagreement;

/**
 * Turns a group of claims whose values cannot all hold into a disagreement listing each value with its articles
 * and dates: an "update" when, read by each claim's own date, every value is later than the one before and they
 * move one way (a December figure, then a larger January one), else a "contradiction". A claim dated only "before"
 * a day counts as of the day before it; figures a bound reconciles are an update too when, by their dates, they
 * move one way by more than a tenth ("at least 240,000", then "about 310,000"). Figures that differ where one is
 * dated only by an estimate ("~2025-08-12") are no contradiction: they "differ", and the reason says a date is
 * estimated. A bound a sharper figure of the same day lies within ("more than 140" beside "146") is read as that
 * figure's day, not a value of its own ({@link #sharpest}). A contradiction only among the
 * last day's figures after an update says so ({@link #updateThenDispute}). A vague amount ("tens of thousands") is listed as written and never makes
 * or breaks a disagreement.
 */
final class Disagreements {
    /** The least change, as a share of the earlier value, that reads as a revised figure. */
    static final double REVISED = 0.1;
    /** The kind of figures that differ where a date is only estimated: neither an update nor a contradiction. */
    static final String DIFFER = "differ";

    private Disagreements() {}

    static Disagreement of(List<FoundClaim> found) {
        if (!conflicting(found) && !revised(found)) {
            return null;
        }
        List<FoundClaim> group = found.stream().sorted(Comparator.comparing(
                Disagreements::latestDay, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        Map<String, List<FoundClaim>> byLabel = group.stream().collect(Collectors.groupingBy(
                f -> f.quantity().label(), LinkedHashMap::new, Collectors.toList()));
        List<Map.Entry<String, List<FoundClaim>>> entries = new ArrayList<>(byLabel.entrySet());
        entries.sort(Comparator.comparing(e -> earliest(e.getValue()), Comparator.nullsLast(Comparator.naturalOrder())));
        List<Disagreement.Value> values = new ArrayList<>();
        for (Map.Entry<String, List<FoundClaim>> e : entries) {
            List<Claim> cs = e.getValue().stream().map(FoundClaim::claim).toList();
            values.add(new Disagreement.Value(e.getKey(), cs.stream().map(Claim::article).distinct().toList(),
                    cs.stream().map(Claim::date).filter(Objects::nonNull).distinct().sorted().toList(),
                    cs.stream().sorted(Comparator.comparing(Claim::date, Comparator.nullsLast(Comparator.naturalOrder())))
                            .map(Disagreements::when).distinct().toList()));
        }
        List<Map.Entry<String, List<FoundClaim>>> figures = sharpest(entries.stream()
                .filter(e -> !e.getValue().get(0).quantity().vague()).toList());
        boolean update = isUpdate(figures);
        if (!update && estimated(figures)) {
            return new Disagreement(subject(group), group.get(0).claim().unit(), DIFFER, values,
                    "the figures differ and a date is estimated, so they may not be of one time: " + String.join("; ",
                            figures.stream().map(Disagreements::dated).toList()));
        }
        return new Disagreement(subject(group), group.get(0).claim().unit(), update ? "update" : "contradiction",
                values, reason(figures, update));
    }

    /** Whether a figure of the group is dated only by an estimate ("~2025-08-12"): no contradiction can be read. */
    private static boolean estimated(List<Map.Entry<String, List<FoundClaim>>> figures) {
        return figures.stream().anyMatch(e -> e.getValue().stream().anyMatch(f -> f.claim().dateEstimated()));
    }

    private static String dated(Map.Entry<String, List<FoundClaim>> e) {
        return e.getKey() + " (" + e.getValue().stream().map(FoundClaim::claim).map(Disagreements::when).distinct()
                .collect(Collectors.joining(", ")) + ")";
    }

    /** A claim's date as precisely as known: "2022-01-10", "before 2022-01-10", "~2022-01-13". */
    static String when(Claim c) {
        if (c.date() == null) {
            return "undated";
        }
        if ("before".equals(c.datePrecision())) {
            return "before " + c.date();
        }
        return (c.dateEstimated() ? "~" : "") + c.date();
    }

    private static String reason(List<Map.Entry<String, List<FoundClaim>>> figures, boolean update) {
        String disputed = update ? null : updateThenDispute(figures);
        if (disputed != null) {
            return disputed;
        }
        List<String> parts = figures.stream().map(e -> e.getKey() + " (" + e.getValue().stream().map(FoundClaim::claim)
                .map(Disagreements::when).distinct().collect(Collectors.joining(", ")) + ")").toList();
        return update ? "the figure changed over time: " + String.join(", then ", parts)
                : "figures that cannot all hold at once: " + String.join("; ", parts);
    }

    /**
     * "the figure changed over time: 120 (d1), then 310 (d2); on d3 figures disagree: 412; at least 600" when, by
     * their dates, the figures of earlier days each hold alone over the days they are reported on (one figure may be
     * reported on several days before the next) and move one way, and only the last day holds several that cannot
     * all hold (an official toll and an aid group's); else null.
     */
    private static String updateThenDispute(List<Map.Entry<String, List<FoundClaim>>> figures) {
        LocalDate last = null;
        for (Map.Entry<String, List<FoundClaim>> e : figures) {
            LocalDate l = latest(e.getValue());
            if (l == null) {
                return null;
            }
            last = last == null || l.isAfter(last) ? l : last;
        }
        List<Map.Entry<String, List<FoundClaim>>> before = new ArrayList<>();
        List<Map.Entry<String, List<FoundClaim>>> lastDay = new ArrayList<>();
        for (Map.Entry<String, List<FoundClaim>> e : figures) {
            boolean onLast = last.equals(earliest(e.getValue()));
            if (!onLast && last.equals(latest(e.getValue()))) {
                return null; // a figure of earlier days still reported on the last one
            }
            (onLast ? lastDay : before).add(e);
        }
        before.sort(Comparator.comparing(e -> earliest(e.getValue())));
        if (before.isEmpty() || before.size() > 1 && !isUpdate(before)) {
            return null;
        }
        List<FoundClaim> lastClaims = lastDay.stream().map(e -> e.getValue().get(0)).toList();
        if (lastDay.size() < 2 || !conflicting(lastClaims)) {
            return null;
        }
        double previous = before.get(before.size() - 1).getValue().get(0).quantity().value();
        int direction = before.size() > 1 ? Double.compare(previous, before.get(0).getValue().get(0).quantity().value()) : 0;
        for (FoundClaim f : lastClaims) {
            int d = Double.compare(f.quantity().value(), previous);
            if (d == 0 || direction != 0 && d != direction) {
                return null;
            }
        }
        List<String> parts = before.stream().map(Disagreements::dated).toList();
        return "the figure changed over time: " + String.join(", then ", parts) + "; on " + last
                + " figures disagree: " + String.join("; ", lastDay.stream().map(Map.Entry::getKey).toList());
    }

    private static boolean conflicting(List<FoundClaim> group) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                if (group.get(i).quantity().vague() || group.get(j).quantity().vague()) {
                    continue;
                }
                double[] a = group.get(i).quantity().interval();
                double[] b = group.get(j).quantity().interval();
                if (a[1] < b[0] || b[1] < a[0]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the figure was revised over time although a bound admits both ("at least 240,000" on one day,
     * "about 310,000" a week later): its values, each by its own date, move one way by more than
     * {@value #REVISED} of the earlier.
     */
    private static boolean revised(List<FoundClaim> group) {
        Map<String, List<FoundClaim>> byLabel = group.stream().filter(f -> !f.quantity().vague()).collect(
                Collectors.groupingBy(f -> f.quantity().label(), LinkedHashMap::new, Collectors.toList()));
        List<Map.Entry<String, List<FoundClaim>>> entries = new ArrayList<>(byLabel.entrySet());
        entries.sort(Comparator.comparing(e -> earliest(e.getValue()), Comparator.nullsLast(Comparator.naturalOrder())));
        entries = sharpest(entries);
        if (!isUpdate(entries)) {
            return false;
        }
        for (int i = 1; i < entries.size(); i++) {
            double prev = entries.get(i - 1).getValue().get(0).quantity().value();
            double cur = entries.get(i).getValue().get(0).quantity().value();
            if (Math.abs(cur - prev) <= REVISED * Math.abs(prev)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The figures without a bound that a sharper figure of the same days lies within ("more than 140" beside "146",
     * both of one day): one value of that day, not two, so the days' values can still read as an update.
     */
    private static List<Map.Entry<String, List<FoundClaim>>> sharpest(List<Map.Entry<String, List<FoundClaim>>> entries) {
        List<Map.Entry<String, List<FoundClaim>>> out = new ArrayList<>();
        for (Map.Entry<String, List<FoundClaim>> e : entries) {
            double[] wide = e.getValue().get(0).quantity().interval();
            boolean admitted = entries.stream().anyMatch(o -> {
                double[] sharp = o.getValue().get(0).quantity().interval();
                return o != e && sharp[1] - sharp[0] < wide[1] - wide[0] && wide[0] <= sharp[0] && sharp[1] <= wide[1]
                        && Objects.equals(earliest(o.getValue()), earliest(e.getValue()))
                        && Objects.equals(latest(o.getValue()), latest(e.getValue()));
            });
            if (!admitted) {
                out.add(e);
            }
        }
        return out;
    }

    /** Values ordered by date with disjoint date ranges and a value moving in one direction. */
    private static boolean isUpdate(List<Map.Entry<String, List<FoundClaim>>> entries) {
        int direction = 0;
        for (int i = 1; i < entries.size(); i++) {
            List<FoundClaim> prev = entries.get(i - 1).getValue();
            List<FoundClaim> cur = entries.get(i).getValue();
            LocalDate prevLast = latest(prev);
            LocalDate curFirst = earliest(cur);
            if (prevLast == null || curFirst == null || !prevLast.isBefore(curFirst)) {
                return false;
            }
            int d = Double.compare(cur.get(0).quantity().value(), prev.get(0).quantity().value());
            if (d == 0 || (direction != 0 && d != direction)) {
                return false;
            }
            direction = d;
        }
        return entries.size() > 1;
    }

    /** The latest day a claim can speak from: its date, or the day before its bound. */
    private static LocalDate latestDay(FoundClaim f) {
        LocalDate d = f.claim().date();
        return d != null && "before".equals(f.claim().datePrecision()) ? d.minusDays(1) : d;
    }

    private static LocalDate earliest(List<FoundClaim> fs) {
        return fs.stream().map(Disagreements::latestDay).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
    }

    private static LocalDate latest(List<FoundClaim> fs) {
        return fs.stream().map(Disagreements::latestDay).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
    }

    /**
     * The subject phrase whose key words recur most (on average per key word) in the other claims' subjects and
     * surrounding words, the shorter on a tie.
     */
    static String subject(List<FoundClaim> group) {
        FoundClaim best = null;
        double bestScore = -1;
        for (FoundClaim f : group) {
            double score = 0;
            for (FoundClaim o : group) {
                if (o != f) {
                    score += f.quantity().keywords().stream()
                            .filter(k -> o.quantity().keywords().contains(k) || o.quantity().window().contains(k)).count();
                }
            }
            score = score / Math.max(1, f.quantity().keywords().size());
            boolean better = score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9
                    && f.claim().subject().length() < best.claim().subject().length());
            if (better) {
                best = f;
                bestScore = score;
            }
        }
        if (best == null) {
            return "";
        }
        // people counted as dead or hurt in words apart ("the death toll", "600 people have died"): the count itself
        boolean apart = group.stream().map(f -> f.claim().subject()).distinct().count() > 1;
        return apart && UnitStage.CASUALTY_GROUPS.contains(best.claim().unit()) ? best.claim().unit() : best.claim().subject();
    }
}
