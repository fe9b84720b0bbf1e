package org.dossier.extract.html;

import java.util.List;

/**
 * The pieces of the HTML tokenizer that {@link HtmlInput} needs to find where an element ends without parsing:
 * tag ends outside quoted attribute values, comment ends, a script's end with its escape states, the end of a
 * raw-text element and of an element by its matching end tag. Each works on a string and positions and returns a
 * position ({@code length()} when the page ends first, -1 where said); pure and allocation-free.
 */
final class Markup {
    private Markup() {
    }

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Whether {@code c} ends a tag name: white space, {@code /} or {@code >}. */
    private static boolean endsName(char c) {
        return isSpace(c) || c == '/' || c == '>';
    }

    /** Where the tag name starting at {@code from} ends. */
    static int nameEnd(String html, int from) {
        int j = from;
        while (j < html.length() && !endsName(html.charAt(j))) {
            j++;
        }
        return j;
    }

    /** The one of {@code names} that {@code html[from, to)} is (ignoring case), or null. */
    static String nameIn(String html, int from, int to, List<String> names) {
        for (String name : names) {
            if (to - from == name.length() && html.regionMatches(true, from, name, 0, name.length())) {
                return name;
            }
        }
        return null;
    }

    /** The position after the {@code >} that closes the tag whose attributes start at {@code from}, or -1. */
    static int tagEnd(String html, int from) {
        return (int) tagScan(html, from);
    }

    /** Whether the tag whose attributes start at {@code from} closes itself with {@code />}. */
    static boolean selfClosing(String html, int from) {
        return (tagScan(html, from) >>> 32) != 0;
    }

    /**
     * Scans attributes as the tokenizer does: a quote opens a value only after {@code =}, and a {@code >} inside a
     * quoted value does not end the tag. The low 32 bits are the end (-1 when the page ends inside the tag), the high
     * bits 1 when the tag ended with {@code />}.
     */
    private static long tagScan(String html, int from) {
        final int beforeName = 0;
        final int name = 1;
        final int afterName = 2;
        final int beforeValue = 3;
        final int quoted = 4;
        final int unquoted = 5;
        final int slash = 6;
        int state = beforeName;
        char quote = 0;
        for (int j = from; j < html.length(); j++) {
            if (state == quoted) {
                j = html.indexOf(quote, j); // nothing inside a quoted value matters: straight to its end
                if (j < 0) {
                    return -1;
                }
                state = beforeName;
                continue;
            }
            char c = html.charAt(j);
            if (c == '>') {
                return (j + 1) | (state == slash ? 1L << 32 : 0L);
            }
            switch (state) {
                case unquoted -> state = isSpace(c) ? beforeName : unquoted;
                case beforeValue -> {
                    if (c == '"' || c == '\'') {
                        quote = c;
                        state = quoted;
                    } else if (!isSpace(c)) {
                        state = unquoted;
                    }
                }
                case name -> state = isSpace(c) ? afterName : c == '/' ? slash : c == '=' ? beforeValue : name;
                case afterName -> state = isSpace(c) ? afterName : c == '/' ? slash : c == '=' ? beforeValue : name;
                default -> state = isSpace(c) ? beforeName : c == '/' ? slash : name; // before a name, after a '/'
            }
        }
        return -1;
    }

    /** The end of a comment whose text starts at {@code from} (after {@code <!--}). */
    static int commentEnd(String html, int from) {
        if (html.startsWith(">", from)) {
            return from + 1;
        }
        if (html.startsWith("->", from)) {
            return from + 2;
        }
        int close = html.indexOf("--", from);
        while (close >= 0) {
            int k = close + 2;
            while (k < html.length() && html.charAt(k) == '-') {
                k++;
            }
            if (html.startsWith(">", k)) {
                return k + 1;
            }
            if (html.startsWith("!>", k)) {
                return k + 2;
            }
            close = html.indexOf("--", k);
        }
        return html.length();
    }

    /** Whether {@code html} has {@code </name} followed by white space, {@code /} or {@code >} at {@code at}. */
    private static boolean endTagAt(String html, int at, String name) {
        int after = at + 2 + name.length();
        return after < html.length() && html.charAt(at + 1) == '/'
                && html.regionMatches(true, at + 2, name, 0, name.length()) && endsName(html.charAt(after));
    }

