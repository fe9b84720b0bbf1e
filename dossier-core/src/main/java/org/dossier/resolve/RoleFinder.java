package org.dossier.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.rules.RuleFiles;

/**
 * Reads the description next to a person's name in its sentence ("Varga spokesman Pavel Orlov",
 * "Zbigniew Rau, Poland's Foreign Minister, said") and returns it as a role when it has an office word (without a
 * courtesy form closing it before the name: "chief executive Dr Mara Olsen" is chief executive).
 */
final class RoleFinder {
    private static final Set<String> TITLES = TitleWords.TITLES;
    private static final Set<String> CONNECTORS = TitleWords.CONNECTORS;
    private static final Set<String> STOPS = RuleFiles.words(RoleFinder.class, "en", "role-stops.txt");
    private static final Set<String> DETERMINERS = TitleWords.DETERMINERS;
    private static final Set<String> FORMER = RuleFiles.words(RoleFinder.class, "former-words.txt");
    private static final Set<String> HONORIFICS = RuleFiles.words(RoleFinder.class, "honorifics.txt");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'\u2019\\-]*|[^\\s\\p{L}\\p{N}]");
    private static final int MAX_TOKENS = 10;
    private static final int MAX_MODIFIERS = 2;

    private RoleFinder() {}

    /** The role described just before or in apposition after the name at [start, end), or null. */
    public static String find(String text, int sentenceStart, int sentenceEnd, int start, int end) {
        String suffix = text.substring(Math.min(end, sentenceEnd), Math.max(end, sentenceEnd));
        String before = before(text.substring(Math.max(0, sentenceStart), Math.max(sentenceStart, start)),
                suffix.startsWith(","));
        if (before != null) {
            return before;
        }
        return after(suffix);
    }

    /**
     * {@code closed}: a comma follows the name, so a description set off by a comma before it is an apposition
     * wherever it stands ("criticised by the former governor, Lena Fisk, who said").
     */
    private static String before(String prefix, boolean closed) {
        List<String> tokens = tokens(prefix);
        List<String> role = new ArrayList<>();
        boolean comma = false;
        int opened = tokens.size();
        int field = fieldStart(tokens);
        for (int i = tokens.size() - 1; i >= 0 && role.size() < MAX_TOKENS; i--) {
            String t = tokens.get(i);
            if (t.equals(",") && role.isEmpty() && i == tokens.size() - 1) {
                comma = true;
                continue;
            }
            if (i >= field) {
                // "the minister for foreign affairs, Ivo Brandl": the office's field after "for" or "of"
                role.add(t);
                opened = i;
                continue;
            }
            if (coordinator(t) && (role.isEmpty() || NameParts.isTitle(role.get(role.size() - 1)) && i > 0
                    && nameWord(tokens.get(i - 1)))) {
                // "Senator Paul Okafor and Governor Lisa Brandt": the office before "and" is another person's
                break;
            }
            if (t.equals("at") && !role.isEmpty()) {
                // "Professor of Politics at Hill College Ann Lee": the institution of an office
                role.add(t);
                opened = i;
                continue;
            }
            if (!roleWord(t)) {
                // "White House press secretary": lower-case modifiers inside a title phrase, between a name or
                // office word before them and the office word after them
                int j = i;
                while (j >= 0 && i - j < MAX_MODIFIERS && modifier(tokens.get(j))) {
                    j--;
                }
                // "the former central bank governor": also after a determiner or "former"
                boolean opener = j >= 0 && (FORMER.contains(tokens.get(j).toLowerCase(Locale.ROOT))
                        || DETERMINERS.contains(tokens.get(j).toLowerCase(Locale.ROOT)));
                // a capitalised title opens the role: "Brandt met Judge Omar Hale" gives "Judge" alone
                String office = role.isEmpty() ? "" : role.get(role.size() - 1);
                boolean inside = j < i && j >= 0 && NameParts.isTitle(office)
                        && (Character.isLowerCase(office.charAt(0)) && roleWord(tokens.get(j))
                        && Character.isUpperCase(tokens.get(j).charAt(0)) || opener);
                if (!inside) {
                    break;
                }
                for (int k = i; k > j; k--) {
                    role.add(tokens.get(k));
                }
                opened = j + 1;
                i = j + 1;
                continue;
            }
            role.add(t);
            opened = i;
        }
        Collections.reverse(role);
        // "His lawyer, Mara Olsen, said": a description set off by a comma before the name opens its clause;
        // "After meeting the minister, Mara Olsen said" gives her no role
        if (comma && opened > 0 && !opensClause(tokens.get(opened - 1)) && !closed) {
            return null;
        }
        return finish(role);
    }

    /**
     * Where the field of an office ends a description before a name ("minister for foreign affairs ,": the index
     * of "for"), up to three words after "for" or "of" that follow an office word; past the end when there is none.
     */
    private static int fieldStart(List<String> tokens) {
        int e = tokens.size() - 1;
        if (e >= 0 && tokens.get(e).equals(",")) {
            e--;
        }
        for (int k = e; k >= 1 && e - k < 3; k--) {
            String t = tokens.get(k);
            if (!modifier(t) && !Character.isUpperCase(t.charAt(0))) {
                return tokens.size();
            }
            String prep = tokens.get(k - 1).toLowerCase(Locale.ROOT);
            if ((prep.equals("for") || prep.equals("of")) && k >= 2 && NameParts.isTitle(tokens.get(k - 2))) {
                return k - 1;
            }
        }
        return tokens.size();
    }

