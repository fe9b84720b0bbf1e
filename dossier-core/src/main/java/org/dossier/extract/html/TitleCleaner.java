package org.dossier.extract.html;

import java.util.regex.Pattern;
import org.dossier.extract.lines.LineShape;
import org.dossier.extract.lines.TextForms;

/** Removes a site-name suffix or prefix (" | Site", " - Site", "Site: ") from a page title. */
final class TitleCleaner {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u00b7\u2022:-]{1,2}\\s+");
    private static final int MAX_SITE_WORDS = 5;

    private TitleCleaner() {
    }

    static String clean(String title, String site) {
        if (title == null) {
            return null;
        }
        String t = TextForms.normalize(title);
        var m = SEPARATOR.matcher(t);
        int lastStart = -1;
        int lastEnd = -1;
        int firstStart = -1;
        int firstEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart < 0) {
            return t;
        }
        String suffix = t.substring(lastEnd);
        String prefix = t.substring(0, firstStart);
        if (site != null && same(suffix, site) || site == null && isSiteLike(suffix, t.substring(0, lastStart))) {
            return t.substring(0, lastStart).strip();
        }
        if (site != null && same(prefix, site)) {
            return t.substring(firstEnd).strip();
        }
        return t;
    }

    private static boolean isSiteLike(String suffix, String rest) {
        return LineShape.words(suffix) <= MAX_SITE_WORDS && LineShape.words(rest) >= 3 && !suffix.endsWith("?")
                && !suffix.endsWith(".");
    }

    private static boolean same(String a, String b) {
        String x = TextForms.simplify(a);
        String y = TextForms.simplify(b);
        return !x.isEmpty() && (x.equals(y) || x.contains(y) || y.contains(x));
    }
}
