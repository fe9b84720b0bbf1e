package org.dossier.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.rules.RuleFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The outlet a page names only in its copyright line ("All content copyright Kellby Today", "© 2025 The Harbour
 * Gazette. All rights reserved."): read from the page's footer elements when nothing else names the site. The
 * markers, the words a name may hold in lower case and the corporate words left out of its end ("… Company",
 * "… GmbH") are data ({@code copyright-lines.txt}). Use it as the last
 * source of a page's outlet, after its meta tags, JSON-LD and title.
 */
final class CopyrightLines {
    private static final Map<String, List<String>> RULES = RuleFiles.lists(CopyrightLines.class, "copyright-lines.txt");
    private static final String FOOTERS = String.join(", ", RULES.get("footer"));
    private static final Pattern LINE = Pattern.compile("(?i:" + String.join("|", RULES.get("marker").stream()
            .map(Pattern::quote).toList()) + ")\\s*(?:(?:19|20)\\d\\d(?:\\s*[-\u2013]\\s*(?:19|20)\\d\\d)?\\s*)?(?i:by\\s+)?"
            + "(\\p{Lu}[\\p{L}&']*(?:\\s+(?:\\p{Lu}[\\p{L}&']*|(?:" + String.join("|", RULES.get("joiner"))
            + ")(?![\\p{L}]))){0,5})");
    private static final int MAX_FOOTERS = 6;

    private CopyrightLines() {}

    /** The name the page's footer gives after a copyright mark, or null. */
    static String outlet(Document doc) {
        List<Element> footers = doc.select(FOOTERS);
        for (int i = footers.size() - 1; i >= 0 && i >= footers.size() - MAX_FOOTERS; i--) {
            Matcher m = LINE.matcher(footers.get(i).text());
            if (m.find()) {
                String name = withoutCorporateSuffix(beforeChrome(m.group(1)));
                if (name.length() >= 3 && !RULES.get("not-a-name").contains(name.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * The holder's name without the corporate words that end it ("The New York Times Company": "The New York
     * Times"; "… GmbH", "… S.A.", whose first letter is all the name pattern reads; {@code corporate-suffix}) and
     * without a joining word left at its end; the name as it is where nothing else would be left.
     */
    private static String withoutCorporateSuffix(String name) {
        List<String> words = new java.util.ArrayList<>(List.of(name.strip().split("\\s+")));
        while (words.size() > 1) {
            String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT).replace(".", "");
            if (RULES.get("corporate-suffix").contains(last) || last.length() == 1 && Character.isLetter(last.charAt(0))
                    || RULES.get("joiner").contains(last)) {
                words.remove(words.size() - 1);
            } else {
                break;
            }
        }
        return String.join(" ", words);
    }

    /** The name up to the first word of the footer's links that follows it ("… Company Contact": "… Company"). */
    private static String beforeChrome(String name) {
        String[] words = name.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (RULES.get("chrome").contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            out.append(out.length() == 0 ? "" : " ").append(w);
        }
        return out.toString();
    }
}