    /** "and" or "&" between two descriptions or names. */
    private static boolean coordinator(String t) {
        return t.equalsIgnoreCase("and") || t.equals("&");
    }

    /** A capitalised word that is no office word nor a connector: a word of a name ("Okafor"). */
    private static boolean nameWord(String t) {
        return Character.isUpperCase(t.charAt(0)) && !NameParts.isTitle(t)
                && !CONNECTORS.contains(t.toLowerCase(Locale.ROOT)) && !STOPS.contains(t.toLowerCase(Locale.ROOT));
    }

    /** A token after which a description can open a clause: punctuation or "that". */
    private static boolean opensClause(String token) {
        return token.equals(":") || token.equals(";") || token.equals(",") || token.equals("(")
                || token.equals("\u2014") || token.equalsIgnoreCase("that");
    }

    /** A lower-case word that can qualify an office word ("press" in "press secretary"). */
    private static boolean modifier(String t) {
        return Character.isLowerCase(t.charAt(0)) && t.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’')
                && !STOPS.contains(t.toLowerCase(Locale.ROOT)) && !CONNECTORS.contains(t.toLowerCase(Locale.ROOT));
    }

    private static String after(String suffix) {
        List<String> tokens = tokens(suffix);
        if (tokens.isEmpty() || !tokens.get(0).equals(",")) {
            return null;
        }
        List<String> role = new ArrayList<>();
        int modifiers = 0;
        int at = -1;
        for (int i = 1; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals(",") || t.equals(".") || t.equals(";") || t.equals(")")) {
                List<String> office = at < 0 ? role : role.subList(0, at);
                return ended(role, at, modifiers);
            }
            if (at >= 0) {
                // ", an analyst at Berrow Securities,": the body the office is at, capitalised words and joiners
                if (!Character.isUpperCase(t.charAt(0)) && !CONNECTORS.contains(t.toLowerCase(Locale.ROOT))) {
                    return null;
                }
            } else if (t.equals("at") && role.stream().anyMatch(NameParts::isTitle) && i + 1 < tokens.size()) {
                at = role.size();
            } else if (!roleWord(t)) {
                // ", the agency's press secretary,": a few lower-case modifiers when an office word ends it
                if (!modifier(t) || ++modifiers > MAX_MODIFIERS + 1) {
                    return null;
                }
            }
            role.add(t);
        }
        // the description runs to the end of the sentence, its full stop read into the last word
        int last = role.size() - 1;
        if (last >= 0 && role.get(last).endsWith(".") && !NameParts.isTitle(role.get(last))) {
            role.set(last, role.get(last).substring(0, role.get(last).length() - 1));
        }
        return ended(role, at, modifiers);
    }

    private static String ended(List<String> role, int at, int modifiers) {
        List<String> office = at < 0 ? role : role.subList(0, at);
        return role.size() <= MAX_TOKENS && (modifiers == 0 || endsWithTitle(office) || fieldOfTitle(office))
                ? finish(role) : null;
    }

    /** "professor of agronomy": an office word, "of" or "for", and its field in lower case. */
    private static boolean fieldOfTitle(List<String> role) {
        for (int i = 0; i + 2 < role.size() && i + 5 >= role.size(); i++) {
            String next = role.get(i + 1).toLowerCase(Locale.ROOT);
            if (NameParts.isTitle(role.get(i)) && (next.equals("of") || next.equals("for"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithTitle(List<String> role) {
        return !role.isEmpty() && NameParts.isTitle(role.get(role.size() - 1));
    }

    private static boolean roleWord(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        if (STOPS.contains(lower)) {
            return false;
        }
        return Character.isUpperCase(t.charAt(0)) || NameParts.isTitle(t) || CONNECTORS.contains(lower)
                || TITLES.contains(lower.replaceAll("s$", ""));
    }

    private static String finish(List<String> role) {
        while (!role.isEmpty() && (isConnectorOnly(role.get(0))
                || DETERMINERS.contains(role.get(0).toLowerCase(Locale.ROOT)))) {
            role.remove(0);
        }
        while (!role.isEmpty() && isConnectorOnly(role.get(role.size() - 1))) {
            role.remove(role.size() - 1);
        }
        // "chief executive Dr Mara Olsen": the courtesy form before the name is no part of the office before it
        while (role.size() > 1 && HONORIFICS.contains(role.get(role.size() - 1).toLowerCase(Locale.ROOT))
                && role.subList(0, role.size() - 1).stream().anyMatch(NameParts::isTitle)) {
            role.remove(role.size() - 1);
        }
        boolean hasHead = role.stream().anyMatch(NameParts::isTitle);
        if (!hasHead) {
            return null;
        }
        return String.join(" ", role).replaceAll(" ([\u2019'])", "$1");
    }

    private static boolean isConnectorOnly(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        if (FORMER.contains(lower)) {
            // "the former central bank governor": the office was held before; "former" stays in the role
            return false;
        }
        return CONNECTORS.contains(lower) && !NameParts.isTitle(t) && !Character.isUpperCase(t.charAt(0))
                || lower.equals("the") || lower.equals("and") || lower.equals("of") || lower.equals("for")
                || lower.equals("at");
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
