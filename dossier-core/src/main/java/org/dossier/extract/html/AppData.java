package org.dossier.extract.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.dates.DateParsing;
import org.dossier.model.PageDate;
import org.dossier.rules.RuleFiles;

/**
 * The page data a script framework embeds in the raw page (Next.js {@code <script id="__NEXT_DATA__">}, Nuxt's
 * {@code window.__NUXT__}, a store's {@code window.__INITIAL_STATE__}; markers {@code app-data-marker} in
 * {@code date-meta.txt}), which the bounded parse skips with the other scripts: its first publication key (an ISO
 * string or epoch seconds or milliseconds) and its first author key's names. Use it below what the markup declares:
 * its dates rank under a published meta tag, its names only count when the page names no author otherwise. A key
 * of the first publication ({@code app-data-first-published-key}) wins over the other publication keys.
 */
final class AppData {
    private static final Map<String, List<String>> RULES = RuleFiles.lists(AppData.class, "date-meta.txt");
    private static final List<String> MARKERS = withQuoteForms(RULES.get("app-data-marker"));
    private static final List<String> INDEXED = withQuoteForms(RULES.get("app-data-indexed-marker"));
    /** Characters that few places of a page's markup hold, so a marker is best looked for at one of them. */
    private static final String RARE = "_$@#|~^";
    private static final int[] ANCHOR = anchors(MARKERS);
    private static final String ANCHOR_CHARS = anchorChars(MARKERS, ANCHOR);
    /** A publication key and its value: a quoted date or an epoch number (keys quoted in JSON, bare in script). */
    private static final Pattern PUBLISHED = Pattern.compile("\"?\\b(?:"
            + String.join("|", RULES.get("app-data-published-key"))
            + ")\"?\\s*:\\s*(?:\"([^\"]{8,40})\"|(\\d{13}|\\d{10})(?!\\d))");
    /** A key of the first publication, which wins over a publication key found earlier (Storyblok's). */
    private static final Pattern FIRST_PUBLISHED = Pattern.compile("\"?\\b(?:"
            + String.join("|", RULES.get("app-data-first-published-key"))
            + ")\"?\\s*:\\s*(?:\"([^\"]{8,40})\"|(\\d{13}|\\d{10})(?!\\d))");
    /** An author key and what opens its value: a string, a list or an object. */
    private static final Pattern AUTHOR = Pattern.compile("\"?\\b(?:" + String.join("|",
            RULES.get("app-data-author-key")) + ")\"?\\s*:\\s*([\\[{\"])");
    /** A person's name field inside an author value ({@code app-data-name-key}: "name", "fullName", …). */
    private static final Pattern NAME = Pattern.compile("\"?\\b(?:" + String.join("|", RULES.get("app-data-name-key"))
            + ")\"?\\s*:\\s*\"([^\"]{2,80})\"");
    private static final int SCAN = 200_000;
    private static final int MAX_AUTHOR_VALUE = 2_000;
    private static final double CONFIDENCE = 0.85;

    private AppData() {
    }

    /**
     * The embedded data of the first marker the page holds, at most {@value #SCAN} characters, or null; Nuxt 3's
     * index-based payload ({@code app-data-indexed-marker}) as the plain JSON it stands for ({@link NuxtPayload}).
     */
    static String of(String html) {
        int[] first = new int[MARKERS.size()];
        Arrays.fill(first, -1);
        for (int k = 0; k < MARKERS.size(); k++) {
            if (ANCHOR[k] < 0) {
                first[k] = html.indexOf(MARKERS.get(k));
            }
        }
        for (char c : ANCHOR_CHARS.toCharArray()) {   // one pass per anchor character, for all its markers
            for (int i = html.indexOf(c); i >= 0; i = html.indexOf(c, i + 1)) {
                for (int k = 0; k < MARKERS.size(); k++) {
                    int start = i - ANCHOR[k];
                    if (first[k] < 0 && ANCHOR[k] >= 0 && start >= 0 && MARKERS.get(k).charAt(ANCHOR[k]) == c
                            && html.startsWith(MARKERS.get(k), start)) {
                        first[k] = start;
                    }
                }
            }
        }
        for (int k = 0; k < MARKERS.size(); k++) {
            if (first[k] >= 0) {
                String marker = MARKERS.get(k);
                int at = first[k];
                int end = html.indexOf("</script", at);
                String data = html.substring(at, Math.min(end < 0 ? html.length() : end, at + SCAN));
                String plain = INDEXED.contains(marker) ? NuxtPayload.hydrate(data.substring(data.indexOf('>') + 1))
                        : null;
                return plain != null ? plain : data;
            }
        }
        return null;
    }

