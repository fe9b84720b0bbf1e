package org.dossier.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place of a dateline opening an article's text, as agencies and papers write follow-ups: "BRASK, Tavrenia (WNA)
 * —", "PORT ELDEN —", "Kranzbach (dpa) –", "BRASK/OSLA (WNA) -", "Marvella, 10 ene (EFE).-", "HARLAN, Ky. —" (a region abbreviated with full stops). The place is in capitals (or capitalised, when an agency in brackets
 * follows it), then perhaps a comma and a region or date, the agency, and a dash. {@link KeyFeatures} reads the
 * place as a name (sentence-initial and in capitals, it would otherwise be none) and leaves the agency out: it names
 * who wrote the copy, not the event. Dates in a dateline are {@link DatelineFinder}'s.
 */
record DatelinePlace(int placeEnd, int agencyStart, int agencyEnd, int textStart) {
    /** The chars of the text's opening a dateline may take. */
    static final int HEAD_CHARS = 160;

    private static final Pattern DATELINE = Pattern.compile(
            "\\A\\s*(?:(?<caps>\\p{Lu}[\\p{Lu}\\p{M}'’./-]+(?:[ \\u00A0]\\p{Lu}[\\p{Lu}\\p{M}'’./-]*){0,3})"
                    + "|(?<cap>\\p{Lu}\\p{Ll}+(?:[ /-]\\p{Lu}\\p{Ll}+){0,2}))"
                    + "(?:,(?:[^()\\n—–.!?]|(?<=\\p{L})\\.(?=[\\s\\p{Lu}])){1,40}?)?\\s*(?<agency>\\([^()\\n]{1,30}\\))?\\s*(?:(?<=\\))\\.)?\\s*(?:[—–]|--?(?=\\s)|(?<=\\.)-)");

    /** No dateline: nothing is a dateline place, nothing an agency. */
    static final DatelinePlace NONE = new DatelinePlace(-1, -1, -1, -1);

    /** The dateline opening {@code text}, or {@link #NONE}. */
    static DatelinePlace of(String text) {
        Matcher m = DATELINE.matcher(text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text);
        if (!m.lookingAt() || (m.group("caps") == null && m.group("agency") == null)) {
            return NONE;
        }
        String place = m.group("caps") != null ? "caps" : "cap";
        int textStart = m.end();
        while (textStart < text.length() && Character.isWhitespace(text.charAt(textStart))) {
            textStart++;
        }
        return m.group("agency") == null ? new DatelinePlace(m.end(place), -1, -1, textStart)
                : new DatelinePlace(m.end(place), m.start("agency"), m.end("agency"), textStart);
    }

    /** Whether the token of this text is a word of the dateline's place. */
    boolean place(KeyToken t) {
        return t.end() <= placeEnd;
    }

    /** Whether the token of this text opens the sentence after the dateline (capitalised by position). */
    boolean opensText(KeyToken t) {
        return t.start() == textStart;
    }

    /** Whether the token of this text is inside the dateline's agency brackets. */
    boolean agency(KeyToken t) {
        return t.start() >= agencyStart && t.end() <= agencyEnd;
    }
}
