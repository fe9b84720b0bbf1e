package org.dossier.synthesize.claims;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.rules.RuleFiles;
import org.dossier.text.CalendarNames;

/**
 * Whose the figure is, when the sentence says it: the name that is the subject of a verb of having or winning
 * before it in its clause ("the Civic Union won the election with 34.2 percent of the vote and 58 seats"), the name
 * right before it in a list or after a verb of giving ("gave the Civic Union 58 seats, the Social Democrats 44 and
 * the Green Path 14": a bare number after a name takes the unit of the figure before it, a share naming nothing after
 * a possessive name what the share before it is of: "Orvel's 9% stake and Brandt Capital's 6.1%"), the noun phrase a link
 * verb joins to a share that names nothing else ("Turnout was 61.2 percent", "Turnout in Dravik North was 54.6
 * percent") or a verb of needing joins to any figure ("A majority needs 76 seats": a threshold, no count), the
 * winner of a count of votes after "by" ("won the seat by 212 votes", "losing the seat to the Civic Union by 212
 * votes": the winning margin), or, for a figure a baseline word opens ("up from 57.9 percent"), the owner of the figure before it
 * as an earlier value. The owner is added to the subject shown, and {@link ClaimGroups} never compares figures of
 * two different owners: one party's seats are no other figure of another party's. Words and roles are data
 * ({@code <lang>/owners.txt}, every language read together). Never ends a reading, except that a bare number is
 * read at all only as such a list item.
 */
final class OwnerStage implements QuantityStage {
    private static final List<String> LANGUAGES = List.of("en", "de", "es", "fr");
    private static final Map<String, String> ROLES = roles();
    private static final Set<String> CALENDAR = calendar();
    /** How far back in its clause a verb of having may stand before the figure it owns. */
    private static final int VERB_REACH = 16;
    private static final int MAX_NAME = 4;
    private static final int MAX_PHRASE = 5;
    /** Lower-case words allowed between an article and the name it opens ("the nationalist Homeland Front 19"). */
    private static final int MAX_EPITHETS = 2;
    static final String EARLIER = " (earlier figure)";

    @Override
    public boolean read(QuantityTokens tok, QuantityReading r) {
        int b = r.startTok;
        String baseline = r.previous == null ? null : linked(tok, b, "baseline");
        if (baseline != null && r.previous.owner() != null) {
            r.owner = r.previous.owner() + EARLIER;
            r.subject = r.previous.subject() + EARLIER;
            return true;
        }
        String[] margin = margin(tok, b, r.unitWord);
        if (margin != null) {
            r.owner = margin[0];
            r.subject = margin[1] + " (" + margin[0] + ")";
            return true;
        }
        String name = listed(tok, b);
        boolean elided = name != null && r.subject == null && r.previous != null && r.previous.subject() != null
                && r.previous.unit().equals(r.unit);
        if (name == null) {
            name = verbSubject(tok, b);
        }
        if (name != null) {
            r.owner = name;
            String base = r.subject != null ? r.subject : elided ? ownSubject(r.previous)
                    : "%".equals(r.unitWord) ? r.unit : r.unitWord;
            if (elided) {
                // "Orvel's 9% stake and Brandt Capital's 6.1%": the list item's share is of what the one before is
                r.contextKeys = r.previous.context();
            }
            r.subject = base + " (" + name + ")";
            return true;
        }
        String threshold = linkSubject(tok, b, "threshold");
        if (threshold != null) {
            r.owner = threshold;
            String base = r.subject != null ? r.subject : "%".equals(r.unitWord) ? r.unit : r.unitWord;
            r.subject = base + " (" + threshold + ")";
            return true;
        }
        if (r.subject == null && "share".equals(ClaimFilter.kind(r.unit))) {
            String phrase = linkSubject(tok, b, "link");
            if (phrase != null) {
                r.owner = phrase;
                r.subject = phrase;
            }
        }
        return true;
    }

