package org.dossier.extract.html;

import java.util.List;
import java.util.regex.Pattern;
import org.dossier.rules.RuleFiles;
import org.jsoup.nodes.Element;

/**
 * The machine-readable time an element other than {@code <time>} carries in a data attribute ({@code <span
 * class="ago" data-datetime="2024-03-11T13:40:00Z">2 hours ago</span>}; the attributes are {@code time-attribute} in
 * {@code date-meta.txt}): an ISO date or timestamp only, never an epoch number. Use it to read such an element as a
 * time element is read; the relative text it shows dates nothing without a fetch time.
 */
final class MachineTimes {
    private static final List<String> ATTRIBUTES = RuleFiles.lists(MachineTimes.class, "date-meta.txt")
            .get("time-attribute");
    private static final Pattern ISO = Pattern.compile("^\\s*\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}.*)?$");

    private MachineTimes() {}

    /** The ISO time of the element's first time attribute, or null. */
    static String of(Element e) {
        if (e.attributesSize() == 0) {
            return null;
        }
        for (String a : ATTRIBUTES) {
            String v = e.attr(a);
            if (!v.isEmpty() && ISO.matcher(v).matches()) {
                return v.strip();
            }
        }
        return null;
    }
}
