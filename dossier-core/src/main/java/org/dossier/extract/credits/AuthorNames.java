package org.dossier.extract.credits;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.dates.DateLabels;
import org.dossier.extract.lines.LineShape;
import org.dossier.extract.lines.TextForms;
import org.dossier.text.CalendarNames;

/**
 * Author names from declared or visible bylines, as a clean list of people: strips a lead-in ("By", "Von", "Par",
 * "Door", "Analysis by"), a trailing agency credit ("with VPA") and trailing weekday names, splits lists of names
 * ("A, B and C", "A und B", "A et B", "A y B", "A e B", "A en B"), and drops what names no person: URLs, e-mail
 * addresses, social handles and domains, what follows a word with digits ("Chris Lowe 2 hours ago"), parts that
 * open with digits (dates, times), job titles and desks ("Staff Writer", "Redaktion",
 * "Redacción"), lower-case handles, credentials ("MS", "RDN") and overlong strings. A name written in capitals is
 * given in title case ("TOM KRISHER" is Tom Krisher). Use it on any raw author string before it becomes an
 * article's byline; {@link #withoutSite} then drops names that are the outlet's own.
 */
public final class AuthorNames {
    private static final int MAX_AUTHOR_WORDS = 5;
    /** A job title set after a name with no comma is this many words at most ("Staff Writer"). */
    private static final int MAX_TRAILING_ROLE_WORDS = 3;
    private static final int MAX_DESK_WORDS = 4;
    /** A part in capitals of at most this many letters is a credential or an acronym, not a name. */
    private static final int MAX_CREDENTIAL = 4;
    private static final Pattern BY = Pattern.compile("(?iu)^(?:" + CreditRules.alternation("author-prefix")
            + ")(?:\\s*[,:]\\s*|\\s+)|^(?-i:(?:"
            + CreditRules.alternation("author-prefix-lower") + ")\\s+(?=\\p{Lu}))");
    /** One word after a name and a dash: the site's desk or handle ("Budi Santoso - detikNews"), not a name. */
    private static final Pattern DASH_TAIL = Pattern.compile("^(\\S+\\s+\\S.*?)\\s[-\u2013\u2014]\\s[\\p{L}\\p{N}.]+$");
    /** A joining word left at the start of a part when a role stood before it ("…, Political Editor, and B"). */
    private static final Pattern LEADING_AND = Pattern.compile("^(?:" + CreditRules.alternation("name-and")
            + ")\\s+(?=\\p{L})");
    private static final Pattern LIST = Pattern.compile("\\s*(?:,|;|&|\\||\\s/\\s)\\s*"
            + "|(?<=\\p{L}{2})\\.\\s+|\\s+(?:"
            + CreditRules.alternation("name-and") + ")\\s+");
    private static final Pattern NOT_PERSON = Pattern.compile("(?iu)(?<!\\p{L})(?:"
            + CreditRules.alternation("not-person-word") + ")(?!\\p{L})");
    private static final Set<String> NOT_PERSON_LEAD = Set.copyOf(CreditRules.entries("not-person-lead"));
    private static final Pattern DOMAIN = Pattern.compile("(?i)^[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}$");
    private static final Set<String> PARTICLES = Set.copyOf(CreditRules.entries("name-particle"));
    private static final Set<String> WEEKDAYS = weekdays();
    private static final Set<String> MONTHS = CalendarNames.months(CalendarNames.languages(),
            Set.of(CalendarNames.Kind.MONTH, CalendarNames.Kind.MONTH_ABBREVIATION)).keySet();
    /** An e-mail address or a social handle, with the separator before it. */
    private static final Pattern CONTACT = Pattern.compile("[\\s|,·-]*(?<![\\p{L}\\p{N}])(?:[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|@\\w{2,})");
    /** A word holding a digit, after a space (the part's first word is kept: a part that opens with one is no name). */
    private static final Pattern DIGIT_WORD = Pattern.compile("\\s+\\S*\\d");

