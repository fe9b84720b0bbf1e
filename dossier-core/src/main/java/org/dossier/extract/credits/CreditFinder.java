package org.dossier.extract.credits;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Credit;

/**
 * Reads provenance lines: agency slugs ("asc / dpa / AFP"), "Outlet with AFP and Reuters", agencies named
 * in running text, "Source: X", and repost notices. Vocabulary and shapes come from {@code credits.txt}.
 */
public final class CreditFinder {
    /** Agencies' other written forms and the one name a credit carries ({@code agency-same}). */
    private static final CreditFinder INSTANCE = new CreditFinder();
    private static final int MAX_CREDIT_LINE = 120;
    /**
     * Where the names of a byline end: a comma before a number or a lower-case word, a space before a number, a
     * word that opens what the line says next ("on 9 October", {@code byline-stop}), a place after a place word
     * ("in Brussels", {@code place-word}), or a picture credit's label
     * ("Text: Anna Berg Foto: Johan Ek").
     */
    private static final Pattern BYLINE_END = Pattern.compile(",\\s*(?=[\\p{Ll}\\d]).*$|\\s+(?=\\d).*$|\\s+(?:"
            + CreditRules.alternation("byline-stop") + ")\\s.*$|\\s+(?:" + CreditRules.alternation("place-word")
            + ")\\s+\\p{Lu}.*$|(?i)\\s+(?:" + CreditRules.alternation("caption-label")
            + ")\\s*:.*$|" + AuthorNames.PICTURE_LEAD.pattern());

    /** A wire dateline's head is at most this many characters before its bracketed agencies. */
    private static final int MAX_DATELINE_HEAD = 60;
    /** "PLACE[, date] (AGENCY[/AGENCY]) -": the bracketed agencies right before the dateline's dash. */
    private static final Pattern DATELINE = Pattern.compile("^[^()]{2," + MAX_DATELINE_HEAD
            + "}?\\(([^()\\d]{2,40})\\)\\s*[-\u2013\u2014]{1,2}\\s");
    private static final Pattern DATELINE_SPLIT = Pattern.compile("\\s*[/,;]\\s*|\\s+(?:and|und|et|y)\\s+");

    /** Where a sentence after a name begins: a full stop after two lower-case letters, a space, a capital. */
    private static final Pattern NEXT_SENTENCE = Pattern.compile("(?<=\\p{Ll}{2})\\.\\s+(?=\\p{Lu})");

    /** Separators left at the end of a byline's names once what followed them is cut. */
    private static final Pattern TRAILING_MARK = Pattern.compile("[\\s,;|\u00b7\u2022\u2013\u2014-]+$");

    /** The full stop after a byline's last name (not an initial's). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{Ll}{2})\\.\\s*$");

    private final Set<String> agencies;
    private final List<String> agencyWords;
    private final Pattern slugLine;
    private final Pattern sourceLine;
    private final Pattern withLine;
    private final Pattern agencyInText;
    /** A repost notice naming the outlet ("The post … appeared first on X"). */
    private final Pattern repost;
    /** A repost notice naming the outlet after its words ("This article originally appeared in X."). */
    private final Pattern repostNotice;
    private final Pattern repostNameEnd;
    /** Repost notices naming the outlet inside their words ("This report by X was first published …"). */
    private final List<Pattern> repostAround = new ArrayList<>();
    /** A repost notice naming no outlet ("Source link …"). */
    private final Pattern sourceLink;
    private final Pattern bylinePattern;
    private final Pattern caption;
    private final Pattern bylineStart;
    /** The outlet a byline's names are written for ("By Sarah Kim for the Guardian"): not part of the names. */
    private final Pattern forOutlet;
    /** A byline's trailing agency credit: "By Jane Doe with VPA" (known agencies or agency-shaped acronyms). */
    private final Pattern bylineTail;
    /** A byline's trailing agency in brackets: "Autor: Anna Kowal (PAP)", "Jane Doe (AFP/dpa)". */
    private final Pattern bracketTail;
    private final Pattern andSplit;
    /** What separates the names of a byline ("Jane Doe, John Roe and Ann Poe"). */
    private final Pattern bylineNames;
    /** A role between two names, after a comma and before a comma and a joiner ("A, envoyée spéciale à X, et B"). */
    private final Pattern roleBetween;
    /** First letters of the byline words: a line starting otherwise is no byline. */
    private final String bylineInitials;
    private final Pattern role;
    private final Pattern agencyShape;
    private final Pattern initialsShape;
    /** Tokens of a slug line: "AFP/dpa" has two, a slug has at most this many. */
    private static final int MAX_SLUG_TOKENS = 5;
    /** A closing slug is looked for among this many last lines of a body. */
    public static final int CLOSING_LINES = 3;

