package org.dossier.extract.dates;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.rules.RuleFiles;

/**
 * Publication and update labels of date lines ("Published the 07/03/2025", "Updated: …"), read from
 * {@code date-labels.txt}.
 */
public final class DateLabels {
    /**
     * The confidence of a date labelled as an update, on either kind of page: it dates a version of the page, so it
     * stays below the confidence a publication date needs.
     */
    public static final double LABELLED_UPDATED = 0.4;
    private static final DateLabels INSTANCE = new DateLabels(RuleFiles.lists(DateLabels.class, "date-labels.txt"));

    private final Pattern published;
    private final Pattern updated;
    private final Pattern anyWithColon;
    private final Pattern print;
    /** A publication label inside a line, of the labels long enough not to be a common word ("date"). */
    private final Pattern publishedInside;
    private static final int MIN_INSIDE_LABEL = 6;

    private DateLabels(Map<String, List<String>> labels) {
        published = Pattern.compile("(?iu)^\\W{0,3}(?:" + String.join("|", labels.get("published")) + ")\\b");
        updated = Pattern.compile("(?iu)(?<!\\p{L})(?:" + String.join("|", labels.get("updated")) + ")(?!\\p{L})");
        publishedInside = Pattern.compile("(?iu)(?<!\\p{L})(?:" + String.join("|", labels.get("published").stream()
                .filter(l -> l.length() >= MIN_INSIDE_LABEL).toList()) + ")(?!\\p{L})");
        print = Pattern.compile("(?iu)(?<!\\p{L})(?:" + String.join("|", labels.get("print")) + ")(?!\\p{L})");
        anyWithColon = Pattern.compile("(?iu)(?<!\\p{L})(?:" + String.join("|", labels.get("published")) + "|"
                + String.join("|", labels.get("updated")) + ")\\s*:");
    }

    public static DateLabels get() {
        return INSTANCE;
    }

    /** Whether the line opens with a publication label. */
    public boolean published(String line) {
        return published.matcher(line).find();
    }

    /**
     * Where a publication or update label with its colon starts in the line ("By Carla Mendes Published: Feb 3"),
     * or -1.
     */
    public int labelWithColonAt(String line) {
        Matcher m = anyWithColon.matcher(line);
        return m.find() ? m.start() : -1;
    }

    /**
     * Where a publication label starts after {@code from} in a line that states its update first ("Actualizado
     * 13/01/2024 09:00 Publicado 12/01/2024 14:20"), or -1; labels shorter than six letters are not looked for.
     */
    public int publishedAfter(String line, int from) {
        Matcher m = publishedInside.matcher(line);
        return m.find(from) ? m.start() : -1;
    }

    /**
     * Where a publication label of six letters or more, or an update label, first stands after the line's start
     * ("Par Claire Vautrin Publié le 14 mars" at "Publié"), or -1.
     */
    public int labelInside(String line) {
        Matcher p = publishedInside.matcher(line);
        Matcher u = updated.matcher(line);
        int at = -1;
        for (Matcher m : new Matcher[] {p, u}) {
            while (m.find()) {
                if (m.start() > 0) {
                    at = at < 0 ? m.start() : Math.min(at, m.start());
                    break;
                }
            }
        }
        return at;
    }

    /** Whether the line dates the print edition ("Erschienen in der Printausgabe vom …"), not the online page. */
    public boolean print(String line) {
        return print.matcher(line).find();
    }

    /** Where an update label starts in the line, or -1. */
    public int updatedAt(String line) {
        Matcher m = updated.matcher(line);
        return m.find() ? m.start() : -1;
    }
}