    /** Last words of an outlet's name ({@code outlet-word}): a part ending in one names no person. */
    private static final Set<String> OUTLET_WORDS = Set.copyOf(CreditRules.entries("outlet-word"));
    /** A word an acronym opens, joined by a hyphen ("NW-Landesstudio"): an organisation's, not a name's. */
    private static final Pattern ACRONYM_COMPOUND = Pattern.compile("\\p{Lu}{2,}-\\p{Lu}\\p{Ll}");
    /** A picture credit after the names ("Mads Kjær Foto: Line Bech"): not part of them. */
    private static final Pattern PICTURE_CREDIT = Pattern.compile("(?iu)\\s+(?:"
            + CreditRules.alternation("caption-label") + ")\\s*:.*$");
    /** A picture credit after the names without a colon ("Autor: A, fot. B", "By A · Photography by B"). */
    static final Pattern PICTURE_LEAD = Pattern.compile("(?iu)(?:^|[\\s,;|\u00b7\u2022\u2013\u2014-]+)(?:"
            + CreditRules.alternation("picture-lead") + ")(?=\\s).*$");
    /** A part that still opens with a label of its own ("Editor: Sarah Goh", "Redakcja: …"): another role's. */
    private static final Pattern OTHER_ROLE = Pattern.compile("^\\p{L}+(?:\\s\\p{L}+)?\\s*:\\s*\\p{Lu}");
    /** Two to four capitalised words after a name and a dash: an outlet or station ("- Région Info Bretagne"). */
    private static final Pattern DASH_OUTLET = Pattern.compile("\\p{Lu}[\\p{L}'-]*(?:\\s\\p{Lu}[\\p{L}'-]*){1,3}");
    /** A name, a dash and what follows it ("Mara Quill - Education Editor"). */
    private static final Pattern DASH_PARTS = Pattern.compile("^(\\S.*?)\\s[-\u2013\u2014]\\s(.+)$");
    /** A place after a name ("Mara Quill in Brussels", {@code place-word}): not part of it. */
    private static final Pattern PLACE_TAIL = Pattern.compile("\\s+(?:" + CreditRules.alternation("place-word")
            + ")\\s+\\p{Lu}.*$");
    private static final Set<String> CARD_LABELS = lowerCase(CreditRules.entries("author-card-label"));

    private AuthorNames() {
    }