    private CreditFinder() {
        agencies = new LinkedHashSet<>(CreditRules.entries("agency"));
        agencyWords = CreditRules.entries("agency-word");
        String agency = quotedAlternation(CreditRules.entries("agency"));
        String and = "(?:\\s*,\\s*|\\s+(?:" + CreditRules.alternation("and-word") + ")\\s+)";
        String with = CreditRules.alternation("with-word");
        String bylineWords = CreditRules.alternation("byline-word");
        String nameAnd = CreditRules.alternation("name-and");
        String shape = CreditRules.alternation("agency-shape");
        repost = Pattern.compile("^(?:" + CreditRules.alternation("repost-title-lead") + ") (.+) (?:"
                + CreditRules.alternation("repost-outlet-lead") + ") (.+?)\\.?$");
        repostNotice = Pattern.compile("^(?:" + CreditRules.alternation("repost-notice")
                + ")\\s+((?:the\\s+)?\\p{Lu}.{1,60}?)\\.?$");
        repostNameEnd = Pattern.compile("(?:" + CreditRules.alternation("repost-name-end") + ")");
        for (String around : CreditRules.entries("repost-notice-around")) {
            String[] parts = around.split("\\{outlet\\}", 2);
            repostAround.add(Pattern.compile("^(?:" + parts[0].strip() + ")\\s+((?:the\\s+)?\\p{Lu}.{1,60}?)\\s+(?:"
                    + parts[1].strip() + ")(?!\\p{L}).*$"));
        }
        sourceLink = Pattern.compile("^(?:" + CreditRules.alternation("repost-link") + ")\\b.*");
        slugLine = Pattern.compile("^[\\p{L}.-]{2,16}(?:\\s*/\\s*[\\p{L}.-]{2,16})+$");
        sourceLine = Pattern.compile("^(?:" + CreditRules.alternation("source-label") + ")\\s*:\\s*(.{2,60})$");
        withLine = Pattern.compile("^(.{2,40}?)\\s+(?:" + with + ")\\s+((?:" + agency + ")(?:" + and + "(?:" + agency
                + "))*)\\.?$");
        agencyInText = Pattern.compile("\\b(?:" + CreditRules.alternation("agency-word") + ")\\s+((?:" + agency + ")(?:"
                + and + "(?:" + agency + "))*)\\b");
        agencyShape = Pattern.compile(shape);
        initialsShape = Pattern.compile(CreditRules.alternation("initials-shape"));
        role = Pattern.compile("(?iu)(?<!\\p{L})(?:" + CreditRules.alternation("role-word") + ")(?!\\p{L})");
        String labels = CreditRules.alternation("caption-label");
        caption = Pattern.compile("(?i)^(?:" + labels + ")\\s*:.{0,80}$|.*\\((?:" + labels
                + ")\\s*:[^)]{0,60}\\)\\s*$");
        StringBuilder initials = new StringBuilder();
        for (String w : CreditRules.entries("byline-word")) {
            initials.append(w.charAt(0)).append(Character.toLowerCase(w.charAt(0)));
        }
        bylineInitials = initials.toString();
        // the lead-in in either case ("By", "di" in Italian bylines), then a capitalised name, maybe with a particle
        String lead = "(?i:" + bylineWords + ")";
        String particle = "(?:(?:" + CreditRules.alternation("name-particle") + ")\\s+)?";
        // "Autor: A", "Autor:A" (a label and a name in elements of their own, set side by side), "By A"
        // a name in capitals too ("POR LUCÍA HERRERO")
        bylineStart = Pattern.compile(lead + "(?:\\s?:\\s*|\\s+)\\p{Lu}(?:\\p{Ll}+|\\p{Lu}+)\\s+" + particle + "\\p{Lu}");
        String agencyOrShape = "(?:" + agency + "|" + shape + ")";
        bylineTail = Pattern.compile(",?\\s+(?:" + with + ")\\s+(" + agencyOrShape + "(?:" + and + agencyOrShape
                + ")*)\\.?$");
        bracketTail = Pattern.compile("\\s*\\((?:(?:" + with + ")\\s+)?(?:" + agency + ")(?:\\s*/\\s*(?:" + agency
                + "))*\\)\\.?$"); // "(PAP)", "(dpa/AFP)", "(avec AFP)"
        andSplit = Pattern.compile(and);
        forOutlet = Pattern.compile("\\s+(?:" + CreditRules.alternation("byline-for") + ")\\s+.*$");
        String name = "\\p{Lu}[\\p{L}.'-]+(?:\\s+" + particle + "\\p{Lu}[\\p{L}.'-]+){0,3}";
        bylinePattern = Pattern.compile("^" + lead + "(?:\\s?:\\s*|\\s+)(" + name + "(?:\\s*(?:,|" + nameAnd + "|&)\\s*" + name
                + ")*)$");
        bylineNames = Pattern.compile("\\s*(?:,|\\b(?:" + nameAnd + ")\\b|&)\\s*");
        roleBetween = Pattern.compile(",\\s*\\p{Ll}[^,]{0,60},\\s*(?=(?:" + nameAnd + ")\\s+\\p{Lu})");
    }