    /** The subject of a quantity without its owner ("seats" of "seats (Civic Union)"). */
    static String ownSubject(Quantity q) {
        String suffix = " (" + q.owner() + ")";
        String s = q.subject() == null ? q.unit() : q.subject();
        return q.owner() != null && s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    /**
     * The name right before token {@code b} after a list word or a verb of giving, or null (a capitalised word
     * opening the sentence is no list item: "Evoking eight hours of exchanges").
     */
    static String listed(QuantityTokens tok, int b) {
        int[] span = nameBefore(tok, b);
        if (span == null) {
            return null;
        }
        int i = span[0] - 1;
        int epithets = 0;
        while (i >= 0 && epithets < MAX_EPITHETS && lowerWord(tok.get(i)) && !"article".equals(role(tok.get(i)))
                && !KeyWords.isStop(tok.get(i))) {
            i--;
            epithets++;
        }
        boolean article = i >= 0 && "article".equals(role(tok.get(i)));
        if (epithets > 0 && !article) {
            return null;
        }
        if (article) {
            i--;
        }
        String before = i < 0 ? null : role(tok.get(i));
        return "list".equals(before) || "giver".equals(before) ? withoutPossessive(tok.phrase(span[0], span[1])) : null;
    }

    /** A name without the possessive ending its list item may write ("Brandt Capital's 6.1%": Brandt Capital). */
    private static String withoutPossessive(String name) {
        return name.replaceFirst("['\u2019]s?$", "");
    }

    /**
     * The name before a verb of having or winning that stands before token {@code b} in its clause, or null; "has"
     * and its forms only right before the figure ("had 33.8 percent", not "has brought up to 90,000 troops").
     */
    private static String verbSubject(QuantityTokens tok, int b) {
        for (int v = b - 1; v >= Math.max(0, b - VERB_REACH); v--) {
            String t = tok.get(v);
            if (!QuantityTokens.isWord(t) && !Character.isDigit(t.charAt(0)) && !"%".equals(t)) {
                return null;
            }
            if ("verb".equals(role(t)) || "have".equals(role(t))) {
                if ("have".equals(role(t)) ? v + 1 != b : auxiliary(tok, v)) {
                    return null;
                }
                int[] span = nameBefore(tok, v);
                return span == null ? null : tok.phrase(span[0], span[1]);
            }
        }
        return null;
    }

    /**
     * The owner and subject of a count of votes after "by" ({@code margin} and {@code margin-unit} roles): the
     * winner's margin when the clause says who won by it ("the Civic Union won the seat by 212 votes", "Varn beat
     * Osk by 90 votes") or to whom the loser lost ("losing the seat to the Civic Union by 212 votes"), else the
     * loser's ("the Greens lost by 40 votes"); null when no such verb stands before it in its clause.
     */
    private static String[] margin(QuantityTokens tok, int b, String unitWord) {
        if (b < 1 || unitWord == null || !"margin".equals(role(tok.get(b - 1)))
                || !"margin-unit".equals(ROLES.get(unitWord.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        for (int v = b - 2; v >= Math.max(0, b - VERB_REACH); v--) {
            String t = tok.get(v);
            if (!QuantityTokens.isWord(t)) {
                return null;
            }
            String role = role(t);
            if ("loser".equals(role)) {
                for (int to = v + 1; to < b - 2; to++) {
                    if ("to".equalsIgnoreCase(tok.get(to))) {
                        int i = to + 1 < b && "article".equals(role(tok.get(to + 1))) ? to + 2 : to + 1;
                        int j = i;
                        while (j < b - 1 && j - i < MAX_NAME && name(tok, j)) {
                            j++;
                        }
                        return j > i && j == b - 1 ? new String[] {tok.phrase(i, j), "winning margin"} : null;
                    }
                }
                int[] span = subjectBefore(tok, v);
                return span == null ? null : new String[] {tok.phrase(span[0], span[1]), "losing margin"};
            }
            if ("verb".equals(role) || "winner".equals(role)) {
                int[] span = subjectBefore(tok, v);
                return span == null ? null : new String[] {tok.phrase(span[0], span[1]), "winning margin"};
            }
        }
        return null;
    }

    /** The name before the verb at {@code v}, or before its auxiliary ("has won", "had lost"), or null. */
    private static int[] subjectBefore(QuantityTokens tok, int v) {
        int[] span = nameBefore(tok, v);
        return span == null && v > 0 && "have".equals(role(tok.get(v - 1))) ? nameBefore(tok, v - 1) : span;
    }

    /** Whether the verb at {@code v} is an auxiliary of the participle after it ("has deployed", "had been"). */
    private static boolean auxiliary(QuantityTokens tok, int v) {
        if (v + 1 >= tok.size() || !lowerWord(tok.get(v + 1))) {
            return false;
        }
        String next = tok.get(v + 1);
        return next.endsWith("ed") || next.endsWith("en") || next.equals("been");
    }

    /**
     * The noun phrase opening the clause that a word of {@code role} joins to the figure at {@code b} ("Turnout
     * was", "A majority needs"), without its article, its first letter in lower case, or null.
     */
    private static String linkSubject(QuantityTokens tok, int b, String role) {
        String link = linked(tok, b, role);
        if (link == null) {
            return null;
        }
        int end = b - link.split("\\s+").length;
        int start = end;
        while (start > 0 && end - start < MAX_PHRASE && QuantityTokens.isWord(tok.get(start - 1))
                && !"list".equals(role(tok.get(start - 1)))) {
            start--;
        }
        boolean opens = start == 0 || !QuantityTokens.isWord(tok.get(start - 1));
        if (start < end && "article".equals(role(tok.get(start)))) {
            start++;
        }
        if (!opens || start >= end || KeyWords.isStop(tok.get(start)) || "verb".equals(role(tok.get(start)))) {
            return null;
        }
        String phrase = tok.phrase(start, end);
        return Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
    }

    /** The phrase of {@code role} that ends right before token {@code b}, or null. */
    private static String linked(QuantityTokens tok, int b, String role) {
        for (Map.Entry<String, String> e : ROLES.entrySet()) {
            int n = e.getKey().split("\\s+").length;
            if (e.getValue().equals(role) && b - n >= 0 && tok.matches(b - n, e.getKey()) == n) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The run [from, to) of capitalised words ending right before token {@code b}, no time or calendar word, or null. */
    private static int[] nameBefore(QuantityTokens tok, int b) {
        int i = b;
        while (i > 0 && b - i < MAX_NAME && name(tok, i - 1)) {
            i--;
        }
        return i < b ? new int[] {i, b} : null;
    }

    private static boolean name(QuantityTokens tok, int i) {
        String t = tok.get(i);
        return QuantityTokens.isWord(t) && Character.isUpperCase(t.charAt(0)) && !tok.blocked(i)
                && !CALENDAR.contains(t.toLowerCase(Locale.ROOT)) && role(t) == null && !KeyWords.isStop(t);
    }

    /** Whether a word (any case) is a month or weekday name of a language read ("jueves", "Monday"). */
    static boolean calendarWord(String t) {
        return CALENDAR.contains(t.toLowerCase(Locale.ROOT));
    }

    private static boolean lowerWord(String t) {
        return QuantityTokens.isWord(t) && Character.isLowerCase(t.charAt(0));
    }

    private static String role(String t) {
        return ROLES.get(t.toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> roles() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            RuleFiles.pairs(OwnerStage.class, lang, "owners.txt").forEach(out::putIfAbsent);
        }
        return Map.copyOf(out);
    }

    private static Set<String> calendar() {
        Set<String> out = new HashSet<>(CalendarNames.months(CalendarNames.languages(),
                EnumSet.allOf(CalendarNames.Kind.class)).keySet());
        CalendarNames.languages().forEach(l -> out.addAll(CalendarNames.weekdays(l).keySet()));
        Set<String> lower = new HashSet<>();
        out.forEach(w -> lower.add(w.toLowerCase(Locale.ROOT)));
        return lower;
    }
}
