package org.dossier.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * A mention's surface cleaned for resolution: possessives, honorifics and leading titles removed (the title
 * kept as a role), split into name tokens. {@code junk} marks pronouns, lower-case text and single letters.
 */
record NameParts(String name, List<String> tokens, String title, boolean junk) {
    private static final Set<String> HONORIFICS = RuleFiles.words(NameParts.class, "honorifics.txt");
    private static final Set<String> TITLES = TitleWords.TITLES;
    private static final Set<String> CONNECTORS = TitleWords.CONNECTORS;
    private static final Set<String> PRONOUNS = RuleFiles.words(NameParts.class, "en", "pronouns.txt");
    private static final Set<String> PARTICLES = org.dossier.text.NameParticles.IN_NAMES;

    /** Cleans one surface form; titles and honorifics are stripped only from person names. */
    public static NameParts of(String surface, boolean person) {
        // a quoted nickname inside a name ("Karim “Le Chat” Benali") is no part of the name
        String s = surface.strip().replaceAll("\\s[\"\u201c][^\"\u201c\u201d]{1,30}[\"\u201d](?=\\s)", "")
                .replaceAll("[\u2019']s$", "").replaceAll("[\u2019']$", "")
                .replaceAll("^[\\p{Punct}\\s\u201c\u201d\u2018\u2019]+|[\\p{Punct}\\s\u201c\u201d\u2018\u2019&&[^.]]+$", "");
        List<String> tokens = new ArrayList<>(Arrays.asList(s.split("\\s+")));
        tokens.removeIf(String::isBlank);
        List<String> title = new ArrayList<>();
        while (person && tokens.size() > 1 && isPrefixWord(tokens.get(0), !title.isEmpty())) {
            String t = tokens.remove(0);
            // "Mr" and "Ms" are dropped; an honorific that is also a title ("Dr.", "Prof.") is kept as the role
            if (!HONORIFICS.contains(t.toLowerCase(Locale.ROOT)) || TITLES.contains(t.toLowerCase(Locale.ROOT))) {
                title.add(t);
            }
        }
        while (!title.isEmpty() && CONNECTORS.contains(title.get(title.size() - 1).toLowerCase(Locale.ROOT))
                && !isTitle(title.get(title.size() - 1))) {
            title.remove(title.size() - 1);
        }
        if (tokens.size() == 2 && tokens.get(0).equalsIgnoreCase(tokens.get(1))) {
            tokens.remove(1);
        }
        String name = String.join(" ", tokens);
        String role = title.isEmpty() ? null : String.join(" ", title);
        return new NameParts(name, List.copyOf(tokens), role, isJunk(name));
    }

    private static boolean isPrefixWord(String token, boolean inTitle) {
        String lower = token.toLowerCase(Locale.ROOT);
        return HONORIFICS.contains(lower) || isTitle(token) || (inTitle && CONNECTORS.contains(lower));
    }

    /** Whether a token is an office or rank word, hyphenated compounds of them included ("Colonel-General"). */
    public static boolean isTitle(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (TITLES.contains(lower) || TitleWords.compoundTitle(token)) {
            return true;
        }
        String[] parts = lower.split("-");
        if (parts.length < 2) {
            return false;
        }
        for (String p : parts) {
            if (!TITLES.contains(p) && !CONNECTORS.contains(p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isJunk(String name) {
        String letters = name.replaceAll("[^\\p{L}]", "");
        String lower = name.toLowerCase(Locale.ROOT);
        // an all-capital "US" or "IT" is an abbreviation, not the pronoun
        boolean capitals = letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT));
        return letters.length() <= 1 || name.equals(lower) || PRONOUNS.contains(lower) && !capitals
                || HONORIFICS.contains(lower)
                || lower.matches(".*n['\u2019]t\\b.*");
    }

    /**
     * The name opens with a lower-case word that is neither "the" nor a name particle ("van der Berg"): a tagged
     * description ("ministre des Affaires étrangères"), not a name.
     */
    public boolean description() {
        String first = tokens.isEmpty() ? "" : tokens.get(0);
        return first.matches("\\p{Ll}+") && !first.equals("the") && !PARTICLES.contains(first);
    }

    /** The same name without the tokens at {@code from} and after (a trailing non-name word read into it). */
    public NameParts truncate(int from) {
        List<String> kept = tokens.subList(0, from);
        return new NameParts(String.join(" ", kept), List.copyOf(kept), title, junk);
    }

    /** The same name without its first {@code from} tokens (a leading non-name word read into it). */
    public NameParts tail(int from) {
        List<String> kept = tokens.subList(from, tokens.size());
        return new NameParts(String.join(" ", kept), List.copyOf(kept), title, junk);
    }

    /** The last token, read as a family name. */
    public String surname() {
        return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    }

    /** The first token, read as a given name when there are two or more tokens. */
    public String given() {
        return tokens.size() < 2 ? "" : tokens.get(0);
    }

    /** Whether the given name is only an initial ("J." or "J"). */
    public boolean givenIsInitial() {
        return given().replace(".", "").length() == 1;
    }
}