    public static CreditFinder get() {
        return INSTANCE;
    }

    /** Credits stated by a whole line that is itself a credit (not body text); empty if it is not one. */
    public List<Credit> creditLine(String line) {
        String s = line.strip();
        List<Credit> out = new ArrayList<>();
        if (s.length() > MAX_CREDIT_LINE + 200) {
            return out;
        }
        Matcher m = repost.matcher(s);
        if (m.matches()) {
            out.add(new Credit(Credit.Kind.REPOST, m.group(2).strip(), s));
            return out;
        }
        if (s.length() > MAX_CREDIT_LINE) {
            return out;
        }
        m = repostNotice.matcher(s);
        if (m.matches()) {   // the name ends with its sentence ("… by X. Read the original article.")
            String name = NEXT_SENTENCE.split(m.group(1), 2)[0].strip();
            Matcher tail = repostNameEnd.matcher(name); // "… in X and is republished with permission"
            out.add(new Credit(Credit.Kind.REPOST, tail.find() ? name.substring(0, tail.start()).strip() : name, s));
            return out;
        }
        for (Pattern around : repostAround) {
            m = around.matcher(s);
            if (m.matches()) {   // "This report by The Canadian Press was first published Nov. 16, 2026."
                out.add(new Credit(Credit.Kind.REPOST, m.group(1).strip(), s));
                return out;
            }
        }
        if (sourceLink.matcher(s).matches()) {
            out.add(new Credit(Credit.Kind.REPOST, null, s));
            return out;
        }
        m = sourceLine.matcher(s);
        if (m.matches()) {
            out.add(new Credit(Credit.Kind.SOURCE, m.group(1).strip(), s));
            return out;
        }
        if (startsAsByline(s)) {
            return bylineAgencies(s); // "By Jane Doe with AFP" credits an agency, not a source named "By Jane Doe"
        }
        m = withLine.matcher(s);
        if (m.matches()) {
            out.add(new Credit(Credit.Kind.SOURCE, m.group(1).strip(), s));
            addAgencies(m.group(2), s, out);
            return out;
        }
        String bare = unwrap(s);
        if (slugLine.matcher(bare).matches()) {
            for (String token : bare.split("\\s*/\\s*")) {
                if (agencies.contains(token)) {
                    out.add(new Credit(Credit.Kind.AGENCY, token, s));
                }
            }
        } else if (agencies.contains(bare)) {
            out.add(new Credit(Credit.Kind.AGENCY, bare, s)); // a line that is only an agency's name ("ČTK")
        }
        return out;
    }