    public static List<String> clean(Iterable<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : raw) {
            String s = CreditFinder.get().withoutAgencyTail(BY.matcher(contactless(withoutPictureCredit(
                    TextForms.normalize(r)))).replaceFirst(""));
            String[] parts = LIST.split(DASH_TAIL.matcher(s).replaceFirst("$1"));
            for (String name : parts) {
                String stripped = BY.matcher(LEADING_AND.matcher(name.strip()).replaceFirst("")).replaceFirst("");
                if (OTHER_ROLE.matcher(stripped).find()) {
                    continue; // "Reporter: A | Editor: B": the editor is credited, not an author
                }
                String n = person(stripped);
                // a lone word beside other parts is a fragment of the text around a name ("Jane Doe. Views")
                if (n != null && (parts.length == 1 || n.indexOf(' ') > 0)) {
                    out.add(n);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The names a Twitter card's label and data pair gives (twitter:label1 "Written by", twitter:data1 "Noor
     * Haddad"), or empty when the label names no writer ({@code author-card-label}).
     */
    public static List<String> fromCard(String label, String data) {
        if (label == null || data == null || !CARD_LABELS.contains(label.strip().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        return clean(List.of(data));
    }

    /**
     * The text before a publication or update label with its colon ("Carla Mendes Published: Feb 3, 2021") and
     * before a picture credit ("Foto: Line Bech").
     */
    private static String withoutDateLabel(String s) {
        if (s.indexOf(':') < 0) {
            return s;
        }
        int at = DateLabels.get().labelWithColonAt(s);
        return PICTURE_CREDIT.matcher(at > 0 ? s.substring(0, at).strip() : s).replaceFirst("");
    }

    /** The text before a picture credit, labelled ("Foto: Line Bech") or led in ("fot. Tomasz Lis"). */
    private static String withoutPictureCredit(String s) {
        return PICTURE_LEAD.matcher(withoutDateLabel(s)).replaceFirst("");
    }

    private static Set<String> lowerCase(List<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    /**
     * The names without those that name the site: a name whose words hold all the words of the outlet ("CNN
     * Business" on CNN's page, "Quotidien de l'Ouest" on its own page) is the outlet crediting itself.
     */
    public static List<String> withoutSite(List<String> names, String... siteNames) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            boolean site = false;
            for (String s : siteNames) {
                site |= s != null && holdsWords(words(n), words(s));
            }
            if (!site) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Whether a short line credits a desk or agencies and no person ("Redazione ANSA", "Redacción / Agencias",
     * "Redaktion"): at most {@value #MAX_DESK_WORDS} words, one of them a not-person word.
     */
    public static boolean namesDesk(String line) {
        return line != null && LineShape.words(line, MAX_DESK_WORDS + 1) <= MAX_DESK_WORDS
                && NOT_PERSON.matcher(line).find() && clean(java.util.List.of(line)).isEmpty();
    }

    /**
     * A byline line up to a date label or a relative date that follows its names with no mark between ("Par A
     * Publié le 14 mars", "di A Pubblicato il …", "Door A Gisteren, 10:15").
     */
    static String withoutDate(String line) {
        int label = org.dossier.extract.dates.DateLabels.get().labelInside(line);
        String s = label > 0 ? line.substring(0, label).strip() : line;
        int relative = org.dossier.extract.dates.RelativeDates.get().startAtEnd(s);
        return relative > 0 ? s.substring(0, relative).strip() : s;
    }

    /** The string without e-mail addresses and social handles ("Jane Doe @janedoe", "John Roe jroe@x.com"). */
    static String contactless(String s) {
        return s.indexOf('@') < 0 ? s : CONTACT.matcher(s).replaceAll(" ").strip();
    }

    /**
     * The part up to its first word with a digit, without the month and weekday names that led to it: "Chris Lowe
     * 2 hours ago" and "Bryan DeArdo Nov 18, 2019" give the name, "November 18" nothing.
     */
    private static String beforeDigits(String part) {
        Matcher m = DIGIT_WORD.matcher(part);
        if (!m.find()) {
            return part;
        }
        String out = part.substring(0, m.start()).strip();
        while (true) {
            int sp = out.lastIndexOf(' ');
            String last = out.substring(sp + 1).toLowerCase(Locale.ROOT).replaceAll("[.,]", "");
            if (!WEEKDAYS.contains(last) && !MONTHS.contains(last)) {
                return out;
            }
            if (sp < 0) {
                return "";
            }
            out = out.substring(0, sp).strip();
        }
    }

    /** The part without a news agency named after the name ("Mary Roe Associated Press" is Mary Roe). */
    private static String withoutTrailingAgency(String part) {
        String[] tokens = part.split("\\s+");
        CreditFinder f = CreditFinder.get();
        for (int k = 2; k < tokens.length; k++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(tokens, k, tokens.length));
            if (f.isAgency(tail) || tail.startsWith("The ") && f.isAgency(tail.substring(4))) {
                return String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, k));
            }
        }
        return part;
    }

    /**
     * The part without a job title set after the name with no comma ("Nell Crane Staff Writer" is Nell Crane): two
     * or three last words, each a job title's, after two words of the name at least ("AP Auto Writer" and "Chief
     * Political Correspondent" stay whole: they are job titles).
     */
    private static String withoutTrailingRole(String part) {
        String[] tokens = part.strip().split("\\s+");
        for (int k = Math.max(2, tokens.length - MAX_TRAILING_ROLE_WORDS); k <= tokens.length - 2; k++) {
            boolean roles = true;
            for (int j = k; j < tokens.length && roles; j++) {
                roles = CreditFinder.get().isRole(tokens[j]);
            }
            if (roles) {
                return String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, k));
            }
        }
        return part;
    }

    /**
     * The part without a job title after a dash ("Mara Quill - Education Editor" is Mara Quill), or without the
     * outlet or station a name sets after a dash in words of their own ("Maëlle Jaouen - Région Info Bretagne").
     */
    private static String withoutDashRole(String part) {
        Matcher m = DASH_PARTS.matcher(part);
        return m.matches() && (CreditFinder.get().isRole(m.group(2)) || DASH_OUTLET.matcher(m.group(2)).matches())
                ? m.group(1) : part;
    }

    /**
     * The name a URL slug spells ("meera-saltonstall" is Meera Saltonstall, "maarten-van-der-sluis" Maarten van der
     * Sluis): its parts capitalised, the name particles inside it kept in lower case.
     */
    public static String fromSlug(String slug) {
        String[] parts = slug.split("-");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            boolean particle = i > 0 && i < parts.length - 1 && PARTICLES.contains(p);
            b.append(i == 0 ? "" : " ").append(particle ? p : Character.toUpperCase(p.charAt(0)) + p.substring(1));
        }
        return b.toString();
    }

    /** The part as a person's name, or null when it names none. */
    private static String person(String part) {
        part = withoutTrailingRole(withoutDashRole(part));
        String n = trailingWeekdays(withoutTrailingAgency(beforeDigits(PLACE_TAIL.matcher(part.strip())
                .replaceFirst(""))));
        if (n.isEmpty() || !Character.isLetter(n.charAt(0)) || n.contains("http") || n.contains("@")
                || n.contains("/") || DOMAIN.matcher(n).matches() || LineShape.words(n) > MAX_AUTHOR_WORDS) {
            return null;
        }
        for (int i = 0; i < n.length(); i++) {
            if (Character.isDigit(n.charAt(i))) {
                return null;
            }
        }
        if (CreditFinder.get().isRole(n) || NOT_PERSON.matcher(n).find()) {
            return null;
        }
        String[] tokens = n.split("\\s+");
        String lone = tokens.length == 1 ? n.toLowerCase(Locale.ROOT).replaceAll("[.,]", "") : "";
        if (MONTHS.contains(lone) || WEEKDAYS.contains(lone)) {
            return null; // a date's words left from a byline line ("…, November 18, 2019")
        }
        if (tokens.length >= 2 && OUTLET_WORDS.contains(tokens[tokens.length - 1])) {
            return null; // "Northern Wire": the outlet a name writes for
        }
        if (ACRONYM_COMPOUND.matcher(tokens[0]).lookingAt()) {
            return null; // "NW-Landesstudio Kiel", "ARD-Korrespondent": a broadcaster's studio or post, no person
        }
        if (NOT_PERSON_LEAD.contains(tokens[0]) || NOT_PERSON_LEAD.contains(titleCase(new String[] {tokens[0]}))
                || BY.matcher(n + " ").lookingAt()) {
            return null; // "The Russian …", a lead-in alone
        }
        boolean capitals = n.equals(n.toUpperCase(Locale.ROOT));
        if (capitals && tokens.length == 1 && n.length() <= MAX_CREDENTIAL && !CreditFinder.get().isAgency(n)) {
            return null;
        }
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            boolean inner = i > 0 && i < tokens.length - 1;
            if (!Character.isUpperCase(t.codePointAt(0)) && !caseless(t.codePointAt(0))
                    && !(inner && PARTICLES.contains(t))) {
                return null; // a handle ("jdadmin") or words of a sentence ("commented on")
            }
        }
        if (capitals) {
            return tokens.length >= 2 ? titleCase(tokens) : n;
        }
        return capitalSurname(tokens, n);
    }

