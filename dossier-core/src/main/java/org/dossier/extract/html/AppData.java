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
    /** Markers of page data held as a JSON string to parse ({@code JSON.parse("{\"post\":…}")}). */
    private static final List<String> STRING_HELD = RULES.get("app-data-string-marker");
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
    private static final List<String> PUBLISHED_KEYS = RULES.get("app-data-published-key");
    private static final List<String> FIRST_PUBLISHED_KEYS = RULES.get("app-data-first-published-key");
    private static final List<String> AUTHOR_KEYS = RULES.get("app-data-author-key");
    /** An author key and what opens its value: a string, a list or an object. */
    private static final Pattern AUTHOR = Pattern.compile("\"?\\b(?:" + String.join("|",
            RULES.get("app-data-author-key")) + ")\"?\\s*:\\s*([\\[{\"])");
    /** A person's name field inside an author value ({@code app-data-name-key}: "name", "fullName", …). */
    private static final Pattern NAME = Pattern.compile("\"?\\b(?:" + String.join("|", RULES.get("app-data-name-key"))
            + ")\"?\\s*:\\s*\"([^\"]{2,80})\"");
    /** A key crediting another role inside an author value ({@code app-data-other-role-key}: "photos_by"). */
    private static final Pattern OTHER_ROLE = Pattern.compile("\"(?:" + String.join("|",
            RULES.get("app-data-other-role-key")) + ")\"\\s*:\\s*([\\[{])");
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
        return of(html, HtmlInput.cuts(html));
    }

    /**
     * As {@link #of(String)}, looking for the markers only inside the ranges the bounded parse cut ({@code cuts}:
     * {@link HtmlInput#cuts}, sorted start/end pairs), where scripts stand: a marker quoted in the article's text
     * is no page data.
     */
    static String of(String html, int[] cuts) {
        int[] first = new int[MARKERS.size()];
        Arrays.fill(first, -1);
        for (int a = 0; a < ANCHOR_CHARS.length(); a++) {   // one pass per anchor character, for all its markers
            char c = ANCHOR_CHARS.charAt(a);
            int i = -1;
            for (int r = 0; r + 1 < cuts.length; r += 2) {
                if (i < cuts[r]) {
                    i = html.indexOf(c, cuts[r]);
                }
                for (; i >= 0 && i < cuts[r + 1]; i = html.indexOf(c, i + 1)) {
                    anchoredAt(html, i, c, first);
                }
                if (i < 0) {
                    break;
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
                if (STRING_HELD.contains(marker)) {
                    return data.replace("\\\"", "\""); // the string's escaped quotes, read as the JSON's quotes
                }
                return plain != null ? plain : data;
            }
        }
        return null;
    }

    /** Records at {@code first} each marker not yet found whose anchor {@code c} stands at {@code i}. */
    private static void anchoredAt(String html, int i, char c, int[] first) {
        for (int k = 0; k < MARKERS.size(); k++) {
            int start = i - ANCHOR[k];
            if (first[k] < 0 && start >= 0 && MARKERS.get(k).charAt(ANCHOR[k]) == c
                    && html.startsWith(MARKERS.get(k), start)) {
                first[k] = start;
            }
        }
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
     * Where each marker's anchor stands in it: its first character that is rare in HTML ({@value #RARE}), or its
     * first character for a marker without one. A page is scanned once per anchor character, not once per marker
     * (most markers share {@code _}).
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
            out[k] = Math.max(out[k], 0);
        }
        return out;
    }

    private static String anchorChars(List<String> markers, int[] anchors) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < anchors.length; k++) {
            char c = markers.get(k).charAt(anchors[k]);
            if (out.indexOf(String.valueOf(c)) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A matcher of {@code p}, a pattern that opens with an optional quote and one of {@code keys}, over {@code data}
     * from just before the first place one of the keys stands (the whole data visible to its boundaries), or over
     * nothing when none does: the page data of a script framework is long, and a regex alternation tried at each
     * of its characters is slow, a search for each key's text is not. It finds what the matcher over the whole
     * data finds.
     */
    private static Matcher from(Pattern p, String data, List<String> keys) {
        int first = data.length();
        for (String key : keys) {
            int i = data.indexOf(key);
            if (i >= 0 && i < first) {
                first = i;
            }
        }
        return p.matcher(data).useTransparentBounds(true).region(Math.max(0, first - 1),
                first == data.length() ? first : data.length());
    }

    /** The publication date of the page data, as origin {@code app-data:published}; empty without one. */
    static List<PageDate> dates(String data) {
        List<PageDate> out = new ArrayList<>();
        if (data == null) {
            return out;
        }
        Matcher m = from(FIRST_PUBLISHED, data, FIRST_PUBLISHED_KEYS);
        if (m.find() || (m = from(PUBLISHED, data, PUBLISHED_KEYS)).find()) {
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
        Matcher m = from(AUTHOR, data, AUTHOR_KEYS);
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
        String value = withoutOtherRoles(data.substring(start, closing(data, start)));
        Matcher n = NAME.matcher(value);
        while (n.find()) {
            out.add(n.group(1));
        }
        return out;
    }

    /** An author value without the lists it credits to other roles ("photos_by":[…] of Arc's credits). */
    private static String withoutOtherRoles(String value) {
        Matcher m = OTHER_ROLE.matcher(value);
        while (m.find()) {
            int end = Math.min(value.length(), closing(value, m.start(1)));
            value = value.substring(0, m.start()) + value.substring(end);
            m = OTHER_ROLE.matcher(value);
        }
        return value;
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