    /**
     * Agency credits of a slug line that closes an article ("(VPA/NWS)", "AFP/dpa"): 2 to 5 tokens separated by
     * '/', each a known agency, an agency-shaped acronym or editor initials, at least one of them an agency.
     * Empty if the line is not such a slug. Only meant for the last lines of a body.
     */
    public List<Credit> closingSlug(String line) {
        String bare = unwrap(line.strip());
        List<Credit> out = new ArrayList<>();
        if (bare.length() > MAX_CREDIT_LINE || !slugLine.matcher(bare).matches()) {
            return out;
        }
        String[] tokens = bare.split("\\s*/\\s*");
        if (tokens.length > MAX_SLUG_TOKENS) {
            return out;
        }
        for (String token : tokens) {
            if (agencies.contains(token) || agencyShape.matcher(token).matches()) {
                out.add(new Credit(Credit.Kind.AGENCY, token, line.strip()));
            } else if (!initialsShape.matcher(token).matches()) {
                return new ArrayList<>();
            }
        }
        return out;
    }

    /** The line without one pair of enclosing parentheses or brackets. */
    private static String unwrap(String s) {
        if (s.length() > 2 && (s.startsWith("(") && s.endsWith(")") || s.startsWith("[") && s.endsWith("]"))) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** Agencies named as the reporting source inside running text ("news agencies AFP and Reuters"). */
    public List<Credit> inText(String paragraph) {
        List<Credit> out = new ArrayList<>();
        if (!mentionsAgencyWord(paragraph)) {
            return out;
        }
        Matcher m = agencyInText.matcher(paragraph);
        while (m.find()) {
            addAgencies(m.group(1), paragraph, out);
        }
        return out;
    }

    /**
     * The agencies a wire dateline opening a body credits ("Lindenfeld (dpa) - …", "PORT MELLIN, March 3 (AFP/Reuters)
     * — …", "MADRID, 14 Mar. (EUROPA PRESS) - …"): known agencies, in any case, in brackets closing a head of at most
     * {@value #MAX_DATELINE_HEAD} characters before a dash. Use it on a body's first paragraph only.
     */
    public List<Credit> dateline(String firstParagraph) {
        List<Credit> out = new ArrayList<>();
        if (firstParagraph == null || firstParagraph.indexOf('(') < 0) {
            return out;
        }
        Matcher m = DATELINE.matcher(firstParagraph);
        if (m.lookingAt()) {
            for (String token : DATELINE_SPLIT.split(m.group(1))) {
                for (String a : agencies) {
                    if (a.equalsIgnoreCase(token.strip()) && out.stream().noneMatch(c -> a.equalsIgnoreCase(c.name()))) {
                        out.add(new Credit(Credit.Kind.AGENCY, a, m.group()));
                    }
                }
            }
        }
        return out;
    }

    /** A cheap test before the agency pattern, which matches its words as written (case-sensitively). */
    private boolean mentionsAgencyWord(String paragraph) {
        for (String w : agencyWords) {
            if (paragraph.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Author names of a byline line ("By Jane Doe and John Roe", "By Jane Doe with VPA"), or empty. What follows the
     * names after a comma and a number or a lower-case word ("di Mario Rossi, 10 gennaio 2022", "Par Jean Dupont,
     * publié le …"), or after a number ("By Chris Lowe 2 hours ago"), and contact addresses are not part of them; a
     * role between two names is skipped ("Par A, envoyée spéciale à X, et B"), and a last part after a comma that is
     * no name leaves the names before it ("Por A e B, Jornal do Planalto").
     */
    public List<String> byline(String line) {
        List<String> out = new ArrayList<>();
        if (line.length() > MAX_CREDIT_LINE || !startsAsByline(line.strip())) {
            return out;
        }
        // "Par A, envoyée spéciale à Odessa, et B": the role between two names dropped, not the names after it
        String bare = roleBetween.matcher(AuthorNames.contactless(AuthorNames.withoutDate(line.strip()))).replaceAll(" ");
        String names = forOutlet.matcher(BYLINE_END.matcher(bare).replaceFirst("")).replaceFirst("");
        names = SENTENCE_END.matcher(names).replaceFirst(""); // "Texte : Julie Martin. Photos : …"
        names = TRAILING_MARK.matcher(names).replaceFirst(""); // "Text: Jana Feldkamp, Fotos: …" cut at "Fotos"
        Matcher m = bylinePattern.matcher(withoutAgencyTail(names)); // "Por A (EFE)", "By A with AFP"
        if (!m.matches() && names.lastIndexOf(',') > 0) {
            // "Por A e B, Jornal do Planalto": the names before a last part that is none (the outlet, a desk)
            m = bylinePattern.matcher(names.substring(0, names.lastIndexOf(',')).strip());
        }
        if (m.matches()) {
            String[] parts = bylineNames.split(m.group(1));
            for (String name : parts) {
                // a lone word beside names is a place or a desk ("Von Anna Beispiel, Hauptstadtstudio")
                if (!name.isBlank() && (parts.length == 1 || name.strip().indexOf(' ') > 0)) {
                    out.add(name.strip());
                }
            }
        }
        return out;
    }

    /**
     * The names part of a byline without a trailing agency credit ("Jane Doe with VPA" and "Jane Doe (PAP)" give
     * "Jane Doe").
     */
    String withoutAgencyTail(String names) {
        return bracketTail.matcher(bylineTail.matcher(names).replaceFirst("")).replaceFirst("");
    }

    /** The agencies a byline credits after its names ("By Jane Doe with VPA and AFP"), or empty. */
    public List<Credit> bylineAgencies(String line) {
        String s = line.strip();
        List<Credit> out = new ArrayList<>();
        if (s.length() > MAX_CREDIT_LINE || !startsAsByline(s)) {
            return out;
        }
        Matcher m = bylineTail.matcher(s);
        if (m.find()) {
            for (String token : andSplit.split(m.group(1))) {
                if (!token.isBlank()) {
                    out.add(new Credit(Credit.Kind.AGENCY, token.strip(), s));
                }
            }
        }
        Matcher bracket = bracketTail.matcher(s);
        if (out.isEmpty() && bracket.find()) { // "Por Lucía Herrero (EFE)", "Von A (dpa/AFP)"
            for (String token : bracket.group().replaceAll("[().]", "").split("/")) {
                String t = token.strip();
                t = agencies.contains(t) || t.indexOf(' ') < 0 ? t : t.substring(t.indexOf(' ') + 1); // "avec AFP"
                if (!t.isBlank()) {
                    out.add(new Credit(Credit.Kind.AGENCY, t, s));
                }
            }
        }
        return out;
    }

    /** Starts like a byline: a byline word followed by a capitalised name ("By Jane Doe - 11/18/19"). */
    public boolean startsAsByline(String line) {
        return !line.isEmpty() && bylineInitials.indexOf(line.charAt(0)) >= 0 && bylineStart.matcher(line).lookingAt();
    }

    /** A picture caption or picture credit ("Photo: X / AFP", "… (Image: X)"). */
    public boolean isCaption(String line) {
        return line.length() < MAX_CREDIT_LINE * 3 && line.indexOf(':') >= 0 && caption.matcher(line).matches();
    }

    /** A byline part that is a job title ("AP Auto Writer", "Staff Reporter"). */
    boolean isRole(String part) {
        return role.matcher(part).find();
    }

    public boolean isAgency(String name) {
        return agencies.contains(name);
    }

    private void addAgencies(String list, String text, List<Credit> out) {
        for (String a : agencies) {
            if (Pattern.compile("\\b" + Pattern.quote(a) + "\\b").matcher(list).find()
                    && out.stream().noneMatch(c -> c.name() != null && c.name().equals(a))) {
                out.add(new Credit(Credit.Kind.AGENCY, a, text));
            }
        }
    }

    private static String quotedAlternation(List<String> list) {
        StringBuilder sb = new StringBuilder();
        for (String a : list) {
            sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(a));
        }
        return sb.toString();
    }
}