    /** Whether a letter is of a script without capitals (Arabic, Hebrew, CJK): its names open with no capital. */
    private static boolean caseless(int cp) {
        return Character.getType(cp) == Character.OTHER_LETTER;
    }

    private static String trailingWeekdays(String s) {
        String out = s;
        while (true) {
            int sp = out.lastIndexOf(' ');
            if (sp < 0 || !WEEKDAYS.contains(out.substring(sp + 1).toLowerCase(Locale.ROOT).replace(",", ""))) {
                return out;
            }
            out = out.substring(0, sp).strip();
        }
    }

    /**
     * A name whose family name alone is written in capitals, as French and Italian bylines do ("Claire VAUTRIN",
     * "Marie LE BRUN", "DUPONT Jean"), in title case ("Claire Vautrin"), so that it reads as the same person written otherwise;
     * other names as they are.
     */
    private static String capitalSurname(String[] tokens, String n) {
        boolean any = false;
        String[] out = tokens.clone();
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.length() >= 2 && t.equals(t.toUpperCase(Locale.ROOT)) && !t.equals(t.toLowerCase(Locale.ROOT))
                    && !CreditFinder.get().isAgency(t)) {
                out[i] = titleCase(new String[] {t});
                any = true;
            }
        }
        return any ? String.join(" ", out) : n;
    }

    private static String titleCase(String[] tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            sb.append(sb.length() == 0 ? "" : " ");
            StringBuilder w = new StringBuilder(t.toLowerCase(Locale.ROOT));
            for (int i = 0; i < w.length(); i++) {
                if (i == 0 || !Character.isLetter(w.charAt(i - 1))) {
                    w.setCharAt(i, Character.toUpperCase(w.charAt(i)));
                }
            }
            sb.append(w);
        }
        return sb.toString();
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean holdsWords(List<String> name, List<String> site) {
        if (site.isEmpty() || site.size() > name.size()) {
            return false;
        }
        for (int i = 0; i + site.size() <= name.size(); i++) {
            if (name.subList(i, i + site.size()).equals(site)) {
                return true;
            }
        }
        return String.join("", name).equals(String.join("", site));
    }

    private static Set<String> weekdays() {
        Set<String> out = new HashSet<>();
        for (String lang : CalendarNames.languages()) {
            out.addAll(CalendarNames.weekdays(lang).keySet());
        }
        return Set.copyOf(out);
    }
}