    private static boolean startTagAt(String html, int at, String name) {
        int after = at + 1 + name.length();
        return after < html.length() && html.regionMatches(true, at + 1, name, 0, name.length())
                && endsName(html.charAt(after));
    }

    /** The end of the end tag at {@code at} (of a name of {@code nameLength} chars), or the page's end. */
    private static int closeAt(String html, int at, int nameLength) {
        int end = tagEnd(html, at + 2 + nameLength);
        return end < 0 ? html.length() : end;
    }

    /**
     * The end of a script whose data starts at {@code from}: its first {@code </script>}, except inside the
     * escaped {@code <!-- ... <script> ... -->} form, where an inner {@code </script>} closes the inner script.
     */
    static int scriptEnd(String html, int from) {
        final int data = 0;
        final int escaped = 1;
        final int doubleEscaped = 2;
        int state = data;
        int len = html.length();
        for (int j = from; j < len; j++) {
            if (state == data) {
                j = html.indexOf('<', j); // in plain data only a '<' can change the state
                if (j < 0) {
                    return len;
                }
            }
            char c = html.charAt(j);
            if (c == '<') {
                if (endTagAt(html, j, "script")) {
                    if (state != doubleEscaped) {
                        return closeAt(html, j, 6);
                    }
                    state = escaped;
                    j += 7;
                } else if (state == data && html.startsWith("<!--", j)) {
                    state = escaped;
                    j += 3;
                    while (j + 1 < len && html.charAt(j + 1) == '-') {
                        j++;
                    }
                    if (j + 1 < len && html.charAt(j + 1) == '>') {
                        state = data;
                        j++;
                    }
                } else if (state == escaped && startTagAt(html, j, "script")) {
                    state = doubleEscaped;
                    j += 6;
                }
            } else if (c == '-' && state != data && html.startsWith("-->", j)) {
                state = data;
                j += 2;
            }
        }
        return len;
    }

    /** The end of a raw-text or RCDATA element whose text starts at {@code from}: its first end tag. */
    static int rawTextEnd(String html, int from, String name) {
        int j = html.indexOf("</", from);
        while (j >= 0) {
            if (endTagAt(html, j, name)) {
                return closeAt(html, j, name.length());
            }
            j = html.indexOf("</", j + 2);
        }
        return html.length();
    }

    /**
     * The end of an element whose content (markup, as in {@code svg} or {@code noscript}) starts at {@code from}: its
     * matching end tag, counting nested elements of the same name, reading tags, comments and CDATA sections whole so
     * that a {@code </svg>} inside them ends nothing.
     */
    static int elementEnd(String html, int from, String name) {
        int depth = 1;
        int len = html.length();
        int j = html.indexOf('<', from);
        while (j >= 0 && j + 1 < len) {
            int next;
            char c = html.charAt(j + 1);
            if (html.startsWith("<!--", j)) {
                next = commentEnd(html, j + 4);
            } else if (html.startsWith("<![CDATA[", j)) {
                int close = html.indexOf("]]>", j + 9);
                next = close < 0 ? len : close + 3;
            } else if (c == '!' || c == '?') {
                int gt = html.indexOf('>', j + 2);
                next = gt < 0 ? len : gt + 1;
            } else if (c == '/' && j + 2 < len && isLetter(html.charAt(j + 2))) {
                int end = tagEnd(html, nameEnd(html, j + 2));
                if (end < 0) {
                    return len;
                }
                if (endTagAt(html, j, name) && --depth == 0) {
                    return end;
                }
                next = end;
            } else if (isLetter(c)) {
                long scan = tagScan(html, nameEnd(html, j + 1));
                int end = (int) scan;
                if (end < 0) {
                    return len;
                }
                if (startTagAt(html, j, name) && (scan >>> 32) == 0) {
                    depth++;
                } else if (name.equals("noscript") && nameEnd(html, j + 1) - j - 1 == 6
                        && html.regionMatches(true, j + 1, "script", 0, 6)) {
                    end = scriptEnd(html, end);
                }
                next = end;
            } else {
                next = j + 1;
            }
            j = next >= len ? -1 : html.indexOf('<', next);
        }
        return len;
    }

    /** Whether the script tag {@code html[from, to)} declares JSON-LD. */
    static boolean isJsonLd(String html, int from, int to) {
        for (int k = from + 2; k + 5 <= to; k++) {
            if (html.charAt(k) == '+' && html.regionMatches(true, k - 2, "ld+json", 0, 7)) {
                return true;
            }
        }
        return false;
    }
}
