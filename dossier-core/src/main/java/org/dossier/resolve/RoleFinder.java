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
 * "Zbigniew Rau, Poland's Foreign Minister, said") and returns it as a role when it has an office word.
 */
final class RoleFinder {
    private static final Set<String> TITLES = TitleWords.TITLES;
    private static final Set<String> CONNECTORS = TitleWords.CONNECTORS;
    private static final Set<String> STOPS = RuleFiles.words(RoleFinder.class, "en", "role-stops.txt");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'\u2019\\-]*|[^\\s\\p{L}\\p{N}]");
    private static final int MAX_TOKENS = 10;
    private static final int MAX_MODIFIERS = 2;

    private RoleFinder() {}

    /** The role described just before or in apposition after the name at [start, end), or null. */
    public static String find(String text, int sentenceStart, int sentenceEnd, int start, int end) {
        String before = before(text.substring(Math.max(0, sentenceStart), Math.max(sentenceStart, start)));
        if (before != null) {
            return before;
        }
        return after(text.substring(Math.min(end, sentenceEnd), Math.max(end, sentenceEnd)));
    }

    private static String before(String prefix) {
        List<String> tokens = tokens(prefix);
        List<String> role = new ArrayList<>();
        for (int i = tokens.size() - 1; i >= 0 && role.size() < MAX_TOKENS; i--) {
            String t = tokens.get(i);
            if (t.equals(",") && role.isEmpty() && i == tokens.size() - 1) {
                continue;
            }
            if (t.equals("at") && !role.isEmpty()) {
                // "Professor of Politics at Hill College Ann Lee": the institution of an office
                role.add(t);
                continue;
            }
            if (!roleWord(t)) {
                // "White House press secretary": lower-case modifiers inside a title phrase, between a name or
                // office word before them and the office word after them
                int j = i;
                while (j >= 0 && i - j < MAX_MODIFIERS && modifier(tokens.get(j))) {
                    j--;
                }
                boolean inside = j < i && j >= 0 && !role.isEmpty() && NameParts.isTitle(role.get(role.size() - 1))
                        && roleWord(tokens.get(j)) && Character.isUpperCase(tokens.get(j).charAt(0));
                if (!inside) {
                    break;
                }
                for (int k = i; k > j; k--) {
                    role.add(tokens.get(k));
                }
                i = j + 1;
                continue;
            }
            role.add(t);
        }
        Collections.reverse(role);
        return finish(role);
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
        for (int i = 1; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals(",") || t.equals(".") || t.equals(";") || t.equals(")")) {
                return role.size() <= MAX_TOKENS && (modifiers == 0 || endsWithTitle(role)) ? finish(role) : null;
            }
            if (!roleWord(t)) {
                // ", the agency's press secretary,": a few lower-case modifiers when an office word ends it
                if (!modifier(t) || ++modifiers > MAX_MODIFIERS + 1) {
                    return null;
                }
            }
            role.add(t);
        }
        return null;
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
        while (!role.isEmpty() && isConnectorOnly(role.get(0))) {
            role.remove(0);
        }
        while (!role.isEmpty() && isConnectorOnly(role.get(role.size() - 1))) {
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
