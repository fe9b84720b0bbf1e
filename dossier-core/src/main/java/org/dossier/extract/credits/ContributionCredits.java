package org.dossier.extract.credits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Credit;

/**
 * Reads contribution lines that close an article ("(Reporting by A in Oslo; Editing by B)", "Additional
 * reporting by C and D") as AUTHOR and EDITOR credits (an agency named there is an AGENCY credit). Role
 * phrases, joining words and name particles come from {@code credits.txt}.
 */
public final class ContributionCredits {
    private static final ContributionCredits INSTANCE = new ContributionCredits();
    /** Longer lines are prose, not contribution lines. */
    private static final int MAX_LINE = 300;
    private static final int MIN_NAME_TOKENS = 2;
    private static final int MAX_NAME_TOKENS = 5;

    private final Pattern segment;
    private final Pattern segments;
    private final Pattern names;
    private final Pattern place;
    private final Set<String> editorRoles;
    private final Set<String> particles;
    private final List<String> byWords;
    /** First letters of the by-words, in both cases: a cheap filter before comparing words. */
    private final String byInitials;

    private ContributionCredits() {
        String authors = CreditRules.alternation("contribution-author");
        String editors = CreditRules.alternation("contribution-editor");
        String by = CreditRules.alternation("contribution-by");
        String role = "(?:" + authors + "|" + editors + ")";
        String joiner = "(?:" + CreditRules.alternation("contribution-joiner") + ")";
        segment = Pattern.compile("(?iu)^(?:" + joiner + "\\s+)?(" + role + ")\\s+(?:" + by + ")\\s+(.+)$");
        segments = Pattern.compile("(?iu)\\s*;\\s*|,\\s*(?=(?:" + joiner + "\\s+)?" + role + "\\s+(?:" + by + ")\\s)");
        names = Pattern.compile("\\s*(?:,|&|\\b(?:" + CreditRules.alternation("and-word") + ")\\b)\\s*");
        place = Pattern.compile("\\s+(?:" + CreditRules.alternation("place-word") + ")\\s+\\p{Lu}.*$");
        editorRoles = Set.of(editors.toLowerCase(Locale.ROOT).split("\\|"));
        particles = Set.copyOf(CreditRules.entries("name-particle"));
        byWords = CreditRules.entries("contribution-by");
        StringBuilder initials = new StringBuilder();
        for (String w : byWords) {
            initials.append(Character.toLowerCase(w.charAt(0))).append(Character.toUpperCase(w.charAt(0)));
        }
        byInitials = initials.toString();
    }

    public static ContributionCredits get() {
        return INSTANCE;
    }

    /**
     * The credits of a line that is a contribution line as a whole (every part reads "ROLE by NAMES"), or empty.
     * Places after names ("in Oslo") are left out.
     */
    public List<Credit> find(String line) {
        if (line.length() > MAX_LINE + 20 || !hasByWord(line)) {
            return List.of();
        }
        String s = unwrap(line.strip());
        if (s.length() > MAX_LINE) {
            return List.of();
        }
        List<Credit> out = new ArrayList<>();
        for (String part : segments.split(s)) {
            Matcher m = segment.matcher(part);
            if (!m.matches()) {
                return List.of();
            }
            boolean editor = editorRoles.contains(m.group(1).toLowerCase(Locale.ROOT));
            int before = out.size();
            for (String name : names.split(m.group(2))) {
                add(place.matcher(name).replaceFirst("").strip(), editor, line.strip(), out);
            }
            if (out.size() == before) {
                return List.of();
            }
        }
        return out;
    }

    private void add(String name, boolean editor, String text, List<Credit> out) {
        if (CreditFinder.get().isAgency(name)) {
            out.add(new Credit(Credit.Kind.AGENCY, name, text));
        } else if (isName(name) && !CreditFinder.get().isRole(name)) {
            out.add(new Credit(editor ? Credit.Kind.EDITOR : Credit.Kind.AUTHOR, name, text));
        }
    }

    /** Two to five tokens, the first and last capitalised, the others capitalised or name particles. */
    private boolean isName(String s) {
        String[] tokens = s.split(" ");
        if (tokens.length < MIN_NAME_TOKENS || tokens.length > MAX_NAME_TOKENS) {
            return false;
        }
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            boolean inner = i > 0 && i < tokens.length - 1;
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) && !(inner && particles.contains(t))) {
                return false;
            }
            for (int k = 1; k < t.length(); k++) {
                char c = t.charAt(k);
                if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '\u2019') {
                    return false;
                }
            }
        }
        return true;
    }

    /** A cheap test before the patterns: a by-word between spaces. */
    private boolean hasByWord(String s) {
        for (int i = 0; i + 2 < s.length(); i++) {
            if (s.charAt(i) != ' ' || byInitials.indexOf(s.charAt(i + 1)) < 0) {
                continue;
            }
            for (String by : byWords) {
                int end = i + 1 + by.length();
                if (end < s.length() && s.charAt(end) == ' ' && s.regionMatches(true, i + 1, by, 0, by.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The line without enclosing parentheses or brackets and without a closing full stop. */
    private static String unwrap(String s) {
        if (s.length() > 2 && (s.startsWith("(") && s.endsWith(")") || s.startsWith("[") && s.endsWith("]"))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith(")") && s.startsWith("(")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }
}