    /**
     * The markers as written, each followed by its attribute value in single quotes and unquoted
     * ({@code id='__NEXT_DATA__'}, {@code id=__NEXT_DATA__}, as minifiers leave it) when it quotes one.
     */
    private static List<String> withQuoteForms(List<String> markers) {
        List<String> out = new ArrayList<>();
        for (String m : markers) {
            out.add(m);
            if (m.indexOf('"') >= 0) {
                out.add(m.replace('"', '\''));
                out.add(m.replace("\"", ""));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Where each marker's anchor stands in it: its first character that is rare in HTML ({@value #RARE}), or -1
     * for a marker without one, which is then looked for on its own. A page is scanned once per anchor character,
     * not once per marker (most markers share {@code _}).
     */
    private static int[] anchors(List<String> markers) {
        int[] out = new int[markers.size()];
        for (int k = 0; k < out.length; k++) {
            String m = markers.get(k);
            out[k] = -1;
            for (int j = 0; j < m.length() && out[k] < 0; j++) {
                if (RARE.indexOf(m.charAt(j)) >= 0) {
                    out[k] = j;
                }
            }
        }
        return out;
    }

    private static String anchorChars(List<String> markers, int[] anchors) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < anchors.length; k++) {
            char c = anchors[k] < 0 ? 0 : markers.get(k).charAt(anchors[k]);
            if (c != 0 && out.indexOf(String.valueOf(c)) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The publication date of the page data, as origin {@code app-data:published}; empty without one. */
    static List<PageDate> dates(String data) {
        List<PageDate> out = new ArrayList<>();
        if (data == null) {
            return out;
        }
        Matcher m = FIRST_PUBLISHED.matcher(data);
        if (m.find() || (m = PUBLISHED.matcher(data)).find()) {
            LocalDate d = m.group(1) != null ? DateParsing.first(m.group(1)) : epochDay(m.group(2));
            if (d != null) {
                out.add(new PageDate(d, "app-data:published", CONFIDENCE));
            }
        }
        return out;
    }

    /** The UTC day of epoch seconds (ten digits) or milliseconds (thirteen), or null outside the page years. */
    static LocalDate epochDay(String digits) {
        long n = Long.parseLong(digits);
        Instant at = digits.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        LocalDate d = at.atOffset(ZoneOffset.UTC).toLocalDate();
        return DateParsing.first(d.toString());
    }

    /**
     * The names the page data's first author key gives: the string, or the {@code name} fields of its list or
     * object ({@code "authors":[{"name":"Maya Lin"},…]}, {@code author:{name:"Chris Ford"}}); empty without one.
     */
    static List<String> authors(String data) {
        List<String> out = new ArrayList<>();
        if (data == null) {
            return out;
        }
        Matcher m = AUTHOR.matcher(data);
        if (!m.find()) {
            return out;
        }
        int start = m.start(1);
        if (data.charAt(start) == '"') {
            int end = data.indexOf('"', start + 1);
            if (end > start + 1 && end - start < MAX_AUTHOR_VALUE) {
                out.add(data.substring(start + 1, end));
            }
            return out;
        }
        String value = data.substring(start, closing(data, start));
        Matcher n = NAME.matcher(value);
        while (n.find()) {
            out.add(n.group(1));
        }
        return out;
    }

    /** The end of the list or object opening at {@code start} (quoted text skipped), at most a bounded length. */
    private static int closing(String data, int start) {
        int depth = 0;
        boolean quoted = false;
        int limit = Math.min(data.length(), start + MAX_AUTHOR_VALUE);
        for (int i = start; i < limit; i++) {
            char c = data.charAt(i);
            if (c == '"' && data.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ']' || c == '}') && --depth == 0) {
                return i + 1;
            }
        }
        return limit;
    }
}
