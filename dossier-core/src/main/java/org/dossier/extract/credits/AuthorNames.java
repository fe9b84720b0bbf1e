package org.dossier.extract.credits;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.extract.lines.LineShape;
import org.dossier.extract.lines.TextForms;

/**
 * Author names from declared or visible bylines: strips a lead-in ("By"), a trailing agency credit ("with VPA"),
 * splits lists of names, drops URLs, e-mail addresses, job titles and overlong strings. Use it on any raw author
 * string before it becomes an article's byline.
 */
public final class AuthorNames {
    private static final int MAX_AUTHOR_WORDS = 5;
    private static final Pattern BY = Pattern.compile("(?i)^(" + CreditRules.alternation("author-prefix")
            + ")\\s+");
    private static final Pattern LIST = Pattern.compile("\\s*(?:,|;|\\b(?:" + CreditRules.alternation("name-and")
            + ")\\b|&|\\|)\\s*");
    private AuthorNames() {
    }

    public static List<String> clean(Iterable<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : raw) {
            String s = CreditFinder.get().withoutAgencyTail(
                    BY.matcher(TextForms.normalize(r)).replaceFirst(""));
            for (String name : LIST.split(s)) {
                String n = name.strip();
                if (!n.isEmpty() && !n.contains("http") && !n.contains("@") && !n.contains("/")
                        && LineShape.words(n) <= MAX_AUTHOR_WORDS && Character.isLetter(n.charAt(0))
                        && !CreditFinder.get().isRole(n)) {
                    out.add(n);
                }
            }
        }
        return new ArrayList<>(out);
    }
}
